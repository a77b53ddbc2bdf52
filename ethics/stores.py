"""Where a data directory's collected data went: every WARC directory and index its crawls wrote.

A crawl may write its captures outside ``<home>/warc`` (``--jobdir``, ``WARC_DIR``) and its records
to any index (``--index``). Retention and the legal officer's report must reach every copy, so
the components that write register the location here when they open, and the retention stores
read the list back::

    >>> import tempfile
    >>> home = tempfile.mkdtemp()
    >>> register(home, "warc", home + "/jobs/case17/warc")
    >>> register(home, "warc", home + "/jobs/case17/warc")   # once is enough
    >>> register(home, "index", "http://127.0.0.1:9200")
    >>> [p.endswith("case17/warc") for p in registered(home, "warc")], registered(home, "index")
    ([True], ['http://127.0.0.1:9200'])

The list is ``<home>/retention/stores.json``, rewritten atomically under a lock (crawls of one data
directory may start at the same time). It holds locations only, never collected data.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from ethics.errors import EthicsError
from ethics.paths import home as home_dir

__all__ = ["KINDS", "register", "registered", "registry_path"]

Kind = Literal["warc", "index"]
KINDS: tuple[Kind, ...] = ("warc", "index")


def registry_path(home: str | Path | None = None) -> Path:
    """``<home>/retention/stores.json``."""
    return home_dir(home) / "retention" / "stores.json"


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o640)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _read(path: Path) -> dict[str, list[str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise EthicsError(f"cannot read the store list {path}: {exc}") from None
    if not isinstance(data, dict):
        raise EthicsError(f"the store list {path} is not a JSON object")
    return {k: [str(v) for v in data.get(k, [])] for k in KINDS}


def register(home: str | Path | None, kind: Kind, location: str | Path) -> None:
    """Remember that data of ``kind`` (``warc``: a directory of WARC files; ``index``: an index
    target) was written at ``location``. Paths are stored absolute."""
    if kind not in KINDS:
        raise ValueError(f"unknown store kind {kind!r}")
    text = str(location)
    if "://" not in text:
        text = str(Path(text).resolve())
    path = registry_path(home)
    with _locked(path):
        data = _read(path)
        entries = data.setdefault(kind, [])
        if text in entries:
            return
        entries.append(text)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, path)


def registered(home: str | Path | None, kind: Kind) -> list[str]:
    """Locations of ``kind`` registered in ``home``, oldest first."""
    path = registry_path(home)
    if not path.exists():
        return []
    with _locked(path):
        return _read(path).get(kind, [])
