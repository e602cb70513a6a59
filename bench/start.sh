#!/usr/bin/env bash
# Start-up, as a person meets it (not a unit test), of the wrapper's binary:
#  - `httpmonitor --version`, VERSION_RUNS whole-process runs (target: median ≤ 50 ms);
#  - the window's first frame: launch to the first frame in tmux at 100x30, following a
#    2,000-line log from its end, FRAME_RUNS runs (target: median ≤ 150 ms on a warm machine).
# The launch time is taken inside the pane just before exec; the pane's output is copied to a file
# (tmux pipe-pane) that is read every 2 ms until the window's status line ("following <log>")
# is written. Each run starts once the one before it has exited: two cores are not shared with it.
#   bench/start.sh
#   FRAME_RUNS=15 VERSION_RUNS=51 bench/start.sh
#   BIN=/path/to/httpmonitor bench/start.sh     # another binary (default: the wrapper's, built first)
set -euo pipefail
FRAME_RUNS=${FRAME_RUNS:-7}
VERSION_RUNS=${VERSION_RUNS:-31}
root=$(cd "$(dirname "$0")/.." && pwd)
command -v tmux >/dev/null || { echo "start.sh: tmux is not installed (apt-get install -y tmux)" >&2; exit 1; }
if [[ -z "${BIN:-}" ]]; then
  "$root/httpmonitor" --version >/dev/null
  BIN="$root/.build/httpmonitor/httpmonitor"
fi
work=$(mktemp -d /tmp/httpmonitor-start.XXXXXX)
socket="httpmonitor-start-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

templates=$root/bench/.data/templates.log
if [[ ! -s "$templates" ]]; then
  mkdir -p "$root/bench/.data"
  dotnet run -c Release --project "$root/bench/LogGen" -- 20000 >"$templates"
fi
head -n 2000 "$templates" >"$work/access.log"

python3 - "$BIN" "$work" "$socket" "$FRAME_RUNS" "$VERSION_RUNS" <<'PY'
import os, statistics, subprocess, sys, time
binary, work, socket, frame_runs, version_runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
tmux = ["tmux", "-L", socket]

def version_once():
    started = time.perf_counter()
    subprocess.run([binary, "--version"], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started

def frame_once(run):
    log, out = f"{work}/access.log", f"{work}/pane.{run}"
    open(out, "wb").close()
    # The pane waits for a key, so that its output is copied from the first byte; then it writes the
    # launch time (ns, the same clock as time.time_ns) and execs the monitor.
    command = f"read go; cd '{work}' && date +%s%N >'{work}/launch' && exec '{binary}' --log '{log}'"
    subprocess.run(tmux + ["new-session", "-d", "-s", f"s{run}", "-x", "100", "-y", "30", "sh", "-c", command], check=True)
    subprocess.run(tmux + ["pipe-pane", "-t", f"s{run}", "-o", f"cat >>'{out}'"], check=True)
    pid = subprocess.run(tmux + ["display-message", "-p", "-t", f"s{run}", "#{pane_pid}"], capture_output=True, text=True).stdout.strip()
    subprocess.run(tmux + ["send-keys", "-t", f"s{run}", "Enter"], check=True)
    deadline, written = time.time() + 30, b""
    with open(out, "rb") as pane:
        while time.time() < deadline:
            written += pane.read()
            # Colors are set between the status word and the log's name: the word alone is looked for.
            if b"following" in written:
                seen = time.time_ns()
                launched = int(open(f"{work}/launch").read())
                # CPU the monitor used up to now (all threads; 10 ms ticks): unlike the wall time, a busy machine hardly moves it.
                fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
                cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
                subprocess.run(tmux + ["kill-session", "-t", f"s{run}"], check=True)
                while os.path.exists(f"/proc/{pid}"):    # the monitor stops before the next run starts
                    time.sleep(0.01)
                return (seen - launched) / 1e9, cpu
            time.sleep(0.002)
    sys.exit(f"start.sh: no first frame within 30 s; the pane wrote:\n{written[-2000:]!r}")

# A tmux server of our own, started before the first measured launch.
subprocess.run(tmux + ["new-session", "-d", "-s", "keep", "-x", "100", "-y", "30", "sleep", "3600"], check=True)
version_once()                                   # warm-up, not counted
versions = [version_once() for _ in range(version_runs)]
frame_once(0)                                    # warm-up, not counted
frames, cpus = zip(*[frame_once(r + 1) for r in range(frame_runs)])
ms = lambda xs: f"median {statistics.median(xs) * 1000:.0f} ms (min {min(xs) * 1000:.0f}, max {max(xs) * 1000:.0f})"
load = open("/proc/loadavg").read().split()[:3]
print(f"binary: {binary}; load average {' '.join(load)}")
print(f"--version, {version_runs} runs: {ms(versions)}; target ≤ 50 ms")
print(f"first frame at 100x30, {frame_runs} runs: {ms(frames)}; target ≤ 150 ms")
print(f"CPU used by then (user + system, all threads): {ms(cpus)}")
PY
