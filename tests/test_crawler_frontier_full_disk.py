"""crawler.frontier.FrontierScheduler on a full disk: the crawl stops, and the resumed crawl reaches
every link of the page that was being processed when the frontier could not be written.

The frontier's SQLite file lives on ``small_disk`` (a tmpfs, root only, else skipped; grown to 4 MiB
for a WAL committed at every write); a file then takes its last free byte, so the failures are
SQLite's own ("database or disk is full"), not mocks. The WARC files have room (``tmp_path``).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy import Request, Spider
from scrapy import signals as scrapy_signals
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from crawler import signals
from crawler.context import CrawlContext
from crawler.frontier import FrontierScheduler
from crawler.warc import WarcWriter

SITE = "http://vyoeql6zybsymcoreed5zq7l2h6jewmq4ew4var532ttt56cwqgidgid.onion"
SCOPE = Path(__file__).parents[1] / "scopes" / "lab-demo.yaml"
#: The links of the page in progress when the disk fills up.
LINKS = [f"{SITE}/listing/{n}" for n in range(30)]


class _Spider(Spider):
    name = "t"

    def parse(self, response):  # pragma: no cover - never called here
        yield from ()


class Crawl:
    """One run of the crawl over a frontier on ``disk`` (WARC elsewhere), driven by hand as the
    engine and :class:`crawler.spiders.onion.OnionSpider` drive it."""

    def __init__(self, disk: Path, job: Path, commit_interval: float = 0) -> None:
        settings = {
            "FRONTIER_DB": str(disk / "frontier.sqlite3"),
            "JOBDIR": str(job),
            # By default every write is committed at once: the disk fills on a known write.
            "FRONTIER_COMMIT_INTERVAL": commit_interval,
            "SCOPE_FILE": str(SCOPE),
            "ONIONSCOPE_HOME": str(job / "home"),
            "AUDIT_ENABLED": False,
        }
        self.crawler = get_crawler(_Spider, settings)
        self.ctx = CrawlContext.of(self.crawler)
        self.spider = _Spider.from_crawler(self.crawler)
        self.crawler.spider = self.spider
        self.frontier = FrontierScheduler.from_crawler(self.crawler)
        self.warc = WarcWriter(job / "warc")
        self.frontier.open(self.spider)
        #: URLs fetched over the network (not replayed from WARC) in this run.
        self.fetched: list[str] = []

    def request(self, url: str) -> Request:
        return Request(url, callback=self.spider.parse)

    def fetch(self, request: Request) -> None:
        """The response arrives and is archived (WARC, then the frontier hears of it)."""
        self.fetched.append(request.url)
        head = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n"
        location = self.warc.write_exchange(request.url, b"GET / HTTP/1.1\r\n\r\n", head, b"ok")
        self.crawler.signals.send_catch_log(
            signals.page_archived,
            request=request,
            response=Response(request.url, status=200),
            location=location,
        )

    def links_found(self, links: list[str]) -> None:
        """The spider yields a page's links: each goes to the scheduler (as the engine does)."""
        for link in links:
            self.frontier.enqueue_request(self.request(link))

    def idle(self) -> None:
        """The engine has nothing to do for a moment: the frontier commits."""
        self.crawler.signals.send_catch_log(scrapy_signals.spider_idle)

    def page_done(self, url: str) -> None:
        self.crawler.signals.send_catch_log(signals.page_done, url=url, indexed=False)

    def close(self, reason: str) -> None:
        self.frontier.close(reason)
        self.warc.close()
        self.ctx.close()

    def run_to_the_end(self, links_of: dict[str, list[str]]) -> list[str]:
        """Serve every request (network or WARC replay) as the spider would; the URLs handed out."""
        handed: list[str] = []
        for request in iter(self.frontier.next_request, None):
            handed.append(request.url)
            if not request.meta.get("onionscope_replay"):
                self.fetch(request)
            self.links_found(links_of.get(request.url, []))
            self.page_done(request.url)
        return handed


class Fill:
    """Takes every free byte of a disk with one file; :meth:`free` gives them back."""

    def __init__(self) -> None:
        self.path: Path | None = None

    def __call__(self, disk: Path) -> None:
        self.path = disk / "filler"
        with open(self.path, "wb", buffering=0) as fh:
            try:
                while True:
                    fh.write(b"\0" * 4096)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
        with open(self.path, "ab", buffering=0) as fh:  # the last partial page too
            try:
                while True:
                    fh.write(b"\0")
            except OSError as exc:
                assert exc.errno == errno.ENOSPC

    def free(self) -> None:
        if self.path is not None and self.path.exists():
            os.unlink(self.path)


@pytest.fixture
def fill() -> Iterator[Fill]:
    filler = Fill()
    yield filler
    filler.free()


def _start(small_disk, tmp_path: Path) -> tuple[Crawl, Request]:
    # A commit per write grows the WAL by a few pages each: room for the run before the disk fills.
    small_disk.grow("4m")
    crawl = Crawl(small_disk, tmp_path / "job")
    crawl.links_found([SITE + "/"])
    page = crawl.frontier.next_request()
    assert page is not None
    crawl.fetch(page)
    return crawl, page


def test_links_not_recorded_when_the_disk_filled_are_reached_by_the_resumed_crawl(
    small_disk, tmp_path, fill
):
    crawl, page = _start(small_disk, tmp_path)
    crawl.links_found(LINKS[:10])
    fill(small_disk)
    crawl.links_found(LINKS[10:20])
    assert crawl.ctx.fatal is not None and crawl.ctx.fatal.startswith("cannot write the crawl frontier")
    assert "full" in crawl.ctx.fatal
    assert crawl.frontier.next_request() is None and not crawl.frontier.has_pending_requests()
    # Room comes back before the spider is done with the page (the WARC writer cut a torn record,
    # another file was removed): what the frontier writes now must not pass for the lost writes.
    fill.free()
    crawl.links_found(LINKS[20:])
    crawl.page_done(page.url)
    crawl.close("storage_error")

    resumed = Crawl(small_disk, tmp_path / "job")
    handed = resumed.run_to_the_end({page.url: LINKS})
    assert sorted(set(LINKS) - set(handed)) == []
    assert page.url in handed  # re-parsed (from WARC) to find its links again
    resumed.close("finished")


def test_links_reached_when_the_disk_stays_full_until_the_operator_makes_room(
    small_disk, tmp_path, fill
):
    crawl, page = _start(small_disk, tmp_path)
    fill(small_disk)
    crawl.links_found(LINKS)
    crawl.page_done(page.url)
    crawl.close("storage_error")
    assert crawl.ctx.fatal is not None

    fill.free()
    resumed = Crawl(small_disk, tmp_path / "job")
    handed = resumed.run_to_the_end({page.url: LINKS})
    assert sorted(set(LINKS) - set(handed)) == []
    resumed.close("finished")


def test_pages_answered_after_the_last_commit_are_read_from_warc_not_fetched_again(
    small_disk, tmp_path, fill
):
    small_disk.grow("4m")
    crawl = Crawl(small_disk, tmp_path / "job", commit_interval=3600)  # commits when idle only
    links_of = {SITE + "/": LINKS[:3], LINKS[0]: [f"{LINKS[0]}/page/{n}" for n in range(5)]}
    crawl.links_found([SITE + "/"])
    crawl.idle()
    first = crawl.run_to_the_end(links_of)  # all of it archived, none of it committed yet
    fill(small_disk)
    crawl.idle()
    assert crawl.ctx.fatal is not None and "full" in crawl.ctx.fatal
    fill.free()
    crawl.close("storage_error")

    resumed = Crawl(small_disk, tmp_path / "job", commit_interval=3600)
    handed = resumed.run_to_the_end(links_of)
    assert sorted(set(first) - set(handed)) == []  # every page reached again: records and links
    assert resumed.fetched == []  # and from WARC: nothing went over the network twice
    resumed.close("finished")


def test_a_resume_before_room_was_made_stops_once_open_and_keeps_the_frontier(
    small_disk, tmp_path, fill
):
    crawl, page = _start(small_disk, tmp_path)
    crawl.links_found(LINKS[:10])
    fill(small_disk)
    crawl.links_found(LINKS[10:])
    crawl.page_done(page.url)
    crawl.close("storage_error")

    too_soon = Crawl(small_disk, tmp_path / "job")
    assert too_soon.ctx.fatal is None  # the engine is still opening the spider
    too_soon.crawler.signals.send_catch_log(scrapy_signals.spider_opened, spider=too_soon.spider)
    assert too_soon.ctx.fatal is not None and too_soon.ctx.fatal.startswith("cannot write the crawl frontier")
    too_soon.links_found([SITE + "/new"])  # the start requests come anyway: nothing is taken
    assert too_soon.frontier.next_request() is None and not too_soon.frontier.has_pending_requests()
    too_soon.close("storage_error")

    fill.free()
    resumed = Crawl(small_disk, tmp_path / "job")
    handed = resumed.run_to_the_end({page.url: LINKS})
    assert sorted(set(LINKS) - set(handed)) == []
    resumed.close("finished")
