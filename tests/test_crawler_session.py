"""crawler.middlewares.session.SessionCookieMiddleware: analyst cookies only where the scope
authorises logged-in crawling, and expired sessions reported instead of used."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from crawler.context import CrawlContext
from crawler.middlewares.scope import ScopeDenied, ScopeMiddleware
from crawler.middlewares.session import SessionCookieMiddleware

ROOT = Path(__file__).resolve().parent.parent
TESSERA = "g3o364kv6cbo3h72tdrjtzynoictxdyikzdkfiwgggs6m3wgftpgjaad.onion"
KORNBLUME = "3qssuowbi5aplark6nh6stojyvyk74wz4grhvc5doqtpp4fnrlmyirqd.onion"


def _scope(tmp_path: Path) -> Path:
    text = (ROOT / "scopes" / "lab-demo.yaml").read_text()
    text = text.replace("authenticated:\n  allowed: false\n",
                        f"authenticated: {{allowed: true, sites: [{TESSERA}]}}\n")
    assert f"sites: [{TESSERA}]" in text
    path = tmp_path / "auth.yaml"
    path.write_text(text)
    return path


def _cookie_file(tmp_path: Path, expires: int) -> Path:
    path = tmp_path / "cookies.txt"
    lines = ["# Netscape HTTP Cookie File"]
    for host in (TESSERA, KORNBLUME):
        lines.append(f"{host}\tFALSE\t/\tFALSE\t{expires}\tsession\tabc123")
    path.write_text("\n".join(lines) + "\n")
    return path


def _crawler(tmp_path: Path, monkeypatch, **settings):
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    crawler = get_crawler(settings_dict={"SCOPE_FILE": str(_scope(tmp_path)),
                                         "ONIONSCOPE_HOME": str(tmp_path / "home"), **settings})
    crawler._apply_settings()
    return crawler


def test_cookies_go_only_to_sites_the_scope_authorises(tmp_path, monkeypatch):
    crawler = _crawler(tmp_path, monkeypatch,
                       SESSION_COOKIES_FILE=str(_cookie_file(tmp_path, int(time.time()) + 3600)))
    mw = SessionCookieMiddleware.from_crawler(crawler)
    allowed = Request(f"http://{TESSERA}/account/orders")
    other = Request(f"http://{KORNBLUME}/")
    mw.process_request(allowed)
    mw.process_request(other)
    assert allowed.cookies == {"session": "abc123"} and allowed.meta["onionscope_session"] is True
    assert not other.cookies and "onionscope_session" not in other.meta
    assert crawler.stats.get_value("session/attached") == 1


def test_expired_session_is_reported_not_sent(tmp_path, monkeypatch):
    crawler = _crawler(tmp_path, monkeypatch,
                       SESSION_COOKIES_FILE=str(_cookie_file(tmp_path, int(time.time()) - 60)))
    mw = SessionCookieMiddleware.from_crawler(crawler)
    assert mw.expired_sites() == sorted([KORNBLUME, TESSERA])
    req = Request(f"http://{TESSERA}/")
    mw.process_request(req)
    assert not req.cookies and "onionscope_session" not in req.meta
    ctx = CrawlContext.of(crawler)
    assert ctx.interstitials[0]["reason"] == "session_expired"
    assert ctx.liveness.walls(TESSERA)[0]["reason"] == "session_expired"
    assert crawler.stats.get_value("session/expired") == 1


def test_scope_refuses_logged_in_requests_where_login_is_not_authorised(tmp_path, monkeypatch):
    crawler = _crawler(tmp_path, monkeypatch)
    scope_mw = ScopeMiddleware.from_crawler(crawler)
    req = Request(f"http://{KORNBLUME}/", meta={"onionscope_session": True})
    with pytest.raises(ScopeDenied) as info:
        scope_mw.process_request(req)
    assert info.value.reason == "auth_not_allowed"


def test_without_cookies_the_middleware_is_off(tmp_path, monkeypatch):
    with pytest.raises(NotConfigured):
        SessionCookieMiddleware.from_crawler(_crawler(tmp_path, monkeypatch))
