"""onionscope.pipeline: IndexPipeline and WorkerPipeline put a crawl's records into the index and
tell the frontier which pages are durable (records_flushed)."""

from __future__ import annotations

import sqlite3

from scrapy.utils.test import get_crawler

from crawler import signals
from index import open_index
from onionscope.pipeline import IndexPipeline, WorkerPipeline
from parsers.records import Listing, Page

SITE = "g3o364kv6cbo3h72tdrjtzynoictxdyikzdkfiwgggs6m3wgftpgjaad.onion"


def _items(n: int) -> list:
    out: list = []
    for i in range(n):
        url = f"http://{SITE}/listing/{i}"
        out.append(Page(url=url, site=SITE, page_type="listing", title=f"Fictional tea {i}"))
        out.append(
            Listing(url=url, site=SITE, title=f"Fictional green tea {i}", price=5.0 + i, currency="EUR")
        )
    return out


def _run(pipeline_cls, tmp_path, **settings):
    target = f"sqlite:///{tmp_path / 'index.sqlite'}"
    crawler = get_crawler(
        settings_dict={
            "INDEX_TARGET": target,
            "INDEX_BATCH_SIZE": 4,
            "ONIONSCOPE_HOME": str(tmp_path),
            **settings,
        }
    )
    crawler._apply_settings()
    flushed: list[str] = []
    crawler.signals.connect(lambda urls: flushed.extend(urls), signal=signals.records_flushed, weak=False)
    pipe = pipeline_cls.from_crawler(crawler)
    pipe.open_spider()
    for item in _items(5):
        assert pipe.process_item(item) is item
    pipe.close_spider()
    return target, flushed, crawler


def _count_docs(tmp_path) -> int:
    db = sqlite3.connect(tmp_path / "index.sqlite")
    try:
        return db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
    finally:
        db.close()


def test_index_pipeline_adds_every_record_and_reports_the_pages(tmp_path):
    _target, flushed, crawler = _run(IndexPipeline, tmp_path)
    assert sorted(flushed) == sorted(f"http://{SITE}/listing/{i}" for i in range(5))
    assert crawler.stats.get_value("index/added") == 10
    assert _count_docs(tmp_path) == 10


def test_worker_pipeline_enriches_and_indexes_in_another_process(tmp_path):
    stages = ["enrichment.normalise.NormalisePipeline", "enrichment.language.LanguagePipeline"]
    target, flushed, crawler = _run(WorkerPipeline, tmp_path, PIPELINE_WORKER_STAGES=stages)
    assert sorted(flushed) == sorted(f"http://{SITE}/listing/{i}" for i in range(5))
    assert crawler.stats.get_value("index/added") == 10
    assert crawler.stats.get_value("pipeline/worker_batches") >= 3
    idx = open_index(target)
    try:
        assert _count_docs(tmp_path) == 10
    finally:
        idx.close()
