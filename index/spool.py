"""A local spool: records that could not reach the cluster wait here, one JSON line each.

Example::

    >>> import tempfile
    >>> from parsers.records import Vendor
    >>> from index.spool import Spool
    >>> spool = Spool(tempfile.mkdtemp(), "http://127.0.0.1:9200")
    >>> spool.write([Vendor(site="m1.onion", name="leafy")])
    1
    >>> [r.name for r in spool.read()], spool.pending()
    (['leafy'], 1)

One file per cluster target under ``<home>/spool/`` (``127.0.0.1_9200.jsonl``). Lines are the
records' JSON form, appended and fsynced; replay is idempotent (deterministic ids), so a record
sent twice is harmless and a record never sent is the only thing to avoid. Lines that do not
parse (a torn write) are set aside in ``<file>.bad`` rather than dropped.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from index.errors import SpoolError
from parsers.records import from_json, to_json


def slug(target: str) -> str:
    """File-name form of a cluster URL."""
    bare = re.sub(r"^[a-z]+://", "", target.strip().rstrip("/"))
    return re.sub(r"[^A-Za-z0-9.-]+", "_", bare) or "cluster"


class Spool:
    """The spool file of one cluster target."""

    def __init__(self, directory: str | Path, target: str) -> None:
        self.dir = Path(directory)
        self.target = target
        self.path = self.dir / f"{slug(target)}.jsonl"
        self.replaying = self.path.with_name(self.path.name + ".replaying")

    def write(self, records: Iterable[Any]) -> int:
        """Append records (record objects or their JSON form); fsynced before returning."""
        lines = [
            json.dumps(r if isinstance(r, dict) else to_json(r), ensure_ascii=False) + "\n" for r in records
        ]
        if not lines:
            return 0
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.writelines(lines)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise SpoolError(f"cannot write the spool {self.path}: {exc}") from exc
        return len(lines)

    def _lines(self, path: Path) -> Iterator[str]:
        if not path.exists():
            return
        with open(path, encoding="utf-8") as fh:
            yield from (line for line in fh if line.strip())

    def read(self, path: Path | None = None) -> Iterator[Any]:
        """Records of the spool (or of ``path``), in order; unreadable lines go to ``.bad``."""
        src = path or self.path
        for line in self._lines(src):
            try:
                yield from_json(json.loads(line))
            except (ValueError, KeyError, TypeError):
                with open(src.with_name(src.name + ".bad"), "a", encoding="utf-8") as bad:
                    bad.write(line if line.endswith("\n") else line + "\n")

    def pending(self) -> int:
        """Records waiting (in the spool and in an interrupted replay)."""
        return sum(1 for _ in self._lines(self.path)) + sum(1 for _ in self._lines(self.replaying))

    def take(self) -> Path | None:
        """Move the spool aside for a replay; the file to read, or None if nothing waits.

        A replay interrupted earlier is resumed first: its file is merged back before the move.
        """
        try:
            if self.replaying.exists():
                self.give_back(self.replaying)
            if not self.path.exists() or self.path.stat().st_size == 0:
                return None
            os.replace(self.path, self.replaying)
        except OSError as exc:
            raise SpoolError(f"cannot prepare the spool {self.path} for replay: {exc}") from exc
        return self.replaying

    def give_back(self, taken: Path) -> None:
        """A replay failed: put its lines back at the end of the spool (duplicates are harmless)."""
        with open(taken, encoding="utf-8") as src, open(self.path, "a", encoding="utf-8") as dst:
            for line in src:
                dst.write(line if line.endswith("\n") else line + "\n")
            dst.flush()
            os.fsync(dst.fileno())
        taken.unlink()

    def done(self, taken: Path) -> None:
        """A replay succeeded: forget its file."""
        taken.unlink(missing_ok=True)
