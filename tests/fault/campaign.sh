#!/usr/bin/env bash
# The fault campaign (issue 15): kill -9 in the middle of imports, the demo, user changes, backups and printing;
# damaged, locked and read-only files; fuzzed CSV files and command lines. After every fault the database must
# pass `dealerdesk check`, an import must be all or nothing, and no run may crash (a signal) or hang.
#   tests/fault/campaign.sh BUILD_DIR [ROUNDS]      (ROUNDS scales every loop; default 10)
# Prints one line per part and a closing "N passed, M failed" line; exit 1 on any failure.
set -uo pipefail
build=$(cd "${1:?build folder}" && pwd)
rounds=${2:-10}
dd="$build/app/dealerdesk"
[[ -x "$dd" ]] || { echo "campaign: $dd not built" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d /tmp/dealerdesk-faults.XXXXXX)
trap 'rm -rf "$work"' EXIT
# Nothing of the campaign reaches the real user's settings or default database.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
pass=0
failures=0
kills=0
inputs=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { pass=$((pass + 1)); }
export DEALERDESK_PASSWORD='Campaign-Desk-2026!'
# Runs dealerdesk with a time limit; echoes the exit code. 124 = hung, >128 = crashed.
run() { timeout "${FAULT_TIMEOUT:-120}" "$dd" "$@" >"$work/out" 2>"$work/err" </dev/null; echo $?; }

fresh() { # a migrated database with an administrator, in $1
  rm -f "$1" "$1-wal" "$1-shm"
  "$dd" --db "$1" migrate >/dev/null || return 1
  printf '%s\n' "$DEALERDESK_PASSWORD" | "$dd" --db "$1" user add admin --role admin --name Admin >/dev/null
}

customers_csv() { # $1 file, $2 rows
  {
    echo "name,kind,phone,phone2,id_number,address,tax_number,followup_consent,marketing_consent,notes"
    for ((i = 0; i < $2; i++)); do printf '客户%05d,person,139%08d,,,上海市浦东新区%d号,,yes,no,\n' "$i" "$i" "$i"; done
  } >"$1"
}

count() { "$build/tests/dd_sqlite_peer" "$1" "$2" 2>/dev/null; }

checked() { # the database passes the full check
  local code
  code=$(run --db "$1" --user admin check)
  [[ "$code" == 0 ]] || { fail "check after $2 exited $code: $(head -c 300 "$work/err")"; return 1; }
  ok
}

# 1. kill -9 in the middle of an import: all or nothing, never damaged.
db="$work/import.db"
fresh "$db" || { echo "campaign: set-up failed" >&2; exit 1; }
customers_csv "$work/c.csv" 1000
for ((r = 0; r < rounds * 3; r++)); do
  "$dd" --db "$db" --user admin import customers "$work/c.csv" >/dev/null 2>&1 </dev/null &
  pid=$!
  sleep "$((RANDOM % 6)).$((RANDOM % 10))"
  kill -9 "$pid" 2>/dev/null && kills=$((kills + 1))
  wait "$pid" 2>/dev/null
  n=$(count "$db" "SELECT COUNT(*) FROM customers")
  if [[ "$n" != 0 && $((n % 1000)) != 0 ]]; then fail "half an import after kill -9: $n customers"; else ok; fi
done
checked "$db" "kill -9 during imports"
echo "import kill -9: $((rounds * 3)) rounds, $(count "$db" "SELECT COUNT(*) FROM customers") customers on file"

# 2. kill -9 during the demo, user changes, backups and printing.
for ((r = 0; r < rounds; r++)); do
  d="$work/demo$r.db"; rm -f "$d"*
  "$dd" --db "$d" demo >/dev/null 2>&1 </dev/null &
  pid=$!; sleep "0.$((RANDOM % 9 + 1))"; kill -9 "$pid" 2>/dev/null && kills=$((kills + 1)); wait "$pid" 2>/dev/null
  if [[ -f "$d" ]]; then
    n=$(count "$d" "SELECT COUNT(*) FROM dd_meta WHERE key = 'demo_loaded_at'")
    w=$(count "$d" "SELECT COUNT(*) FROM work_orders")
    if [[ "${n:-0}" == 0 && "${w:-0}" != 0 ]]; then fail "half a demo after kill -9 ($w work orders, no mark)"; else ok; fi
    code=$(run --db "$d" migrate); [[ "$code" == 0 || "$code" == 1 ]] || fail "migrate after a killed demo exited $code"
  fi
done
echo "demo kill -9: $rounds rounds"
db="$work/work.db"
fresh "$db"
"$dd" --db "$db" --user admin import customers "$work/c.csv" >/dev/null 2>&1
for ((r = 0; r < rounds; r++)); do
  printf 'Pass-word-%d!\n' "$r" | "$dd" --db "$db" --user admin user add "user$r" --role cashier >/dev/null 2>&1 &
  pid=$!; sleep "0.0$((RANDOM % 9))"; kill -9 "$pid" 2>/dev/null && kills=$((kills + 1)); wait "$pid" 2>/dev/null
  rm -f "$work/b.db"
  "$dd" --db "$db" --user admin backup "$work/b.db" >/dev/null 2>&1 </dev/null &
  pid=$!; sleep "0.$((RANDOM % 5))"; kill -9 "$pid" 2>/dev/null && kills=$((kills + 1)); wait "$pid" 2>/dev/null
  if [[ -f "$work/b.db" ]]; then
    code=$(run --db "$work/b.db" --user admin check)
    [[ "$code" == 0 ]] && ok || fail "a backup killed with kill -9 left a damaged copy in place ($code)"
  fi
  "$dd" --db "$db" --user admin print dayclose "$(date +%F)" --pdf "$work/d.pdf" >/dev/null 2>&1 </dev/null &
  pid=$!; sleep "0.$((RANDOM % 5))"; kill -9 "$pid" 2>/dev/null && kills=$((kills + 1)); wait "$pid" 2>/dev/null
done
checked "$db" "kill -9 during user add, backup and print"
echo "user add / backup / print kill -9: $rounds rounds each"

# 3. Damaged files: bytes overwritten anywhere in a copy; every command answers with an exit code, never a crash.
for ((r = 0; r < rounds * 2; r++)); do
  cp "$db" "$work/x.db"; rm -f "$work/x.db-wal" "$work/x.db-shm"
  size=$(stat -c %s "$work/x.db")
  off=$((RANDOM * 32768 + RANDOM)); off=$((off % size))
  head -c 512 /dev/urandom | dd of="$work/x.db" bs=1 seek="$off" conv=notrunc status=none
  inputs=$((inputs + 1))
  for cmd in check workorders migrate "user list"; do
    # shellcheck disable=SC2086
    code=$(run --db "$work/x.db" --user admin $cmd)
    if ((code > 2)); then fail "$cmd on a file damaged at byte $off exited $code: $(head -c 200 "$work/err")"; else ok; fi
  done
done
echo "damaged files: $((rounds * 2)) copies, 4 commands each"

# 4. Locked, read-only and missing.
cp "$db" "$work/ro.db"
chmod 444 "$work/ro.db"
if [[ $(id -u) -ne 0 ]]; then
  code=$(run --db "$work/ro.db" --user admin user add ro1 --role cashier)
  [[ "$code" == 1 ]] && grep -q "read-only" "$work/err" && ok || fail "a read-only file: exit $code, $(cat "$work/err")"
fi
mkdir -p "$work/rodir"; cp "$db" "$work/rodir/r.db"; chmod 644 "$work/rodir/r.db"; chmod 555 "$work/rodir"
if id nobody >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]]; then
  chmod o+rx "$work"
  code=$(cd / && runuser -u nobody -- env DEALERDESK_PASSWORD="$DEALERDESK_PASSWORD" HOME=/tmp QT_QPA_PLATFORM=offscreen \
           timeout 60 "$dd" --db "$work/rodir/r.db" --user admin workorders 2>"$work/err" >/dev/null </dev/null; echo $?)
  if [[ "$code" == 1 ]] && grep -q "read-only" "$work/err" && ! grep -q "damaged" "$work/err"; then ok
  else fail "a read-only folder: exit $code, $(cat "$work/err")"; fi
fi
code=$(run --db "$work/missing/none.db" --user admin workorders)
[[ "$code" == 1 && ! -e "$work/missing/none.db" ]] && ok || fail "a missing database: exit $code"
echo "read-only and missing files: checked"

# 5. Fuzzed CSV files into a dry run: never a crash, never a hang, never a changed database.
before=$(count "$db" "SELECT COUNT(*) FROM customers")
for ((r = 0; r < rounds * 20; r++)); do
  f="$work/fuzz.csv"
  case $((r % 4)) in
    0) head -c $((RANDOM % 4000)) /dev/urandom >"$f" ;;
    1) { head -1 "$work/c.csv"; head -c $((RANDOM % 2000)) /dev/urandom; } >"$f" ;;
    2) { head -50 "$work/c.csv"; } | tr ',\n' "$(printf '\r\n')," >"$f" ;;
    3) { head -20 "$work/c.csv"; printf '"unterminated,%s\n' "$(head -c 100 /dev/urandom | base64)"; } >"$f" ;;
  esac
  inputs=$((inputs + 1))
  code=$(run --db "$db" --user admin import customers "$f" --dry-run)
  ((code > 2)) && fail "fuzzed CSV #$r: exit $code" || ok
done
after=$(count "$db" "SELECT COUNT(*) FROM customers")
[[ "$before" == "$after" ]] && ok || fail "a dry run changed the database ($before -> $after customers)"
echo "fuzzed CSV: $((rounds * 20)) files"

# 6. Fuzzed command lines: exit 0, 1 or 2, never a crash.
words=(migrate demo check backup user add passwd list workorders import print --db --user --lang --pdf --printer
       --copies --state --role --name --dry-run --help --version "" - -- zh_CN fr "$db" /nonexistent "$work/x.csv"
       customers vehicles labor intake dayclose 2026-13-45 WO000 "%1%2" "$(printf '\xff\xfe')" 0 -1 99999999999)
for ((r = 0; r < rounds * 30; r++)); do
  args=()
  for ((k = 0; k < RANDOM % 6 + 1; k++)); do args+=("${words[RANDOM % ${#words[@]}]}"); done
  # Without a command word (and without --help/--version) DealerDesk opens its window: not a command line.
  command_line=no
  for a in "${args[@]}"; do
    case "$a" in migrate|demo|check|backup|user|workorders|import|print|--help|--version|--db|--user|--lang) command_line=yes ;; esac
  done
  [[ $command_line == yes ]] || args=(workorders "${args[@]}")
  inputs=$((inputs + 1))
  code=$(cd "$work" && FAULT_TIMEOUT=20 run "${args[@]}")
  # An option that swallowed the command word as its value leaves no command: the window opened (and timed out).
  [[ $code == 124 ]] && grep -q "propagateSizeHints" "$work/err" && code=0
  ((code > 2)) && fail "command line [${args[*]}] exited $code: $(head -c 200 "$work/err")" || ok
done
echo "fuzzed command lines: $((rounds * 30))"

checked "$db" "the whole campaign"
echo "campaign: $kills kill -9, $inputs damaged or fuzzed inputs"
echo "$pass passed, $failures failed"
[[ $failures -eq 0 ]]
