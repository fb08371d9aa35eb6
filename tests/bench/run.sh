#!/usr/bin/env bash
# make bench: the dealership-scale benchmark on SQLite and on PostgreSQL.
#   tests/bench/run.sh BUILD_DIR [dd_bench options]
# The SQLite database is generated once into BUILD_DIR/bench/scale.sqlite and kept for later runs; the
# PostgreSQL one lives in a throw-away cluster (the test suite's fixture) and is generated each time.
set -euo pipefail
build=${1:?build folder}
shift
here=$(cd "$(dirname "$0")" && pwd)
bench="$build/tests/dd_bench"
mkdir -p "$build/bench"
"$bench" --db "$build/bench/scale.sqlite" --generate "$@"
state="$build/bench/pg"
bash "$here/../pg/pgfixture.sh" start "$state"
trap 'bash "$here/../pg/pgfixture.sh" stop "$state" >/dev/null' EXIT
url=$(cat "$state/url")
psql "$url" -qc "CREATE DATABASE scale"
"$bench" --db "${url%/postgres}/scale" --generate "$@"
