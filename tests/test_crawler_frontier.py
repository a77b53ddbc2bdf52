"""crawler.frontier.FrontierScheduler: durable de-duplication, order, and recovery after a kill."""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from crawler import signals
from crawler.frontier import FrontierScheduler
from crawler.warc import WarcWriter

SITE = "http://vyoeql6zybsymcoreed5zq7l2h6jewmq4ew4var532ttt56cwqgidgid.onion"


class _Spider(Spider):
    name = "t"

    def parse(self, response):  # pragma: no cover - never called here
        yield from ()


def _open(tmp_path, **settings):
    crawler = get_crawler(_Spider, {"JOBDIR": str(tmp_path / "job"), **settings})
    spider = _Spider.from_crawler(crawler)
    crawler.spider = spider
    sched = FrontierScheduler.from_crawler(crawler)
    sched.open(spider)
    return crawler, spider, sched


def _req(spider, path):
    return Request(SITE + path, callback=spider.parse)


def test_a_url_is_queued_once_even_across_runs(tmp_path):
    _, spider, s = _open(tmp_path)
    assert s.enqueue_request(_req(spider, "/a"))
    assert not s.enqueue_request(_req(spider, "/a"))
    s.close("finished")
    _, spider, s2 = _open(tmp_path)
    assert not s2.enqueue_request(_req(spider, "/a"))
    assert s2.next_request().url == SITE + "/a"


def test_higher_priority_first_then_fifo(tmp_path):
    _, spider, s = _open(tmp_path)
    for path, prio in (("/1", 0), ("/2", 0), ("/3", 5)):
        r = _req(spider, path)
        r.priority = prio
        s.enqueue_request(r)
    assert [s.next_request().url[-2:] for _ in range(3)] == ["/3", "/1", "/2"]
    assert s.next_request() is None and not s.has_pending_requests()


def test_kill_recovery_requeues_unanswered_and_replays_archived_pages(tmp_path):
    crawler, spider, s = _open(tmp_path)
    for path in ("/a", "/b", "/c"):
        s.enqueue_request(_req(spider, path))
    a, b, c = (s.next_request() for _ in range(3))
    warc = WarcWriter(tmp_path / "job" / "warc")
    head = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n"
    # /a archived and recorded; /b archived but the process died before recording it; /c unanswered
    loc_a = warc.write_exchange(a.url, b"GET /a HTTP/1.1\r\n\r\n", head, b"aa")
    crawler.signals.send_catch_log(
        signals.page_archived, request=a, response=Response(a.url, status=200), location=loc_a
    )
    warc.write_exchange(b.url, b"GET /b HTTP/1.1\r\n\r\n", head, b"bb")
    warc.close()
    s.db.commit()  # the last periodic commit before the SIGKILL; the scheduler is never closed

    _, _spider2, s2 = _open(tmp_path)
    assert s2.resumed == {
        "found_in_warc": 1, "unrecorded_in_warc": 0, "requeued": 1, "replayed": 2, "revisits": 0
    }
    again = {r.url: r.meta.get("onionscope_replay") for r in iter(s2.next_request, None)}
    assert set(again) == {a.url, b.url, c.url}
    assert again[c.url] is None  # never answered: fetched again
    assert again[a.url] == (loc_a.file, loc_a.offset)  # answered: served from WARC, no network
    assert again[b.url] is not None and again[b.url][0] == loc_a.file


def test_done_pages_are_final_and_revisit_queues_them_again(tmp_path):
    crawler, spider, s = _open(tmp_path)
    s.enqueue_request(_req(spider, "/a"))
    a = s.next_request()
    warc = WarcWriter(tmp_path / "job" / "warc")
    loc = warc.write_exchange(a.url, b"GET", b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n", b"a")
    crawler.signals.send_catch_log(signals.page_archived, request=a, response=Response(a.url), location=loc)
    crawler.signals.send_catch_log(signals.page_done, url=a.url, indexed=False)
    s.close("finished")
    _, spider, s2 = _open(tmp_path)
    assert s2.next_request() is None
    s2.close("finished")
    _, spider, s3 = _open(tmp_path, CRAWL_REVISIT=True)
    assert s3.resumed["revisits"] == 1
    assert s3.next_request().url == a.url
    assert s3.previous_sha256(a.url) == loc.sha256


def test_content_seen_under_another_url_is_reported(tmp_path):
    _, _, s = _open(tmp_path)
    assert s.first_with_content("ab" * 32, SITE + "/a") is None
    assert s.first_with_content("ab" * 32, SITE + "/a") is None
    assert s.first_with_content("ab" * 32, SITE + "/copy") == SITE + "/a"


def test_a_resumed_crawl_continues_the_scopes_page_count(tmp_path):
    from pathlib import Path

    from crawler.context import CrawlContext

    scope = tmp_path / "scope.yaml"
    text = (Path(__file__).parents[1] / "scopes" / "lab-demo.yaml").read_text()
    scope.write_text(text.replace("max_pages: 20000", "max_pages: 2"))
    settings = {"SCOPE_FILE": str(scope), "ONIONSCOPE_HOME": str(tmp_path / "home"), "AUDIT_ENABLED": False}

    def start():
        crawler = get_crawler(_Spider, {"JOBDIR": str(tmp_path / "job"), **settings})
        ctx = CrawlContext.of(crawler)  # the middlewares make it before the scheduler opens
        spider = _Spider.from_crawler(crawler)
        crawler.spider = spider
        sched = FrontierScheduler.from_crawler(crawler)
        sched.open(spider)
        return crawler, spider, sched, ctx

    crawler, spider, s, ctx = start()
    s.enqueue_request(_req(spider, "/a"))
    a = s.next_request()
    assert ctx.policy.check(a.url).allowed and ctx.policy.pages_admitted == 1
    warc = WarcWriter(tmp_path / "job" / "warc")
    loc = warc.write_exchange(a.url, b"GET /a HTTP/1.1\r\n\r\n", b"HTTP/1.1 200 OK\r\n\r\n", b"aa")
    warc.close()
    crawler.signals.send_catch_log(
        signals.page_archived, request=a, response=Response(a.url, status=200), location=loc
    )
    s.db.commit()
    ctx.close()  # the process stops

    _, _, _s2, ctx2 = start()
    assert ctx2.policy.pages_admitted == 1  # /a counts again, before anything is fetched
    assert ctx2.policy.check(SITE + "/b").allowed
    denied = ctx2.policy.check(SITE + "/c")
    assert not denied.allowed and denied.reason == "page_limit"
    assert ctx2.policy.check(a.url).allowed  # a page already counted is never refused by the limit
    ctx2.close()


def test_a_link_answered_after_the_last_commit_is_read_from_warc_when_found_again(tmp_path):
    crawler, spider, s = _open(tmp_path, FRONTIER_COMMIT_INTERVAL=3600)
    s.enqueue_request(_req(spider, "/"))
    s.db.commit()
    root = s.next_request()
    warc = WarcWriter(tmp_path / "job" / "warc")
    head = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n"
    for request in (root, None):
        if request is None:  # the root's link, queued and answered before any commit
            s.enqueue_request(_req(spider, "/a"))
            request = s.next_request()
        loc = warc.write_exchange(request.url, b"GET", head, b"ok")
        crawler.signals.send_catch_log(
            signals.page_archived, request=request, response=Response(request.url), location=loc
        )
    warc.close()
    s.db.close()  # SIGKILL: nothing since the commit is kept (the row of /a), the captures are in WARC

    _, spider2, s2 = _open(tmp_path)
    assert s2.resumed["unrecorded_in_warc"] == 1
    again = s2.next_request()
    assert again.url == root.url and again.meta["onionscope_replay"]
    assert s2.enqueue_request(_req(spider2, "/a"))  # the replayed root yields its link again
    a = s2.next_request()
    assert a.url == SITE + "/a" and a.meta["onionscope_replay"] == (loc.file, loc.offset)
    assert s2.next_request() is None


def test_a_redirect_found_on_a_page_replayed_from_warc_is_fetched_not_replayed(tmp_path):
    from scrapy.downloadermiddlewares.redirect import RedirectMiddleware

    _, spider, s = _open(tmp_path)
    s.enqueue_request(_req(spider, "/loop/a"))
    a = s.next_request()
    warc = WarcWriter(tmp_path / "job" / "warc")
    head = b"HTTP/1.1 302 Found\r\nLocation: /loop/b\r\nContent-Length: 0\r\n\r\n"
    loc = warc.write_exchange(a.url, b"GET /loop/a HTTP/1.1\r\n\r\n", head, b"")
    warc.close()
    s.db.commit()  # killed before the frontier recorded the capture: /loop/a is replayed

    crawler2, _spider2, s2 = _open(tmp_path)
    replayed = s2.next_request()
    assert replayed.meta["onionscope_replay"] == (loc.file, loc.offset)
    replayed.meta["onionscope_replayed"] = True  # as crawler.middlewares.warc answers it
    response = Response(replayed.url, status=302, headers={"Location": "/loop/b"}, request=replayed)
    target = RedirectMiddleware.from_crawler(crawler2).process_response(replayed, response)
    assert s2.enqueue_request(target)
    b = s2.next_request()
    assert b.url == SITE + "/loop/b"
    assert "onionscope_replay" not in b.meta and "onionscope_replayed" not in b.meta


def test_a_capture_whose_row_was_lost_is_still_read_from_warc_after_a_second_interrupted_run(tmp_path):
    crawler, spider, s = _open(tmp_path, FRONTIER_COMMIT_INTERVAL=3600)
    s.enqueue_request(_req(spider, "/"))
    s.enqueue_request(_req(spider, "/b"))
    s.db.commit()
    root, b = s.next_request(), s.next_request()
    warc = WarcWriter(tmp_path / "job" / "warc")
    head = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n"

    def archive(request):
        loc = warc.write_exchange(request.url, b"GET", head, b"ok")
        crawler.signals.send_catch_log(
            signals.page_archived, request=request, response=Response(request.url), location=loc
        )
        return loc

    archive(root)
    s.enqueue_request(_req(spider, "/a"))  # the root's link, answered before /b
    loc_a = archive(s.next_request())
    archive(b)
    warc.close()
    s.db.close()  # SIGKILL: nothing since the commit is kept

    # The second run recovers (/ and /b found in WARC after /a) and is killed before / is re-read.
    _, _, s2 = _open(tmp_path)
    assert s2.resumed["unrecorded_in_warc"] == 1
    s2.db.close()

    _, spider3, s3 = _open(tmp_path)
    assert s3.resumed["unrecorded_in_warc"] == 1
    replayed = {r.url for r in iter(s3.next_request, None)}
    assert replayed == {root.url, b.url}
    assert s3.enqueue_request(_req(spider3, "/a"))  # the re-read root yields its link again
    a = s3.next_request()
    assert a.meta["onionscope_replay"] == (loc_a.file, loc_a.offset)
