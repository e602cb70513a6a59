#!/usr/bin/env bash
# Soak test of live following (not part of the unit tests): a writer at RATE lines/s rotates the
# log by rename every ROTATE seconds for DURATION seconds while `httpmonitor --no-ui --output jsonl`
# follows it; the monitor is then stopped with SIGINT and its summary must count every line written.
#   bench/soak.sh                      # 60 s, 5000 lines/s, a rotation every 3 s
#   DURATION=20 RATE=2000 bench/soak.sh
set -euo pipefail
DURATION=${DURATION:-60}
RATE=${RATE:-5000}
ROTATE=${ROTATE:-3}
GRACE=${GRACE:-5}          # the follower's rotation grace: wait it out before stopping
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/httpmonitor-soak.XXXXXX)
trap 'kill "$monitor" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build -c Release "$root/src/HttpMonitor/HttpMonitor.csproj" -o "$work/bin" >/dev/null
log="$work/access.log"      # absent at start: the monitor waits for it, then reads it from its first byte

dotnet "$work/bin/httpmonitor.dll" --no-ui --log "$log" --output jsonl >"$work/out.jsonl" 2>"$work/err.txt" &
monitor=$!
sleep 2                      # let it start (it waits for the file either way)

python3 "$root/bench/soak_writer.py" --log "$log" --rate "$RATE" --duration "$DURATION" --rotate-every "$ROTATE" >"$work/writer.json"
sleep $((GRACE + 2))         # the last rotated-out file is read to its end
kill -TERM "$monitor"        # not INT: a background job of a script has SIGINT ignored
wait "$monitor" || true

written=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["written"])' "$work/writer.json")
on_disk=$(cat "$log"* | wc -l)
summary=$(grep '"type":"summary"' "$work/out.jsonl" || echo '{}')
counted=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1]).get("lines", -1))' "$summary")
echo "writer:  $(cat "$work/writer.json")"
echo "on disk: $on_disk lines in $(ls "$log"* | wc -l) files"
echo "monitor: $summary"
grep -v '^httpmonitor: reading' "$work/err.txt" | sed 's/^/stderr:  /' | head -20 || true
if [[ "$counted" == "$written" && "$on_disk" == "$written" ]]; then
  echo "OK: $counted of $written lines counted, none lost, none twice"
else
  echo "FAIL: written $written, on disk $on_disk, counted $counted"; exit 1
fi
