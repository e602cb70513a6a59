#!/usr/bin/env python3
"""Writes access-log lines at a steady rate and rotates the log by rename every few seconds, the
way logrotate and a web server do it: after the rename the server keeps writing to the old file
for a while (until it reopens), then writes to a new file under the old name. Some lines are
written in two pieces, so the reader sees partial lines. Prints a JSON summary of what it wrote."""
import argparse, json, os, random, sys, time

def line(seq, now):
    stamp = time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(now))
    section = random.choice(["/api", "/pages", "/static", "/img", "/"])
    status = random.choice([200] * 20 + [301, 404, 500])
    return f'10.0.{seq % 256}.{seq % 251} - - [{stamp}] "GET {section}/{seq} HTTP/1.1" {status} {seq % 5000}\n'.encode()

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--log", required=True)
    p.add_argument("--rate", type=int, default=5000, help="lines per second")
    p.add_argument("--duration", type=float, default=60, help="seconds")
    p.add_argument("--rotate-every", type=float, default=3, help="seconds between rotations")
    p.add_argument("--reopen-after", type=float, default=0.5, help="seconds the old file is still written after a rename")
    a = p.parse_args()

    tick = 0.01
    per_tick = max(1, round(a.rate * tick))
    written = rotations = 0
    start = time.monotonic()
    next_rotation = start + a.rotate_every
    reopen_at = None
    out = open(a.log, "ab", buffering=0)   # O_APPEND, unbuffered: one write() per call, like a server
    while True:
        now = time.monotonic()
        if now - start >= a.duration:
            break
        if now >= next_rotation:
            rotations += 1
            os.rename(a.log, f"{a.log}.{rotations}")   # the server's handle still points at it
            reopen_at = now + a.reopen_after
            next_rotation = now + a.rotate_every
        if reopen_at is not None and now >= reopen_at:
            out.close()
            out = open(a.log, "ab", buffering=0)       # the server reopens: a new file under the name
            reopen_at = None
        batch = b"".join(line(written + i, time.time()) for i in range(per_tick))
        if written % 7 == 0:                           # a partial line now, its end a moment later
            cut = len(batch) - 20
            out.write(batch[:cut]); time.sleep(0.001); out.write(batch[cut:])
        else:
            out.write(batch)
        written += per_tick
        delay = start + (written / per_tick) * tick - time.monotonic()
        if delay > 0:
            time.sleep(delay)
    out.close()
    elapsed = time.monotonic() - start
    json.dump({"written": written, "rotations": rotations, "seconds": round(elapsed, 1),
               "rate": round(written / elapsed)}, sys.stdout)
    print()

if __name__ == "__main__":
    main()
