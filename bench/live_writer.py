#!/usr/bin/env python3
"""Appends realistic Combined lines stamped with the wall clock at a steady rate (default 100,000
lines/s), in one write() per 10 ms like a busy server, for a given duration. The lines are taken
from a generated log (bench/LogGen) with their timestamp replaced. Prints a JSON summary.

The templates are kept as one buffer with a fixed-width placeholder where each timestamp goes
(a Combined timestamp always has the same width): once a second one bytes.replace stamps them
all, and each write is a slice of that buffer. So the writer spends a few ms a second, and
reaches 200,000 lines/s and more, where joining the lines one by one took a core."""
import argparse, json, re, time

PLACEHOLDER = b"[00/Xxx/0000:00:00:00 +0000]"


def templates(path, count):
    """The template lines as one buffer with PLACEHOLDER for each timestamp, and where each line starts."""
    stamp = re.compile(rb"\[[^\]]*\]")
    with open(path, "rb") as f:
        lines = [stamp.sub(PLACEHOLDER, line, count=1) for line in f.read().splitlines()[:count]]
    lines = [line for line in lines if PLACEHOLDER in line]
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    starts.append(offset)
    return b"\n".join(lines) + b"\n", starts


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--log", required=True)
    p.add_argument("--templates", required=True, help="a generated log whose lines are reused")
    p.add_argument("--rate", type=int, default=100_000, help="lines per second")
    p.add_argument("--duration", type=float, default=30, help="seconds")
    a = p.parse_args()

    buffer, starts = templates(a.templates, 20_000)
    count = len(starts) - 1
    tick = 0.01
    per_tick = round(a.rate * tick)
    written, i, second, stamped = 0, 0, None, b""
    out = open(a.log, "ab", buffering=0)
    start = time.time()
    deadline = start
    while deadline - start < a.duration:
        now = time.time()
        if int(now) != second:
            second = int(now)
            text = b"[" + time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(second)).encode() + b"]"
            stamped = memoryview(buffer.replace(PLACEHOLDER, text))
        left, parts = per_tick, []
        while left > 0:  # the lines i, i+1, ... wrapping around the templates
            n = min(left, count - i)
            parts.append(stamped[starts[i]:starts[i + n]])
            i, left = (i + n) % count, left - n
        out.write(b"".join(parts))
        written += per_tick
        deadline += tick
        time.sleep(max(0.0, deadline - time.time()))
    elapsed = time.time() - start
    print(json.dumps({"written": written, "seconds": round(elapsed, 2), "rate": round(written / elapsed)}))


main()
