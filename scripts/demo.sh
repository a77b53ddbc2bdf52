#!/usr/bin/env bash
# Sets everything up, then runs the demo: lab Tor network and simulated sites -> crawl -> parse ->
# enrich -> index -> summary. Extra arguments go to `onionscope demo` (e.g. --json).
set -euo pipefail
cd "$(dirname "$0")/.."
ONIONSCOPE_WITH_CLUSTER=${ONIONSCOPE_WITH_CLUSTER:-0} bash scripts/setup.sh
exec .venv/bin/onionscope demo "$@"
