"""The session's private Tor lab: brought up once, shared by every test marked ``lab``."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lab.control import down, load_state, up
from lab.network import pid_is_tor


@pytest.fixture(scope="session")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """State of a running lab (see lab.control.up); ``ONIONSCOPE_TEST_LAB=DIR`` reuses a running one."""
    reuse = os.environ.get("ONIONSCOPE_TEST_LAB")
    if reuse:
        yield load_state(Path(reuse))
        return
    directory = tmp_path_factory.mktemp("lab")
    started = time.monotonic()
    state = up(directory, clients=2)
    print(f"\n[lab] up from nothing in {time.monotonic() - started:.1f} s "
          f"({len(state['sites'])} sites, {len(state['pids'])} processes)")
    try:
        yield state
    finally:
        down(directory)
        survivors = [pid for pid in state["pids"] if pid_is_tor(pid)]
        assert not survivors, f"lab processes survived lab down: {survivors}"
