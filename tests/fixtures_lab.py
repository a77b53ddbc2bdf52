"""The session's private Tor lab: brought up once, shared by every test marked ``lab``."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lab.control import down, load_state, up
from lab.network import pid_is_tor


def _interrupt(signum: int, _frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


@pytest.fixture(scope="session")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """State of a running lab (see lab.control.up); ``ONIONSCOPE_TEST_LAB=DIR`` reuses a running one."""
    reuse = os.environ.get("ONIONSCOPE_TEST_LAB")
    if reuse:
        yield load_state(Path(reuse))
        return
    directory = tmp_path_factory.mktemp("lab")
    # A test run stopped with SIGTERM still takes the lab down (pytest tears down on KeyboardInterrupt).
    previous = signal.signal(signal.SIGTERM, _interrupt)
    started = time.monotonic()
    try:
        state = up(directory, clients=2)  # on failure up() stops whatever it started
    except BaseException:
        signal.signal(signal.SIGTERM, previous)
        raise
    print(f"\n[lab] up from nothing in {time.monotonic() - started:.1f} s "
          f"({len(state['sites'])} sites, {len(state['pids'])} processes)")
    try:
        yield state
    finally:
        signal.signal(signal.SIGTERM, previous)
        down(directory)
        survivors = [pid for pid in state["pids"] if pid_is_tor(pid)]
        assert not survivors, f"lab processes survived lab down: {survivors}"
