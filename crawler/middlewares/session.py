"""SessionCookieMiddleware: analyst-supplied session cookies, only where the scope allows login.

Downloader middleware (order 40, before the scope check, which is told the request is
authenticated). Cookies come from ``SESSION_COOKIES`` (``{onion: {name: value}}``) or
``SESSION_COOKIES_FILE`` (a Netscape ``cookies.txt`` as browsers export it, with expiry times).
They are attached only for onions listed in the scope's ``authenticated.sites``; the scope
middleware denies them otherwise (``auth_not_allowed``).

Expiry is detected twice: a cookie whose ``expires`` time has passed is not sent and the site
is reported ``session_expired`` (:meth:`expired_sites`); a login page returned despite the
cookies is reported the same way by the spider.

Meta: ``onionscope_session`` (True when cookies were attached). Stats: ``session/attached``,
``session/expired``.
"""

from __future__ import annotations

import http.cookiejar
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from crawler.context import CrawlContext
from crawler.errors import CrawlConfigError, not_configured
from ethics.onion import normalise_host

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler


def load_cookie_file(path: str) -> dict[str, list[http.cookiejar.Cookie]]:
    """Cookies of a Netscape cookies.txt, grouped by onion (expired ones kept: we report them)."""
    jar = http.cookiejar.MozillaCookieJar(path)
    try:
        jar.load(ignore_discard=True, ignore_expires=True)
    except (OSError, http.cookiejar.LoadError) as exc:
        raise CrawlConfigError(f"cannot read cookie file {path}: {exc}") from exc
    out: dict[str, list[http.cookiejar.Cookie]] = {}
    for cookie in jar:
        out.setdefault(normalise_host(cookie.domain.lstrip(".")), []).append(cookie)
    return out


class SessionCookieMiddleware:
    """Attach analyst cookies to requests for sites the scope authorises for logged-in crawling."""

    def __init__(self, crawler: Crawler, cookies: dict[str, list[http.cookiejar.Cookie]]) -> None:
        self.ctx = CrawlContext.of(crawler)
        self.stats = crawler.stats
        auth = self.ctx.policy.scope.authenticated
        self.allowed = set(auth.sites) if auth.allowed else set()
        self.cookies = cookies
        self._reported: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SessionCookieMiddleware:
        s = crawler.settings
        cookies: dict[str, list[http.cookiejar.Cookie]] = {}
        if s.get("SESSION_COOKIES_FILE"):
            cookies = load_cookie_file(s["SESSION_COOKIES_FILE"])
        for onion, values in (s.getdict("SESSION_COOKIES") or {}).items():
            host = normalise_host(onion)
            for name, value in values.items():
                cookies.setdefault(host, []).append(
                    http.cookiejar.Cookie(
                        0,
                        name,
                        str(value),
                        None,
                        False,
                        host,
                        True,
                        False,
                        "/",
                        True,
                        False,
                        None,
                        True,
                        None,
                        None,
                        {},
                    )
                )
        if not cookies:
            raise not_configured(cls, "no analyst session cookies")
        return cls(crawler, cookies)

    def expired_sites(self, now: float | None = None) -> list[str]:
        """Sites whose every supplied cookie has expired."""
        now = time.time() if now is None else now
        return sorted(h for h, cs in self.cookies.items() if cs and all(c.is_expired(int(now)) for c in cs))

    def process_request(self, request: Request) -> None:
        host = normalise_host(urlsplit(request.url).hostname or "")
        cookies = self.cookies.get(host)
        if not cookies or host not in self.allowed:
            return None
        now = int(time.time())
        live = {c.name: c.value or "" for c in cookies if not c.is_expired(now)}
        if not live:
            if host not in self._reported:
                self._reported.add(host)
                assert self.stats is not None
                self.stats.inc_value("session/expired")
                self.ctx.liveness.record_wall(host, request.url, "session_expired")
                self.ctx.interstitials.append(
                    {
                        "site": host,
                        "url": request.url,
                        "kind": "session",
                        "reason": "session_expired",
                        "site_blocked": False,
                    }
                )
            return None
        jar = request.cookies if isinstance(request.cookies, dict) else {}
        jar.update(live)
        request.cookies = jar
        request.meta["onionscope_session"] = True
        assert self.stats is not None
        self.stats.inc_value("session/attached")
        return None


def cookies_setting(values: dict[str, dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Normalise a ``{onion: {name: value}}`` mapping for ``SESSION_COOKIES``."""
    return {normalise_host(k): {n: str(v) for n, v in vs.items()} for k, vs in values.items()}
