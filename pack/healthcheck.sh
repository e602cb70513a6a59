# The container's health check (the Dockerfile's HEALTHCHECK), run as `busybox sh healthcheck.sh`:
# the image has no shell of its own, so every tool is busybox's. Asks GET /healthz of the monitor's
# --listen address (issue 19: 200 while its clock advances, 503 with a reason when following stalled).
#   HTTPMONITOR_HEALTH_URL set: that URL, outright.
#   Otherwise the address is read from the monitor's own command line (--listen ADDR:PORT or
#   --listen=ADDR:PORT; a wildcard or empty host is asked on 127.0.0.1). Without --listen there is
#   nothing to ask, and the check passes: the container then lives and dies with the monitor.
# Exit 0 healthy, 1 unhealthy, with one line saying why (docker inspect shows it).
bb=${BUSYBOX:-/usr/local/bin/busybox}

listen_address() {
    for cmdline in /proc/[0-9]*/cmdline; do
        args=$($bb tr '\0' '\n' <"$cmdline" 2>/dev/null) || continue
        case $(echo "$args" | $bb head -n 1) in
            httpmonitor | */httpmonitor) ;;
            *) continue ;;
        esac
        listen=$(echo "$args" | $bb awk '
            previous == "--listen" { print; exit }
            /^--listen=/ { sub(/^--listen=/, ""); print; exit }
            { previous = $0 }')
        [ -n "$listen" ] && echo "$listen" && return
    done
}

url=${HTTPMONITOR_HEALTH_URL:-}
if [ -z "$url" ]; then
    listen=$(listen_address)
    if [ -z "$listen" ]; then
        echo "healthy: no --listen, nothing to ask"
        exit 0
    fi
    host=${listen%:*}
    case $host in "" | 0.0.0.0 | "[::]" | "*") host=127.0.0.1 ;; esac
    url="http://$host:${listen##*:}/healthz"
fi
# No -T: Debian's static busybox 1.35 crashes with it; the HEALTHCHECK's --timeout bounds the wait.
if answer=$($bb wget -q -O - "$url" 2>&1); then
    echo "healthy: $url"
    exit 0
fi
echo "unhealthy: $url: $(echo "$answer" | $bb head -n 1)"
exit 1
