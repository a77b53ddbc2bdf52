"""crawler.middlewares.redirect.RedirectMiddleware: redirects followed, never with a Referer."""

from __future__ import annotations

import logging

from scrapy import Request, signals
from scrapy.http import Response
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from crawler.middlewares.redirect import RedirectMiddleware

ONION = "http://g3o364kv6cbo3h72tdrjtzynoictxdyikzdkfiwgggs6m3wgftpgjaad.onion"


def _middleware() -> RedirectMiddleware:
    return RedirectMiddleware.from_crawler(get_crawler(settings_dict={"REDIRECT_MAX_TIMES": 5}))


def test_a_redirect_becomes_a_new_request_without_the_referer():
    request = Request(f"{ONION}/listing/7", headers={"Referer": f"{ONION}/"})
    response = Response(request.url, status=302, headers={"Location": "/login?next=/listing/7"},
                        request=request)
    follow = _middleware().process_response(request, response)
    assert isinstance(follow, Request) and follow.url == f"{ONION}/login?next=/listing/7"
    assert b"Referer" not in follow.headers
    assert follow.meta["redirect_urls"] == [request.url]


def test_no_warning_about_a_missing_referer_middleware_when_the_engine_starts(caplog):
    crawler = get_crawler(settings_dict={})
    RedirectMiddleware.from_crawler(crawler)
    with caplog.at_level(logging.WARNING):
        crawler.signals.send_catch_log(signals.engine_started)
    assert "RefererMiddleware" not in caplog.text


def test_the_crawl_uses_this_redirect_middleware_in_place_of_scrapys():
    s = Settings()
    s.setmodule("crawler.settings", priority="project")
    mws = s.getwithbase("DOWNLOADER_MIDDLEWARES")
    assert mws["scrapy.downloadermiddlewares.redirect.RedirectMiddleware"] is None
    assert mws["crawler.middlewares.redirect.RedirectMiddleware"] == 600
    assert mws["crawler.middlewares.scope.ScopeMiddleware"] < 600  # redirects meet the scope again
