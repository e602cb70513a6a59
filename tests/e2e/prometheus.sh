#!/usr/bin/env bash
# End-to-end test of --listen against a real Prometheus: Debian's prometheus (installed with apt-get
# when missing; it brings promtool) scrapes the monitor every second. The monitor follows a log, headless,
# while a writer appends a known number of lines in three bursts, enough for the traffic alert;
# then Prometheus's HTTP API must say: the sum of httpmonitor_requests_total equals the lines
# written, the traffic alert showed as httpmonitor_alert_firing 1, the lines' response times are in
# the histogram, the target is up; and
# promtool check metrics passes on a scrape. Prometheus runs on 127.0.0.1 with a config and
# storage of its own in a temporary directory. Needs the .NET SDK. Exits non-zero with a reason on
# the first failure; stops both processes and removes the directory in every case.
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() {
  echo "prometheus: FAIL: $*"
  for f in monitor.err prometheus.log; do
    [ -s "${WORK:-/nonexistent}/$f" ] && { echo "----- $f -----"; tail -20 "$WORK/$f"; }
  done
  exit 1
}

install_missing() {
  local missing=()
  command -v prometheus >/dev/null || missing+=(prometheus)
  command -v curl >/dev/null || missing+=(curl)
  command -v jq >/dev/null || missing+=(jq)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "prometheus: installing ${missing[*]} (apt-get)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}") >/dev/null 2>&1 \
      || fail "could not install ${missing[*]} with apt-get"
  fi
  command -v promtool >/dev/null || fail "promtool is missing (it comes with Debian's prometheus package)"
}
install_missing

WORK=$(mktemp -d -t httpmonitor-prometheus.XXXXXX)
MONITOR_PID=""
PROMETHEUS_PID=""
stop() {
  local pid=$1
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
}
cleanup() {
  stop "$PROMETHEUS_PID"
  stop "$MONITOR_PID"
  rm -rf "$WORK"
}
trap cleanup EXIT

NAME=prometheus
source tests/e2e/e2e-lib.sh

# wait_for SECONDS WHAT COMMAND...: runs COMMAND every 0.5 s until it succeeds, or fails.
wait_for() {
  local limit=$1 what=$2; shift 2
  for ((i = 0; i < limit * 2; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  fail "$what: not within ${limit}s"
}

monitor_binary

LOG="$WORK/access.log"
: >"$LOG"
MONITOR_PORT=$(free_port)
# Traffic alert above 5 req/s over 10 s: 300 lines in about 2 s fire it. The monitor runs in $WORK,
# so no config.json of the repository is read.
# The lines end with a response time (nginx's $request_time), for the histogram.
(cd "$WORK" && exec "$BIN" --log "$LOG" --no-ui --output jsonl --listen "127.0.0.1:$MONITOR_PORT" \
  --format 'nginx:$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent $request_time' \
  --traffic-threshold 5 --traffic-window 10 --tolerance 1) >"$WORK/monitor.out" 2>"$WORK/monitor.err" &
MONITOR_PID=$!
wait_for 30 "the monitor reading $LOG" grep -qF "reading $LOG" "$WORK/monitor.err"
grep -qF "serving metrics at http://127.0.0.1:$MONITOR_PORT/metrics" "$WORK/monitor.err" || fail "the monitor did not say where it serves"

PROMETHEUS_PORT=$(free_port)
cat >"$WORK/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: httpmonitor
    static_configs:
      - targets: ['127.0.0.1:$MONITOR_PORT']
YAML
echo "prometheus: starting $(prometheus --version 2>&1 | head -1) on 127.0.0.1:$PROMETHEUS_PORT, scraping 127.0.0.1:$MONITOR_PORT every 1 s"
prometheus --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/data" \
  --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" --log.level=warn >"$WORK/prometheus.log" 2>&1 &
PROMETHEUS_PID=$!
API="http://127.0.0.1:$PROMETHEUS_PORT/api/v1"

# query PROMQL: the first result's value, or nothing.
query() { curl -sf "$API/query" --data-urlencode "query=$1" | jq -r '.data.result[0].value[1] // empty'; }
equals() { [ "$(query "$1")" = "$2" ]; }
wait_for 60 "Prometheus scraping the monitor (up == 1)" equals 'up{job="httpmonitor"}' 1

LINES=300
echo "prometheus: writing $LINES lines in three bursts"
for burst in 1 2 3; do
  stamp=$(LC_ALL=C date -u +'%d/%b/%Y:%H:%M:%S +0000')
  for i in $(seq 1 100); do
    echo "192.0.2.$((i % 50 + 1)) - - [$stamp] \"GET /s$((i % 3))/item$i HTTP/1.1\" $((i % 10 == 0 ? 503 : 200)) $((i * 10)) 0.$(printf %03d "$i")"
  done >>"$LOG"
  sleep 0.7
done

wait_for 60 "sum(httpmonitor_requests_total) = $LINES" equals 'sum(httpmonitor_requests_total)' "$LINES"
echo "prometheus: sum(httpmonitor_requests_total) = $LINES, every line written"
wait_for 30 'httpmonitor_alert_firing{alert="traffic"} was 1' \
  equals 'max_over_time(httpmonitor_alert_firing{alert="traffic"}[5m])' 1
echo "prometheus: httpmonitor_alert_firing{alert=\"traffic\"} was 1"
equals 'sum(httpmonitor_log_lines_total{result="accepted"})' "$LINES" || fail "httpmonitor_log_lines_total{result=\"accepted\"} is $(query 'sum(httpmonitor_log_lines_total{result="accepted"})'), not $LINES"
equals 'httpmonitor_request_duration_seconds_count' "$LINES" || fail "httpmonitor_request_duration_seconds_count is $(query 'httpmonitor_request_duration_seconds_count'), not $LINES"
# 0.001 s to 0.100 s, three times: 0.005 s and under, 5 of each 100.
equals 'httpmonitor_request_duration_seconds_bucket{le="0.005"}' 15 || fail "the histogram's le=0.005 bucket is $(query 'httpmonitor_request_duration_seconds_bucket{le="0.005"}'), not 15"
equals 'sum(httpmonitor_requests_total{status_class="5xx"})' 30 || fail "5xx requests are $(query 'sum(httpmonitor_requests_total{status_class="5xx"})'), not 30"

curl -sf "http://127.0.0.1:$MONITOR_PORT/metrics" >"$WORK/scrape.txt" || fail "GET /metrics"
promtool check metrics <"$WORK/scrape.txt" >"$WORK/promtool.txt" 2>&1 || { cat "$WORK/promtool.txt"; fail "promtool check metrics"; }
echo "prometheus: promtool check metrics passes ($(grep -vc '^#' "$WORK/scrape.txt") samples)"
curl -sf "http://127.0.0.1:$MONITOR_PORT/healthz" >/dev/null || fail "/healthz is not 200 while following"
curl -sf "http://127.0.0.1:$MONITOR_PORT/api/state" | jq -e ".summary.accepted == $LINES" >/dev/null || fail "/api/state's summary"

stop "$MONITOR_PID"
MONITOR_PID=""
tail -1 "$WORK/monitor.out" | jq -e ".type == \"summary\" and .accepted == $LINES" >/dev/null || fail "the monitor's summary: $(tail -1 "$WORK/monitor.out")"
echo "prometheus: PASS"
