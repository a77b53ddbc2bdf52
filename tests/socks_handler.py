"""Shared by the handler tests: a SocksDownloadHandler on a given SOCKS port, and a request the
scope middleware has already admitted (the handler refuses any other)."""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.utils.test import get_crawler

from crawler.handlers.socks import SocksDownloadHandler


def make_handler(socks_port: int, **settings: Any) -> SocksDownloadHandler:
    crawler = get_crawler(settings_dict={"TOR_SOCKS_ENDPOINTS": [f"127.0.0.1:{socks_port}"], **settings})
    crawler._apply_settings()
    return SocksDownloadHandler.from_crawler(crawler)


def admitted(url: str) -> Request:
    return Request(url, meta={"onionscope_scope": "allowed"})
