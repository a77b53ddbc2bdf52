"""ProgressExtension: one progress line on stderr every ``PROGRESS_INTERVAL`` seconds.

    [crawl]  120 s  4210 pages  35.1 p/s  queue 812  denied 95  errors 3  dead 1  blocked 2

Enabled with ``PROGRESS_ENABLED`` (``onionscope crawl --progress``).
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any

from scrapy import signals
from twisted.internet import task

from crawler.errors import not_configured

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class ProgressExtension:
    """Periodic progress report of a long crawl."""

    def __init__(self, crawler: Crawler, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None
        self._last: tuple[int, ...] = ()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressExtension:
        if not crawler.settings.getbool("PROGRESS_ENABLED"):
            raise not_configured(cls, "PROGRESS_ENABLED is off")
        ext = cls(crawler, crawler.settings.getfloat("PROGRESS_INTERVAL", 5.0))
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self) -> None:
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.report)
        self.loop.start(self.interval, now=False)

    def counts(self) -> tuple[int, int, int, int, int, int]:
        """(pages, queue, denied, errors, dead, blocked) so far."""
        stats: dict[str, Any] = self.crawler.stats.get_stats() if self.crawler.stats else {}
        pages = int(stats.get("warc/records", 0)) + int(stats.get("warc/metadata", 0))
        frontier = getattr(self.crawler, "_onionscope_frontier", None)
        queue = len(frontier) if frontier is not None else 0
        errors = sum(v for k, v in stats.items() if k.startswith("tor/error_count/"))
        dead = int(stats.get("liveness/failed/dead", 0))
        blocked = sum(v for k, v in stats.items() if k.startswith("crawler/interstitial/"))
        return pages, queue, int(stats.get("ethics/denied", 0)), errors, dead, blocked

    def line(self, counts: tuple[int, int, int, int, int, int] | None = None) -> str:
        pages, queue, denied, errors, dead, blocked = counts or self.counts()
        elapsed = time.monotonic() - self.started
        rate = pages / elapsed if elapsed > 0 else 0.0
        return (
            f"[crawl] {elapsed:5.0f} s {pages:6d} pages {rate:6.1f} p/s  queue {queue}  "
            f"denied {denied}  errors {errors}  dead {dead}  blocked {blocked}"
        )

    def report(self) -> None:
        counts = self.counts()
        if counts != self._last:  # the closing report right after a periodic one says nothing new
            print(self.line(counts), file=sys.stderr, flush=True)
            self._last = counts

    def closed(self) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.report()
