#!/usr/bin/env bash
# Live following under load (not a unit test): a writer appends RATE lines/s stamped with the wall
# clock for DURATION seconds while `httpmonitor --no-ui --output jsonl --stats-interval 1` follows
# the log. Reports the writer's real rate, how late each one-second window came out after its end
# (lines move the clock, so about 0 s; the last one waits for the wall clock less the 2 s tolerance;
# more than that means the monitor fell behind), the monitor's CPU, and whether it counted every
# line written.
#   bench/live.sh                        # 200,000 lines/s for 30 s (issue 18's target)
#   RATE=20000 DURATION=10 bench/live.sh
set -euo pipefail
RATE=${RATE:-200000}
DURATION=${DURATION:-30}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/httpmonitor-live.XXXXXX)
trap 'kill "$monitor" 2>/dev/null || true; rm -rf "$work"' EXIT

"$root/httpmonitor" --version >/dev/null
templates=$root/bench/.data/templates.log
if [[ ! -s "$templates" ]]; then
  mkdir -p "$root/bench/.data"
  dotnet run -c Release --project "$root/bench/LogGen" -- 20000 >"$templates"
fi

log=$work/access.log
: >"$log"
# Each output line is stamped with the wall time it arrived at.
"$root/.build/httpmonitor/httpmonitor" --no-ui --log "$log" --output jsonl --stats-interval 1 \
  > >(python3 -c 'import sys, time
for line in sys.stdin: print(f"{time.time():.3f} {line}", end="", flush=True)' >"$work/out") 2>"$work/err" &
monitor=$!
sleep 1
cpu0=$(awk '{print $14 + $15}' "/proc/$monitor/stat")
python3 "$root/bench/live_writer.py" --log "$log" --templates "$templates" --rate "$RATE" --duration "$DURATION" >"$work/writer.json"
cpu1=$(awk '{print $14 + $15}' "/proc/$monitor/stat")
sleep 4                      # the tolerance, and the last window to close
kill -TERM "$monitor"
wait "$monitor" || true
sleep 0.5

python3 - "$work/out" "$work/writer.json" "$(( cpu1 - cpu0 ))" "$DURATION" <<'PY'
import json, sys, statistics
from datetime import datetime
out, writer, ticks, duration = sys.argv[1], json.load(open(sys.argv[2])), int(sys.argv[3]), float(sys.argv[4])
lags, summary = [], {}
for row in open(out):
    arrived, text = row.split(" ", 1)
    event = json.loads(text)
    if event["type"] == "stats" and not event["partial"] and event["hits"] > 0:
        end = datetime.strptime(event["end"], "%Y-%m-%dT%H:%M:%SZ").timestamp() - datetime(1970, 1, 1).timestamp()
        lags.append(float(arrived) - end)
    if event["type"] == "summary":
        summary = event
print(f"writer:  {writer['written']:,} lines in {writer['seconds']} s = {writer['rate']:,} lines/s")
print(f"windows: {len(lags)} with traffic; came out {min(lags):.2f}-{max(lags):.2f} s after their end (median {statistics.median(lags):.2f} s)")
print(f"monitor: {ticks / 100 / duration:.0%} of a core while the writer ran; summary {summary}")
ok = summary.get("lines") == writer["written"] and summary.get("rejected") == 0 and max(lags) < 2 + 1.5
print("OK: every line counted, never behind" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
