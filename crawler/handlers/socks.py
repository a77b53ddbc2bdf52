"""SocksDownloadHandler: every request goes to a tor SocksPort, names resolved by tor.

Enabled by ``DOWNLOAD_HANDLERS`` in :mod:`crawler.settings`; reads ``TOR_SOCKS_ENDPOINTS``
(the client pool, sticky per onion), ``TOR_ISOLATE`` and ``TOR_ISOLATION_NONCE`` (SOCKS
username/password: one circuit family per onion and run), ``TOR_MAX_IDLE_PER_KEY``,
``TOR_TLS_VERIFY`` and ``TOR_TLS_CA_FILE`` (https), ``DOWNLOAD_TIMEOUT`` and ``DOWNLOAD_MAXSIZE``::

    settings = {"TOR_SOCKS_ENDPOINTS": ["127.0.0.1:9050"]}   # plus crawler.settings
    # scrapy then calls:  response = await handler.download_request(request)

Defence in depth: a request whose ``onionscope_scope`` meta key is not ``"allowed"`` (set only
by :class:`crawler.middlewares.scope.ScopeMiddleware`) is refused here too, before any socket.

``https://`` URLs go through the same SOCKS5 CONNECT (port 443 unless the URL names one), then
TLS inside the tor stream with the onion name as SNI. By default the certificate is not checked
against CAs (the onion name already authenticates the service: see :mod:`crawler.tls`), only
fingerprinted; ``TOR_TLS_VERIFY = True`` requires a CA-valid certificate naming the onion
(``TOR_TLS_CA_FILE``: a PEM bundle to trust instead of the system store). http and https of one
onion never share a keep-alive stream.

Request meta it reads: ``onionscope_scope``, ``download_timeout``, ``download_maxsize``.
Request meta it sets: ``onionscope_wire`` (the :class:`crawler.http1.RawResponse` head, for
WARC), ``onionscope_tor`` (the SOCKS endpoint used), ``onionscope_tls`` (https only:
:meth:`crawler.tls.TlsInfo.as_dict`), ``download_latency``. An https response also carries the
peer certificate as Scrapy's ``response.certificate``.
Stats: ``tor/streams/opened``, ``tor/streams/reused``, ``tor/error_count/<class>``,
``tls/streams/opened``, ``tls/error_count``.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes

from crawler.context import CrawlContext
from crawler.errors import CrawlConfigError, CrawlerError, TorError, TorTimeout, TorUnavailable
from crawler.http1 import BodyTooLarge, ConnectionPool, IncompleteResponse, PoolKey
from crawler.middlewares.scope import NotAudited
from crawler.stop import stop_crawl
from crawler.tls import TlsError, TlsInfo, context_from_settings
from crawler.torpool import SocksEndpoint, StickyChooser
from ethics.errors import AuditWriteError
from ethics.onion import normalise_host

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


class ResponseTooLarge(CrawlerError):
    """The body passed ``DOWNLOAD_MAXSIZE``; nothing of it is kept."""


class ScopeNotChecked(IgnoreRequest):
    """A request reached the handler without an allow decision from the scope middleware."""


#: Default port of each scheme the handler fetches.
DEFAULT_PORTS = {"http": 80, "https": 443}


def serialise_request(
    method: str, host: str, port: int, target: str, headers: Headers, body: bytes, scheme: str = "http"
) -> bytes:
    """The HTTP/1.1 request bytes: request line, Host, the request's headers, body.

    >>> serialise_request("GET", "x.onion", 443, "/", Headers(), b"", scheme="https")
    b'GET / HTTP/1.1\\r\\nHost: x.onion\\r\\n\\r\\n'
    """
    host_header = host if port == DEFAULT_PORTS[scheme] else f"{host}:{port}"
    lines = [f"{method} {target} HTTP/1.1\r\nHost: {host_header}\r\n".encode()]
    for name, values in headers.items():
        lname = name.lower()
        if lname in (b"host", b"content-length", b"proxy-authorization", b"connection"):
            continue
        for value in values:
            lines.append(name + b": " + value + b"\r\n")
    if body or method in ("POST", "PUT", "PATCH"):
        lines.append(f"Content-Length: {len(body)}\r\n".encode())
    lines.append(b"\r\n")
    return b"".join(lines) + body


class SocksDownloadHandler(BaseDownloadHandler):
    """Scrapy download handler speaking SOCKS5 (remote resolution) to a pool of tor clients."""

    lazy = False

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        settings = crawler.settings
        endpoints = [SocksEndpoint.parse(e) for e in settings.getlist("TOR_SOCKS_ENDPOINTS")]
        if not endpoints:
            raise NotConfigured("TOR_SOCKS_ENDPOINTS is empty: no tor client to send requests to")
        self.chooser = StickyChooser(endpoints)
        self.isolate = settings.getbool("TOR_ISOLATE", True)
        self.nonce = settings.get("TOR_ISOLATION_NONCE") or secrets.token_hex(8)
        self.default_timeout = settings.getfloat("DOWNLOAD_TIMEOUT", 60)
        self.default_maxsize = settings.getint("DOWNLOAD_MAXSIZE", 0)
        try:
            context = context_from_settings(settings)
        except CrawlConfigError as exc:  # crawler.run checks this before a crawl starts
            raise NotConfigured(str(exc)) from exc
        self.pool = ConnectionPool(max_idle_per_key=settings.getint("TOR_MAX_IDLE_PER_KEY", 16), tls=context)
        # One parsed certificate per fingerprint: every response of a stream shows the same one.
        self._certificates: dict[str, Any] = {}
        self.stats = crawler.stats
        # The crawl's shared policy (None when the handler is used outside a scoped crawl, e.g. a
        # raw fetch in tests; then the meta check above is the only gate).
        self.policy = CrawlContext.of(crawler).policy if settings.get("SCOPE_FILE") else None

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)

    def pool_key(self, url: str) -> tuple[PoolKey, str]:
        """The pool key of a URL and the request target (path and query)."""
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in DEFAULT_PORTS:
            raise IgnoreRequest(f"scheme {parts.scheme!r} is not fetched through tor by onionscope")
        host = normalise_host(parts.hostname or "")
        if not host:
            raise IgnoreRequest(f"no host in {url}")
        try:
            port = parts.port or DEFAULT_PORTS[scheme]
        except ValueError as exc:  # ":99999" or ":abc"
            raise IgnoreRequest(f"bad port in {url}") from exc
        endpoint = self.chooser.choose(host)
        # The same isolation for both schemes: one onion is one identity, on one circuit family.
        auth = (host, self.nonce) if self.isolate else None
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        return PoolKey(endpoint.host, endpoint.port, auth, host, port, scheme), target

    async def download_request(self, request: Request) -> Response:
        if request.meta.get("onionscope_scope") != "allowed":
            self._inc("ethics/blocked/handler_unchecked")
            raise ScopeNotChecked(f"no scope decision for {request.url}: refused by the download handler")
        if self.policy is not None:
            try:
                decision = self.policy.confirm(
                    request.url,
                    depth=int(request.meta.get("depth", 0)),
                    authenticated=bool(request.meta.get("onionscope_session")),
                )
            except AuditWriteError as exc:
                stop_crawl(self.crawler, str(exc))  # nothing is sent without its audit entry
                raise NotAudited(str(exc)) from None
            if not decision.allowed:
                self._inc(f"ethics/blocked/handler_{decision.reason}")
                raise ScopeNotChecked(f"{decision.reason}: {request.url} refused by the download handler")
        key, target = self.pool_key(request.url)
        timeout = float(request.meta.get("download_timeout", self.default_timeout))
        maxsize = int(request.meta.get("download_maxsize", self.default_maxsize))
        payload = serialise_request(
            request.method, key.host, key.port, target, request.headers, request.body, key.scheme
        )
        opened_before = self.pool.opened
        start = time.monotonic()
        try:
            async with asyncio.timeout(timeout):
                raw = await self.pool.fetch(key, payload, request.method, maxsize)
        except TimeoutError as exc:
            err: TorError = TorTimeout(f"{request.url}: no complete answer within {timeout:.0f} s")
            self._inc(f"tor/error_count/{err.key}")
            raise err from exc
        except TorError as exc:
            self._inc(f"tor/error_count/{exc.key}")
            raise
        except TlsError:
            self._inc("tls/error_count")
            raise
        except BodyTooLarge as exc:
            self._inc("crawler/too_large")
            raise ResponseTooLarge(f"{request.url}: {exc}") from exc
        except IncompleteResponse as exc:
            self._inc("tor/error_count/incomplete")
            raise TorUnavailable(f"{request.url}: connection closed mid-body") from exc
        except OSError as exc:
            self._inc("tor/error_count/tor_unavailable")
            raise TorUnavailable(f"{request.url}: {exc}") from exc
        request.meta["download_latency"] = time.monotonic() - start
        opened = self.pool.opened > opened_before
        self._inc("tor/streams/opened" if opened else "tor/streams/reused")
        request.meta["onionscope_wire"] = raw
        request.meta["onionscope_wire_request"] = payload
        request.meta["onionscope_tor"] = f"{key.socks_host}:{key.socks_port}"
        certificate = None
        if raw.tls is not None:
            if opened:
                self._inc("tls/streams/opened")
            request.meta["onionscope_tls"] = raw.tls.as_dict()
            certificate = self._certificate(raw.tls)
        headers = Headers(raw.headers)
        cls = responsetypes.from_args(headers=headers, url=request.url, body=raw.body)
        return cls(
            url=request.url,
            status=raw.status,
            headers=headers,
            body=raw.body,
            request=request,
            protocol=raw.version,
            certificate=certificate,
        )

    def _certificate(self, tls: TlsInfo) -> Any:
        """The peer certificate as Twisted's ``Certificate`` (Scrapy's ``response.certificate``)."""
        if not tls.cert_der:
            return None
        cert = self._certificates.get(tls.cert_sha256)
        if cert is None:
            from twisted.internet.ssl import Certificate

            cert = Certificate.load(tls.cert_der)  # DER
            if len(self._certificates) > 1024:
                self._certificates.clear()
            self._certificates[tls.cert_sha256] = cert
        return cert

    async def close(self) -> None:
        await self.pool.close()
