#!/usr/bin/env bash
# Whole-process replay speed of each log format, in one run, on the same generated requests
# (bench/LogGen --format): combined, read by this checkout and by a baseline commit in alternation
# (the before/after ratio of the combined path), then nginx: and apache: format strings, json
# (nginx escape=json lines), w3c and alb. Reports medians of RUNS runs: seconds, lines/s, peak RSS.
#   bench/formats.sh                              # 2,000,000 lines, 5 runs, baseline: the fork point from main
#   LINES=500000 RUNS=3 BASE=4e209f9 bench/formats.sh
#   BASE=none bench/formats.sh                    # no baseline
#   OUT=figures.md bench/formats.sh               # also write the table to a file
set -euo pipefail
LINES=${LINES:-2000000}
RUNS=${RUNS:-5}
NAME=formats
source "$(dirname "$0")/replay-lib.sh"
BASE=${BASE:-$(git -C "$root" merge-base HEAD main)}
# The baseline is published as the wrapper published this checkout: its stamp holds the arguments.
read -ra publish_args <"$root/.build/httpmonitor/.published" || publish_args=()

baseline=""
if [[ "$BASE" != none ]]; then
  echo "publishing the baseline $BASE" >&2
  mkdir -p "$work/base"
  git -C "$root" archive "$BASE" | tar -x -C "$work/base"
  dotnet publish "$work/base/src/HttpMonitor" -c Release "${publish_args[@]}" -o "$work/base-out" -v quiet -nologo -tl:off >&2
  baseline="$work/base-out/httpmonitor"
fi

formats=(combined nginx apache json w3c alb)
# The --format that reads each generated log: its own config lines, pasted (bench/LogGen/LineFormats.cs).
read_as() {
  case $1 in
    nginx) echo "$nginx_timed" ;;
    apache) echo 'apache:LogFormat "%v %h %l %u %t \"%r\" %>s %O \"%{Referer}i\" \"%{User-Agent}i\" %D" timed' ;;
    *) echo "$1" ;;
  esac
}

for f in "${formats[@]}"; do
  log="$data/$f-$LINES.log"
  if [[ ! -s "$log" ]]; then
    echo "generating $log" >&2
    dotnet run -c Release --project "$root/bench/LogGen" -- "$LINES" --format "$f" >"$log"
  fi
  cat "$log" >/dev/null # warm page cache
done

# run NAME LOG COMMAND...: appends "lines seconds kilobytes bytes" of one run to $work/NAME.
run() {
  local name=$1 log=$2; shift 2
  timed "$name" "$@"
  grep -q "\"type\":\"summary\",.*\"accepted\":$LINES," "$work/stdout" \
    || { echo "$name: not every line accepted: $(tail -1 "$work/stdout")" >&2; exit 1; }
  echo "$LINES $seconds $kilobytes $(stat -c %s "$log")" >>"$work/$name"
}

for r in $(seq "$RUNS"); do
  echo "run $r of $RUNS" >&2
  combined="$data/combined-$LINES.log"
  if [[ -n "$baseline" ]]; then
    run combined-before "$combined" "$baseline" replay "$combined" --output jsonl
  fi
  run combined "$combined" "$monitor" replay "$combined" --output jsonl
  for f in "${formats[@]:1}"; do
    run "$f" "$data/$f-$LINES.log" "$monitor" replay "$data/$f-$LINES.log" --output jsonl --format "$(read_as "$f")"
  done
done

python3 - "$work" "$RUNS" "$BASE" "${OUT:-}" "${formats[@]}" <<'EOF'
import statistics, sys, os, platform, subprocess, datetime
work, runs, base, out, formats = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5:]
def load(name):
    path = f"{work}/{name}"
    if not os.path.exists(path):
        return None
    rows = [tuple(map(float, l.split())) for l in open(path)]
    return {"lines": int(rows[0][0]), "seconds": statistics.median(s for _, s, _, _ in rows),
            "rate": statistics.median(n / max(s, 0.001) for n, s, _, _ in rows),
            "rss": statistics.median(kb for _, _, kb, _ in rows) / 1024, "bytes": rows[0][3] / rows[0][0]}
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
text = [f"{datetime.date.today()}, {os.cpu_count()} cores ({cpu}), .NET SDK {dotnet}; `replay --output jsonl`, medians of {runs} runs, warm page cache.", "",
        "| format | lines | bytes/line | median s | median lines/s | peak RSS (median) |", "|---|---:|---:|---:|---:|---:|"]
before = load("combined-before")
if before:
    text.append(f"| combined, before ({base[:7]}) | {before['lines']:,} | {before['bytes']:.0f} | {before['seconds']:.2f} | {before['rate']:,.0f} | {before['rss']:.0f} MB |")
for f in formats:
    r = load(f)
    text.append(f"| {f} | {r['lines']:,} | {r['bytes']:.0f} | {r['seconds']:.2f} | {r['rate']:,.0f} | {r['rss']:.0f} MB |")
if before:
    now = load("combined")
    text += ["", f"combined, after / before: {now['seconds'] / before['seconds']:.3f} of the time "
             f"({(now['seconds'] / before['seconds'] - 1):+.1%}; target: within 3%)."]
print("\n".join(text))
if out:
    open(out, "w").write("\n".join(text) + "\n")
EOF
