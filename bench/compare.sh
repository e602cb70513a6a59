#!/usr/bin/env bash
# Whole-process benchmark, in one run on one generated log: HttpMonitor's replay, GoAccess (on a
# prefix: it is slow) and `wc -l` (the I/O floor). Reports the median lines/s of RUNS runs and
# the median peak RSS, the ratios, and whether memory stays flat (LINES vs a 500,000-line prefix).
#   bench/compare.sh                         # 5,000,000 lines, 5 runs, GoAccess on 300,000 lines
#   LINES=1000000 RUNS=3 bench/compare.sh    # smaller
#   OUT=figures.md bench/compare.sh          # also write the table to a file
#   BEFORE=/path/to/old/httpmonitor bench/compare.sh   # also the old binary, in turn with the new one:
#                                            # before/after medians and ratios, in the same run
set -euo pipefail
LINES=${LINES:-5000000}
RUNS=${RUNS:-5}
GOACCESS_LINES=${GOACCESS_LINES:-300000}
FLAT_LINES=${FLAT_LINES:-500000}
root=$(cd "$(dirname "$0")/.." && pwd)
data="$root/bench/.data"
work=$(mktemp -d /tmp/httpmonitor-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$data"

need() { command -v "$1" >/dev/null || { echo "installing $2 (apt-get)" >&2; apt-get install -y "$2" >/dev/null; }; }
need /usr/bin/time time
need bc bc
need goaccess goaccess

# What the README runs: the published, ReadyToRun binary.
"$root/httpmonitor" --version >/dev/null
monitor="$root/.build/httpmonitor/httpmonitor"

log=${LOG:-$data/combined-$LINES.log}
if [[ ! -s "$log" ]]; then
  echo "generating $log" >&2
  dotnet run -c Release --project "$root/bench/LogGen" -- "$LINES" >"$log"
fi
lines=$(wc -l <"$log")
head -n "$GOACCESS_LINES" "$log" >"$work/goaccess.log"
head -n "$FLAT_LINES" "$log" >"$work/flat.log"
cat "$log" "$work"/*.log >/dev/null   # warm page cache

# run NAME LINES COMMAND...: appends "seconds kilobytes" of one run to $work/NAME.
run() {
  local name=$1 n=$2; shift 2
  local started=$EPOCHREALTIME   # GNU time's %e moves in 10 ms steps, too coarse for `wc -l`
  # In the work folder: a config.json of the checkout (with keys an older binary does not know) is not read.
  (cd "$work" && /usr/bin/time -o "$work/time" -f '%M' "$@" >"$work/stdout" 2>"$work/stderr") \
    || { echo "$name failed:" >&2; cat "$work/stderr" >&2; exit 1; }
  local seconds
  seconds=$(echo "$EPOCHREALTIME - $started" | bc)
  echo "$n $seconds $(cat "$work/time")" >>"$work/$name"
}

check_summary() {  # the replay read every line of the file
  local expected=$1
  grep -q "\"type\":\"summary\",\"lines\":$expected," "$work/stdout" \
    || { echo "replay summary does not count $expected lines: $(tail -1 "$work/stdout")" >&2; exit 1; }
}

for r in $(seq "$RUNS"); do
  echo "run $r of $RUNS" >&2
  run wc "$lines" wc -l "$log"
  run httpmonitor "$lines" "$monitor" replay "$log" --output jsonl
  check_summary "$lines"
  if [[ -n "${BEFORE:-}" ]]; then
    run before "$lines" "$BEFORE" replay "$log" --output jsonl
    check_summary "$lines"
    run before-flat "$FLAT_LINES" "$BEFORE" replay "$work/flat.log" --output jsonl
  fi
  run httpmonitor-prefix "$GOACCESS_LINES" "$monitor" replay "$work/goaccess.log" --output jsonl
  run httpmonitor-flat "$FLAT_LINES" "$monitor" replay "$work/flat.log" --output jsonl
  check_summary "$FLAT_LINES"
  run goaccess "$GOACCESS_LINES" goaccess "$work/goaccess.log" --log-format=COMBINED --no-progress -o "$work/report.json"
done
goaccess_valid=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["general"]["valid_requests"])' "$work/report.json")
[[ "$goaccess_valid" == "$GOACCESS_LINES" ]] || { echo "GoAccess parsed $goaccess_valid of $GOACCESS_LINES lines" >&2; exit 1; }

python3 - "$work" "$lines" "$GOACCESS_LINES" "$FLAT_LINES" "$RUNS" "${OUT:-}" <<'EOF'
import statistics, sys, platform, os, subprocess, datetime
work, lines, ga_lines, flat_lines, runs, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
def load(name):
    rows = [tuple(map(float, l.split())) for l in open(f"{work}/{name}")]
    return {"lines": int(rows[0][0]), "rate": statistics.median(n / max(s, 0.001) for n, s, _ in rows),
            "rss": statistics.median(kb for _, _, kb in rows) / 1024, "seconds": statistics.median(s for _, s, _ in rows)}
wc, hm, hmp, flat, ga = (load(n) for n in ["wc", "httpmonitor", "httpmonitor-prefix", "httpmonitor-flat", "goaccess"])
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
rows = [
    ("HttpMonitor `replay --output jsonl`", hm), ("HttpMonitor, GoAccess's prefix", hmp),
    ("GoAccess 1.7 (`--log-format=COMBINED -o report.json`)", ga), ("`wc -l` (I/O floor)", wc)]
text = [f"{datetime.date.today()}, {os.cpu_count()} cores ({cpu}), .NET SDK {dotnet}; medians of {runs} runs, warm page cache.", "",
        "| tool | lines | median s | median lines/s | peak RSS (median) | vs GoAccess | vs `wc -l` |", "|---|---:|---:|---:|---:|---:|---:|"]
for name, r in rows:
    text.append(f"| {name} | {r['lines']:,} | {r['seconds']:.2f} | {r['rate']:,.0f} | {r['rss']:.0f} MB | {r['rate'] / ga['rate']:.1f}x | {r['rate'] / wc['rate']:.3f}x |")
growth = hm["rss"] / flat["rss"] - 1
text += ["", f"Memory: peak RSS {hm['rss']:.1f} MB on {lines:,} lines, {flat['rss']:.1f} MB on {flat_lines:,} lines: {growth:+.1%} "
         f"(target: at most 100 MB and within 10%)."]
if os.path.exists(f"{work}/before"):
    old, old_flat = load("before"), load("before-flat")
    text += ["", "Before and after, in turn in this run (BEFORE = " + os.environ.get("BEFORE", "") + "):", "",
             "| binary | median s | median lines/s | peak RSS (median) | RSS growth from the prefix |", "|---|---:|---:|---:|---:|",
             f"| before | {old['seconds']:.2f} | {old['rate']:,.0f} | {old['rss']:.1f} MB | {old['rss'] / old_flat['rss'] - 1:+.1%} |",
             f"| after | {hm['seconds']:.2f} | {hm['rate']:,.0f} | {hm['rss']:.1f} MB | {growth:+.1%} |",
             "", f"after/before: time {hm['seconds'] / old['seconds']:.3f}, peak RSS {hm['rss'] / old['rss']:.3f}."]
print("\n".join(text))
if out:
    open(out, "w").write("\n".join(text) + "\n")
EOF
