# DealerDesk front door. `make run` and `make test` install what is missing, build and go.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
CMAKE_FLAGS ?=
JOBS ?= $(shell nproc)

.PHONY: all deps configure build run test clean screenshots bench

all: build

deps:
	@bash packaging/install-deps.sh

$(BUILD_DIR)/build.ninja: | deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@$(BUILD_DIR)/app/dealerdesk $(ARGS)

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS) --timeout 600

clean:
	@rm -rf $(BUILD_DIR)

# Every screen in zh_CN, zh_TW and en, rendered under Xvfb into build/screenshots/ (needs xvfb: apt-get install xvfb xauth).
screenshots: build
	@xvfb-run -a -s "-screen 0 1600x1000x24" $(BUILD_DIR)/tests/dealerdesk_screenshots $(BUILD_DIR)/screenshots

# The dealership-scale benchmark (200k customers, 300k vehicles, 1.5M work orders) on SQLite and PostgreSQL:
# one line per measure, `NAME median_ms=X p95_ms=Y`. Takes about 7 minutes the first time.
bench: build
	@bash tests/bench/run.sh $(BUILD_DIR) $(ARGS)
