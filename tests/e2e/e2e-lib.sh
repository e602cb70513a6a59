# Shared by the end-to-end scripts (through nginx-lib.sh and tmux-lib.sh, or directly): free_port
# and monitor_binary. Before sourcing, set NAME (the script's name in its messages); both need
# WORK (a temp folder) and fail when they are called.

# A free port on 127.0.0.1: one nothing answers on (TCP), below the kernel's range of ephemeral
# ports: a port in that range can be the local end of some other connection, which nothing answers
# on but which a listener cannot take (a CI run failed so). Called as PORT=$(free_port): its failure
# is said on stderr (stdout is the port) and ends the script through set -e.
free_port() {
  local candidate ephemeral_start
  ephemeral_start=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  ((ephemeral_start > 11000)) || ephemeral_start=32768
  for candidate in $(shuf -i 10000-$((ephemeral_start - 1)) -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then echo "$candidate"; return; fi
  done
  fail "no free port found" >&2
}

# monitor_binary: sets BIN to HTTPMONITOR_BIN=path/to/httpmonitor when given (e.g. the wrapper's
# native one), else to a Debug build made once.
monitor_binary() {
  if [ -n "${HTTPMONITOR_BIN:-}" ]; then
    BIN=$HTTPMONITOR_BIN
  else
    echo "$NAME: building once"
    dotnet build src/HttpMonitor/HttpMonitor.csproj -nologo -v quiet >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; fail "build"; }
    BIN="$PWD/src/HttpMonitor/bin/Debug/net10.0/httpmonitor"
  fi
  [ -x "$BIN" ] || fail "no binary at $BIN"
}
