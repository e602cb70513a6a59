# Shared by the end-to-end scripts that drive a real nginx (nginx-formats, nginx-inputs).
# Before sourcing, set NAME (the script's name in its messages). Installs what is missing with
# apt-get (nginx, apache2-utils for ab, curl, jq) and gives: fail, NGINX (its path), WORK (a temp
# folder), free_port and monitor_binary (e2e-lib.sh), and STOP_PIDS: the processes stopped
# (SIGTERM) and waited for on exit, before WORK is removed.

fail() { echo "$NAME: FAIL: $*"; exit 1; }

install_missing() {
  local missing=()
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v ab >/dev/null || missing+=(apache2-utils)
  command -v curl >/dev/null || missing+=(curl)
  command -v jq >/dev/null || missing+=(jq)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "$NAME: installing ${missing[*]} (apt-get)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null 2>&1 \
      || fail "could not install ${missing[*]} with apt-get"
  fi
}
install_missing
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

WORK=$(mktemp -d -t "httpmonitor-$NAME.XXXXXX")
STOP_PIDS=()
cleanup() {
  local pid
  for pid in "${STOP_PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

source tests/e2e/e2e-lib.sh
