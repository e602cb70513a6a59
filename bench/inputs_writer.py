#!/usr/bin/env python3
"""Writes realistic Combined lines stamped with the wall clock at a steady total rate across several
logs and a syslog TCP connection (RFC 3164 with newline framing, as nginx's syslog: target writes
it), in one write() per input every 10 ms like busy servers, for a given duration. The lines are
taken from a generated log (bench/LogGen) with their timestamp replaced. Prints a JSON summary
with the lines written to each input."""
import argparse, json, re, socket, time

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--log", action="append", required=True, help="a log to append to (again for more)")
    p.add_argument("--syslog", help="HOST:PORT of a syslog TCP listener")
    p.add_argument("--templates", required=True, help="a generated log whose lines are reused")
    p.add_argument("--rate", type=int, default=100_000, help="lines per second, all inputs together")
    p.add_argument("--duration", type=float, default=30, help="seconds")
    a = p.parse_args()

    stamp = re.compile(rb"\[[^\]]*\]")
    with open(a.templates, "rb") as f:
        parts = [stamp.split(line, 1) for line in f.read().splitlines()[:20_000]]
    outs = [open(path, "ab", buffering=0) for path in a.log]
    sock = None
    if a.syslog:
        host, port = a.syslog.rsplit(":", 1)
        sock = socket.create_connection((host, int(port)))
    inputs = len(outs) + (1 if sock else 0)
    tick = 0.01
    per_tick = round(a.rate * tick / inputs)
    written = [0] * inputs
    i, second, text, header = 0, None, b"", b""
    start = time.time()
    deadline = start
    while deadline - start < a.duration:
        now = time.time()
        if int(now) != second:
            second = int(now)
            text = b"[" + time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(second)).encode() + b"]"
            header = b"<190>" + time.strftime("%b %e %H:%M:%S", time.gmtime(second)).encode() + b" benchhost nginx: "
        for n in range(inputs):
            chunk = []
            for _ in range(per_tick):
                head, tail = parts[i]
                chunk.append(head + text + tail + b"\n")
                i = (i + 1) % len(parts)
            if n < len(outs):
                outs[n].write(b"".join(chunk))
            else:
                sock.sendall(b"".join(header + line for line in chunk))
            written[n] += per_tick
        deadline += tick
        time.sleep(max(0.0, deadline - time.time()))
    elapsed = time.time() - start
    if sock:
        sock.close()
    total = sum(written)
    print(json.dumps({"written": total, "per_input": written, "seconds": round(elapsed, 2), "rate": round(total / elapsed)}))

main()
