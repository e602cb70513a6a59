#!/usr/bin/env python3
"""bench/compare.sh's tables: reads the runs it recorded (one file per series, one "lines seconds
kilobytes" row per run) and prints, per log, medians, ratios against GoAccess and `wc -l`, how
flat memory and speed stay from the prefix to the whole log, and the issue's targets.
   compare_report.py WORK RUNS FLAT_LINES OUT BEFORE NAME..."""
import datetime, os, platform, statistics, subprocess, sys

TARGET_RATE, TARGET_VS_GOACCESS, TARGET_PEAK_MB, TARGET_GROWTH = 4_000_000, 100, 64, 0.10


def load(work, name):
    path = f"{work}/{name}"
    if not os.path.exists(path):
        return None
    rows = [tuple(map(float, line.split())) for line in open(path)]
    return {"lines": int(rows[0][0]), "runs": len(rows),
            "rate": statistics.median(n / max(s, 0.001) for n, s, _ in rows),
            "rss": statistics.median(kb for _, _, kb in rows) / 1024,
            "seconds": statistics.median(s for _, s, _ in rows)}


def header(work, runs):
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
    load_start, load_end = (open(f"{work}/load-{w}").read().strip() for w in ("start", "end"))
    return [f"{datetime.date.today()}, {os.cpu_count()} cores ({cpu}), .NET SDK {dotnet}; medians of {runs} runs, "
            f"warm page cache; load average {load_start} at the start, {load_end} at the end.", ""]


def log_table(work, name, flat_lines):
    hm, flat, prefix, ga, wc = (load(work, f"{name}-{s}") for s in ("hm", "hm-flat", "hm-prefix", "goaccess", "wc"))
    threads1 = load(work, f"{name}-threads1")
    rows = [("HttpMonitor `replay --output jsonl`", hm), ("HttpMonitor, the flatness prefix", flat),
            ("HttpMonitor, GoAccess's prefix", prefix)]
    if threads1:
        rows.append(("HttpMonitor `--threads 1` (once; output identical)", threads1))
    rows += [("GoAccess (`--log-format=COMBINED -o report.json`)", ga), ("`wc -l` (I/O floor)", wc)]
    text = [f"**{name}** ({hm['lines']:,} lines):", "",
            "| tool | lines | median s | median lines/s | peak RSS (median) | vs GoAccess | vs `wc -l` |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    for label, r in rows:
        text.append(f"| {label} | {r['lines']:,} | {r['seconds']:.2f} | {r['rate']:,.0f} | {r['rss']:.1f} MB | "
                    f"{r['rate'] / ga['rate']:.1f}x | {r['rate'] / wc['rate']:.3f}x |")
    growth = hm["rss"] / flat["rss"] - 1
    text += ["", f"Flatness, {hm['lines']:,} against {flat_lines:,} lines: peak RSS {hm['rss']:.1f} / {flat['rss']:.1f} MB "
             f"= {growth:+.1%}; lines/s {hm['rate'] / flat['rate']:.2f}x.",
             "Targets: " + "; ".join(verdict(*t) for t in [
                 (f"≥ {TARGET_RATE:,} lines/s", hm["rate"] >= TARGET_RATE, f"{hm['rate']:,.0f}"),
                 (f"≥ {TARGET_VS_GOACCESS}x GoAccess", hm["rate"] / ga["rate"] >= TARGET_VS_GOACCESS, f"{hm['rate'] / ga['rate']:.0f}x"),
                 (f"peak ≤ {TARGET_PEAK_MB} MB", hm["rss"] <= TARGET_PEAK_MB, f"{hm['rss']:.1f} MB"),
                 (f"growth within {TARGET_GROWTH:.0%}", abs(growth) <= TARGET_GROWTH, f"{growth:+.1%}")]) + ".", ""]
    return text, hm, flat, growth


def verdict(target, met, figure):
    return f"{target}: {figure} ({'met' if met else 'NOT met'})"


def before_table(work, name, hm, growth):
    old, old_flat = load(work, f"{name}-before"), load(work, f"{name}-before-flat")
    if not old:
        return []
    return [f"Before and after on **{name}**, in turn in this run:", "",
            "| binary | median s | median lines/s | peak RSS (median) | RSS growth from the prefix |", "|---|---:|---:|---:|---:|",
            f"| before | {old['seconds']:.2f} | {old['rate']:,.0f} | {old['rss']:.1f} MB | {old['rss'] / old_flat['rss'] - 1:+.1%} |",
            f"| after | {hm['seconds']:.2f} | {hm['rate']:,.0f} | {hm['rss']:.1f} MB | {growth:+.1%} |",
            "", f"after/before: time {hm['seconds'] / old['seconds']:.3f}, peak RSS {hm['rss'] / old['rss']:.3f}.", ""]


def main():
    work, runs, flat_lines, out, before, names = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6:]
    text = header(work, runs)
    for name in names:
        table, hm, _, growth = log_table(work, name, flat_lines)
        text += table + before_table(work, name, hm, growth)
    if before:
        text.append(f"BEFORE = {before}")
    print("\n".join(text))
    if out:
        with open(out, "w") as f:
            f.write("\n".join(text) + "\n")


main()
