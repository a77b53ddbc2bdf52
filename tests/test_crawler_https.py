"""crawler.tls, crawler.http1 and crawler.handlers.socks over https: TLS inside the SOCKS5 stream, the
certificate policy (fingerprint by default, CA verification on demand), pool keys per scheme, and
the WARC evidence of an https capture; plus what canonicalisation, the spider's link extraction
and the lab's https site server do with https.

No tor here: the peer is a small SOCKS5 server on 127.0.0.1 that speaks the same protocol as tor's
SOCKS port (CONNECT by name, username/password isolation) and relays to local servers, the lab's own
site server among them. tests/test_crawler_https_lab.py does the same through the real lab tor.
"""

from __future__ import annotations

import abc
import asyncio
import contextlib
import hashlib
import http.client
import json
import socket
import ssl
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.test import get_crawler

from crawler import errors
from crawler.frontier import request_key
from crawler.handlers.socks import SocksDownloadHandler
from crawler.middlewares.canonical import canonicalise
from crawler.middlewares.scope import ScopeMiddleware
from crawler.middlewares.warc import WarcMiddleware
from crawler.spiders.onion import quick_links
from crawler.tls import TlsError, tls_context
from crawler.warc import TLS_CERT_HEADER, iter_records, read_response
from lab import torrc
from lab.sites import World
from lab.sites.serve import read_access_log, start_servers
from lab.sites.tls import Certificate, make_certificate, server_context
from parsers import parse_page
from tests.socks_handler import admitted, make_handler

ROOT = Path(__file__).resolve().parent.parent
SCOPE = ROOT / "scopes" / "lab-demo.yaml"
#: The lab's link directory (seed 7): a target of scopes/lab-demo.yaml.
DIRECTORY = World(seed=7).site("lanterna-links")
ONION = DIRECTORY.onion


class _LoopbackServer(abc.ABC):
    """An asyncio server on an ephemeral 127.0.0.1 port (TLS when ``context`` is set)."""

    context: ssl.SSLContext | None = None
    server: asyncio.Server | None = None
    port = 0

    @abc.abstractmethod
    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Answer one connection."""

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self.context)
        self.port = self.server.sockets[0].getsockname()[1]
        return self.port

    async def close(self) -> None:
        if self.server is not None:
            self.server.close()


class Socks5Relay(_LoopbackServer):
    """SOCKS5 on 127.0.0.1 relaying CONNECT ``(name, port)`` to a local port, as tor's SOCKS port
    relays to an onion service. Records what each CONNECT asked for."""

    def __init__(self, routes: dict[tuple[str, int], int]) -> None:
        self.routes = routes
        #: (address type, name, port, username) of each CONNECT, in order.
        self.connects: list[tuple[int, str, int, str | None]] = []

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            _ver, count = await reader.readexactly(2)
            methods = await reader.readexactly(count)
            user = None
            if 0x02 in methods:
                writer.write(b"\x05\x02")
                _v, ulen = await reader.readexactly(2)
                user = (await reader.readexactly(ulen)).decode()
                plen = (await reader.readexactly(1))[0]
                await reader.readexactly(plen)
                writer.write(b"\x01\x00")
            else:
                writer.write(b"\x05\x00")
            _v, _cmd, _rsv, atyp = await reader.readexactly(4)
            name = (await reader.readexactly((await reader.readexactly(1))[0])).decode()
            (port,) = struct.unpack(">H", await reader.readexactly(2))
            self.connects.append((atyp, name, port, user))
            target = self.routes.get((name, port))
            if target is None:
                writer.write(b"\x05\x04\x00\x01" + bytes(6))  # host unreachable
                await writer.drain()
                return
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", target)
            writer.write(b"\x05\x00\x00\x01" + bytes(6))
            await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


async def _pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
    try:
        while data := await src.read(65536):
            dst.write(data)
            await dst.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        with contextlib.suppress(Exception):
            dst.close()


class Responder(_LoopbackServer):
    """A keep-alive HTTP/1.1 server on 127.0.0.1 (TLS when given a context) that records the
    SNI names and request heads it received and answers every request with ``body``."""

    def __init__(self, context: ssl.SSLContext | None, body: bytes = b"<html>hello</html>") -> None:
        self.context, self.body = context, body
        self.sni: list[str | None] = []
        self.heads: list[bytes] = []
        if context is not None:
            context.sni_callback = lambda _sock, name, _ctx: self.sni.append(name)  # type: ignore[assignment]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                self.heads.append(head)
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                    + str(len(self.body)).encode()
                    + b"\r\n\r\n"
                    + self.body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_certificate(tmp_path_factory.mktemp("tls"), ONION)


async def _with(servers: list[Any], go: Any) -> Any:
    try:
        return await go()
    finally:
        for server in servers:
            await server.close()


def test_an_https_onion_is_fetched_over_tls_inside_the_socks_stream_with_the_onion_as_sni(cert):
    tls = Responder(server_context(cert))

    async def go():
        relay = Socks5Relay({(ONION, 443): await tls.start()})
        handler = make_handler(await relay.start())
        try:
            response = await handler.download_request(admitted(f"https://{ONION}/about"))
        finally:
            await handler.close()
            await relay.close()
        return relay, handler, response

    relay, handler, response = asyncio.run(_with([tls], go))
    assert response.status == 200 and response.body == b"<html>hello</html>"
    assert response.url == f"https://{ONION}/about"
    # The name went to the SOCKS server as a DOMAINNAME (ATYP 3): tor resolves it, never DNS.
    assert relay.connects == [(3, ONION, 443, ONION)]
    assert tls.sni == [ONION]
    assert tls.heads[0].startswith(f"GET /about HTTP/1.1\r\nHost: {ONION}\r\n".encode())
    meta = response.meta["onionscope_tls"]
    assert meta["cert_sha256"] == cert.sha256 and meta["verified"] is False
    assert meta["version"] in ("TLSv1.2", "TLSv1.3") and meta["server_name"] == ONION
    assert response.meta["onionscope_wire"].tls.cert_der  # the DER certificate, for evidence
    assert hashlib.sha256(response.certificate.dump()).hexdigest() == cert.sha256  # Scrapy's attribute
    assert handler.stats.get_value("tls/streams/opened") == 1


def test_http_and_https_of_one_onion_never_share_a_keep_alive_stream(cert):
    tls, plain = Responder(server_context(cert), b"tls"), Responder(None, b"plain")

    async def go():
        relay = Socks5Relay({(ONION, 443): await tls.start(), (ONION, 80): await plain.start()})
        handler = make_handler(await relay.start())
        bodies = []
        try:
            for url in (f"http://{ONION}/", f"https://{ONION}/") * 3:
                response = await handler.download_request(admitted(url))
                bodies.append((url.split(":")[0], response.body, "onionscope_tls" in response.meta))
        finally:
            await handler.close()
            await relay.close()
        return handler, bodies

    handler, bodies = asyncio.run(_with([tls, plain], go))
    assert bodies == [("http", b"plain", False), ("https", b"tls", True)] * 3
    assert handler.pool.opened == 2 and handler.pool.reused == 4
    assert len(tls.heads) == 3 and len(plain.heads) == 3
    http_key, _ = handler.pool_key(f"http://{ONION}/")
    https_key, _ = handler.pool_key(f"https://{ONION}/")
    assert http_key != https_key and (http_key.port, https_key.port) == (80, 443)
    assert http_key.auth == https_key.auth  # one onion, one circuit family, whatever the scheme


def test_verification_on_refuses_a_self_signed_certificate_as_a_tls_error(cert):
    tls = Responder(server_context(cert))

    async def go():
        relay = Socks5Relay({(ONION, 443): await tls.start()})
        handler = make_handler(await relay.start(), TOR_TLS_VERIFY=True)
        try:
            with pytest.raises(TlsError) as info:
                await handler.download_request(admitted(f"https://{ONION}/"))
        finally:
            await handler.close()
            await relay.close()
        return handler, info.value

    handler, exc = asyncio.run(_with([tls], go))
    assert "certificate" in str(exc) and "self-signed" in str(exc)
    # Not a tor failure: the onion answered, so neither retry nor liveness count it against it.
    assert not isinstance(exc, errors.TorError) and isinstance(exc, errors.CrawlerError)
    assert exc.key == "tls" and tls.heads == []  # no request went out over the refused stream
    assert handler.stats.get_value("tls/error_count") == 1


def test_verification_on_accepts_a_certificate_the_configured_ca_file_vouches_for(cert):
    tls = Responder(server_context(cert))

    async def go():
        relay = Socks5Relay({(ONION, 443): await tls.start()})
        handler = make_handler(await relay.start(), TOR_TLS_VERIFY=True, TOR_TLS_CA_FILE=cert.cert_path)
        try:
            return await handler.download_request(admitted(f"https://{ONION}/"))
        finally:
            await handler.close()
            await relay.close()

    response = asyncio.run(_with([tls], go))
    assert response.status == 200
    assert response.meta["onionscope_tls"]["verified"] is True
    assert response.meta["onionscope_tls"]["cert_sha256"] == cert.sha256


def test_verification_checks_the_onion_name_not_only_the_chain(tmp_path):
    other = make_certificate(tmp_path, "other" + ONION[5:])  # trusted, but for another name
    tls = Responder(server_context(other))

    async def go():
        relay = Socks5Relay({(ONION, 443): await tls.start()})
        handler = make_handler(await relay.start(), TOR_TLS_VERIFY=True, TOR_TLS_CA_FILE=other.cert_path)
        try:
            with pytest.raises(TlsError) as info:
                await handler.download_request(admitted(f"https://{ONION}/"))
        finally:
            await handler.close()
            await relay.close()
        return info.value

    assert "Hostname mismatch" in str(asyncio.run(_with([tls], go)))


def test_a_plain_http_server_behind_port_443_is_a_tls_error_not_a_tor_error():
    async def bad_request(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(1024)  # a ClientHello, which a plain HTTP server answers as nginx does
        writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        await writer.drain()
        writer.close()

    async def go():
        plain = await asyncio.start_server(bad_request, "127.0.0.1", 0)
        relay = Socks5Relay({(ONION, 443): plain.sockets[0].getsockname()[1]})
        handler = make_handler(await relay.start())
        try:
            with pytest.raises(TlsError) as info:
                await handler.download_request(admitted(f"https://{ONION}/"))
        finally:
            await handler.close()
            await relay.close()
            plain.close()
        return info.value

    exc = asyncio.run(go())
    assert str(exc).startswith(f"TLS handshake with {ONION}:443 failed")


def test_an_explicit_https_port_is_connected_and_named_in_the_host_header(cert):
    tls = Responder(server_context(cert))

    async def go():
        relay = Socks5Relay({(ONION, 8443): await tls.start()})
        handler = make_handler(await relay.start(), TOR_ISOLATE=False)
        try:
            return relay, await handler.download_request(admitted(f"https://{ONION}:8443/x?a=1"))
        finally:
            await handler.close()
            await relay.close()

    relay, response = asyncio.run(_with([tls], go))
    assert response.status == 200 and relay.connects == [(3, ONION, 8443, None)]
    assert tls.heads[0].startswith(f"GET /x?a=1 HTTP/1.1\r\nHost: {ONION}:8443\r\n".encode())


def test_schemes_other_than_http_and_https_are_still_refused_before_any_socket():
    handler = make_handler(9)  # nothing listens on port 9: the refusal must come first
    for url in (f"ftp://{ONION}/", f"gopher://{ONION}/"):
        with pytest.raises(IgnoreRequest, match="is not fetched through tor"):
            asyncio.run(handler.download_request(admitted(url)))


def test_the_handler_built_with_an_unusable_ca_file_says_why_it_is_not_configured(tmp_path):
    from scrapy.exceptions import NotConfigured

    with pytest.raises(NotConfigured, match="TOR_TLS_CA_FILE"):
        make_handler(9, TOR_TLS_VERIFY=True, TOR_TLS_CA_FILE=str(tmp_path / "missing.pem"))


@pytest.mark.parametrize(("settings", "words"), [
    ({"TOR_TLS_VERIFY": True, "TOR_TLS_CA_FILE": "/nonexistent/ca.pem"}, "No such file"),
    ({"TOR_TLS_VERIFY": True, "TOR_TLS_CA_FILE": __file__}, "no CA certificates loaded"),
    ({"TOR_TLS_CA_FILE": __file__}, "TOR_TLS_VERIFY is off"),
])
def test_an_unusable_ca_file_stops_onionscope_crawl_in_one_line(settings, words, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from onionscope.cli import main

    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    sets = [arg for name, value in settings.items() for arg in ("--set", f"{name}={json.dumps(value)}")]
    result = CliRunner().invoke(main, ["crawl", "--home", str(tmp_path / "home"), "--scope", str(SCOPE),
                                       "--tor", "socks5://127.0.0.1:9", *sets])
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "TOR_TLS_CA_FILE" in lines[0] and words in lines[0], result.output


def test_the_default_context_fingerprints_and_the_verifying_one_checks():
    assert tls_context().verify_mode == ssl.CERT_NONE and not tls_context().check_hostname
    strict = tls_context(verify=True)
    assert strict.verify_mode == ssl.CERT_REQUIRED and strict.check_hostname
    assert tls_context().minimum_version == ssl.TLSVersion.TLSv1_2


# -- the scoped chain with the lab's own site server: scope, handler, WARC ------------------------


@pytest.fixture(scope="module")
def directory_served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The lab's link directory served on 127.0.0.1 over http and, with its certificate, https."""
    state = tmp_path_factory.mktemp("sites")
    servers = start_servers(World(seed=7), state, names=["lanterna-links"], ground_truth=False,
                            https=["lanterna-links"])
    try:
        yield {"state": state, "http": servers.ports["lanterna-links"],
               "https": servers.https_ports["lanterna-links"], "cert": servers.certificates["lanterna-links"]}
    finally:
        servers.close()


def test_the_lab_site_server_answers_https_with_the_same_page_and_logs_the_scheme(directory_served):
    cert = directory_served["cert"]
    assert Path(cert.key_path).stat().st_mode & 0o777 == 0o600
    ctx = ssl.create_default_context(cafile=cert.cert_path)  # checks the chain and the onion name
    with socket.create_connection(("127.0.0.1", directory_served["https"]), timeout=10) as raw, \
            ctx.wrap_socket(raw, server_hostname=ONION) as sock:
        sock.sendall(f"GET / HTTP/1.1\r\nHost: {ONION}\r\nUser-Agent: https-test\r\n\r\n".encode())
        resp = http.client.HTTPResponse(sock)
        resp.begin()
        body = resp.read()
    assert resp.status == 200 and body == DIRECTORY.handle("GET", "/", {}).body
    entry = read_access_log(directory_served["state"], "lanterna-links")[-1]
    assert entry["scheme"] == "https" and entry["user_agent"] == "https-test" and entry["path"] == "/"


def test_an_https_capture_goes_through_scope_and_handler_into_a_warc_record_with_its_fingerprint(
    directory_served, tmp_path, monkeypatch
):
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    cert = directory_served["cert"]
    settings = {"SCOPE_FILE": str(SCOPE), "ONIONSCOPE_HOME": str(tmp_path),
                "WARC_DIR": str(tmp_path / "warc")}

    async def go():
        relay = Socks5Relay({(ONION, 443): directory_served["https"], (ONION, 80): directory_served["http"]})
        socks_port = await relay.start()
        crawler = get_crawler(settings_dict={"TOR_SOCKS_ENDPOINTS": [f"127.0.0.1:{socks_port}"], **settings})
        crawler._apply_settings()
        scope, warc = ScopeMiddleware.from_crawler(crawler), WarcMiddleware.from_crawler(crawler)
        handler = SocksDownloadHandler.from_crawler(crawler)
        out = []
        try:
            for url in (f"https://{ONION}/", f"http://{ONION}/"):
                request = Request(url)
                scope.process_request(request)
                response = await handler.download_request(request)
                out.append((request, warc.process_response(request, response)))
        finally:
            await handler.close()
            await relay.close()
            warc.writer.close()
        return out

    (https_req, https_resp), (http_req, http_resp) = asyncio.run(go())
    assert https_resp.body == http_resp.body  # one site, two schemes: the same page
    loc = https_req.meta["onionscope_warc"]
    head, body, headers = read_response(loc["file"], loc["offset"])
    assert headers["WARC-Target-URI"] == f"https://{ONION}/"
    assert headers[TLS_CERT_HEADER] == cert.sha256
    assert headers["WARC-Onionscope-Tls-Verified"] == "false"
    assert headers["WARC-Onionscope-Tls-Version"].startswith("TLSv1.")
    assert headers["WARC-Onionscope-Onion"] == ONION and headers["WARC-Onionscope-Scope"] == "lab-demo"
    assert head.startswith(b"HTTP/1.1 200") and body == https_resp.body
    loc = http_req.meta["onionscope_warc"]
    _, _, plain_headers = read_response(loc["file"], loc["offset"])
    assert plain_headers["WARC-Target-URI"] == f"http://{ONION}/" and TLS_CERT_HEADER not in plain_headers
    # The request record of the https exchange names the certificate too.
    records = list(iter_records(loc["file"]))
    requests_https = [h for _o, kind, uri, h in records if kind == "request" and uri.startswith("https://")]
    assert requests_https and requests_https[0][TLS_CERT_HEADER] == cert.sha256


def test_a_resumed_crawl_replays_an_https_capture_with_its_tls_session_in_request_meta(
    directory_served, tmp_path, monkeypatch
):
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    settings = {"SCOPE_FILE": str(SCOPE), "ONIONSCOPE_HOME": str(tmp_path),
                "WARC_DIR": str(tmp_path / "warc")}

    async def capture():
        relay = Socks5Relay({(ONION, 443): directory_served["https"]})
        crawler = get_crawler(settings_dict={"TOR_SOCKS_ENDPOINTS": [f"127.0.0.1:{await relay.start()}"],
                                             **settings})
        crawler._apply_settings()
        scope, warc = ScopeMiddleware.from_crawler(crawler), WarcMiddleware.from_crawler(crawler)
        handler = SocksDownloadHandler.from_crawler(crawler)
        try:
            request = Request(f"https://{ONION}/")
            scope.process_request(request)
            warc.process_response(request, await handler.download_request(request))
            return request, warc
        finally:
            await handler.close()
            await relay.close()
            warc.writer.close()

    first, warc = asyncio.run(capture())
    loc = first.meta["onionscope_warc"]
    replay = Request(f"https://{ONION}/", meta={"onionscope_replay": (loc["file"], loc["offset"])})
    response = warc.process_request(replay)
    assert response is not None and replay.meta["onionscope_replayed"] is True
    assert replay.meta["onionscope_tls"] == {**first.meta["onionscope_tls"], "server_name": ONION}
    assert replay.meta["onionscope_tls"]["cert_sha256"] == directory_served["cert"].sha256


# -- scope, canonical URLs, frontier keys and links: http and https stay apart -------------------


def test_canonicalisation_drops_only_the_default_port_of_each_scheme_and_keeps_the_scheme():
    assert canonicalise(f"HTTPS://{ONION.upper()}:443/a?sid=1&b=2") == f"https://{ONION}/a?b=2"
    assert canonicalise(f"http://{ONION}:80/a") == f"http://{ONION}/a"
    assert canonicalise(f"http://{ONION}:443/a") == f"http://{ONION}:443/a"
    assert canonicalise(f"https://{ONION}:80/a") == f"https://{ONION}:80/a"
    assert canonicalise(f"https://{ONION}/a") != canonicalise(f"http://{ONION}/a")


def test_the_frontier_keeps_http_and_https_of_a_page_as_two_requests():
    assert request_key(Request(f"http://{ONION}/a")) != request_key(Request(f"https://{ONION}/a"))


def test_link_extraction_keeps_https_links_and_resolves_relative_links_on_an_https_page():
    body = f'<a href="https://{ONION}/x">x</a> <a href="/y">y</a> <a href="z?p=1">z</a>'.encode()
    assert quick_links(body, f"https://{ONION}/dir/") == [
        f"https://{ONION}/x", f"https://{ONION}/y", f"https://{ONION}/dir/z?p=1"]
    html = b"<html><head><title>t</title></head><body>" + body + b"</body></html>"
    links = parse_page(html, url=f"https://{ONION}/dir/", content_type="text/html").page.links
    assert f"https://{ONION}/x" in links and f"https://{ONION}/y" in links
    assert all(link.startswith("https://") for link in links)


def test_the_scope_admits_https_urls_of_a_target_and_still_denies_its_excluded_paths(tmp_path, monkeypatch):
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    crawler = get_crawler(settings_dict={"SCOPE_FILE": str(SCOPE), "ONIONSCOPE_HOME": str(tmp_path)})
    crawler._apply_settings()
    mw = ScopeMiddleware.from_crawler(crawler)
    ok = Request(f"https://{ONION}/")
    mw.process_request(ok)
    assert ok.meta["onionscope_scope"] == "allowed"
    with pytest.raises(IgnoreRequest):
        mw.process_request(Request(f"https://{ONION}/admin"))
    entries = [json.loads(x) for x in (tmp_path / "audit" / "audit.jsonl").read_text().splitlines()]
    assert [e["outcome"] for e in entries if e["op"] == "decision"] == ["allowed", "denied"]


# -- the lab's torrc: an onion's TLS port is forwarded to loopback only ---------------------------


def test_a_hidden_service_port_forwarding_off_the_machine_is_a_safety_problem():
    base = torrc.render(torrc.COMMON, {"DirAuthority": "a orport=1 v3ident=AA 127.0.0.1:2 BB"})
    for line in ("HiddenServicePort 80 127.0.0.1:8080", "HiddenServicePort 443 127.0.0.1:8443",
                 "HiddenServicePort 443", "HiddenServicePort 443 8443", "HiddenServicePort 80 unix:/s"):
        assert torrc.safety_problems(base + line + "\n") == [], line
    for line in ("HiddenServicePort 443 10.1.2.3:443", "HiddenServicePort 443 example.com:443",
                 "HiddenServicePort 443 0.0.0.0:8443"):
        assert torrc.safety_problems(base + line + "\n") == [f"{line} forwards outside 127.0.0.1"]


def test_a_scope_target_marked_https_is_started_over_https(tmp_path: Path, monkeypatch) -> None:
    from crawler.spiders.onion import OnionSpider

    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    text = (Path(__file__).resolve().parents[1] / "scopes" / "lab-demo.yaml").read_text()
    first = text.index("  - onion: ") + len("  - onion: ")
    onion = text[first:].split("\n", 1)[0]
    scope = tmp_path / "scope.yaml"
    scope.write_text(text.replace(f"  - onion: {onion}\n", f"  - onion: {onion}\n    scheme: https\n", 1))
    crawler = get_crawler(OnionSpider, {"SCOPE_FILE": str(scope), "ONIONSCOPE_HOME": str(tmp_path / "home")})
    spider = OnionSpider.from_crawler(crawler)

    async def starts() -> list[str]:
        return [request.url async for request in spider.start()]

    urls = asyncio.run(starts())
    assert urls[0] == f"https://{onion}/" and all(u.startswith("http://") for u in urls[1:])
