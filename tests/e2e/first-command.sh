#!/usr/bin/env bash
# End-to-end test of the README's first command: `./httpmonitor` builds the program once into
# .build/ (Native AOT where clang links, which .ci/run installs; else ReadyToRun) and runs it.
# Checks that the build works from a clean clone, that the built binary answers --version, and
# that with no log configured it follows a demo log of its own: `demo --no-ui --output jsonl`,
# stopped with SIGTERM after its first windows, ends with a summary counting every line it read
# and removes its demo folder. Exits non-zero with a reason on the first failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() { echo "first-command: FAIL: $*"; [ -s "${WORK:-/nonexistent}/err" ] && tail -20 "$WORK/err"; exit 1; }

WORK=$(mktemp -d -t httpmonitor-first.XXXXXX)
MONITOR_PID=""
cleanup() {
  [ -n "$MONITOR_PID" ] && kill -TERM "$MONITOR_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

started=$SECONDS
./httpmonitor --version >"$WORK/version" 2>"$WORK/err" || fail "./httpmonitor --version exited $?"
grep -qE '^[0-9]+\.[0-9]+\.[0-9]+' "$WORK/version" || fail "--version printed: $(cat "$WORK/version")"
echo "first-command: ./httpmonitor --version in $((SECONDS - started)) s (with its build, if any): $(cat "$WORK/version")"

# The demo, headless, in a folder of its own (no config.json there): windows of one second.
(cd "$WORK" && exec "$OLDPWD/.build/httpmonitor/httpmonitor" demo --no-ui --output jsonl --stats-interval 1 >"$WORK/out" 2>"$WORK/err") &
MONITOR_PID=$!
for _ in $(seq 150); do
  [ "$(grep -c '"type":"stats"' "$WORK/out" 2>/dev/null || true)" -ge 3 ] && break
  kill -0 "$MONITOR_PID" 2>/dev/null || fail "the demo stopped on its own"
  sleep 0.1
done
[ "$(grep -c '"type":"stats"' "$WORK/out")" -ge 3 ] || fail "no three windows from the demo within 15 s"
demo_dir=$(grep -o '/[^ ]*httpmonitor-demo-[A-Za-z0-9]*' "$WORK/err" | head -1)
kill -TERM "$MONITOR_PID"
wait "$MONITOR_PID" || fail "the demo exited $? on SIGTERM"
MONITOR_PID=""
summary=$(tail -1 "$WORK/out")
echo "$summary" | grep -qE '"type":"summary","lines":[1-9][0-9]*,"accepted":' || fail "no summary after SIGTERM: $summary"
lines=$(echo "$summary" | sed -E 's/.*"lines":([0-9]+).*/\1/')
accepted=$(echo "$summary" | sed -E 's/.*"accepted":([0-9]+).*/\1/')
[ "$lines" = "$accepted" ] || fail "the demo's lines were not all accepted: $summary"
[ -n "$demo_dir" ] || fail "the demo did not say where its log is"
[ ! -e "$demo_dir" ] || fail "the demo folder $demo_dir was left behind"
echo "first-command: the demo followed its own log: $lines lines, all accepted; its folder removed"
echo "first-command: PASS"
