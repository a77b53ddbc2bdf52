#!/usr/bin/env bash
# Sets everything up, then runs the whole test suite (lint, types, tests) and fails on no tests.
# As root with `unshare`, the tests run in a network namespace that only has loopback, so no test
# can reach any address but 127.0.0.1.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1

echo "== ruff"; .venv/bin/ruff check . || exit 1
echo "== mypy"; .venv/bin/mypy crawler parsers enrichment index ethics lab onionscope || exit 1

run_tests=(.venv/bin/python -m pytest -p no:cacheprovider "$@")
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && unshare -n true 2>/dev/null; then
  echo "== pytest (inside a loopback-only network namespace)"
  unshare -n sh -c 'ip link set lo up 2>/dev/null || ifconfig lo up; exec "$@"' sh "${run_tests[@]}"
else
  echo "== pytest"
  "${run_tests[@]}"
fi
rc=$?
if [ $rc -eq 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit $rc
