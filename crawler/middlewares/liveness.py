"""LivenessMiddleware: skip onions that are dead, down or blocked; record every outcome.

Downloader middleware (order 60, after the scope). Failures reach it only once the retry
middleware (550) gave up, so one record per exhausted request. A non-transient onion error
(descriptor not found, bad address, client auth) marks the onion ``dead``; transient ones mark
it ``down``; both back off exponentially (:mod:`crawler.liveness`).

Stats: ``liveness/skipped/<state>``, ``liveness/failed/<state>``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured

from crawler.context import CrawlContext
from crawler.errors import TorError, TorUnavailable
from ethics.onion import normalise_host

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


class SiteUnavailable(IgnoreRequest):
    """The onion is in backoff (dead or down) or blocked by an interstitial."""


def onion_of(url: str) -> str:
    return normalise_host(urlsplit(url).hostname or "")


class LivenessMiddleware:
    """Consult and feed :class:`crawler.liveness.LivenessStore`."""

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("LIVENESS_ENABLED", True):
            raise NotConfigured("LIVENESS_ENABLED is off")
        self.store = CrawlContext.of(crawler).liveness
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LivenessMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if request.meta.get("onionscope_replay"):
            return None
        ok, reason = self.store.available(onion_of(request.url))
        if not ok:
            assert self.stats is not None
            self.stats.inc_value(f"liveness/skipped/{reason.split(':', 1)[0]}")
            raise SiteUnavailable(f"{reason}: {request.url}")
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        if not request.meta.get("onionscope_replayed"):
            self.store.record_up(onion_of(request.url))
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        # The tor client itself failing says nothing about the onion.
        if isinstance(exception, TorError) and not isinstance(exception, TorUnavailable):
            onion = onion_of(request.url)
            assert self.stats is not None
            if exception.transient and self.store.recently_up(onion):
                # One page failing on a site that answers is not the site being down.
                self.stats.inc_value("liveness/transient_on_live_site")
                return None
            record = self.store.record_failure(onion, exception.key, dead=not exception.transient)
            self.stats.inc_value(f"liveness/failed/{record['state']}")
        return None
