#!/usr/bin/env bash
# End-to-end test of the Dockerfile's runtime stage, without a registry: a minimal Debian bookworm
# made here by debootstrap becomes the base image (podman import), the runtime stage is built on it
# from the locally published Native AOT binary (BINARY=prebuilt, RUNTIME_BASE=that base), runs as
# its non-root user on a log mounted read-only at /logs, passes its health check, and prints its
# summary when `podman stop` sends the STOPSIGNAL: its counts must be the log's.
#
# Exit 0 passed, 1 failed, 77 skipped (one line says which tool cannot run here, and why).
# Installs debootstrap, podman and runc with apt-get when they are missing and it may.
# The base image is kept (podman image, and its rootfs tarball under $HTTPMONITOR_E2E_CACHE,
# default ~/.cache/httpmonitor-e2e), so a second run skips debootstrap.
# HTTPMONITOR_BIN=path/to/httpmonitor uses that binary instead of publishing one.
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS

BASE=localhost/httpmonitor-e2e-base:bookworm
IMAGE=localhost/httpmonitor-e2e:latest
CACHE=${HTTPMONITOR_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/httpmonitor-e2e}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
LOG_SOURCE=tests/data/nielsbasjes_hackers-access.log
LINES=3456
# podman here runs containers with runc, and runc may not raise rlimits above what this sandbox
# grants: explicit, modest limits for every build and run.
PODMAN=(podman --runtime runc)
LIMITS=(--ulimit nofile=1024:1024 --ulimit nproc=4096:4096)
WORK=$(mktemp -d -t httpmonitor-container.XXXXXX)
NAME="httpmonitor-e2e-$$"

say() { echo "container: $*"; }
skip() { say "SKIP: $*"; exit 77; }
fail() { say "FAIL: $*"; exit 1; }
cleanup() {
    "${PODMAN[@]}" rm -f "$NAME" >/dev/null 2>&1 || true
    rm -rf "$WORK" artifacts/container
}
trap cleanup EXIT

need_tools() {
    local missing=()
    command -v podman >/dev/null || missing+=(podman)
    command -v runc >/dev/null || missing+=(runc)
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    [ ${#missing[@]} -eq 0 ] && return
    [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null || skip "${missing[*]} missing, and apt-get cannot install them here (not root or not Debian)"
    say "installing ${missing[*]} with apt-get"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >"$WORK/apt.log" 2>&1 ||
        skip "apt-get install ${missing[*]} failed: $(tail -n 1 "$WORK/apt.log")"
}

# A minimal bookworm (with busybox-static: the health check's HTTP client) as a podman image.
base_image() {
    "${PODMAN[@]}" image exists "$BASE" && { say "base image $BASE is cached"; return; }
    local tarball="$CACHE/bookworm-minbase.tar"
    if [ ! -s "$tarball" ]; then
        say "debootstrap: a minimal bookworm from $MIRROR (about 2 minutes, once)"
        mkdir -p "$CACHE"
        debootstrap --variant=minbase --include=busybox-static bookworm "$WORK/rootfs" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 ||
            skip "debootstrap cannot build a rootfs here: $(tail -n 1 "$WORK/debootstrap.log")"
        tar -C "$WORK/rootfs" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
    fi
    "${PODMAN[@]}" import "$tarball" "$BASE" >/dev/null 2>"$WORK/import.log" || skip "podman import failed: $(tail -n 1 "$WORK/import.log")"
    "${PODMAN[@]}" run --rm "${LIMITS[@]}" "$BASE" true 2>"$WORK/run.log" ||
        skip "podman cannot run a container here: $(tail -n 1 "$WORK/run.log")"
}

# The binary and busybox, where the Dockerfile's prebuilt stage takes them.
binary() {
    mkdir -p artifacts/container
    if [ -n "${HTTPMONITOR_BIN:-}" ]; then
        cp "$HTTPMONITOR_BIN" artifacts/container/httpmonitor
    else
        say "publishing the Native AOT binary (a few minutes on 2 cores)"
        # Its own artifacts path, so that the wrapper's ReadyToRun build in obj/ is left alone.
        dotnet publish src/HttpMonitor -c Release -r linux-x64 -p:PublishAot=true -p:SourceRevisionId="$(git rev-parse HEAD 2>/dev/null)" \
            --artifacts-path "$WORK/build" -o artifacts/container -nologo -v quiet -tl:off >"$WORK/publish.log" 2>&1 ||
            { cat "$WORK/publish.log"; fail "dotnet publish -p:PublishAot=true"; }
    fi
    "${PODMAN[@]}" run --rm "${LIMITS[@]}" "$BASE" cat /bin/busybox >artifacts/container/busybox
    chmod +x artifacts/container/*
}

need_tools
base_image
binary
# --format docker: the OCI format has no HEALTHCHECK.
say "podman build: the runtime stage on $BASE"
"${PODMAN[@]}" build --format docker "${LIMITS[@]}" --build-arg BINARY=prebuilt --build-arg RUNTIME_BASE="$BASE" \
    --target runtime -t "$IMAGE" -f Dockerfile . >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; fail "podman build"; }

version=$("${PODMAN[@]}" run --rm "${LIMITS[@]}" "$IMAGE" --version) || fail "httpmonitor --version in the image"
say "image $IMAGE: httpmonitor $version"

mkdir -p "$WORK/logs"
cp "$LOG_SOURCE" "$WORK/logs/access.log"
chmod -R a+rX "$WORK"
say "running it on a $LINES-line log mounted read-only at /logs"
# No health-check timer: podman would ask systemd for one; `podman healthcheck run` runs it below.
"${PODMAN[@]}" run -d --name "$NAME" "${LIMITS[@]}" --health-interval disable -v "$WORK/logs:/logs:ro" "$IMAGE" \
    --no-ui --log /logs/access.log --from-start --output jsonl >/dev/null 2>"$WORK/run.log" || { cat "$WORK/run.log"; fail "podman run"; }

# The windows of an old log close as soon as it is read: wait until they hold every line.
hits() { "${PODMAN[@]}" logs "$NAME" 2>/dev/null | sed -n 's/^{"type":"stats".*"partial":[a-z]*,"hits":\([0-9]*\).*/\1/p' | awk '{ s += $1 } END { print s + 0 }'; }
for ((i = 0; i < 150; i++)); do
    [ "$(hits)" -eq "$LINES" ] && break
    [ "$("${PODMAN[@]}" inspect -f '{{.State.Running}}' "$NAME")" = true ] || { "${PODMAN[@]}" logs "$NAME"; fail "the monitor stopped on its own"; }
    sleep 0.2
done
[ "$(hits)" -eq "$LINES" ] || fail "the windows hold $(hits) hits after 30 s, not $LINES"

user=$("${PODMAN[@]}" exec "$NAME" cat /proc/1/status | awk '/^Uid:/ { print $2 }')
[ "$user" != 0 ] || fail "the monitor runs as root"
mounts=$("${PODMAN[@]}" inspect -f '{{range .Mounts}}{{.Destination}}:{{.RW}} {{end}}' "$NAME")
[ "$mounts" = "/logs:false " ] || fail "/logs is not mounted read-only: $mounts"
health=$("${PODMAN[@]}" healthcheck run "$NAME" 2>&1) || fail "health check without --listen: $health"
# The probe itself, against a stand-in for --listen's /healthz (busybox httpd in the container).
probe=(exec -e HTTPMONITOR_HEALTH_URL=http://127.0.0.1:9464/healthz "$NAME" /usr/local/bin/busybox sh /app/healthcheck.sh)
"${PODMAN[@]}" "${probe[@]}" >/dev/null 2>&1 && fail "the health check passes with nothing listening"
"${PODMAN[@]}" exec "$NAME" /usr/local/bin/busybox sh -c \
    'mkdir -p /tmp/www && echo ok >/tmp/www/healthz && /usr/local/bin/busybox httpd -p 127.0.0.1:9464 -h /tmp/www'
health=$("${PODMAN[@]}" "${probe[@]}" 2>&1) || fail "the health check fails against a server that answers 200: $health"
say "user $user; /logs read-only; health check: passes without --listen, fails with nothing listening, passes on 200"

# (podman's complaints that there is no systemd for health-check timers go to a file.)
"${PODMAN[@]}" stop -t 10 "$NAME" >/dev/null 2>>"$WORK/run.log"
code=$("${PODMAN[@]}" inspect -f '{{.State.ExitCode}}' "$NAME")
summary=$("${PODMAN[@]}" logs "$NAME" 2>/dev/null | grep '^{"type":"summary"' || true)
say "after podman stop: exit $code, $summary"
[ "$code" -eq 0 ] || fail "exit code $code after podman stop, not 0"
case $summary in
    *"\"lines\":$LINES,\"accepted\":$LINES,\"rejected\":0,"*) ;;
    *) fail "the summary does not count $LINES lines read and accepted" ;;
esac
say "PASS ($((SECONDS - started)) s)"
