#!/usr/bin/env bash
# Runs a command for CTest and checks both its exit code and what it prints (stdout and stderr together):
#   expect.sh [--exit N] [--prints ERE]... [--not ERE]... -- COMMAND [ARGS...]
# --exit defaults to 0. Used where a test must fail in a known way (proving a check can fail) and where a
# program's output matters as well as its exit code (PASS_REGULAR_EXPRESSION alone would ignore the exit code).
set -u
code=0
prints=()
nots=()
while [ $# -gt 0 ]; do
  case $1 in
    --exit) code=$2; shift 2 ;;
    --prints) prints+=("$2"); shift 2 ;;
    --not) nots+=("$2"); shift 2 ;;
    --) shift; break ;;
    *) echo "expect.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ $# -gt 0 ] || { echo "expect.sh: no command" >&2; exit 2; }
out=$("$@" 2>&1)
rc=$?
printf '%s\n' "$out"
ok=1
if [ "$rc" -ne "$code" ]; then
  echo "expect.sh: exit code $rc, expected $code" >&2
  ok=0
fi
for re in "${prints[@]}"; do
  grep -Eq -- "$re" <<<"$out" || { echo "expect.sh: nothing printed matches: $re" >&2; ok=0; }
done
for re in "${nots[@]}"; do
  if grep -Eq -- "$re" <<<"$out"; then echo "expect.sh: printed what it must not: $re" >&2; ok=0; fi
done
[ $ok -eq 1 ]
