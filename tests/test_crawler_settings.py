"""crawler.settings: every default is documented by a comment, and the settings load in Scrapy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.extensions.remote_control import RemoteControl
from scrapy.extensions.telnet import TelnetConsole
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

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


def test_a_crawl_opens_no_console_and_runs_no_code_sent_from_outside():
    s = Settings()
    s.setmodule("crawler.settings", priority="project")
    listening = ("REMOTE_CONTROL_ENABLED", "TELNETCONSOLE_ENABLED")
    crawler = get_crawler(settings_dict={k: s[k] for k in listening})
    for extension in (RemoteControl, TelnetConsole):
        with pytest.raises(NotConfigured):
            extension.from_crawler(crawler)
