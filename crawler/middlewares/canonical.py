"""URL canonicalisation: session ids and tracking parameters out, before the frontier sees a URL.

Spider middleware (order 960: the first to see the spider's output). Two links to the same page
that differ only by ``?sid=...``, ``utm_*`` or a ``#fragment`` become one URL, so the frontier's
duplicate filter sees one page. Path-embedded session ids (``;jsessionid=...``,
``/s/<32 hex>/``) are removed too.

    >>> canonicalise("http://X.onion:80/a;jsessionid=AB12/b?utm_source=x&id=3&sid=f00#top")
    'http://x.onion/a/b?id=3'
    >>> canonicalise("http://x.onion/s/0123456789abcdef0123456789abcdef/forum?b=2&a=1&next=/x")
    'http://x.onion/forum?b=2&a=1&next=/x'

Settings: ``CANONICAL_ENABLED``, ``CANONICAL_SESSION_PARAMS``, ``CANONICAL_TRACKING_PARAMS``.
Stats: ``canonical/rewritten``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import AsyncIterator, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_plus, urlsplit, urlunsplit

from scrapy import Request
from scrapy.exceptions import NotConfigured

from crawler import settings

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response

#: The defaults of the CANONICAL_* settings (crawler/settings.py holds them once).
DEFAULT_SESSION = tuple(settings.CANONICAL_SESSION_PARAMS)
DEFAULT_TRACKING = tuple(settings.CANONICAL_TRACKING_PARAMS)
_PATH_SESSION_RE = re.compile(r";(?:jsessionid|phpsessid|sid)=[^/?#]*", re.IGNORECASE)
_PATH_TOKEN_RE = re.compile(r"/(?:s|sid|session)/[0-9a-f]{16,64}(?=/|$)", re.IGNORECASE)


def canonicalise(
    url: str, session: Iterable[str] = DEFAULT_SESSION, tracking: Iterable[str] = DEFAULT_TRACKING
) -> str:
    """The canonical form of a URL: lower-case host, no default port, no session or tracking
    parameters, no fragment. The query keeps its order: some sites route on the raw query string.

    Cached: the same menu and footer links come back on every page of a site.
    """
    return _cached(url, tuple(session), tuple(tracking))


@functools.lru_cache(maxsize=65536)
def _cached(url: str, session: tuple[str, ...], tracking: tuple[str, ...]) -> str:
    return _canonicalise(url, session, tracking)


def _canonicalise(url: str, session: tuple[str, ...], tracking: tuple[str, ...]) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, 80 if parts.scheme == "http" else 443) else f"{host}:{port}"
    path = _PATH_TOKEN_RE.sub("", _PATH_SESSION_RE.sub("", parts.path)) or "/"
    drop = {s.lower() for s in session}
    prefixes = tuple(t.lower() for t in tracking)
    # Pairs are filtered on the raw query text, never re-encoded: some sites route on the exact
    # query string (``?next=/`` works where ``?next=%2F`` is a 404).
    kept = []
    for pair in parts.query.split("&") if parts.query else []:
        key = unquote_plus(pair.split("=", 1)[0]).lower()
        if not pair or key in drop or key in prefixes or key.startswith(prefixes):
            continue
        kept.append(pair)
    query = "&".join(kept)
    return urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


class CanonicalMiddleware:
    """Rewrite every request the spider yields (and start requests) to its canonical URL."""

    def __init__(self, session: list[str], tracking: list[str], stats: Any) -> None:
        self.session, self.tracking, self.stats = session, tracking, stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CanonicalMiddleware:
        s = crawler.settings
        if not s.getbool("CANONICAL_ENABLED", True):
            raise NotConfigured("CANONICAL_ENABLED is off")
        return cls(
            s.getlist("CANONICAL_SESSION_PARAMS") or list(DEFAULT_SESSION),
            s.getlist("CANONICAL_TRACKING_PARAMS") or list(DEFAULT_TRACKING),
            crawler.stats,
        )

    def _fix(self, item: Any) -> Any:
        if isinstance(item, Request) and not item.meta.get("onionscope_replay"):
            url = canonicalise(item.url, self.session, self.tracking)
            if url != item.url:
                self.stats.inc_value("canonical/rewritten")
                return item.replace(url=url)
        return item

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for item in start:
            yield self._fix(item)

    async def process_spider_output(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        async for item in result:
            yield self._fix(item)
