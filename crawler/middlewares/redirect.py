"""RedirectMiddleware: Scrapy's redirects, never carrying a Referer to the next page.

Downloader middleware (order 600, Scrapy's own place). The crawl sends no Referer at all
(``REFERER_ENABLED = False``: it would tell an onion where we came from), so a redirected request
loses any Referer header instead of asking Scrapy's RefererMiddleware, which is not there (and
Scrapy 2.19 warns at every start when it cannot find it). A redirect target is a new request:
it goes through the scope check like any other before anything is sent::

    DOWNLOADER_MIDDLEWARES = {
        "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
        "crawler.middlewares.redirect.RedirectMiddleware": 600,
    }
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.redirect import RedirectMiddleware as ScrapyRedirectMiddleware

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


class RedirectMiddleware(ScrapyRedirectMiddleware):
    """Follows 301/302/303/307/308 (``REDIRECT_MAX_TIMES``); the new request has no Referer."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        # Scrapy's from_crawler also looks for a RefererMiddleware when the engine starts; there
        # is none by design, so it is not looked for.
        middleware = cls(crawler.settings)
        middleware.crawler = crawler
        return middleware

    def handle_referer(self, request: Request, response: Response) -> None:
        request.headers.pop("Referer", None)
