#!/usr/bin/env bash
# End-to-end test of several inputs against a real server (issue 20): Debian's nginx (installed
# with apt-get when missing), started by this script on 127.0.0.1 with a prefix and config of its
# own in a temporary directory, with two server blocks, each writing its own access log, and the
# first also sending every line to the monitor's syslog port (access_log syslog:server=…). The
# monitor follows both files and listens on that UDP port; a real client (ab) sends a known number
# of requests to each server. The monitor must count exactly what was sent, per source: each file,
# and the syslog sender (the host nginx names). UDP loss on loopback at this rate is expected to be
# zero: if a line is missing, the counts and the drops are said. Needs the .NET SDK. Stops nginx and
# the monitor and removes the directory in every case.
set -euo pipefail
cd "$(dirname "$0")/../.."

NAME=nginx-inputs
source tests/e2e/nginx-lib.sh
# The syslog port is checked by the monitor itself when it binds it.
PORT_A=$(free_port) PORT_B=$(free_port) SYSLOG_PORT=$(free_port)
[ "$PORT_A" != "$PORT_B" ] || PORT_B=$(free_port)
SENT_A=3000 SENT_B=2000

monitor_binary

mkdir -p "$WORK/logs" "$WORK/tmp"
: >"$WORK/logs/a.log"
: >"$WORK/logs/b.log"
cat >"$WORK/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log;
events { worker_connections 256; }
http {
  client_body_temp_path $WORK/tmp/body;
  proxy_temp_path $WORK/tmp/proxy;
  fastcgi_temp_path $WORK/tmp/fastcgi;
  uwsgi_temp_path $WORK/tmp/uwsgi;
  scgi_temp_path $WORK/tmp/scgi;
  server {
    listen 127.0.0.1:$PORT_A;
    access_log $WORK/logs/a.log combined;
    access_log syslog:server=127.0.0.1:$SYSLOG_PORT combined;
    location = /ready { access_log off; return 200 "ok\n"; }
    location / { return 200 "a\n"; }
  }
  server {
    listen 127.0.0.1:$PORT_B;
    access_log $WORK/logs/b.log combined;
    location = /ready { access_log off; return 200 "ok\n"; }
    location / { return 404; }
  }
}
EOF

# The monitor first: it follows both (empty) logs from their start and listens before nginx sends.
"$BIN" --log "$WORK/logs/a.log" --log "$WORK/logs/b.log" --syslog "udp://127.0.0.1:$SYSLOG_PORT" --from-start \
  --output jsonl --stats-interval 1 --top 100 >"$WORK/out.jsonl" 2>"$WORK/monitor.err" &
MONITOR_PID=$!
STOP_PIDS+=("$MONITOR_PID")
for _ in $(seq 100); do
  grep -q "following" "$WORK/monitor.err" && break
  kill -0 "$MONITOR_PID" 2>/dev/null || { cat "$WORK/monitor.err"; fail "the monitor did not start"; }
  sleep 0.1
done

echo "nginx-inputs: starting $("$NGINX" -v 2>&1) on 127.0.0.1:$PORT_A and :$PORT_B, syslog to :$SYSLOG_PORT"
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/logs/error.log" &
NGINX_PID=$!
STOP_PIDS+=("$NGINX_PID")
for port in "$PORT_A" "$PORT_B"; do
  for _ in $(seq 100); do
    curl -s -o /dev/null "http://127.0.0.1:$port/ready" && break
    kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/logs/error.log"; fail "nginx did not start"; }
    sleep 0.1
  done
done

# ab N PORT: N requests, every one completed.
ab_send() {
  local n=$1 port=$2 out
  out=$(ab -q -n "$n" -c 4 "http://127.0.0.1:$port/page") || fail "ab on :$port failed"
  echo "$out" | grep -qE "^Complete requests: +$n$" || fail "ab on :$port did not complete $n requests"
}
echo "nginx-inputs: sending $SENT_A requests to the first server (file and syslog), $SENT_B to the second (file)"
ab_send "$SENT_A" "$PORT_A"
ab_send "$SENT_B" "$PORT_B"
[ "$(wc -l <"$WORK/logs/a.log")" -eq "$SENT_A" ] || fail "nginx wrote $(wc -l <"$WORK/logs/a.log") lines to a.log, not $SENT_A"
[ "$(wc -l <"$WORK/logs/b.log")" -eq "$SENT_B" ] || fail "nginx wrote $(wc -l <"$WORK/logs/b.log") lines to b.log, not $SENT_B"

# Every line reaches a closed window within a few seconds (tolerance 2 s, windows of 1 s).
EXPECTED_TOTAL=$((2 * SENT_A + SENT_B))
counted=0
for _ in $(seq 150); do
  counted=$(jq -s '[.[] | select(.type == "stats") | .hits] | add // 0' "$WORK/out.jsonl")
  [ "$counted" -ge "$EXPECTED_TOTAL" ] && break
  sleep 0.2
done
kill -TERM "$MONITOR_PID"
wait "$MONITOR_PID" || fail "the monitor exited $? after SIGTERM"
MONITOR_PID=""

SUMMARY=$(jq -c 'select(.type == "summary") | [.lines, .accepted, .rejected, .dropped]' "$WORK/out.jsonl")
GOT=$(jq -r 'select(.type == "stats") | .sources[]? | [.source, .hits] | @tsv' "$WORK/out.jsonl" |
  awk -F'\t' '{ h[$1] += $2 } END { for (s in h) print s "\t" h[s] }' | sort)
echo "nginx-inputs: summary [lines,accepted,rejected,dropped] $SUMMARY; per source:"
echo "$GOT" | sed 's/^/  /'
[ "$SUMMARY" = "[$EXPECTED_TOTAL,$EXPECTED_TOTAL,0,0]" ] \
  || fail "summary is $SUMMARY, not [$EXPECTED_TOTAL,$EXPECTED_TOTAL,0,0] (a shortfall on the syslog source is UDP loss or drops)"
[ "$(echo "$GOT" | awk -F'\t' -v f="$WORK/logs/a.log" '$1 == f { print $2 }')" = "$SENT_A" ] || fail "a.log: not $SENT_A hits"
[ "$(echo "$GOT" | awk -F'\t' -v f="$WORK/logs/b.log" '$1 == f { print $2 }')" = "$SENT_B" ] || fail "b.log: not $SENT_B hits"
SENDER=$(echo "$GOT" | awk -F'\t' -v a="$WORK/logs/a.log" -v b="$WORK/logs/b.log" '$1 != a && $1 != b')
[ "$(echo "$SENDER" | wc -l)" -eq 1 ] && [ "$(echo "$SENDER" | cut -f2)" = "$SENT_A" ] \
  || fail "the syslog sender: expected one source with $SENT_A hits, got: $SENDER"
echo "nginx-inputs: every request counted under its source: a.log $SENT_A, b.log $SENT_B, syslog sender $(echo "$SENDER" | cut -f1) $SENT_A"
echo "nginx-inputs: PASS"
