"""The crawl frontier's file: row states, schema, and requests stored as rows.

    >>> from scrapy import Request
    >>> db = connect(":memory:")
    >>> [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    ['content', 'requests', 'sqlite_sequence', 'unrecorded']
    >>> request_key(Request("http://x.onion/a")), host_of("http://x.onion/a")
    ('http://x.onion/a', 'x.onion')
    >>> request = Request("http://x.onion/a", meta={"depth": 2, "onionscope_replay": ("a.warc.gz", 7)})
    >>> again = deserialise(serialise(request, None), None)
    >>> again.url, again.meta
    ('http://x.onion/a', {'depth': 2})

Every URL is one row of table ``requests`` with a state (:data:`QUEUED` -> :data:`INFLIGHT` ->
:data:`FETCHED` -> :data:`DONE`); table ``content`` remembers the first URL of each body (de-
duplication), table ``unrecorded`` the captures whose row a crash lost
(:mod:`crawler.frontier_recovery`). A request is stored as the pickle of its dict (callbacks by
spider method name), without the meta that only says it was answered from WARC.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import Request as _Request
from scrapy.http.request import _find_method
from scrapy.utils.request import request_from_dict

if TYPE_CHECKING:
    from scrapy import Request, Spider

QUEUED, INFLIGHT, FETCHED, DONE = 0, 1, 2, 3

SCHEMA = """
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

SAFE_META = (
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
#: own row says whether a request is replayed (:meth:`crawler.frontier.FrontierScheduler.next_request`).
REPLAY_META = ("onionscope_replay", "onionscope_replayed")


def connect(path: str) -> sqlite3.Connection:
    """Open (or create) a frontier file: WAL journal, one deferred transaction at a time."""
    db = sqlite3.connect(path, isolation_level="DEFERRED")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.executescript(SCHEMA)
    return db


def host_of(url: str) -> str:
    return urlsplit(url).hostname or ""


def request_key(request: Request) -> str:
    """The frontier's identity of a request: the URL for GET, else method, URL and body hash."""
    if request.method == "GET" and not request.body:
        return request.url
    return f"{request.method} {request.url} {hashlib.sha256(request.body).hexdigest()[:16]}"


def method_name(spider: Spider | None, func: Any) -> Any:
    """The spider method name of a bound callback, cheaply (Request.to_dict scans the spider)."""
    if func is None or isinstance(func, str):
        return func
    if getattr(func, "__self__", None) is spider:
        return func.__name__
    return _find_method(spider, func)


def serialise(request: Request, spider: Spider | None) -> bytes:
    d: dict[str, Any] = {attr: getattr(request, attr) for attr in request.attributes}
    if any(k in request.meta for k in REPLAY_META):
        d["meta"] = {k: v for k, v in request.meta.items() if k not in REPLAY_META}
    d["callback"] = method_name(spider, request.callback)
    d["errback"] = method_name(spider, request.errback)
    d["headers"] = dict(request.headers)
    if type(request) is not _Request:
        d["_class"] = f"{type(request).__module__}.{type(request).__name__}"
    try:
        return pickle.dumps(d, protocol=5)
    except Exception:  # unpicklable meta from some middleware: keep what resuming needs
        d["meta"] = {k: v for k, v in d.get("meta", {}).items() if k in SAFE_META}
        return pickle.dumps(d, protocol=5)


def deserialise(data: bytes, spider: Spider | None) -> Request:
    """The request a row stores (its callbacks bound to ``spider`` again)."""
    return request_from_dict(pickle.loads(data), spider=spider)
