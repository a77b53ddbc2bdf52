#!/usr/bin/env bash
# Installs what onionscope needs on a Debian/Ubuntu machine: system packages (when root), a venv
# with the project, and the Maven dependencies of the test search node. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*" >&2; }

need_apt=()
command -v tor >/dev/null 2>&1 || need_apt+=(tor)
[ -e /usr/lib/x86_64-linux-gnu/libmagic.so.1 ] || ldconfig -p 2>/dev/null | grep -q libmagic.so.1 || need_apt+=(libmagic1)
python3 -c 'import venv, ensurepip' 2>/dev/null || need_apt+=(python3-venv)
if [ "${ONIONSCOPE_WITH_CLUSTER:-1}" = 1 ]; then
  command -v java >/dev/null 2>&1 || need_apt+=(default-jdk-headless)
  command -v mvn >/dev/null 2>&1 || need_apt+=(maven)
fi

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    log "missing system packages: ${need_apt[*]}; run as root or: sudo apt-get install ${need_apt[*]}"
    exit 1
  fi
  # The Debian tor package would start a system tor with the public network config: forbid it.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    log "created /usr/sbin/policy-rc.d so no package starts a service"
  fi
  log "apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# No tor may run with anything but a lab torrc (our processes use --defaults-torrc /dev/null).
for pid in $(pgrep -x tor || true); do
  if ! tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- '--defaults-torrc /dev/null'; then
    log "a tor process (pid $pid) runs with a non-lab configuration; stopping it"
    kill "$pid" 2>/dev/null || true
    systemctl disable --now tor >/dev/null 2>&1 || true
  fi
done

PY=${PYTHON:-python3}
"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { log "Python 3.11 or newer is needed"; exit 1; }
if [ ! -x .venv/bin/python ]; then
  log "creating .venv"
  "$PY" -m venv .venv
fi
stamp=.venv/.onionscope-installed
if [ ! -e "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  log "installing Python packages into .venv"
  .venv/bin/pip install -q --upgrade pip >/dev/null
  .venv/bin/pip install -q -e '.[test]'
  touch "$stamp"
fi

if [ "${ONIONSCOPE_WITH_CLUSTER:-1}" = 1 ] && [ -x scripts/searchnode-deps.sh ]; then
  log "fetching the search node's Maven dependencies (first run only)"
  bash scripts/searchnode-deps.sh
fi
log "ready"
