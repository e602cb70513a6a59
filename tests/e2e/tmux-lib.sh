# Shared by the end-to-end scripts that drive the window through tmux as a person would.
# Before sourcing, set NAME (the script's name in its messages) and SESSION (the tmux session).
# Gives: WORK (a temp folder, removed on exit), LOG, a tmux server of the script's own (other
# sessions are never touched), screen, fail, wait_for, keys, type_text, and BIN: the program,
# built once (or HTTPMONITOR_BIN).

command -v tmux >/dev/null || { echo "$NAME: FAIL: tmux is not installed (apt-get install -y tmux)"; exit 1; }

WORK=$(mktemp -d -t "httpmonitor-$NAME.XXXXXX")
SOCKET="httpmonitor-$NAME-$$"
LOG="$WORK/access.log"
TMUX_CMD=(tmux -L "$SOCKET")

cleanup() {
  "${TMUX_CMD[@]}" kill-server 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

screen() { "${TMUX_CMD[@]}" capture-pane -p -J -t "$SESSION"; }

fail() {
  echo "$NAME: FAIL: $*"
  echo "----- screen -----"
  screen 2>/dev/null || echo "(no screen)"
  echo "------------------"
  exit 1
}

# wait_for TEXT SECONDS: polls the screen every 0.2 s until TEXT shows, or fails.
wait_for() {
  local text=$1 tries=$(($2 * 5))
  for ((i = 0; i < tries; i++)); do
    if screen | grep -qF -- "$text"; then return 0; fi
    sleep 0.2
  done
  fail "\"$text\" did not appear within $2 s"
}

keys() { "${TMUX_CMD[@]}" send-keys -t "$SESSION" "$@"; }
type_text() { "${TMUX_CMD[@]}" send-keys -t "$SESSION" -l "$1"; }

source tests/e2e/e2e-lib.sh
monitor_binary
