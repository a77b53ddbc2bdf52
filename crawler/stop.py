"""stop_crawl: end a crawl that cannot go on safely (captures, audit entries or the frontier cannot
be written), once, with the reason the summary and ``onionscope crawl`` report in one line::

    from crawler.stop import stop_crawl
    stop_crawl(crawler, "cannot write to /data/warc/x.warc.gz: No space left on device")

The spider closes with reason ``storage_error``; requests in flight finish or fail, and every page
that was not archived stays unanswered in the frontier, so the resumed crawl fetches it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from crawler.context import CrawlContext

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

#: The spider's close reason when the crawl had to stop.
REASON = "storage_error"


def stop_crawl(crawler: Crawler, message: str) -> None:
    """Record ``message`` as the crawl's fatal error (the first one wins) and close the spider."""
    ctx = CrawlContext.of(crawler)
    if ctx.fatal is not None:
        return
    ctx.fatal = message
    logger.error("crawl stopped: %s", message)
    try:
        engine = crawler.engine
    except RuntimeError:  # no crawl running (a frontier or writer used on its own: tools, tests)
        return
    if engine is None or engine.spider is None:
        return
    from scrapy.utils.defer import deferred_from_coro

    deferred_from_coro(engine.close_spider_async(reason=REASON)).addErrback(
        lambda failure: logger.error("cannot stop the crawl: %s", failure.getErrorMessage())
    )
