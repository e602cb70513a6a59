#!/usr/bin/env bash
# Whole-process benchmark, in one run, on two generated logs: LogGen's default ("combined") and its
# high-cardinality one ("high": over 50,000 distinct clients, query strings, 300 sections). For
# each: HttpMonitor's replay of LINES lines and of a FLAT_LINES prefix (peak memory must not grow
# with the log), GoAccess on a GOACCESS_LINES prefix (it is slow) and `wc -l` (the I/O floor).
# Reports medians of RUNS runs (lines/s, peak RSS), the ratios, and the load average.
#   bench/compare.sh                         # 5,000,000 and 500,000 lines, 5 runs, GoAccess on 300,000
#   LINES=1000000 RUNS=3 bench/compare.sh    # smaller
#   LOG=/var/log/nginx/access.log bench/compare.sh   # that log instead of the two generated ones
#   OUT=figures.md bench/compare.sh          # also write the tables to a file
#   BEFORE=/path/to/old/httpmonitor bench/compare.sh   # also the old binary, in turn with the new one
#                                            # (first in every other round): before/after medians and ratios
# When the binary's `replay --help` offers --threads, each log is also replayed once with
# --threads 1 (one reader) and once with --threads 2 (chunks parsed on two threads), and both
# outputs must be byte-identical to the default run's.
set -euo pipefail
LINES=${LINES:-5000000}
RUNS=${RUNS:-5}
GOACCESS_LINES=${GOACCESS_LINES:-300000}
FLAT_LINES=${FLAT_LINES:-500000}
NAME=compare
source "$(dirname "$0")/replay-lib.sh"
need goaccess goaccess

# The logs, as NAME=FILE; generated once into bench/.data (deterministic: LogGen's default seed).
if [[ -n "${LOG:-}" ]]; then
  logs=("custom=$LOG")
else
  logs=("combined=$data/combined-$LINES.log" "high=$data/high-$LINES.log")
fi
for entry in "${logs[@]}"; do
  name=${entry%%=*} log=${entry#*=}
  if [[ ! -s "$log" ]]; then
    [[ -z "${LOG:-}" ]] || { echo "compare.sh: LOG=$log is missing or empty: give an existing access log" >&2; exit 2; }
    echo "generating $log" >&2
    cardinality=normal; [[ "$name" == high ]] && cardinality=high
    dotnet run -c Release --project "$root/bench/LogGen" -- "$LINES" --cardinality "$cardinality" >"$log.part"
    mv "$log.part" "$log"
  fi
  wc -l <"$log" >"$work/$name.lines"
  head -n "$GOACCESS_LINES" "$log" >"$work/$name-goaccess.log"
  head -n "$FLAT_LINES" "$log" >"$work/$name-flat.log"
  cat "$log" >/dev/null   # warm page cache
done

# run NAME LINES COMMAND...: appends "lines seconds kilobytes" of one run to $work/NAME.
run() {
  local name=$1 n=$2; shift 2
  timed "$name" "$@"
  echo "$n $seconds $kilobytes" >>"$work/$name"
}

check_summary() {  # the replay read every line of the file
  local expected=$1
  grep -q "\"type\":\"summary\",\"lines\":$expected," "$work/stdout" \
    || { echo "replay summary does not count $expected lines: $(tail -1 "$work/stdout")" >&2; exit 1; }
}

# run_before NAME LOG LINES: the old binary (BEFORE) on the log and on its flatness prefix.
run_before() {
  run "$1-before" "$3" "$BEFORE" replay "$2" --output jsonl
  check_summary "$3"
  run "$1-before-flat" "$FLAT_LINES" "$BEFORE" replay "$work/$1-flat.log" --output jsonl
}

cut -d' ' -f1-3 /proc/loadavg >"$work/load-start"
for r in $(seq "$RUNS"); do
  echo "run $r of $RUNS" >&2
  for entry in "${logs[@]}"; do
    name=${entry%%=*} log=${entry#*=} lines=$(cat "$work/${entry%%=*}.lines")
    run "$name-wc" "$lines" wc -l "$log"
    # With BEFORE, the old binary goes first in every other round: the run right after GoAccess and
    # `wc -l` was the slower one often enough to tilt a ratio by a tenth.
    if [[ -n "${BEFORE:-}" ]] && ((r % 2 == 0)); then
      run_before "$name" "$log" "$lines"
    fi
    run "$name-hm" "$lines" "$monitor" replay "$log" --output jsonl
    check_summary "$lines"
    [[ -e "$work/$name.jsonl" ]] || cp "$work/stdout" "$work/$name.jsonl"
    if [[ -n "${BEFORE:-}" ]] && ((r % 2 == 1)); then
      run_before "$name" "$log" "$lines"
    fi
    run "$name-hm-flat" "$FLAT_LINES" "$monitor" replay "$work/$name-flat.log" --output jsonl
    check_summary "$FLAT_LINES"
    run "$name-hm-prefix" "$GOACCESS_LINES" "$monitor" replay "$work/$name-goaccess.log" --output jsonl
    run "$name-goaccess" "$GOACCESS_LINES" goaccess "$work/$name-goaccess.log" --log-format=COMBINED --no-progress -o "$work/report.json"
    valid=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["general"]["valid_requests"])' "$work/report.json")
    [[ "$valid" == "$GOACCESS_LINES" ]] || { echo "GoAccess parsed $valid of $GOACCESS_LINES lines of $name" >&2; exit 1; }
  done
done

# One reader (--threads 1) and chunks parsed on two threads (--threads 2) must both give the
# default run's bytes, whatever the default is on this machine (one less than the cores).
if "$monitor" replay --help 2>&1 | grep -q -- '--threads'; then
  for entry in "${logs[@]}"; do
    name=${entry%%=*} log=${entry#*=}
    for threads in 1 2; do
      echo "output check: $name with --threads $threads" >&2
      run "$name-threads$threads" "$(cat "$work/$name.lines")" "$monitor" replay "$log" --output jsonl --threads "$threads"
      if ! at=$(cmp "$work/stdout" "$work/$name.jsonl" 2>&1); then
        line=$(echo "$at" | sed -n 's/.*line \([0-9]*\).*/\1/p')
        echo "FAIL: replay --threads $threads of $log differs from the default replay's output: $at" >&2
        if [[ -n "$line" ]]; then
          echo "  --threads $threads: $(sed -n "${line}p" "$work/stdout" | cut -c1-300)" >&2
          echo "  default:     $(sed -n "${line}p" "$work/$name.jsonl" | cut -c1-300)" >&2
        fi
        exit 1
      fi
    done
  done
fi

cut -d' ' -f1-3 /proc/loadavg >"$work/load-end"
names=()
for entry in "${logs[@]}"; do names+=("${entry%%=*}"); done
python3 "$root/bench/compare_report.py" "$work" "$RUNS" "$FLAT_LINES" "${OUT:-}" "${BEFORE:-}" "${names[@]}"
