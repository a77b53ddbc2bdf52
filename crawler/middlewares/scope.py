"""ScopeMiddleware: the ethics Policy decides every request before any I/O.

Downloader middleware (order 50). Reads ``SCOPE_FILE`` through :class:`crawler.context.CrawlContext`.
A denied request raises :class:`ScopeDenied` (an ``IgnoreRequest``) and is audit-logged by the
policy with its reason; an allowed one gets ``request.meta["onionscope_scope"] = "allowed"``.
When the spider closes, the end of the crawl is written to the audit log with its reason and
counts, so a legal officer's report shows every crawl as started *and* ended.

Stats: ``ethics/allowed``, ``ethics/denied``, ``ethics/blocked/<reason>``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import IgnoreRequest

from crawler.context import CrawlContext
from crawler.stop import stop_crawl
from ethics.errors import AuditWriteError

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler

#: File extensions that announce media before any byte is fetched (the scope may forbid media).
MEDIA_EXTENSIONS = (
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".webp",
    ".bmp",
    ".svg",
    ".ico",
    ".mp4",
    ".webm",
    ".avi",
    ".mov",
    ".mkv",
    ".mp3",
    ".ogg",
    ".wav",
    ".flac",
    ".pdf",
)

logger = logging.getLogger(__name__)


class NotAudited(IgnoreRequest):
    """The request's audit entry could not be written: it is not sent (the crawl stops)."""

    key = "not_audited"


class ScopeDenied(IgnoreRequest):
    """The scope does not allow this request; ``reason`` is an ethics policy reason code."""

    def __init__(self, url: str, reason: str, message: str) -> None:
        super().__init__(f"{reason}: {url} ({message})")
        self.url, self.reason = url, reason


def looks_like_media(url: str) -> bool:
    """True when the URL's path ends in a media extension."""
    return urlsplit(url).path.lower().endswith(MEDIA_EXTENSIONS)


class ScopeMiddleware:
    """Ask :meth:`ethics.policy.Policy.check` for every request; refuse what it denies."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.ctx = CrawlContext.of(crawler)
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ScopeMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def spider_closed(self, spider: object, reason: str) -> None:
        stats = self.stats.get_stats() if self.stats is not None else {}
        counts = {key.split("/", 1)[1]: value for key, value in stats.items()
                  if key in ("ethics/allowed", "ethics/denied")}
        counts["responses"] = int(stats.get("downloader/response_count", 0))
        try:
            self.ctx.policy.finish(reason, details=counts)
        except AuditWriteError as exc:
            logger.error("the end of the crawl is not in the audit log: %s", exc)

    def process_request(self, request: Request) -> None:
        if request.meta.get("onionscope_replay"):
            # Served from our own WARC after a resume: admitted before the crash, no network.
            request.meta["onionscope_scope"] = "allowed"
            request.meta["onionscope_scope_id"] = self.ctx.scope_id
            return None
        try:
            decision = self.ctx.policy.check(
                request.url,
                depth=int(request.meta.get("depth", 0)),
                discovered=bool(request.meta.get("onionscope_discovered", False)),
                media=looks_like_media(request.url),
                authenticated=bool(request.meta.get("onionscope_session", False)),
            )
        except AuditWriteError as exc:
            # No request leaves without its audit entry; none can be written, so the crawl ends.
            stop_crawl(self.crawler, str(exc))
            raise NotAudited(str(exc)) from None
        assert self.stats is not None
        if not decision.allowed:
            self.stats.inc_value("ethics/denied")
            self.stats.inc_value(f"ethics/blocked/{decision.reason}")
            request.meta["onionscope_scope"] = "denied"
            raise ScopeDenied(request.url, decision.reason, decision.message)
        self.stats.inc_value("ethics/allowed")
        request.meta["onionscope_scope"] = "allowed"
        request.meta["onionscope_scope_id"] = self.ctx.scope_id
        return None
