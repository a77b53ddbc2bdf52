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

import logging
from typing import TYPE_CHECKING, Any

from crawler import signals
from crawler.context import CrawlContext
from crawler.errors import not_configured
from crawler.stop import stop_crawl
from ethics import stores
from ethics.paths import home
from index import open_index
from index.errors import IndexBackendError
from onionscope.rescrub import rescrub
from parsers.records import Page

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


logger = logging.getLogger(__name__)

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
            raise not_configured(cls, "INDEX_TARGET is not set")
        return cls(
            crawler,
            str(target),
            crawler.settings.getint("INDEX_BATCH_SIZE", 200),
            crawler.settings.get("ONIONSCOPE_HOME"),
        )

    def open_spider(self, spider: Any = None) -> None:
        stores.register(home(self.data_dir), "index", self.target)  # retention must reach it
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
        try:
            self.index.add(batch)
            self.index.flush()
        except IndexBackendError as exc:
            # Not flushed, so its pages are not final: the resumed crawl indexes them from WARC.
            stop_crawl(self.crawler, f"the index could not be written: {exc}")
            return
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value("index/added", len(batch))
            stats.inc_value("index/flushes")
            stats.set_value("index/spooled", getattr(self.index, "spooled", 0))
        self.crawler.signals.send_catch_log(signals.records_flushed, urls=urls)

    def close_spider(self, spider: Any = None) -> None:
        try:
            self.flush()
            if self.index is not None:
                rescrub_late_names(self.crawler, self.index)
        finally:
            if self.index is not None:
                self.index.close()
                self.index = None


def _late_names(crawler: Crawler) -> CrawlContext | None:
    # No context: no component of this crawl looked at a scope, so nothing was pseudonymised.
    ctx = CrawlContext.current(crawler)
    if ctx is None or not ctx.policy.scope.personal_data.pseudonymise_non_targets or not len(ctx.user_names):
        return None
    return ctx


def rescrub_late_names(crawler: Crawler, index: Any) -> None:
    """At the end of a crawl that pseudonymises, scrub the scope's indexed free text again with
    every name the crawl learnt (:mod:`onionscope.rescrub`). Stats: ``ethics/rescrubbed``."""
    ctx = _late_names(crawler)
    if ctx is None:
        return
    if ctx.fatal is not None:
        # The crawl stopped because its data could not be written: nothing more is written now.
        logger.error("indexed text not scrubbed again of late names: the crawl stopped (%s)", ctx.fatal)
        return
    policy = ctx.policy

    def scrub(text: str) -> str:
        return str(policy.pseudonymise({"text": text}, fields=(), names=ctx.user_names)["text"])

    try:
        result = rescrub(index, scrub, scope_id=policy.scope.id)
    except IndexBackendError as exc:
        logger.error("indexed text not scrubbed again of late names: %s", exc)
        return
    if crawler.stats is not None:
        crawler.stats.set_value("ethics/rescrubbed", result.changed)


# --- the same stages in a worker process ----------------------------------------------------------

_SENTINEL = None


class _Failed:
    """What a worker that cannot go on sends back before it exits: one line saying why."""

    def __init__(self, message: str) -> None:
        self.message = message


def _worker_main(
    stages: list[str], settings: dict[str, Any], target: str | None, inbox: Any, outbox: Any, parent: int
) -> None:
    """Child process: run :func:`_work`; an error it cannot recover from (the index cannot be opened
    or written: disk full, bad target) goes back as one line, not as a traceback on stderr."""
    try:
        _work(stages, settings, target, inbox, outbox, parent)
    except Exception as exc:  # the parent stops the crawl with this line
        outbox.put(_Failed(f"the enrichment and index worker stopped: {exc}"))
        outbox.put(_SENTINEL)
        raise SystemExit(1) from None


def _work(
    stages: list[str], settings: dict[str, Any], target: str | None, inbox: Any, outbox: Any, parent: int
) -> None:
    """Run the enrichment stages and the index on batches of records.

    Each batch is ``(records, page_urls)``; after the index flushed it, the page URLs go back on
    ``outbox`` so the crawl frontier can mark those pages final.
    """
    import signal

    from scrapy.exceptions import DropItem
    from scrapy.utils.misc import load_object

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop (it drains us)
    pipes = [load_object(path).from_settings(settings) for path in stages]
    spool = home(settings.get("ONIONSCOPE_HOME")) / "spool"
    index = open_index(target, spool_when_down=True, spool_path=spool) if target else None
    import os
    import queue as queue_mod

    try:
        while True:
            try:
                batch = inbox.get(timeout=1.0)
            except queue_mod.Empty:
                if os.getppid() != parent:  # the crawler was killed: nothing more will come
                    break
                continue
            if batch is _SENTINEL:
                break
            records, urls = batch
            kept = []
            for record in records:
                try:
                    for pipe in pipes:
                        record = pipe.process_item(record)
                except DropItem:
                    continue
                kept.append(record)
            if index is not None and kept:
                index.add(kept)
                index.flush()
            outbox.put((len(kept), urls))
    finally:
        if index is not None:
            index.close()
        outbox.put(_SENTINEL)


class WorkerPipeline:
    """Enrichment stages and the index in a separate process, fed in batches.

    Parsing stays in the crawler (the spider needs page types to decide what to follow), while
    enrichment (language detection, entity validation...) and indexing, most of the CPU of a page,
    run on another core. Settings: ``PIPELINE_WORKER_STAGES`` (class paths of record pipelines with
    ``from_settings``, in order), ``INDEX_TARGET``, ``INDEX_BATCH_SIZE``. Backpressure: at most
    ``PIPELINE_WORKER_QUEUE`` batches wait; beyond that the crawl waits for the worker.

    Stats: ``index/added``, ``index/flushes``, ``pipeline/worker_batches``.
    """

    def __init__(
        self, crawler: Crawler, stages: list[str], target: str | None, batch_size: int, queue_size: int
    ) -> None:
        self.crawler = crawler
        self.stages = stages
        self.target = target
        self.batch_size = batch_size
        self.queue_size = queue_size
        self._batch: list[Any] = []
        self._urls: list[str] = []
        self._proc: Any = None
        self._inbox: Any = None
        self._outbox: Any = None
        self._pending = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WorkerPipeline:
        s = crawler.settings
        stages = s.getlist("PIPELINE_WORKER_STAGES")
        target = s.get("INDEX_TARGET")
        if not stages and not target:
            raise not_configured(cls, "no enrichment stage and no index target")
        return cls(
            crawler,
            stages,
            str(target) if target else None,
            s.getint("INDEX_BATCH_SIZE", 200),
            s.getint("PIPELINE_WORKER_QUEUE", 8),
        )

    def open_spider(self, spider: Any = None) -> None:
        import multiprocessing
        import os

        if self.target:
            stores.register(home(self.crawler.settings.get("ONIONSCOPE_HOME")), "index", self.target)
        ctx = multiprocessing.get_context("spawn")  # no fork of a process with reactor threads
        self._inbox = ctx.Queue(self.queue_size)
        self._outbox = ctx.Queue()
        plain = {
            k: v
            for k, v in self.crawler.settings.copy_to_dict().items()
            if isinstance(v, str | int | float | bool | type(None) | list | dict)
        }
        self._proc = ctx.Process(
            target=_worker_main,
            name="onionscope-pipeline",
            args=(self.stages, plain, self.target, self._inbox, self._outbox, os.getpid()),
            daemon=True,
        )
        self._proc.start()

    def process_item(self, item: Any, spider: Any = None) -> Any:
        self._batch.append(item)
        if isinstance(item, Page) and item.url:
            self._urls.append(item.url)
        if len(self._batch) >= self.batch_size:
            self._send()
        self._drain(block=False)
        return item

    def _send(self) -> None:
        if not self._batch:
            return
        if self._proc is not None and not self._proc.is_alive():
            # Its pages are in WARC and not marked indexed: the resumed crawl indexes them again.
            self._drain(block=False)
            stop_crawl(self.crawler, f"the pipeline worker stopped (exit code {self._proc.exitcode})")
            self._batch, self._urls = [], []
            return
        self._inbox.put((self._batch, self._urls))
        self._pending += 1
        self._batch, self._urls = [], []

    def _drain(self, block: bool) -> bool:
        """Collect acknowledgements; with ``block``, until the worker has exited. True at its end."""
        import queue as queue_mod

        stats = self.crawler.stats
        while True:
            try:
                msg = self._outbox.get(timeout=1.0) if block else self._outbox.get_nowait()
            except queue_mod.Empty:
                if block and self._proc is not None and self._proc.is_alive():
                    continue
                return False
            if msg is _SENTINEL:
                return True
            if isinstance(msg, _Failed):
                stop_crawl(self.crawler, msg.message)
                continue
            added, urls = msg
            self._pending -= 1
            if stats is not None:
                stats.inc_value("index/added", added)
                stats.inc_value("index/flushes")
                stats.inc_value("pipeline/worker_batches")
            self.crawler.signals.send_catch_log(signals.records_flushed, urls=urls)

    def close_spider(self, spider: Any = None) -> None:
        if self._proc is None:
            return
        self._send()
        self._inbox.put(_SENTINEL)
        self._drain(block=True)
        self._proc.join(30)
        if self._proc.is_alive():
            self._proc.terminate()
        self._proc = None
        ctx = _late_names(self.crawler)
        if self.target and ctx is not None and ctx.fatal is None:
            try:
                index = open_index(
                    self.target, spool_when_down=True,
                    spool_path=home(self.crawler.settings.get("ONIONSCOPE_HOME")) / "spool",
                )
            except IndexBackendError as exc:
                logger.error("indexed text not scrubbed again of late names: %s", exc)
                return
            try:
                rescrub_late_names(self.crawler, index)
            finally:
                index.close()
