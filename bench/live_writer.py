#!/usr/bin/env python3
"""Appends realistic Combined lines stamped with the wall clock at a steady rate (default 100,000
lines/s), in one write() per 10 ms like a busy server, for a given duration. The lines are taken
from a generated log (bench/LogGen) with their timestamp replaced. Prints a JSON summary."""
import argparse, json, re, time

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--log", required=True)
    p.add_argument("--templates", required=True, help="a generated log whose lines are reused")
    p.add_argument("--rate", type=int, default=100_000, help="lines per second")
    p.add_argument("--duration", type=float, default=30, help="seconds")
    a = p.parse_args()

    stamp = re.compile(rb"\[[^\]]*\]")
    with open(a.templates, "rb") as f:
        parts = [stamp.split(line, 1) for line in f.read().splitlines()[:20_000]]
    tick = 0.01
    per_tick = round(a.rate * tick)
    written, i, second, text = 0, 0, None, b""
    out = open(a.log, "ab", buffering=0)
    start = time.time()
    deadline = start
    while deadline - start < a.duration:
        now = time.time()
        if int(now) != second:
            second = int(now)
            text = b"[" + time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(second)).encode() + b"]"
        chunk = []
        for _ in range(per_tick):
            head, tail = parts[i]
            chunk.append(head + text + tail + b"\n")
            i = (i + 1) % len(parts)
        out.write(b"".join(chunk))
        written += per_tick
        deadline += tick
        time.sleep(max(0.0, deadline - time.time()))
    elapsed = time.time() - start
    print(json.dumps({"written": written, "seconds": round(elapsed, 2), "rate": round(written / elapsed)}))

main()
