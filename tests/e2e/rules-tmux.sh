#!/usr/bin/env bash
# End-to-end test of alert rules in the running window, driven as a person would through tmux
# (issue 17): start with the default rules, add a rule "errors5" (5xx above 2 over 10 s) in the
# F2 dialog with "Save to" ticked, append 5 failing requests, see the rule fire in the header and
# the history, quit with q; config.json must hold the rule, and load again.
# Needs tmux and the .NET SDK. Exits non-zero with a reason on the first failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

NAME=rules-tmux
SESSION=rules
# shellcheck source=tests/e2e/tmux-lib.sh
source tests/e2e/tmux-lib.sh

: >"$LOG"
# The program runs in $WORK: the dialog saves to $WORK/config.json, which does not exist yet.
"${TMUX_CMD[@]}" new-session -d -s "$SESSION" -x 100 -y 30 \
  "cd '$WORK' && '$BIN' --log '$LOG' --tolerance 1; echo \"EXIT=\$?\"; exec sleep 600"
wait_for "following $LOG" 30

echo "rules-tmux: adding the rule errors5 (5xx above 2 over 10 s) in the dialog, saved"
keys F2
wait_for "Add a rule" 5
for _ in 1 2 3 4 5 6; do keys Tab; done      # the default rules' other fields, "Save to", "Add a rule…"
keys Enter
type_text errors5; keys Tab                  # name
type_text 5xx; keys Tab Tab                  # metric; the trigger stays "above"
type_text 2; keys Tab Tab                    # threshold; no recover
type_text 10                                 # window
for _ in 1 2 3 4 5 6 7; do keys Tab; done    # for, section, severity, Add, Remove, statistics interval, "Save to"
keys Space BTab Enter                        # tick "Save to", back a field, OK
wait_for "Rules changed: traffic and errors now explicit rules; added errors5" 10

echo "rules-tmux: five failing requests"
stamp=$(LC_ALL=C date -u +'%d/%b/%Y:%H:%M:%S +0000')
for i in 1 2 3 4 5; do
  echo "192.0.2.$i - - [$stamp] \"GET /api/fail/$i HTTP/1.1\" 500 10"
done >>"$LOG"
wait_for "errors5 generated an alert - 5xx = 5, triggered at" 15
screen | head -1 | grep -qF "errors5" || fail "the header does not show the rule errors5"

echo "rules-tmux: quitting with q"
keys q
for ((i = 0; i < 25; i++)); do
  if screen | grep -q '^EXIT='; then break; fi
  sleep 0.2
done
screen | grep -q '^EXIT=0' || fail "no exit code 0 after q"

echo "rules-tmux: the saved config holds the rule, and loads"
grep -qF '"name": "errors5", "metric": "5xx", "window": 10, "above": 2' "$WORK/config.json" \
  || { cat "$WORK/config.json" 2>/dev/null; fail "config.json does not hold the rule"; }
"$BIN" replay "$LOG" --config "$WORK/config.json" --output jsonl >"$WORK/replay.jsonl" 2>"$WORK/replay.err" \
  || { cat "$WORK/replay.err"; fail "the saved config does not load"; }
grep -qF '"alert":"errors5","state":"triggered"' "$WORK/replay.jsonl" || fail "a replay with the saved config does not fire errors5"

echo "rules-tmux: PASS"
