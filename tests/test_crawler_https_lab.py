"""https onions on the private Tor lab: the lab's link directory is also published on its onion's
port 443 (TLS, self-signed certificate made at lab start); the download handler and a whole crawl
fetch it through the real lab tor and archive it with the certificate's fingerprint."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from scrapy import Request
from scrapy.utils.test import get_crawler

from crawler import errors
from crawler.handlers.socks import SocksDownloadHandler
from crawler.tls import TlsError
from crawler.warc import TLS_CERT_HEADER, iter_records, read_response
from lab import torrc
from lab.sites.serve import read_access_log

pytestmark = pytest.mark.lab

ROOT = Path(__file__).resolve().parent.parent


def _https_site(lab: dict[str, Any]) -> dict[str, Any]:
    sites = [s for s in lab["sites"] if s.get("https_url")]
    assert [s["name"] for s in sites] == ["lanterna-links"]
    return sites[0]


def _handler(lab: dict[str, Any], **settings: Any) -> SocksDownloadHandler:
    endpoints = [f"127.0.0.1:{lab['socks_port']}"]
    crawler = get_crawler(settings_dict={"TOR_SOCKS_ENDPOINTS": endpoints, **settings})
    crawler._apply_settings()
    return SocksDownloadHandler.from_crawler(crawler)


def _fetch(handler: SocksDownloadHandler, *urls: str) -> list[Any]:
    """Download each URL (one retry on a transient tor error: the first stream on a fresh circuit
    can fail, see ../shared/notes/tor-lab.md)."""

    async def go() -> list[Any]:
        out = []
        try:
            for url in urls:
                for attempt in (0, 1):
                    try:
                        request = Request(url, meta={"onionscope_scope": "allowed"})
                        out.append(await handler.download_request(request))
                        break
                    except errors.TorError as exc:
                        if attempt or not exc.transient:
                            raise
        finally:
            await handler.close()
        return out

    return asyncio.run(go())


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def test_the_lab_publishes_its_directory_on_port_443_to_a_loopback_tls_server(lab):
    site = _https_site(lab)
    assert site["https_url"] == f"https://{site['onion']}/"
    services = next(n for n in lab["nodes"] if n["role"] == "services")
    text = (Path(services["directory"]) / "torrc").read_text()
    assert torrc.safety_problems(text) == []
    assert f"HiddenServicePort 443 127.0.0.1:{site['https_local_port']}" in text.splitlines()
    assert f"HiddenServicePort 80 127.0.0.1:{site['local_port']}" in text.splitlines()
    cert = x509.load_pem_x509_certificate(Path(site["tls_cert"]).read_bytes())
    assert hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest() == site["tls_cert_sha256"]
    assert cert.subject == cert.issuer  # self-signed, as most onion services' certificates are
    assert cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value.get_values_for_type(
        x509.DNSName) == [site["onion"]]
    assert Path(site["tls_cert"]).parent == Path(lab["dir"]) / "tls"


def test_an_https_onion_page_comes_through_the_lab_tor_with_the_labs_certificate(lab):
    site = _https_site(lab)
    since = _now()
    secure, plain = _fetch(_handler(lab), site["https_url"], site["url"])
    assert secure.status == 200 and secure.url == site["https_url"]
    assert secure.body == plain.body and b"Lanterna Links" in secure.body  # one site on both ports
    tls = secure.meta["onionscope_tls"]
    assert tls["cert_sha256"] == site["tls_cert_sha256"] and tls["verified"] is False
    assert tls["server_name"] == site["onion"] and "onionscope_tls" not in plain.meta
    served = [e for e in read_access_log(lab["dir"], site["name"]) if e["ts"] >= since]
    assert [(e.get("scheme", "http"), e["path"], e["host"]) for e in served] == [
        ("https", "/", site["onion"]), ("http", "/", site["onion"])]


def test_with_verification_on_the_labs_certificate_passes_only_when_trusted(lab):
    site = _https_site(lab)
    strict = _handler(lab, TOR_TLS_VERIFY=True, TOR_TLS_CA_FILE=site["tls_cert"])
    (trusted,) = _fetch(strict, site["https_url"])
    assert trusted.meta["onionscope_tls"]["verified"] is True
    with pytest.raises(TlsError, match="self-signed"):
        _fetch(_handler(lab, TOR_TLS_VERIFY=True), site["https_url"])


def test_a_crawl_from_an_https_start_url_archives_it_with_the_certificate_fingerprint(lab, tmp_path):
    site = _https_site(lab)
    scope = tmp_path / "scope.yaml"
    scope.write_text(f"""id: https-lab
case_reference: LAB-TEST-HTTPS
legal_basis: {{kind: research, text: lab test of https onions}}
purpose: show that an https onion page is fetched through tor and archived with its certificate
authorised_by: onionscope tests
valid_from: 2026-01-01
valid_until: 2030-12-31
targets:
  - onion: {site['onion']}
    deny: ["/admin*", "/account*"]
discovery: {{allowed: false, max_new_onions: 0}}
retention_days: 1
rate_limits: {{requests_per_second: 20, concurrency: 2}}
max_pages: 20
max_depth: 3
""")
    since = _now()
    cmd = [sys.executable, "-m", "crawler.run", "--scope", str(scope), "--tor", "lab",
           "--lab-state", lab["dir"],
           "--home", str(tmp_path / "home"), "--jobdir", str(tmp_path / "job"), "--no-enrich",
           "--index", f"sqlite:///{tmp_path / 'index.sqlite'}", "--json",
           "--set", f'CRAWL_START_URLS=["{site["https_url"]}"]',
           # Both start pages are parsed and followed, whichever answers first (the same body).
           "--set", "DEDUP_CONTENT_ENABLED=false"]
    env = {**os.environ, "ONIONSCOPE_AUDIT_KEY": str(tmp_path / "audit.key")}
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    summary = json.loads(out.stdout)
    assert summary["pages_fetched"] >= 2
    responses = [
        (path, offset, uri, headers)
        for path in sorted((tmp_path / "job" / "warc").glob("*.warc.gz"))
        for offset, kind, uri, headers in iter_records(str(path))
        if kind == "response"
    ]
    https = [r for r in responses if r[2].startswith("https://")]
    # The start page and its relative links, which resolve against https (the directory's
    # absolute links are http and are fetched as such).
    assert {r[2] for r in https} == {site["https_url"] + p for p in ("", "about", "pgp.txt")}
    assert all(h[TLS_CERT_HEADER] == site["tls_cert_sha256"] for _p, _o, _u, h in https)
    path, offset, _uri, headers = next(r for r in https if r[2] == site["https_url"])
    assert headers["WARC-Onionscope-Tls-Verified"] == "false"
    assert headers["WARC-Onionscope-Scope"] == "https-lab"
    assert headers["WARC-Onionscope-Onion"] == site["onion"]
    head, body, _ = read_response(str(path), offset)
    assert head.startswith(b"HTTP/1.1 200") and b"Lanterna Links" in body
    assert all(TLS_CERT_HEADER not in h for _p, _o, uri, h in responses if uri.startswith("http://"))
    # The site's own log: each https page once, nothing out of scope.
    served = [e for e in read_access_log(lab["dir"], site["name"]) if e["ts"] >= since]
    assert sorted(e["path"] for e in served if e.get("scheme") == "https") == ["/", "/about", "/pgp.txt"]
    assert not any(e["path"].startswith(("/admin", "/account")) for e in served)
