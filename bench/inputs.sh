#!/usr/bin/env bash
# Live following of several inputs under load (issue 20; not a unit test): a writer appends lines
# stamped with the wall clock to 4 logs and sends them to a syslog TCP port, RATE lines/s in all,
# for DURATION seconds, while `httpmonitor --no-ui --output jsonl --stats-interval 1` follows the
# 4 logs and listens on the port. Reports the writer's real rate, how late the one-second windows
# came out, the monitor's CPU, and whether it counted every line, per source, with none dropped.
#   bench/inputs.sh                       # 100,000 lines/s in all for 30 s
#   RATE=150000 DURATION=10 bench/inputs.sh
set -euo pipefail
RATE=${RATE:-100000}
DURATION=${DURATION:-30}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/httpmonitor-inputs.XXXXXX)
trap 'kill "$monitor" 2>/dev/null || true; rm -rf "$work"' EXIT

"$root/httpmonitor" --version >/dev/null
templates=$root/bench/.data/templates.log
if [[ ! -s "$templates" ]]; then
  mkdir -p "$root/bench/.data"
  dotnet run -c Release --project "$root/bench/LogGen" -- 20000 >"$templates"
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
logs=()
for n in 1 2 3 4; do
  : >"$work/access$n.log"
  logs+=(--log "$work/access$n.log")
done
# Each output line is stamped with the wall time it arrived at.
"$root/.build/httpmonitor/httpmonitor" --no-ui "${logs[@]}" --syslog "tcp://127.0.0.1:$port" --output jsonl --stats-interval 1 --top 10 \
  > >(python3 -c 'import sys, time
for line in sys.stdin: print(f"{time.time():.3f} {line}", end="", flush=True)' >"$work/out") 2>"$work/err" &
monitor=$!
sleep 1
cpu0=$(awk '{print $14 + $15}' "/proc/$monitor/stat")
python3 "$root/bench/inputs_writer.py" "${logs[@]}" --syslog "127.0.0.1:$port" --templates "$templates" \
  --rate "$RATE" --duration "$DURATION" >"$work/writer.json"
cpu1=$(awk '{print $14 + $15}' "/proc/$monitor/stat")
sleep 4                      # the tolerance, and the last window to close
kill -TERM "$monitor"
wait "$monitor" || true
sleep 0.5

python3 - "$work/out" "$work/writer.json" "$(( cpu1 - cpu0 ))" "$DURATION" "$work" <<'PY'
import json, sys, statistics
from collections import Counter
from datetime import datetime
out, writer, ticks, duration, work = sys.argv[1], json.load(open(sys.argv[2])), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
lags, summary, sources = [], {}, Counter()
for row in open(out):
    arrived, text = row.split(" ", 1)
    event = json.loads(text)
    if event["type"] == "stats":
        for s in event.get("sources", []):
            sources[s["source"]] += s["hits"]
        if not event["partial"] and event["hits"] > 0:
            end = datetime.strptime(event["end"], "%Y-%m-%dT%H:%M:%SZ").timestamp() - datetime(1970, 1, 1).timestamp()
            lags.append(float(arrived) - end)
    if event["type"] == "summary":
        summary = event
expected = {f"{work}/access{n + 1}.log": w for n, w in enumerate(writer["per_input"][:4])}
expected["benchhost"] = writer["per_input"][4]
print(f"writer:  {writer['written']:,} lines in {writer['seconds']} s = {writer['rate']:,} lines/s (4 logs and syslog TCP, {writer['per_input'][0]:,} each)")
print(f"windows: {len(lags)} with traffic; came out {min(lags):.2f}-{max(lags):.2f} s after their end (median {statistics.median(lags):.2f} s)")
print(f"monitor: {ticks / 100 / duration:.0%} of a core while the writer ran; summary lines {summary.get('lines')}, rejected {summary.get('rejected')}, dropped {summary.get('dropped')}")
ok = (summary.get("lines") == writer["written"] and summary.get("rejected") == 0 and summary.get("dropped") == 0
      and dict(sources) == expected and max(lags) < 2 + 1.5)
print("OK: every line counted under its source, none dropped, never behind" if ok else f"FAIL: sources {dict(sources)} expected {expected}")
sys.exit(0 if ok else 1)
PY
