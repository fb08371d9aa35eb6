#!/usr/bin/env bash
# Keeps README.md's claim true: every store and CLI test runs on SQLite and on PostgreSQL (FOR_EACH_BACKEND, or
# GENERATE over both backends), unless README.md names it, in backticks, among the exceptions with the reason.
#   backends_check.sh SOURCE_DIR
set -euo pipefail
src=${1:?source folder}
readme="$src/README.md"
missing=0
while IFS= read -r name; do
  if ! grep -qF -- "\`$name\`" "$readme"; then
    echo "runs on one database only, and README.md does not say so: $name" >&2
    missing=1
  fi
done < <(awk '
  function flush() { if (name != "" && !both) print name; name = ""; both = 0 }
  /^TEST_CASE\(/ { flush(); s = $0; sub(/^TEST_CASE\("/, "", s); sub(/".*/, "", s); name = s; next }
  /FOR_EACH_BACKEND\(|GENERATE\(.*Backend::Sqlite.*Backend::Postgres/ { both = 1 }
  END { flush() }' "$src"/tests/store/*.cpp "$src"/tests/cli/*.cpp)
exit $missing
