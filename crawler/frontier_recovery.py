"""Recovery of a crawl frontier after a crash or a stop: the WARC scan and the lost rows' captures.

    >>> from crawler.frontier_store import connect
    >>> db = connect(":memory:")
    >>> _ = db.execute("INSERT INTO requests(key, url, state, priority) VALUES ('u', 'u', 1, 0)")
    >>> found = recover(db, None, indexing=False, revisit=False)
    >>> found.resumed["requeued"], found.unrecorded
    (1, {})

On open, :func:`recover` brings the rows of the last run to a state the new run continues from:

- responses found in the WARC files past the last recorded offset are matched to their rows
  (fetched but not yet recorded as such);
- inflight rows without a response go back to the queue (they were never answered);
- fetched rows not done are queued to be *replayed from WARC* (no network);
- responses in the WARC files whose URL has no row at all (a link queued, fetched and archived
  after the last commit) are kept in table ``unrecorded`` and returned: when a replayed page
  yields that link again, it is served from WARC too instead of being fetched a second time;
- with ``revisit``, every done row is queued again (longitudinal snapshots).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from crawler.frontier_store import DONE, FETCHED
from crawler.warc import iter_records, repair

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings


@dataclass
class Recovery:
    """What :func:`recover` found and did."""

    #: Counts for the stats (``frontier/resume/<name>``): found_in_warc, unrecorded_in_warc,
    #: requeued, replayed, revisits.
    resumed: dict[str, int] = field(default_factory=dict)
    #: URL -> (state, WARC file, offset) of captures whose row was lost.
    unrecorded: dict[str, tuple[int, str, int]] = field(default_factory=dict)


def warc_dir_of(settings: BaseSettings) -> Path | None:
    """Where the crawl writes its WARC files (``WARC_DIR``, else ``<JOBDIR>/warc``), if anywhere."""
    s = settings
    if s.get("WARC_DIR"):
        return Path(s["WARC_DIR"])
    if s.get("JOBDIR"):
        return Path(s["JOBDIR"]) / "warc"
    return None


def recover(db: sqlite3.Connection, warc_dir: Path | None, indexing: bool, revisit: bool) -> Recovery:
    """Bring the rows of a crashed or stopped run to a state the new run can continue from.

    Writes in ``db``'s open transaction; the caller commits.
    """
    found = 0
    warc_files = [
        r[0] for r in db.execute("SELECT DISTINCT warc_file FROM requests WHERE warc_file IS NOT NULL")
    ]
    if warc_dir is not None and warc_dir.is_dir():
        warc_files = sorted(set(warc_files) | {str(p) for p in warc_dir.glob("*.warc.gz")})
    for wf in warc_files:
        if not Path(wf).exists():
            continue
        start = db.execute("SELECT MAX(warc_offset) FROM requests WHERE warc_file=?", (wf,)).fetchone()[0]
        repair(wf, start or 0)  # a torn record (power loss) is cut, never half-read
        for offset, rtype, url, _headers in iter_records(wf, start or 0):
            if (
                url is None
                or rtype not in ("response", "metadata")
                or (start is not None and offset <= start)
            ):
                continue
            state = FETCHED if rtype == "response" else DONE
            row = db.execute(
                "SELECT id, state FROM requests WHERE url=? AND state IN (0,1)", (url,)
            ).fetchone()
            if row is None:
                if db.execute("SELECT 1 FROM requests WHERE url=?", (url,)).fetchone() is None:
                    # Queued and answered after the last commit: its row was never written
                    # (a kill, or a write that failed and was rolled back). Kept in the file:
                    # once this run commits, the next one scans this WARC file from further on.
                    db.execute(
                        "INSERT OR IGNORE INTO unrecorded VALUES (?,?,?,?)", (url, state, wf, offset)
                    )
                continue
            db.execute(
                "UPDATE requests SET state=?, warc_file=?, warc_offset=?, fetches=fetches+1 WHERE id=?",
                (state, wf, offset, row[0]),
            )
            found += 1
    db.execute("DELETE FROM unrecorded WHERE url IN (SELECT url FROM requests)")
    lost = db.execute("SELECT url, state, warc_file, warc_offset FROM unrecorded").fetchall()
    unrecorded = {url: (state, wf, offset) for url, state, wf, offset in lost}
    requeued = db.execute("UPDATE requests SET state=0 WHERE state=1").rowcount
    final_cond = "done=1 AND (indexed=1 OR ?=0)"
    replay = db.execute(
        f"UPDATE requests SET state=0, replay=1 WHERE state=2 AND NOT ({final_cond})",
        (int(indexing),),
    ).rowcount
    db.execute(f"UPDATE requests SET state=3 WHERE state=2 AND ({final_cond})", (int(indexing),))
    revisits = 0
    if revisit:
        revisits = db.execute(
            "UPDATE requests SET state=0, replay=0, prev_sha256=sha256, done=0, indexed=0 WHERE state=3 "
            "AND data IS NOT NULL"
        ).rowcount
    resumed = {
        "found_in_warc": found,
        "unrecorded_in_warc": len(unrecorded),
        "requeued": requeued,
        "replayed": replay,
        "revisits": revisits,
    }
    return Recovery(resumed, unrecorded)
