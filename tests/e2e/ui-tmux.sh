#!/usr/bin/env bash
# End-to-end test of the interactive window, driven as a person would through tmux:
# start the real program on a log, append a burst, wait for the traffic alert on screen,
# raise the threshold in the F2 dialog, see the alert recover, quit with q, and check the
# exit code, the summary and that the terminal was restored.
# Needs tmux and the .NET SDK. Exits non-zero with a reason on the first failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

NAME=ui-tmux
SESSION=hm
# shellcheck source=tests/e2e/tmux-lib.sh
source tests/e2e/tmux-lib.sh

: >"$LOG"
# Threshold 5 req/s over 10 s: a burst of 200 lines (20 req/s on average) fires the alert.
# The program runs in $WORK, so no config.json of the repository is read or written.
"${TMUX_CMD[@]}" new-session -d -s "$SESSION" -x 100 -y 30 \
  "cd '$WORK' && '$BIN' --log '$LOG' --traffic-threshold 5 --traffic-window 10 --tolerance 1; echo \"EXIT=\$?\"; exec sleep 600"

echo "ui-tmux: waiting for the window"
wait_for "following $LOG" 30
wait_for "Thresholds/t" 5

echo "ui-tmux: appending a burst"
stamp=$(LC_ALL=C date -u +'%d/%b/%Y:%H:%M:%S +0000')
for i in $(seq 1 200); do
  echo "192.0.2.$((i % 50 + 1)) - - [$stamp] \"GET /api/items/$i HTTP/1.1\" 200 $((i * 10))"
done >>"$LOG"
echo "this line is not a log line" >>"$LOG"

wait_for "High traffic generated an alert - hits = 200, triggered at" 20
wait_for "TRAFFIC ALERT" 5

echo "ui-tmux: raising the threshold to 1000 in the dialog"
"${TMUX_CMD[@]}" send-keys -t "$SESSION" F2
wait_for "Traffic threshold (req/s):" 5
"${TMUX_CMD[@]}" send-keys -t "$SESSION" End BSpace BSpace BSpace BSpace BSpace 1 0 0 0 Enter
wait_for "Thresholds changed at" 5
wait_for "traffic threshold 5 → 1000 req/s" 2
wait_for "High traffic alert recovered - hits = 200, recovered at" 10
wait_for "no alert" 5
screen | grep -qF "/1000 req/s (10s)" || fail "the summary does not show the new threshold"

# check_exit HOW SUMMARY: the program left the window after HOW within 5 s, exit code 0, the
# summary line matches SUMMARY (an extended regex), and the terminal is as it was.
check_exit() {
  local how=$1 summary=$2 out code flags
  for ((i = 0; i < 25; i++)); do
    if screen | grep -q '^EXIT='; then break; fi
    sleep 0.2
  done
  out=$(screen)
  code=$(echo "$out" | sed -n 's/^EXIT=\([0-9]*\).*/\1/p' | tail -1)
  [ -n "$code" ] || fail "the program did not exit within 5 s of $how"
  [ "$code" = 0 ] || fail "exit code $code after $how, expected 0"
  echo "$out" | grep -qE "^summary: $summary" || fail "no summary after the window ($how; expected \"summary: $summary\")"

  # The terminal as it was: main screen, cursor visible, no keypad/cursor-key mode, no mouse tracking.
  flags=$("${TMUX_CMD[@]}" display-message -p -t "$SESSION" '#{alternate_on} #{cursor_flag} #{keypad_flag} #{keypad_cursor_flag} #{mouse_any_flag}')
  [ "$flags" = "0 1 0 0 0" ] || fail "terminal not restored after $how: alternate_on cursor_flag keypad_flag keypad_cursor_flag mouse_any_flag = $flags, expected 0 1 0 0 0"
}

echo "ui-tmux: quitting with q"
"${TMUX_CMD[@]}" send-keys -t "$SESSION" q
check_exit q "201 lines read, 200 accepted, 1 rejected, 2 alert events"

echo "ui-tmux: SIGQUIT stops the window as SIGTERM does: the summary, and the terminal restored"
SESSION=hm-quit
"${TMUX_CMD[@]}" new-session -d -s "$SESSION" -x 100 -y 30 \
  "cd '$WORK' && sh -c 'echo \$\$ >\"$WORK/quit.pid\"; exec \"$BIN\" --log \"$LOG\" --from-start'; echo \"EXIT=\$?\"; exec sleep 600"
wait_for "following $LOG" 30
wait_for "Thresholds/t" 5
kill -QUIT "$(cat "$WORK/quit.pid")"
check_exit SIGQUIT "[0-9]+ lines read, "

echo "ui-tmux: no terminal: stdout to a pipe must give headless output and a clear message, not a hang"
set +e
timeout -s INT 10 "$BIN" --log "$LOG" --from-start --traffic-threshold 5 --traffic-window 10 </dev/null >"$WORK/headless.out" 2>"$WORK/headless.err" &
pid=$!
for ((i = 0; i < 50; i++)); do
  if grep -q "High traffic generated an alert" "$WORK/headless.out" 2>/dev/null; then break; fi
  sleep 0.2
done
kill -INT "$pid" 2>/dev/null
wait "$pid"
set -e
grep -qF "cannot open the window: standard input or output is not a terminal" "$WORK/headless.err" || fail "no clear message without a terminal: $(cat "$WORK/headless.err")"
grep -qF "High traffic generated an alert - hits = 200" "$WORK/headless.out" || fail "no headless output without a terminal: $(head -5 "$WORK/headless.out")"

echo "ui-tmux: far-off stamps: a line from 2003 and one ten years ahead, read from the start; q must still quit at once"
FAR="$WORK/far.log"
ahead=$(LC_ALL=C date -u -d '+10 years' +'%d/%b/%Y:%H:%M:%S +0000')
{
  echo "192.0.2.1 - - [10/Oct/2003:13:55:36 +0000] \"GET /old HTTP/1.1\" 200 10"
  echo "192.0.2.2 - - [$ahead] \"GET /ahead HTTP/1.1\" 200 10"
} >"$FAR"
"${TMUX_CMD[@]}" kill-session -t "$SESSION"
"${TMUX_CMD[@]}" new-session -d -s "$SESSION" -x 100 -y 30 \
  "cd '$WORK' && '$BIN' --log '$FAR' --from-start; echo \"EXIT=\$?\"; exec sleep 600"
wait_for "1 stamped ahead, counted as now" 30
wait_for "No traffic from 2003-10-10" 10
"${TMUX_CMD[@]}" send-keys -t "$SESSION" q
for ((i = 0; i < 10; i++)); do
  if screen | grep -q '^EXIT='; then break; fi
  sleep 0.2
done
out=$(screen)
[ "$(echo "$out" | sed -n 's/^EXIT=\([0-9]*\).*/\1/p' | tail -1)" = 0 ] || fail "q did not end the program within 2 s, exit 0"
echo "$out" | grep -qE '^summary: 2 lines read, 2 accepted, 0 rejected, 0 alert events, 1 stamped ahead' || fail "no summary after the window for the far-off log"

echo "ui-tmux: PASS (alert, threshold change and recovery seen; exit 0 and terminal restored after q and after SIGQUIT; headless without a terminal; far-off stamps)"
