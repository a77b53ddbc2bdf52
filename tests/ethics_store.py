"""A real, small SQLite store of captured records implementing ethics.retention.ErasableStore.

Used by the retention tests and the CLI test (``--store tests.ethics_store:erasable_store``);
the index and WARC stores implement the same two methods on the real data.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from pathlib import Path


class SqliteStore:
    """Records (id, scope_id, captured_at, body) in one table; erase deletes rows for good."""

    name = "testdb"

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS records (id TEXT PRIMARY KEY, scope_id TEXT, "
                        "captured_at TEXT, body TEXT)")

    def add(self, rid: str, scope_id: str, captured_at: dt.datetime, body: str = "") -> None:
        self.db.execute("INSERT INTO records VALUES (?, ?, ?, ?)",
                        (rid, scope_id, captured_at.astimezone(dt.UTC).isoformat(), body))
        self.db.commit()

    def ids(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT id FROM records")}

    def records_before(self, scope_id: str, cutoff: dt.datetime) -> Iterable[str]:
        rows = self.db.execute("SELECT id FROM records WHERE scope_id = ? AND captured_at < ? ORDER BY id",
                               (scope_id, cutoff.astimezone(dt.UTC).isoformat()))
        return [r[0] for r in rows]

    def erase(self, ids: Iterable[str]) -> int:
        count = 0
        for rid in ids:
            count += self.db.execute("DELETE FROM records WHERE id = ?", (rid,)).rowcount
        self.db.commit()
        return count


def erasable_store(home: Path) -> SqliteStore | None:
    """The provider hook ``onionscope retention apply`` calls: the store under ``<home>``."""
    path = Path(home) / "testdb.sqlite"
    return SqliteStore(path) if path.exists() else None
