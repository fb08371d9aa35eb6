#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL cluster for the test suite (a CTest fixture).
#   pgfixture.sh start STATE_DIR   -> writes STATE_DIR/url (postgresql://dealerdesk@127.0.0.1:PORT/postgres)
#   pgfixture.sh stop  STATE_DIR
# The cluster lives in a fresh temp folder, listens on a free loopback port only, and is removed on stop.
# `dealerdesk` is the cluster's superuser (it creates and drops the test databases). As in the README's two-PC
# set-up, each test database belongs to an owner role that runs the migrations, dd_owner, and the app works as
# dd_app, which may only INSERT and SELECT audit rows (tests/support/testdb.cpp grants the rest). dd_owner may
# also end dd_app's sessions (pg_signal_backend), for the tests of a dropped connection.
# initdb and postgres refuse to run as root, so as root they run as the postgres user.
set -euo pipefail
cmd=${1:?start or stop}
state=${2:?state folder}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
  echo "pgfixture: PostgreSQL server binaries not found; install Debian's postgresql package (make deps)" >&2
  exit 1
fi
run=()
if [[ $(id -u) -eq 0 ]]; then
  run=(runuser -u postgres --)
fi

stop_cluster() {
  [[ -f "$state/datadir" ]] || return 0
  local data
  data=$(cat "$state/datadir")
  if [[ -d "$data/db" ]]; then
    "${run[@]}" "$bindir/pg_ctl" -D "$data/db" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$data"
  rm -f "$state/datadir" "$state/url"
}

case "$cmd" in
start)
  stop_cluster
  mkdir -p "$state"
  data=$(mktemp -d /tmp/dealerdesk-pg.XXXXXX)
  chmod 700 "$data"
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$data"
  echo "$data" > "$state/datadir"
  port=""
  for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
      port=$candidate
      break
    fi
  done
  [[ -n "$port" ]] || { echo "pgfixture: no free loopback port found" >&2; exit 1; }
  if ! "${run[@]}" "$bindir/initdb" -D "$data/db" -U dealerdesk -A trust -E UTF8 --locale=C.UTF-8 \
        >"$data/initdb.log" 2>&1; then
    cat "$data/initdb.log" >&2
    echo "pgfixture: initdb failed" >&2
    exit 1
  fi
  if ! "${run[@]}" "$bindir/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null; then
    cat "$data/server.log" >&2 || true
    echo "pgfixture: the PostgreSQL server did not start" >&2
    exit 1
  fi
  if ! "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U dealerdesk -d postgres \
        -c "CREATE ROLE dd_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE" \
        -c "CREATE ROLE dd_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE" \
        -c "GRANT pg_signal_backend TO dd_owner" >"$data/roles.log" 2>&1; then
    cat "$data/roles.log" >&2
    echo "pgfixture: creating the owner and application roles failed" >&2
    exit 1
  fi
  echo "postgresql://dealerdesk@127.0.0.1:$port/postgres" > "$state/url"
  echo "pgfixture: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($data)"
  ;;
stop)
  stop_cluster
  echo "pgfixture: stopped"
  ;;
*)
  echo "usage: $0 start|stop STATE_DIR" >&2
  exit 2
  ;;
esac
