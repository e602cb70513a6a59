#!/usr/bin/env bash
# End-to-end test of the log formats against a real server: Debian's nginx (installed with apt-get
# when missing), started by this script on 127.0.0.1 with a prefix and config of its own in a
# temporary directory (never the system's), with a custom log_format carrying $host and
# $request_time and a second access_log with escape=json. A real client (ab from apache2-utils,
# and curl) sends a known number of requests across three Host names and three statuses; the
# monitor's replay of each log must count exactly what was sent, per vhost and status class:
# the custom format pasted as it is in nginx.conf, the JSON log detected without --format.
# Needs the .NET SDK. Exits non-zero with a reason on the first failure; stops nginx and removes
# its directory in every case.
set -euo pipefail
cd "$(dirname "$0")/../.."

NAME=nginx-formats
source tests/e2e/nginx-lib.sh
PORT=$(free_port)

mkdir -p "$WORK/logs" "$WORK/tmp"
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
  log_format timed '\$host \$remote_addr - \$remote_user [\$time_local] "\$request" '
                   '\$status \$body_bytes_sent "\$http_referer" "\$http_user_agent" \$request_time';
  log_format jsonlog escape=json '{"time_local":"\$time_local","remote_addr":"\$remote_addr","remote_user":"\$remote_user",'
                   '"request":"\$request","status":"\$status","body_bytes_sent":"\$body_bytes_sent","request_time":"\$request_time",'
                   '"http_referrer":"\$http_referer","http_user_agent":"\$http_user_agent","upstream_response_time":"\$upstream_response_time","host":"\$host"}';
  server {
    listen 127.0.0.1:$PORT;
    server_name _;
    access_log $WORK/logs/timed.log timed;
    access_log $WORK/logs/access.json jsonlog;
    location / { return 200 "ok\n"; }
    # Not logged: nginx writes a request's line after answering it, so a logged probe could land
    # after the logs are emptied below and be counted.
    location = /ready { access_log off; return 204; }
    location /missing { return 404; }
    location /down { return 503; }
  }
}
EOF

echo "nginx-formats: starting $("$NGINX" -v 2>&1) on 127.0.0.1:$PORT"
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/logs/error.log" &
NGINX_PID=$!
STOP_PIDS+=("$NGINX_PID")
for _ in $(seq 100); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/ready" -H "Host: probe.test" && break
  kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/logs/error.log"; fail "nginx did not start"; }
  sleep 0.1
done
# The probe is not part of what is counted: the logs start after it.
: >"$WORK/logs/timed.log"
: >"$WORK/logs/access.json"

# ab N HOST PATH: N requests with that Host header, none failed.
ab_send() {
  local n=$1 host=$2 path=$3 out
  out=$(ab -q -n "$n" -c 4 -H "Host: $host" "http://127.0.0.1:$PORT$path") || fail "ab $host$path failed"
  echo "$out" | grep -qE "^Complete requests: +$n$" || fail "ab $host$path did not complete $n requests"
  echo "$out" | grep -qE "^Failed requests: +0$" || fail "ab $host$path had failed requests"
}
# curl_send N HOST PATH STATUS: N requests, each answered with STATUS.
curl_send() {
  local n=$1 host=$2 path=$3 status=$4 got
  for _ in $(seq "$n"); do
    got=$(curl -s -o /dev/null -w '%{http_code}' -H "Host: $host" -A 'curl "e2e" \test' "http://127.0.0.1:$PORT$path")
    [ "$got" = "$status" ] || fail "curl $host$path answered $got, not $status"
  done
}

echo "nginx-formats: sending 102 requests"
ab_send 40 alpha.test /ok/page
ab_send 10 alpha.test /missing/x
ab_send 25 beta.test /ok/x
ab_send 15 beta.test /down/y
curl_send 5 gamma.test /missing 404
curl_send 7 gamma.test "/api/v1/users?id=3&q=%22x%22" 200
kill -QUIT "$NGINX_PID"
wait "$NGINX_PID" || true
NGINX_PID=""

# What was sent, per vhost: hits 4xx 5xx.
EXPECTED=$'alpha.test 50 10 0\nbeta.test 40 0 15\ngamma.test 12 5 0'

monitor_binary

# check NAME FORMAT LOG [ARGS...]: replays LOG; every line accepted, read as FORMAT, and the windows'
# vhosts and status classes sum to what was sent.
check() {
  local name=$1 format=$2 log=$3; shift 3
  local out="$WORK/$name.jsonl" err="$WORK/$name.err" summary got
  (cd "$WORK" && "$BIN" replay "$log" --output jsonl --stats-interval 86400 --top 100 "$@") >"$out" 2>"$err" \
    || { cat "$err"; fail "$name: replay exited $?"; }
  [ ! -s "$err" ] || { cat "$err"; fail "$name: the replay said something on stderr"; }
  summary=$(jq -c 'select(.type == "summary") | [.lines, .accepted, .rejected, .format]' "$out")
  [ "$summary" = "[102,102,0,\"$format\"]" ] || fail "$name: summary [lines,accepted,rejected,format] is $summary, not [102,102,0,\"$format\"]"
  got=$(jq -r 'select(.type == "stats") | .vhosts[]? | [.vhost, .hits, .errors4xx, .errors5xx] | @tsv' "$out" |
    awk -F'\t' '{ h[$1] += $2; e4[$1] += $3; e5[$1] += $4 } END { for (v in h) print v, h[v], e4[v], e5[v] }' | sort)
  [ "$got" = "$EXPECTED" ] || fail "$name: per vhost (hits 4xx 5xx) got
$got
expected
$EXPECTED"
  got=$(jq -s '[.[] | select(.type == "stats")] | [(map(.hits) | add), (map(.errors4xx) | add), (map(.errors5xx) | add)] | @text' -r "$out")
  [ "$got" = "[102,15,15]" ] || fail "$name: windows' [hits,4xx,5xx] are $got, not [102,15,15]"
  echo "nginx-formats: $name: 102 lines, every one counted, per vhost and status class as sent"
}

# The log_format as written in nginx.conf, pasted whole after nginx:.
PASTED="nginx:$(sed -n '/log_format timed/,/;$/p' "$WORK/nginx.conf")"
check custom-format nginx "$WORK/logs/timed.log" --format "$PASTED"
check json-detected json "$WORK/logs/access.json"
check json-named json "$WORK/logs/access.json" --format json

echo "nginx-formats: PASS"
