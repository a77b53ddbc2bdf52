"""onionscope.pipeline.IndexPipeline: batches records into the index, spools when the cluster is down."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import scrapy
from scrapy.utils.test import get_crawler

from crawler import signals
from index import SQLiteBackend
from index.base import Query
from index.spool import Spool
from onionscope.pipeline import IndexPipeline
from parsers.records import Page, Vendor

SITE = "m1mart.onion"


class _Spider(scrapy.Spider):
    name = "index-pipeline-test"


def _closed_port() -> int:
    # a port nothing listens on: bound once to pick it, then released
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _crawl(settings: dict[str, Any], records: list[Any]) -> tuple[Any, list[str]]:
    crawler = get_crawler(_Spider, settings)
    flushed: list[str] = []
    crawler.signals.connect(lambda urls: flushed.extend(urls), signal=signals.records_flushed, weak=False)
    pipeline = IndexPipeline.from_crawler(crawler)
    pipeline.open_spider()
    for rec in records:
        pipeline.process_item(rec)
    pipeline.close_spider()
    return crawler, flushed


def _records() -> list[Any]:
    out: list[Any] = []
    for i in range(5):
        url = f"http://{SITE}/vendor/{i}"
        out += [
            Page(site=SITE, url=url, page_type="vendor", captured_at="2026-03-01T12:00:00Z"),
            Vendor(site=SITE, url=url, name=f"v{i}", rating=90.0 + i, captured_at="2026-03-01T12:00:00Z"),
        ]
    return out


def test_a_down_cluster_spools_the_crawls_records_instead_of_failing(tmp_path: Path) -> None:
    target = f"http://127.0.0.1:{_closed_port()}"
    crawler, flushed = _crawl(
        {"INDEX_TARGET": target, "INDEX_BATCH_SIZE": 4, "ONIONSCOPE_HOME": str(tmp_path)}, _records()
    )
    spool = Spool(tmp_path / "spool", target)
    assert spool.pending() == 10
    names = sorted(str(r.name) for r in spool.read() if isinstance(r, Vendor))
    assert names == ["v0", "v1", "v2", "v3", "v4"]
    # the spool is durable, so the frontier may mark the pages final
    assert sorted(flushed) == [f"http://{SITE}/vendor/{i}" for i in range(5)]
    assert crawler.stats.get_value("index/added") == 10
    assert crawler.stats.get_value("index/spooled") == 10


def test_records_reach_a_sqlite_index_in_batches(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite"
    crawler, flushed = _crawl({"INDEX_TARGET": f"sqlite://{path}", "INDEX_BATCH_SIZE": 4}, _records())
    assert crawler.stats.get_value("index/flushes") == 3 and len(flushed) == 5
    with SQLiteBackend(path) as idx:
        assert idx.count("vendor") == 5 and idx.count("page") == 5
        assert idx.search(Query(types=["vendor"], sort="date")).total == 5
