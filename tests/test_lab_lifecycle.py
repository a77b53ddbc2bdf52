"""``onionscope lab up/status/down`` as a user runs them: one lab per directory, nothing left behind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lab.network import pid_is_tor
from lab.sites import World

pytestmark = [pytest.mark.lab, pytest.mark.slow]


def onionscope(*args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "onionscope", *args], capture_output=True, text=True,
                          timeout=timeout)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].split()[0]
    return state != "Z"


def test_up_status_crash_report_and_down_leave_nothing_running(tmp_path: Path) -> None:
    directory = next(s.name for s in World(seed=7).sites if s.kind == "directory")
    started = time.monotonic()
    up = onionscope("lab", "up", "--dir", str(tmp_path), "--sites", directory, "--json")
    assert up.returncode == 0, up.stderr
    state = json.loads(up.stdout.strip().splitlines()[-1])
    print(f"one-site lab up in {time.monotonic() - started:.1f} s")
    try:
        assert [s["name"] for s in state["sites"]] == [directory]
        assert all(_alive(pid) for pid in state["pids"])

        again = onionscope("lab", "up", "--dir", str(tmp_path))
        assert again.returncode == 1
        assert "already runs" in again.stderr and "Traceback" not in again.stderr

        ok = onionscope("lab", "status", "--dir", str(tmp_path), "--json")
        assert ok.returncode == 0 and json.loads(ok.stdout)["ok"] is True

        relay = next(n for n in state["nodes"] if n["role"] == "relay")
        os.kill(relay["pid"], signal.SIGKILL)
        time.sleep(0.5)
        degraded = onionscope("lab", "status", "--dir", str(tmp_path), "--json")
        assert degraded.returncode == 1
        assert json.loads(degraded.stdout)["dead"] == [relay["name"]]
    finally:
        down = onionscope("lab", "down", "--dir", str(tmp_path))
    assert down.returncode == 0, down.stderr
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in state["pids"]) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert [pid for pid in state["pids"] if _alive(pid)] == []
    assert not any(pid_is_tor(pid) for pid in state["pids"])

    # The same directory again: a new network, not one stuck on the last one's cached relays.
    second = onionscope("lab", "up", "--dir", str(tmp_path), "--sites", directory, "--json")
    try:
        assert second.returncode == 0, second.stderr[-2000:]
        assert json.loads(second.stdout.strip().splitlines()[-1])["sites"][0]["name"] == directory
    finally:
        assert onionscope("lab", "down", "--dir", str(tmp_path)).returncode == 0


def test_status_and_down_without_a_lab_say_so_in_one_line(tmp_path: Path) -> None:
    for command in ("status", "down"):
        result = onionscope("lab", command, "--dir", str(tmp_path))
        assert result.returncode == 1
        assert "lab up" in result.stderr and "Traceback" not in result.stderr
