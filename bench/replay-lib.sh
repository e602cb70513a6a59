# What the replay benchmarks (compare.sh, formats.sh, busy.sh) share. Sourced after setting NAME
# (the script's name, for its temp folder). Sets root (the checkout), data (bench/.data, where the
# generated logs are kept), work (a temp folder removed at exit) and monitor (the binary the
# README's ./httpmonitor builds), installs time and bc where missing (need), times one command
# (timed), and names the timed nginx format LogGen's --format nginx writes (nginx_timed).

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data="$root/bench/.data"
work=$(mktemp -d "/tmp/httpmonitor-$NAME.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$data"

# need COMMAND PACKAGE: installs PACKAGE with apt-get when COMMAND is missing.
need() { command -v "$1" >/dev/null || { echo "installing $2 (apt-get)" >&2; apt-get install -y "$2" >/dev/null; }; }
need /usr/bin/time time
need bc bc

# What the README runs: the wrapper's binary (Native AOT where the machine can link it, else ReadyToRun).
"$root/httpmonitor" --version >/dev/null
monitor="$root/.build/httpmonitor/httpmonitor"

# timed NAME COMMAND...: runs COMMAND in $work, its output in $work/stdout, and sets seconds (wall
# time, from $EPOCHREALTIME: GNU time's %e moves in 10 ms steps, too coarse for `wc -l`) and
# kilobytes (peak RSS). In the work folder a config.json of the checkout (with keys an older binary
# does not know) is not read. A failure ends the script with NAME and the command's stderr.
timed() {
  local name=$1 started=$EPOCHREALTIME
  shift
  (cd "$work" && /usr/bin/time -o "$work/time" -f '%M' "$@" >"$work/stdout" 2>"$work/stderr") \
    || { echo "$name failed:" >&2; cat "$work/stderr" >&2; exit 1; }
  seconds=$(echo "$EPOCHREALTIME - $started" | bc)
  kilobytes=$(cat "$work/time")
}

# Its own config lines, pasted (bench/LogGen/LineFormats.cs).
nginx_timed="nginx:log_format timed '\$host \$remote_addr - \$remote_user [\$time_local] \"\$request\" ' '\$status \$body_bytes_sent \"\$http_referer\" \"\$http_user_agent\" \$request_time';"
