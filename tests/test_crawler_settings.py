"""crawler.settings: every default is documented by a comment, and the settings load in Scrapy."""

from __future__ import annotations

import re
from pathlib import Path

from scrapy.settings import Settings

import crawler.settings as defaults

SOURCE = Path(defaults.__file__).read_text()


def test_every_setting_has_a_comment():
    undocumented = [
        line.split("=")[0].strip()
        for line in SOURCE.splitlines()
        if re.match(r"^[A-Z][A-Z0-9_]+(: [^=]+)? = ", line) and "#" not in line
    ]
    assert undocumented == []


def test_settings_load_and_route_every_http_request_to_tor():
    s = Settings()
    s.setmodule("crawler.settings", priority="project")
    assert s.getwithbase("DOWNLOAD_HANDLERS")["http"] == "crawler.handlers.socks.SocksDownloadHandler"
    mws = s.getwithbase("DOWNLOADER_MIDDLEWARES")
    assert mws["scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware"] is None
    assert mws["crawler.middlewares.scope.ScopeMiddleware"] < mws["crawler.middlewares.warc.WarcMiddleware"]
    assert not s.getbool("ROBOTSTXT_OBEY") and not s.getbool("RETRY_ENABLED")
