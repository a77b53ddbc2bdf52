"""IndexPipeline: the Scrapy item pipeline that writes the crawl's records to the index.

Enabled by ``onionscope crawl --index TARGET`` (``INDEX_TARGET``; any target of
:func:`index.open_index`). Records are added in batches of ``INDEX_BATCH_SIZE`` and flushed;
after each flush the pipeline sends :data:`crawler.signals.records_flushed` with the page URLs
whose records are now durable, so the crawl frontier can mark those pages final (a crash before
the flush replays them from WARC on resume instead of losing them)::

    ITEM_PIPELINES = {"onionscope.pipeline.IndexPipeline": 900}
    INDEX_TARGET = "sqlite:///tmp/case17.sqlite"

A cluster that is down (at the start or during the crawl) does not stop the crawl: records go to
the spool under ``<ONIONSCOPE_HOME>/spool`` (fsynced, so the pages still count as durable) and
are replayed by the next open that reaches the cluster or by ``onionscope index replay``.

Stats: ``index/added``, ``index/flushes``, ``index/spooled`` (records waiting in the spool).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy.exceptions import NotConfigured

from crawler import signals
from ethics.paths import home
from index import open_index
from parsers.records import Page

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class IndexPipeline:
    """Batch records into ``index.open_index(INDEX_TARGET)``; flush on batch and on close."""

    def __init__(
        self, crawler: Crawler, target: str, batch_size: int = 200, data_dir: str | None = None
    ) -> None:
        self.crawler = crawler
        self.target = target
        self.batch_size = batch_size
        self.data_dir = data_dir
        self.index: Any = None
        self._batch: list[Any] = []
        self._urls: list[str] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IndexPipeline:
        target = crawler.settings.get("INDEX_TARGET")
        if not target:
            raise NotConfigured("INDEX_TARGET is not set")
        return cls(
            crawler,
            str(target),
            crawler.settings.getint("INDEX_BATCH_SIZE", 200),
            crawler.settings.get("ONIONSCOPE_HOME"),
        )

    def open_spider(self, spider: Any = None) -> None:
        # a down cluster spools instead of failing the crawl (SQLite targets ignore this)
        self.index = open_index(self.target, spool_when_down=True, spool_path=home(self.data_dir) / "spool")

    def process_item(self, item: Any, spider: Any = None) -> Any:
        self._batch.append(item)
        if isinstance(item, Page) and item.url:
            self._urls.append(item.url)
        if len(self._batch) >= self.batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        """Add the pending records, make them durable, tell the frontier which pages they cover."""
        if not self._batch or self.index is None:
            return
        batch, urls = self._batch, self._urls
        self._batch, self._urls = [], []
        self.index.add(batch)
        self.index.flush()
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value("index/added", len(batch))
            stats.inc_value("index/flushes")
            stats.set_value("index/spooled", getattr(self.index, "spooled", 0))
        self.crawler.signals.send_catch_log(signals.records_flushed, urls=urls)

    def close_spider(self, spider: Any = None) -> None:
        try:
            self.flush()
        finally:
            if self.index is not None:
                self.index.close()
                self.index = None
