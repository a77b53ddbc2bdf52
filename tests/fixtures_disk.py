"""Fixture ``small_disk``: a 200 KiB tmpfs (root only) for tests of what happens when a disk fills up.

    def test_x(small_disk):
        ...                     # write into small_disk until "No space left on device"
        small_disk.grow()       # remount with room (what is on it stays)

Without permission to mount (not root, or a sandbox that forbids mounts) the test is skipped and
says why.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


class SmallDisk(type(Path())):  # type: ignore[misc]
    """The mount point; :meth:`grow` gives it room without losing its files."""

    def grow(self, size: str = "64m") -> None:
        subprocess.run(["mount", "-o", f"remount,size={size}", str(self)], check=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    mount = SmallDisk(tmp_path / "disk")
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
