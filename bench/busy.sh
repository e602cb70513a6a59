#!/usr/bin/env bash
# Replays of a busy server's log: LogGen at --rate 50000 (50,000 lines a second of log time, so every
# 1 MiB chunk parsed in parallel is a part of a second that others share), Combined and timed nginx.
# For each: median seconds and peak RSS of RUNS replays with --threads auto and with --threads 1, on
# a PREFIX-line prefix and on the whole LINES-line log; the RSS growth from prefix to whole; and
# whether auto's jsonl is byte-identical to --threads 1's.
#   bench/busy.sh                                  # 4,000,000 lines, prefix 500,000, 3 runs
#   LINES=2000000 RUNS=5 OUT=figures.md bench/busy.sh
set -euo pipefail
LINES=${LINES:-4000000}
PREFIX=${PREFIX:-500000}
RUNS=${RUNS:-3}
RATE=50000
NAME=busy
source "$(dirname "$0")/replay-lib.sh"

# thousands NUMBER: a whole number with commas (1,234,567), whatever the locale.
thousands() { printf '%.0f' "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

# median FILE COLUMN: the median of a column of numbers.
median() { sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# replay NAME LOG FORMAT THREADS: appends "seconds kilobytes" of one replay to $work/NAME; keeps its jsonl.
replay() {
  local name=$1 log=$2 format=$3 threads=$4
  timed "$name" "$monitor" replay "$log" --format "$format" --threads "$threads" --output jsonl
  mv "$work/stdout" "$work/$name.jsonl"
  echo "$seconds $kilobytes" >>"$work/$name"
}

out=${OUT:-/dev/null}
{
  echo "$(date -u +%F), $(nproc) cores; LogGen --rate $RATE; medians of $RUNS runs, warm page cache; load average $(cut -d' ' -f1-3 /proc/loadavg) at the start."
  echo
  echo "| log | threads | median s ($(thousands "$PREFIX") lines) | peak RSS | median s ($(thousands "$LINES") lines) | lines/s | peak RSS | RSS growth | jsonl as --threads 1 |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---|"
} | tee "$out"
for kind in combined nginx; do
  log="$data/busy-$kind-$LINES.log"
  if [[ ! -s "$log" ]]; then
    echo "generating $log" >&2
    dotnet run -c Release --project "$root/bench/LogGen" -- "$LINES" --rate "$RATE" --format "$kind" >"$log"
  fi
  head -n "$PREFIX" "$log" >"$work/prefix.log"
  cat "$log" >/dev/null # warm page cache
  format=$([[ $kind == nginx ]] && echo "$nginx_timed" || echo combined)
  for r in $(seq "$RUNS"); do
    echo "$kind: run $r of $RUNS" >&2
    for threads in auto 1; do
      replay "prefix-$threads" "$work/prefix.log" "$format" "$threads"
      replay "whole-$threads" "$log" "$format" "$threads"
    done
  done
  for threads in auto 1; do
    same=$(cmp -s "$work/whole-$threads.jsonl" "$work/whole-1.jsonl" && echo yes || echo NO)
    s_prefix=$(median "$work/prefix-$threads" 1) kb_prefix=$(median "$work/prefix-$threads" 2)
    s_whole=$(median "$work/whole-$threads" 1) kb_whole=$(median "$work/whole-$threads" 2)
    printf '| %s | %s | %.2f | %.1f MB | %.2f | %s | %.1f MB | %+.1f%% | %s |\n' "$kind" "$threads" \
      "$s_prefix" "$(echo "$kb_prefix / 1024" | bc -l)" "$s_whole" "$(thousands "$(echo "$LINES / $s_whole" | bc -l)")" \
      "$(echo "$kb_whole / 1024" | bc -l)" "$(echo "($kb_whole / $kb_prefix - 1) * 100" | bc -l)" "$same" | tee -a "$out"
    rm -f "$work/prefix-$threads" "$work/whole-$threads"
  done
done
