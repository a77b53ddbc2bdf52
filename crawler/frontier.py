"""FrontierScheduler: a crash-safe Scrapy scheduler and duplicate filter in SQLite (JOBDIR).

Scrapy's own JOBDIR queues are only consistent after a clean stop; a SIGKILL loses the queue
position and the seen-fingerprints buffer. Here every URL is one row with a state::

    queued (0) -> inflight (1) -> fetched (2, its response is in WARC) -> done (3)

and the rows are committed in the order things happened (one connection, one transaction
committed every ``FRONTIER_COMMIT_INTERVAL`` seconds, WAL journal), so any crash leaves a
consistent prefix. On open after a crash:

- responses found in the WARC files past the last recorded offset are matched to their rows
  (fetched but not yet recorded as such);
- inflight rows without a response go back to the queue (they were never answered);
- fetched rows not done are *replayed from WARC* (``onionscope_replay`` meta): no network, the
  spider re-parses them, so their records and links are not lost;
- responses in the WARC files whose URL has no row at all (a link queued, fetched and archived
  after the last commit) are remembered (table ``unrecorded``): when a replayed page yields that
  link again, it is served from WARC too instead of being fetched a second time;

so a resumed crawl fetches nothing twice and loses nothing. With ``CRAWL_REVISIT`` every done
row is queued again (longitudinal snapshots: the spider compares the new SHA-256 with the last).

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
import functools
import hashlib
import inspect
import pickle
import sqlite3
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from scrapy import Request as _Request
from scrapy import signals as scrapy_signals
from scrapy.core.scheduler import BaseScheduler
from scrapy.http.request import _find_method
from scrapy.utils.request import request_from_dict

from crawler import signals
from crawler.context import CrawlContext
from crawler.stop import stop_crawl
from crawler.warc import iter_records, repair

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

    from crawler.warc import WarcLocation

QUEUED, INFLIGHT, FETCHED, DONE = 0, 1, 2, 3

_SCHEMA = """
CREATE TABLE IF NOT EXISTS requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE, url TEXT NOT NULL, host TEXT NOT NULL DEFAULT '',
    state INTEGER NOT NULL, priority INTEGER NOT NULL,
    data BLOB, warc_file TEXT, warc_offset INTEGER, sha256 TEXT, prev_sha256 TEXT,
    replay INTEGER NOT NULL DEFAULT 0, indexed INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0,
    fetches INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS requests_queue ON requests(state, host, priority DESC, id);
CREATE INDEX IF NOT EXISTS requests_url ON requests(url);
CREATE TABLE IF NOT EXISTS content (sha256 TEXT PRIMARY KEY, url TEXT NOT NULL, page_type TEXT);
CREATE TABLE IF NOT EXISTS unrecorded (
    url TEXT PRIMARY KEY, state INTEGER NOT NULL, warc_file TEXT NOT NULL, warc_offset INTEGER NOT NULL
);
"""

_SAFE_META = (
    "depth",
    "onionscope_discovered",
    "onionscope_session",
    "onionscope_retry_count",
    "redirect_times",
    "redirect_ttl",
    "redirect_urls",
    "redirect_reasons",
    "handle_httpstatus_all",
    "onionscope_parent",
    "dont_redirect",
)

#: Meta of a request answered from WARC. A request made from it (a redirect copies its meta) is a
#: new request: carrying these, it would be answered with its parent's capture (a redirect to
#: itself, its own page never fetched) or skip the checks of a live request. Only the frontier's
#: own row says whether a request is replayed (:meth:`FrontierScheduler.next_request`).
_REPLAY_META = ("onionscope_replay", "onionscope_replayed")


def _queue_allowance(delay: float) -> int:
    """Requests a delayed slot may hold waiting: about 0.1 s of its rate, at least 2.

    Enough that the slot never runs dry between two pulls of the engine (which would waste its
    politeness budget), few enough that it does not take the downloader's places from other onions.
    """
    return max(2, int(0.1 / delay)) if delay > 0 else 2


def _host(url: str) -> str:
    return urlsplit(url).hostname or ""


def request_key(request: Request) -> str:
    """The frontier's identity of a request: the URL for GET, else method, URL and body hash."""
    if request.method == "GET" and not request.body:
        return request.url
    return f"{request.method} {request.url} {hashlib.sha256(request.body).hexdigest()[:16]}"


F = TypeVar("F", bound=Callable[..., Any])


def _stops_when_unwritable(default: Any = None) -> Callable[[F], F]:
    """A frontier write that fails (disk full, I/O error) stops the crawl in one line instead of
    a traceback per page: what the frontier cannot record, a resume could not find again.

    After the first failure the method is not run at all and returns ``default``: the frontier is
    :attr:`FrontierScheduler.unwritable` for the rest of the run.
    """

    def deco(method: F) -> F:
        # Scrapy's signals pass every argument a receiver's own signature does not refuse
        # (``signal``, ``sender``...): keep only the method's own.
        accepted = set(inspect.signature(method).parameters)

        @functools.wraps(method)
        def run(self: FrontierScheduler, *args: Any, **kwargs: Any) -> Any:
            if self.unwritable is not None:
                return default
            kwargs = {k: v for k, v in kwargs.items() if k in accepted}
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as exc:
                self._give_up(exc)
                return default

        return run  # type: ignore[return-value]

    return deco


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
        self._by_host: dict[str, deque[tuple[int, bytes, int, str | None, int | None]]] = {}
        self._hosts: deque[str] = deque()
        self._buffered = 0
        self._backlog: dict[str, int] = {}
        self._last_refill = 0.0
        self.per_host_buffer = 64
        self.refill_interval = 0.25
        self._queued = 0
        self._keys: set[str] = set()
        self._last_commit = time.monotonic()
        self.resumed: dict[str, int] = {}
        # URL -> (state, WARC file, offset) of captures whose row was lost (see _recover).
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

    @_stops_when_unwritable()
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
        self._db = sqlite3.connect(self.path, isolation_level="DEFERRED")
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        self._recover()
        self._queued = self.db.execute("SELECT COUNT(*) FROM requests WHERE state=0").fetchone()[0]
        self._keys = {k for (k,) in self.db.execute("SELECT key FROM requests")}
        self.db.commit()

    def _recover(self) -> None:
        """Bring the rows of a crashed or stopped run to a state the new run can continue from."""
        db = self.db
        found = 0
        warc_files = [
            r[0] for r in db.execute("SELECT DISTINCT warc_file FROM requests WHERE warc_file IS NOT NULL")
        ]
        warc_dir = self._warc_dir()
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
        self._unrecorded = {url: (state, wf, offset) for url, state, wf, offset in lost}
        requeued = db.execute("UPDATE requests SET state=0 WHERE state=1").rowcount
        final_cond = "done=1 AND (indexed=1 OR ?=0)"
        replay = db.execute(
            f"UPDATE requests SET state=0, replay=1 WHERE state=2 AND NOT ({final_cond})",
            (int(self.indexing),),
        ).rowcount
        db.execute(f"UPDATE requests SET state=3 WHERE state=2 AND ({final_cond})", (int(self.indexing),))
        revisits = 0
        if self.revisit:
            revisits = db.execute(
                "UPDATE requests SET state=0, replay=0, prev_sha256=sha256, done=0, indexed=0 WHERE state=3 "
                "AND data IS NOT NULL"
            ).rowcount
        self.resumed = {
            "found_in_warc": found,
            "unrecorded_in_warc": len(self._unrecorded),
            "requeued": requeued,
            "replayed": replay,
            "revisits": revisits,
        }
        if self.stats is not None:
            for k, v in self.resumed.items():
                self.stats.set_value(f"frontier/resume/{k}", v)

    def _warc_dir(self) -> Path | None:
        s = self.crawler.settings
        if s.get("WARC_DIR"):
            return Path(s["WARC_DIR"])
        if s.get("JOBDIR"):
            return Path(s["JOBDIR"]) / "warc"
        return None

    def close(self, reason: str) -> None:
        self._close()
        self._by_host.clear()
        self._hosts.clear()
        self._buffered = 0
        if self._db is not None:
            # Unwritable: whatever is not committed is dropped (the next open's recovery puts
            # taken requests back in the queue, as after a kill).
            self._db.close()
            self._db = None

    @_stops_when_unwritable()
    def _close(self) -> None:
        if self._db is None:
            return
        # Requests taken from the queue but never started go back, so a resume finds them.
        for queue in self._by_host.values():
            for row_id, *_ in queue:
                self.db.execute("UPDATE requests SET state=0 WHERE id=? AND state=1", (row_id,))
        self.db.commit()
        self.db.close()
        self._db = None

    # -- scheduler API --------------------------------------------------------------------------
    def _method_name(self, func: Any) -> Any:
        """The spider method name of a bound callback, cheaply (Request.to_dict scans the spider)."""
        if func is None or isinstance(func, str):
            return func
        if getattr(func, "__self__", None) is self.spider:
            return func.__name__
        return _find_method(self.spider, func)

    def _serialise(self, request: Request) -> bytes:
        d: dict[str, Any] = {attr: getattr(request, attr) for attr in request.attributes}
        if any(k in request.meta for k in _REPLAY_META):
            d["meta"] = {k: v for k, v in request.meta.items() if k not in _REPLAY_META}
        d["callback"] = self._method_name(request.callback)
        d["errback"] = self._method_name(request.errback)
        d["headers"] = dict(request.headers)
        if type(request) is not _Request:
            d["_class"] = f"{type(request).__module__}.{type(request).__name__}"
        try:
            return pickle.dumps(d, protocol=5)
        except Exception:  # unpicklable meta from some middleware: keep what resuming needs
            d["meta"] = {k: v for k, v in d.get("meta", {}).items() if k in _SAFE_META}
            return pickle.dumps(d, protocol=5)

    def seen(self, url: str) -> bool:
        """True when ``url`` (canonical, GET) is already in the frontier: the spider skips it
        before building a Request, which is most of the cost of a link on a busy site."""
        return url in self._keys

    @_stops_when_unwritable(False)
    def enqueue_request(self, request: Request) -> bool:
        key = request_key(request)
        assert self.stats is not None
        if not request.dont_filter and key in self._keys:
            self.stats.inc_value("frontier/duplicate")
            return False
        data = self._serialise(request)
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
                (key, request.url, _host(request.url), request.priority, data),
            )
        else:
            cur = db.execute(
                "INSERT OR IGNORE INTO requests(key, url, host, state, priority, data) VALUES (?,?,?,0,?,?)",
                (key, request.url, _host(request.url), request.priority, data),
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
                _host(request.url),
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
        self._last_refill = time.monotonic()
        wanted = []
        for host, _count in self.db.execute(
            "SELECT host, COUNT(*) FROM requests WHERE state=0 GROUP BY host"
        ):
            room = self.per_host_buffer - len(self._by_host.get(host, ()))
            if room > 0:
                wanted.append((host, room))
        taken = 0
        for host, room in wanted:
            rows = self.db.execute(
                "SELECT id, data, replay, warc_file, warc_offset FROM requests WHERE state=0 AND host=? "
                "ORDER BY priority DESC, id LIMIT ?",
                (host, room),
            ).fetchall()
            if not rows:
                continue
            self.db.executemany("UPDATE requests SET state=1 WHERE id=?", [(r[0],) for r in rows])
            queue = self._by_host.get(host)
            if queue is None:
                queue = self._by_host[host] = deque()
                self._hosts.append(host)
            queue.extend(rows)
            taken += len(rows)
        self._buffered += taken
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

    @_stops_when_unwritable()
    def next_request(self) -> Request | None:
        """The next request of the onion with the longest backlog whose downloader slot has room.

        Handing out requests per site, rather than in one global order, keeps every onion busy:
        with a single queue, a burst of one site's links fills the downloader while the other
        onions wait (their politeness delay then limits the whole crawl).
        """
        if self._queued > 0 and (
            not self._buffered or time.monotonic() - self._last_refill > self.refill_interval
        ):
            self._refill()
        if not self._buffered:
            if self._queued > 0:
                self._queued = self.db.execute("SELECT COUNT(*) FROM requests WHERE state=0").fetchone()[0]
            return None
        slots = self._slots()
        # Longest backlog first: the biggest site bounds the crawl's length under a per-onion
        # rate limit, so it must never wait while smaller ones are served.
        for host in sorted(self._hosts, key=lambda h: -self._backlog.get(h, 0)):
            queue = self._by_host.get(host)
            if not queue:
                continue
            slot = slots.get(host)
            if slot is not None and (
                len(slot.active) >= max(1, slot.concurrency)
                or len(slot.queue) >= _queue_allowance(slot.delay)
            ):
                # At its concurrency, or already holding requests that wait for its politeness
                # delay: more would only sit there while other onions could use the downloader.
                continue
            row = queue.popleft()
            self._buffered -= 1
            self._backlog[host] = self._backlog.get(host, 1) - 1
            if not queue:
                del self._by_host[host]
                self._hosts.remove(host)
            _row_id, data, replay, warc_file, warc_offset = row
            request = request_from_dict(pickle.loads(data), spider=self.spider)
            if replay and warc_file:
                request.meta["onionscope_replay"] = (warc_file, warc_offset)
            return request
        return None  # every onion with work is at its concurrency: wait for a response

    def has_pending_requests(self) -> bool:
        # Unwritable: nothing more is handed out (what is pending waits in the file for the
        # resume), so the engine can only wind down, even if closing the spider failed.
        return self.unwritable is None and (self._buffered > 0 or self._queued > 0)

    def __len__(self) -> int:
        return self._buffered + self._queued

    # -- progress of pages ----------------------------------------------------------------------
    @_stops_when_unwritable()
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

    @_stops_when_unwritable()
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

    @_stops_when_unwritable()
    def _flushed(self, urls: list[str]) -> None:
        self.db.executemany(
            "UPDATE requests SET indexed=1, state=CASE WHEN done=1 THEN 3 ELSE state END "
            "WHERE url=? AND state=2",
            [(u,) for u in urls],
        )
        self._maybe_commit(force=True)

    # -- content de-duplication and revisits -----------------------------------------------------
    @_stops_when_unwritable()
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

    @_stops_when_unwritable()
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
