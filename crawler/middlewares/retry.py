"""OnionRetryMiddleware: retries with exponential backoff, per Tor error class.

Replaces Scrapy's RetryMiddleware (order 550). ``TOR_RETRY_TIMES`` maps an error key of
:mod:`crawler.errors` (``intro_failed``, ``rendezvous_failed``, ``timeout``...) to a number of
retries; the delay before retry ``n`` is ``TOR_RETRY_BACKOFF_BASE * 2**n`` seconds, capped at
``TOR_RETRY_BACKOFF_MAX``. HTTP statuses are never retried: an answer is an answer, and a site
that says "busy" is not hammered. Meta: ``onionscope_retry_count``, ``onionscope_max_retries``
(per-request override), ``dont_retry``.

Stats: ``tor/retry/<key>``, ``tor/retry_max_reached/<key>``.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from crawler.errors import TorError

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler


def retry_delay(attempt: int, base: float, cap: float) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    >>> [retry_delay(n, 1.0, 5.0) for n in range(4)]
    [1.0, 2.0, 4.0, 5.0]
    """
    return float(min(cap, base * 2**attempt))


class OnionRetryMiddleware:
    """Retry transient Tor failures, each class with its own budget."""

    def __init__(self, retry_times: dict[str, int], base: float, cap: float, stats: object) -> None:
        self.retry_times = retry_times
        self.base, self.cap = base, cap
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OnionRetryMiddleware:
        s = crawler.settings
        return cls(
            {k: int(v) for k, v in s.getdict("TOR_RETRY_TIMES").items()},
            s.getfloat("TOR_RETRY_BACKOFF_BASE", 1.0),
            s.getfloat("TOR_RETRY_BACKOFF_MAX", 30.0),
            crawler.stats,
        )

    async def process_exception(self, request: Request, exception: Exception) -> Request | None:
        if not isinstance(exception, TorError) or request.meta.get("dont_retry"):
            return None
        key = exception.key
        attempt = int(request.meta.get("onionscope_retry_count", 0))
        budget = int(request.meta.get("onionscope_max_retries", self.retry_times.get(key, 0)))
        if attempt >= budget:
            if budget:
                self.stats.inc_value(f"tor/retry_max_reached/{key}")  # type: ignore[attr-defined]
            return None
        self.stats.inc_value(f"tor/retry/{key}")  # type: ignore[attr-defined]
        await asyncio.sleep(retry_delay(attempt, self.base, self.cap))
        retry = request.copy()
        retry.meta["onionscope_retry_count"] = attempt + 1
        retry.dont_filter = True
        retry.priority = request.priority + 1
        return retry
