"""FrontierScheduler: a crash-safe Scrapy scheduler and duplicate filter in SQLite (JOBDIR).

Scrapy's own JOBDIR queues are only consistent after a clean stop; a SIGKILL loses the queue
position and the seen-fingerprints buffer. Here every URL is one row with a state::

    queued (0) -> inflight (1) -> fetched (2, its response is in WARC) -> done (3)

and the rows are committed in the order things happened (one connection, one transaction
committed every ``FRONTIER_COMMIT_INTERVAL`` seconds, WAL journal), so any crash leaves a
consistent prefix. On open after a crash, :mod:`crawler.frontier_recovery` matches the WARC
files to the rows, puts what was never answered back in the queue and has what was fetched but not
done *replayed from WARC* (``onionscope_replay`` meta: no network, the spider re-parses them, so
their records and links are not lost), so a resumed crawl fetches nothing twice and loses nothing.
With ``CRAWL_REVISIT`` every done row is queued again (longitudinal snapshots: the spider compares
the new SHA-256 with the last). Rows and requests: :mod:`crawler.frontier_store`; which request
goes out next: :mod:`crawler.frontier_hosts`; failed writes: :mod:`crawler.frontier_unwritable`.

A write that fails (disk full, I/O error) stops the crawl (:func:`crawler.stop.stop_crawl`) and
turns the frontier read-only for the rest of the run: the open transaction is rolled back and
nothing is written or committed after it, so the file keeps the last consistent prefix, as after
a kill. Without that, a later write that fits again (room freed meanwhile) could mark a page done
whose links were lost; instead the page stays fetched-not-done and the resumed crawl replays it
from WARC, finding every link again.

Example (any Scrapy project)::

    SCHEDULER = "crawler.frontier.FrontierScheduler"
    JOBDIR = "crawls/case-17"          # frontier.sqlite3 lives here
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals as scrapy_signals
from scrapy.core.scheduler import BaseScheduler

from crawler import signals
from crawler.context import CrawlContext
from crawler.frontier_hosts import HostBuffers
from crawler.frontier_recovery import recover, warc_dir_of
from crawler.frontier_store import (
    DONE,
    FETCHED,
    INFLIGHT,
    QUEUED,
    connect,
    deserialise,
    host_of,
    request_key,
    serialise,
)
from crawler.frontier_unwritable import stops_when_unwritable
from crawler.stop import stop_crawl

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

    from crawler.warc import WarcLocation

__all__ = ["DONE", "FETCHED", "INFLIGHT", "QUEUED", "FrontierScheduler", "request_key"]

class FrontierScheduler(BaseScheduler):
    """Scheduler + duplicate filter backed by SQLite, committed in event order."""

    def __init__(
        self, crawler: Crawler, path: str, indexing: bool, revisit: bool, commit_interval: float = 0.1
    ) -> None:
        self.crawler = crawler
        self.path = path
        self.indexing = indexing
        self.revisit = revisit
        self.commit_interval = commit_interval
        self.stats = crawler.stats
        self.spider: Spider | None = None
        self._db: sqlite3.Connection | None = None
        #: Requests taken from the queue, per onion (``per_host_buffer``, ``refill_interval``).
        self.buffers = HostBuffers(per_host_buffer=64, refill_interval=0.25)
        self._queued = 0
        self._keys: set[str] = set()
        self._last_commit = time.monotonic()
        self.resumed: dict[str, int] = {}
        # URL -> (state, WARC file, offset) of captures whose row was lost (see _recover and
        # crawler.frontier_recovery).
        self._unrecorded: dict[str, tuple[int, str, int]] = {}
        #: Why the frontier stopped writing (its first failed write), or None while it writes.
        self.unwritable: str | None = None
        crawler.signals.connect(self._archived, signal=signals.page_archived)
        crawler.signals.connect(self._page_done, signal=signals.page_done)
        crawler.signals.connect(self._flushed, signal=signals.records_flushed)
        crawler.signals.connect(self._idle_commit, signal=scrapy_signals.spider_idle)
        crawler._onionscope_frontier = self  # type: ignore[attr-defined]

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrontierScheduler:
        s = crawler.settings
        path = s.get("FRONTIER_DB")
        if not path:
            path = str(Path(s["JOBDIR"]) / "frontier.sqlite3") if s.get("JOBDIR") else ":memory:"
        return cls(
            crawler,
            path,
            indexing=bool(s.get("INDEX_TARGET")),
            revisit=s.getbool("CRAWL_REVISIT"),
            commit_interval=s.getfloat("FRONTIER_COMMIT_INTERVAL", 0.1),
        )

    # -- database -------------------------------------------------------------------------------
    @property
    def db(self) -> sqlite3.Connection:
        assert self._db is not None, "frontier not open"
        return self._db

    def _maybe_commit(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._last_commit >= self.commit_interval:
            self.db.commit()
            self._last_commit = now

    def _give_up(self, exc: sqlite3.Error) -> None:
        """Stop writing after a failed write: roll back what is not committed and stop the crawl.

        Whatever the failed write belonged to (a page's links, a page marked done) is not in the
        file, and nothing written later may be either: a page marked done after its links were
        lost would never be looked at again. The rollback takes the file back to its last commit,
        a prefix of the events in their order, which :meth:`_recover` continues from as after a
        kill (pages archived but not done are replayed from WARC, their links found again).
        """
        self.unwritable = f"cannot write the crawl frontier {self.path}: {exc}"
        if self._db is not None:
            # If even the rollback fails, :meth:`close` closing without a commit rolls back too.
            with contextlib.suppress(sqlite3.Error):
                self._db.rollback()
        if self.stats is not None:
            self.stats.set_value("frontier/unwritable", self.unwritable)
        stop_crawl(self.crawler, self.unwritable)

    @stops_when_unwritable()
    def _idle_commit(self) -> None:
        if self._db is not None:
            self._maybe_commit(force=True)

    def open(self, spider: Spider) -> None:
        self.spider = spider
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._open_db()
        except sqlite3.Error as exc:
            self._cannot_open(exc)
            return
        ctx = CrawlContext.current(self.crawler)
        if ctx is not None:
            # The scope's page limit holds across restarts: a new process's policy starts from
            # nothing, so the pages fetched before the stop are counted again first.
            fetched = [u for (u,) in self.db.execute("SELECT url FROM requests WHERE fetches > 0")]
            fetched.extend(self._unrecorded)  # fetched too, their rows lost
            restored = ctx.policy.restore_admitted(fetched)
            if self.stats is not None and restored:
                self.stats.set_value("frontier/resume/pages_admitted_before", restored)

    def _cannot_open(self, exc: sqlite3.Error) -> None:
        """The recovery cannot be written (a resume before room was made): the crawl stops before
        anything is fetched, in one line, and the file keeps what it had for the next resume."""
        self.unwritable = f"cannot write the crawl frontier {self.path}: {exc}"
        if self._db is not None:
            self._db.close()  # without a commit: nothing of this recovery is kept
            self._db = None
        if CrawlContext.current(self.crawler) is None:  # used on its own (a tool): its caller sees it
            raise exc
        # The engine is still opening the spider (closing it now, or CloseSpider from here, leaves
        # its scraper unopened and logs a traceback): it is stopped once it is open. Meanwhile the
        # frontier hands out nothing and takes nothing.
        self.crawler.signals.connect(self._stop_when_opened, signal=scrapy_signals.spider_opened)

    def _stop_when_opened(self) -> None:
        assert self.unwritable is not None
        stop_crawl(self.crawler, self.unwritable)

    def _open_db(self) -> None:
        self._db = connect(self.path)
        self._recover()
        self._queued = self.db.execute("SELECT COUNT(*) FROM requests WHERE state=0").fetchone()[0]
        self._keys = {k for (k,) in self.db.execute("SELECT key FROM requests")}
        self.db.commit()

    def _recover(self) -> None:
        """Bring the rows of a crashed or stopped run to a state the new run can continue from."""
        found = recover(
            self.db, warc_dir_of(self.crawler.settings), indexing=self.indexing, revisit=self.revisit
        )
        self._unrecorded = found.unrecorded
        self.resumed = found.resumed
        if self.stats is not None:
            for k, v in self.resumed.items():
                self.stats.set_value(f"frontier/resume/{k}", v)

    def close(self, reason: str) -> None:
        self._close()
        self.buffers.clear()
        if self._db is not None:
            # Unwritable: whatever is not committed is dropped (the next open's recovery puts
            # taken requests back in the queue, as after a kill).
            self._db.close()
            self._db = None

    @stops_when_unwritable()
    def _close(self) -> None:
        if self._db is None:
            return
        self.buffers.give_back(self.db)
        self.db.commit()
        self.db.close()
        self._db = None

    # -- scheduler API --------------------------------------------------------------------------
    def seen(self, url: str) -> bool:
        """True when ``url`` (canonical, GET) is already in the frontier: the spider skips it
        before building a Request, which is most of the cost of a link on a busy site."""
        return url in self._keys

    @stops_when_unwritable(False)
    def enqueue_request(self, request: Request) -> bool:
        key = request_key(request)
        assert self.stats is not None
        if not request.dont_filter and key in self._keys:
            self.stats.inc_value("frontier/duplicate")
            return False
        data = serialise(request, self.spider)
        db = self.db
        self._keys.add(key)
        archived = self._unrecorded.pop(key, None) if self._unrecorded else None
        if archived is not None:
            return self._enqueue_archived(request, data, *archived)
        if request.dont_filter:
            cur = db.execute(
                "INSERT INTO requests(key, url, host, state, priority, data) VALUES (?,?,?,0,?,?) "
                "ON CONFLICT(key) DO UPDATE SET state=0, data=excluded.data, priority=excluded.priority "
                "WHERE state IN (0, 1)",
                (key, request.url, host_of(request.url), request.priority, data),
            )
        else:
            cur = db.execute(
                "INSERT OR IGNORE INTO requests(key, url, host, state, priority, data) VALUES (?,?,?,0,?,?)",
                (key, request.url, host_of(request.url), request.priority, data),
            )
        self._maybe_commit()
        if cur.rowcount:
            self._queued += 1
            self.stats.inc_value("frontier/enqueued")
            return True
        self.stats.inc_value("frontier/duplicate")
        return False

    def _enqueue_archived(
        self, request: Request, data: bytes, state: int, warc_file: str, offset: int
    ) -> bool:
        """Record a request whose response a previous run archived without recording its row: a
        response is replayed from WARC (queued with ``replay``), a media record is final."""
        assert self.stats is not None
        cur = self.db.execute(
            "INSERT OR IGNORE INTO requests(key, url, host, state, priority, data, replay, warc_file, "
            "warc_offset, fetches) VALUES (?,?,?,?,?,?,1,?,?,1)",
            (
                request.url,
                request.url,
                host_of(request.url),
                QUEUED if state == FETCHED else DONE,
                request.priority,
                data,
                warc_file,
                offset,
            ),
        )
        self.db.execute("DELETE FROM unrecorded WHERE url=?", (request.url,))
        self._maybe_commit()
        self.stats.inc_value("frontier/resume/served_from_warc")
        if cur.rowcount and state == FETCHED:
            self._queued += 1
            self.stats.inc_value("frontier/enqueued")
            return True
        return False

    def _refill(self) -> None:
        """Top up every host's buffer from the database (a few rows per host, best first)."""
        taken = self.buffers.refill(self.db)
        self._queued = max(0, self._queued - taken)
        if taken:
            self._maybe_commit()

    def _slots(self) -> dict[str, Any]:
        try:
            engine = self.crawler.engine
        except RuntimeError:  # no engine: the scheduler is used on its own (tests, tools)
            return {}
        downloader = getattr(engine, "downloader", None)
        return getattr(downloader, "slots", None) or {}

    @stops_when_unwritable()
    def next_request(self) -> Request | None:
        """The next request of the onion with the longest backlog whose downloader slot has room.

        Handing out requests per site, rather than in one global order, keeps every onion busy:
        with a single queue, a burst of one site's links fills the downloader while the other
        onions wait (their politeness delay then limits the whole crawl).
        """
        if self._queued > 0 and self.buffers.refill_due():
            self._refill()
        if not self.buffers:
            if self._queued > 0:
                self._queued = self.db.execute("SELECT COUNT(*) FROM requests WHERE state=0").fetchone()[0]
            return None
        row = self.buffers.pop(self._slots())
        if row is None:
            return None  # every onion with work is at its concurrency: wait for a response
        _row_id, data, replay, warc_file, warc_offset = row
        request = deserialise(data, self.spider)
        if replay and warc_file:
            request.meta["onionscope_replay"] = (warc_file, warc_offset)
        return request

    def has_pending_requests(self) -> bool:
        # Unwritable: nothing more is handed out (what is pending waits in the file for the
        # resume), so the engine can only wind down, even if closing the spider failed.
        return self.unwritable is None and (len(self.buffers) > 0 or self._queued > 0)

    def __len__(self) -> int:
        return len(self.buffers) + self._queued

    # -- progress of pages ----------------------------------------------------------------------
    @stops_when_unwritable()
    def _archived(self, request: Request, response: Response, location: WarcLocation) -> None:
        final = 300 <= response.status < 400 and b"Location" in response.headers
        self.db.execute(
            "UPDATE requests SET state=?, warc_file=?, warc_offset=?, sha256=?, fetches=fetches+1, "
            "done=? WHERE key=?",
            (
                DONE if final else FETCHED,
                location.file,
                location.offset,
                location.sha256,
                int(final),
                request_key(request),
            ),
        )
        self._maybe_commit()

    @stops_when_unwritable()
    def _page_done(self, url: str, indexed: bool = False) -> None:
        """The spider finished a page; with records for the index, it is final once they are flushed."""
        if self.indexing and indexed:
            self.db.execute(
                "UPDATE requests SET done=1, state=CASE WHEN indexed=1 THEN 3 ELSE state END "
                "WHERE url=? AND state=2",
                (url,),
            )
        else:
            self.db.execute("UPDATE requests SET done=1, indexed=1, state=3 WHERE url=? AND state=2", (url,))
        self._maybe_commit()

    @stops_when_unwritable()
    def _flushed(self, urls: list[str]) -> None:
        self.db.executemany(
            "UPDATE requests SET indexed=1, state=CASE WHEN done=1 THEN 3 ELSE state END "
            "WHERE url=? AND state=2",
            [(u,) for u in urls],
        )
        self._maybe_commit(force=True)

    # -- content de-duplication and revisits -----------------------------------------------------
    @stops_when_unwritable()
    def first_with_content(self, sha256: str, url: str) -> str | None:
        """The first URL seen with this body, or None when ``url`` is the first (now recorded)."""
        row = self.db.execute("SELECT url FROM content WHERE sha256=?", (sha256,)).fetchone()
        if row is None:
            self.db.execute("INSERT INTO content(sha256, url) VALUES (?,?)", (sha256, url))
            return None
        return None if row[0] == url else str(row[0])

    def content_page_type(self, sha256: str) -> str | None:
        """The page type recorded for a body (duplicates keep their original's classification)."""
        row = self.db.execute("SELECT page_type FROM content WHERE sha256=?", (sha256,)).fetchone()
        return row[0] if row else None

    @stops_when_unwritable()
    def note_page_type(self, sha256: str, page_type: str) -> None:
        self.db.execute("UPDATE content SET page_type=? WHERE sha256=?", (page_type, sha256))

    def previous_sha256(self, url: str) -> str | None:
        """The body digest of the last snapshot of ``url`` (revisits), if any."""
        row = self.db.execute("SELECT prev_sha256 FROM requests WHERE url=?", (url,)).fetchone()
        return row[0] if row else None

    def counts(self) -> dict[str, int]:
        """Rows per state, for progress and summaries."""
        names = {QUEUED: "queued", INFLIGHT: "inflight", FETCHED: "fetched", DONE: "done"}
        out = dict.fromkeys(names.values(), 0)
        for state, n in self.db.execute("SELECT state, COUNT(*) FROM requests GROUP BY state"):
            out[names[state]] = n
        return out

    @staticmethod
    def summary_of(path: str) -> dict[str, Any]:
        """Row counts of a frontier file (for ``onionscope crawl --status``)."""
        db = sqlite3.connect(path)
        try:
            rows = db.execute("SELECT state, COUNT(*) FROM requests GROUP BY state").fetchall()
            return {str(s): n for s, n in rows}
        finally:
            db.close()
