# Shared by the end-to-end scripts (through nginx-lib.sh and tmux-lib.sh, or directly): free_port
# and monitor_binary. Before sourcing, set NAME (the script's name in its messages); both need
# WORK (a temp folder) and fail when they are called.

# A free port on 127.0.0.1: one nothing answers on (TCP). Called as PORT=$(free_port): its failure
# is said on stderr (stdout is the port) and ends the script through set -e.
free_port() {
  local candidate
  for candidate in $(shuf -i 20000-60000 -n 50); do
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
