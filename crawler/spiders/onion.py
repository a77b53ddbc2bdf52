"""OnionSpider: crawl the scope's targets, following what the parsers' page classification says.

Starts at ``/`` of every target of the scope (plus ``CRAWL_START_URLS``). Each response is
parsed by :func:`parsers.parse_page` (or, with ``CRAWL_PARSE`` off, only its links are read: the
crawl-only mode of the benchmark); the page and its records are yielded as items, and links are
followed from pages whose type is in ``CRAWL_FOLLOW_TYPES`` (categories, listings, vendors,
threads, pagination, directories). Links to other onions are yielded too, marked
``onionscope_discovered``; the scope middleware lets them through only when the scope's
discovery allowance permits.

Interstitials (login walls, captchas, DDoS-guard queues) are recorded with their reason and not
followed; an interstitial at a site's entry marks the site blocked. An interstitial met with
analyst cookies attached means the session expired (reported as ``session_expired``).

Items: :class:`parsers.records.Page` and the records of the page, with ``scope_id``,
``warc_file``, ``warc_offset``, ``sha256`` and ``captured_at`` filled in.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request, Spider

from crawler import signals
from crawler.context import CrawlContext
from crawler.middlewares.canonical import DEFAULT_SESSION, DEFAULT_TRACKING, canonicalise
from crawler.pseudonymise import remember_names
from ethics.onion import normalise_host
from parsers import parse_page
from parsers.records import INTERSTITIAL_TYPES, Page

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from twisted.python.failure import Failure

_HREF_RE = re.compile(rb"""<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_SRC_RE = re.compile(
    rb"""<(?:img|video|audio|source|embed)\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""",
    re.IGNORECASE,
)
_BASE_RE = re.compile(rb"""<base\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
#: Statuses the spider sees itself (Scrapy's redirect middleware still handles 3xx).
HANDLED_STATUSES = list(range(400, 600))


def base_url(body: bytes, url: str) -> str:
    """What relative links of a body resolve against: its ``<base href>`` (made absolute) when the
    head sets one, else the page's URL (as :attr:`parsers.dom.Doc.base` does for parsed pages).

    >>> base_url(b'<head><base href="/forum/"></head>', "http://h.onion/forum/t/1")
    'http://h.onion/forum/'
    """
    m = _BASE_RE.search(body, 0, 16384)
    if m is None:
        return url
    raw = (m.group(1) or m.group(2) or m.group(3) or b"").decode("utf-8", "replace").strip()
    try:
        joined = urljoin(url, raw.replace("&amp;", "&")) if raw else url
    except ValueError:
        return url
    return joined if joined.startswith(("http://", "https://")) else url


def quick_links(body: bytes, base: str) -> list[str]:
    """Absolute link targets of ``<a href>`` in a body, without a DOM (crawl-only mode).

    >>> quick_links(b'<a href="/x">x</a> <A HREF=y>y</A>', "http://h.onion/a/")
    ['http://h.onion/x', 'http://h.onion/a/y']
    """
    out = []
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}"
    for m in _HREF_RE.finditer(body):
        raw = (m.group(1) or m.group(2) or m.group(3) or b"").decode("utf-8", "replace").strip()
        if not raw or raw.startswith(("#", "javascript:", "mailto:")):
            continue
        raw = raw.replace("&amp;", "&")
        if raw.startswith(("http://", "https://")):
            out.append(raw)
        elif raw[0] == "/" and raw[1:2] != "/" and "/." not in raw:
            out.append(origin + raw)  # the common case, without urljoin's full parse
        else:
            out.append(urljoin(base, raw))
    return out


def media_links(body: bytes, base: str) -> list[str]:
    """Absolute ``src`` targets of images, video, audio and embeds (fetched per the media policy).

    >>> media_links(b'<img class=x src="/img/1.png"><video src=v.mp4>', "http://h.onion/a/")
    ['http://h.onion/img/1.png', 'http://h.onion/a/v.mp4']
    """
    out = []
    for m in _SRC_RE.finditer(body):
        raw = (m.group(1) or m.group(2) or m.group(3) or b"").decode("utf-8", "replace").strip()
        if raw and not raw.startswith("data:"):
            out.append(urljoin(base, raw.replace("&amp;", "&")))
    return out


class OnionSpider(Spider):
    """One spider for every kind of onion site, steered by page classification."""

    name = "onionscope"
    #: Error pages reach the callback (recorded, not followed); 3xx stay with the redirect middleware.
    handle_httpstatus_list = HANDLED_STATUSES

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ctx: CrawlContext | None = None
        # Set from the crawler's settings in from_crawler.
        self.parse_full = True
        self.follow_types: set[str] = set()
        self.block_at_entry = True
        self.interstitials_on = True
        self.dedup = True
        self.indexing = False
        self.extra_start: list[str] = []
        self.discovery = True
        self.follow_media = False
        self.session_params: list[str] = list(DEFAULT_SESSION)
        self.tracking_params: list[str] = list(DEFAULT_TRACKING)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> OnionSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        s = crawler.settings
        spider.ctx = CrawlContext.of(crawler)
        spider.parse_full = s.getbool("CRAWL_PARSE", True)
        spider.follow_types = set(s.getlist("CRAWL_FOLLOW_TYPES"))
        spider.block_at_entry = s.getbool("INTERSTITIAL_BLOCK_AT_ENTRY", True)
        spider.interstitials_on = s.getbool("INTERSTITIAL_ENABLED", True)
        spider.dedup = s.getbool("DEDUP_CONTENT_ENABLED", True)
        spider.indexing = bool(s.get("INDEX_TARGET"))
        spider.extra_start = s.getlist("CRAWL_START_URLS")
        spider.discovery = s.getbool("CRAWL_DISCOVERY", True)
        spider.session_params = s.getlist("CANONICAL_SESSION_PARAMS") or list(DEFAULT_SESSION)
        spider.tracking_params = s.getlist("CANONICAL_TRACKING_PARAMS") or list(DEFAULT_TRACKING)
        spider.follow_media = spider.ctx.policy.scope.media != "none"
        return spider

    # -- requests -------------------------------------------------------------------------------
    def _request(self, url: str, depth: int | None = None, parent: str | None = None) -> Request:
        assert self.ctx is not None
        host = normalise_host(urlsplit(url).hostname or "")
        meta: dict[str, Any] = {"onionscope_discovered": self.ctx.policy.scope.target(host) is None}
        if depth is not None:
            meta["depth"] = depth
        return Request(url, callback=self.parse, errback=self.failed, meta=meta, dont_filter=False)

    async def start(self) -> AsyncIterator[Request]:
        assert self.ctx is not None
        for target in self.ctx.policy.scope.targets:
            yield self._request(f"{target.scheme}://{target.onion}/", depth=0)
        for url in self.extra_start:
            yield self._request(url, depth=0)

    # -- responses ------------------------------------------------------------------------------
    @property
    def frontier(self) -> Any:
        return getattr(self.crawler, "_onionscope_frontier", None)

    def _done(self, url: str, indexed: bool) -> None:
        self.crawler.signals.send_catch_log(signals.page_done, url=url, indexed=indexed)

    def parse(self, response: Response) -> Iterator[Any]:
        assert self.ctx is not None and self.crawler.stats is not None
        stats = self.crawler.stats
        url = response.url
        meta = response.meta
        warc = meta.get("onionscope_warc") or {}
        verdict = meta.get("onionscope_verdict")
        sha = warc.get("sha256")
        site = normalise_host(urlsplit(url).hostname or "")
        depth = int(meta.get("depth", 0))
        stats.inc_value("crawler/pages")
        frontier = self.frontier
        if sha and frontier is not None and (verdict is None or verdict.keep_body):
            previous = frontier.previous_sha256(url)
            if previous is not None and previous == sha:
                stats.inc_value("crawler/revisit/unchanged")
                self._done(url, False)
                return
            if previous is not None:
                stats.inc_value("crawler/revisit/changed")
            if self.dedup and 200 <= response.status < 300 and frontier.first_with_content(sha, url):
                stats.inc_value("crawler/dedup/content")
                kind = frontier.content_page_type(sha)
                if kind in INTERSTITIAL_TYPES and self.interstitials_on:
                    # Same wall as elsewhere (a mirror's login page): still a wall met here.
                    self._interstitial(kind, url, site, depth, bool(meta.get("onionscope_session")))
                self._done(url, False)
                return
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1") or None
        captured_at: str | None = warc.get("captured_at")
        if verdict is not None and not verdict.keep_body:
            page = Page(
                url=url,
                site=site,
                page_type="other",
                status=response.status,
                content_type=content_type,
                mime=verdict.mime,
                sha256=verdict.sha256,
                warc_file=warc.get("file"),
                warc_offset=warc.get("offset"),
                error=f"media {verdict.action}: {verdict.reason}",
                scope_id=self.ctx.scope_id,
                captured_at=captured_at,
            )
            yield page
            self._done(url, True)
            return
        if self.parse_full:
            result = parse_page(
                response.body,
                url=url,
                content_type=content_type,
                captured_at=captured_at,
                status=response.status,
            )
            page, records = result.page, result.records
        else:
            page = Page(
                url=url,
                site=site,
                status=response.status,
                content_type=content_type,
                size=len(response.body),
                links=quick_links(response.body, base_url(response.body, url)),
            )
            records = []
        page.scope_id = self.ctx.scope_id
        page.captured_at = page.captured_at or captured_at
        page.warc_file, page.warc_offset = warc.get("file"), warc.get("offset")
        page.sha256 = sha or page.sha256
        page.status = response.status
        if verdict is not None:
            page.mime = verdict.mime
        for rec in records:
            for key, value in (
                ("scope_id", page.scope_id),
                ("site", site),
                ("url", url),
                ("captured_at", page.captured_at),
            ):
                if getattr(rec, key, None) is None:
                    setattr(rec, key, value)
        remember_names(self.ctx, records)  # before the page: its text is scrubbed of them too
        stats.inc_value(f"crawler/page_type/{page.page_type}")
        if sha and frontier is not None and self.dedup:
            frontier.note_page_type(sha, page.page_type)
        yield page
        yield from records
        if page.page_type in INTERSTITIAL_TYPES and self.interstitials_on:
            self._interstitial(page.page_type, url, site, depth, bool(meta.get("onionscope_session")))
        elif 200 <= response.status < 300 and page.page_type in self.follow_types:
            links = list(page.links)
            if page.next_page:
                links.append(page.next_page)
            if self.follow_media:
                links.extend(media_links(response.body, base_url(response.body, url)))
            seen: set[str] = set()
            targets = self.ctx.policy.scope
            known = frontier.seen if frontier is not None else None
            for link in links:
                if not link.startswith(("http://", "https://")):
                    continue
                link = canonicalise(link, self.session_params, self.tracking_params)
                if link in seen:
                    continue
                seen.add(link)
                if known is not None and known(link):
                    # Already queued or fetched: skip it before a Request is even built.
                    continue
                if not self.discovery and targets.target(urlsplit(link).hostname or "") is None:
                    continue
                yield self._request(link)
        self._done(url, True)

    def _interstitial(self, kind: str, url: str, site: str, depth: int, with_session: bool) -> None:
        assert self.ctx is not None and self.crawler.stats is not None
        reason = "session_expired" if with_session else kind
        entry = depth == 0 or urlsplit(url).path in ("", "/")
        self.ctx.interstitials.append(
            {
                "site": site,
                "url": url,
                "kind": kind,
                "reason": reason,
                "site_blocked": entry and self.block_at_entry,
            }
        )
        self.ctx.liveness.record_wall(site, url, reason)
        self.crawler.stats.inc_value(f"crawler/interstitial/{reason}")
        if (entry and self.block_at_entry) or with_session:
            self.ctx.liveness.mark_blocked(site, reason, url)
            self.logger.warning("site %s blocked by %s at %s: not crawled further", site, reason, url)

    def failed(self, failure: Failure) -> None:
        """Errback: count failures by class (scope denials and skips are expected, not errors)."""
        assert self.crawler.stats is not None
        exc = failure.value
        key = getattr(exc, "key", None) or getattr(exc, "reason", None) or type(exc).__name__
        kind = (
            "ignored"
            if type(exc).__name__ in ("ScopeDenied", "SiteUnavailable", "ContentStopped")
            else "error"
        )
        self.crawler.stats.inc_value(f"crawler/{kind}/{key}")
