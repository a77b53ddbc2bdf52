"""crawler.handlers.socks.SocksDownloadHandler and crawler.middlewares.scope: fetching through tor,
circuit isolation per onion, extended onion errors, and refusal of anything not admitted."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.utils.test import get_crawler

from crawler import errors
from crawler.handlers.socks import ScopeNotChecked
from crawler.middlewares.scope import ScopeDenied, ScopeMiddleware
from crawler.torpool import TorControl
from tests.socks_handler import admitted, make_handler

ROOT = Path(__file__).resolve().parent.parent
SCOPE = ROOT / "scopes" / "lab-demo.yaml"
DEAD = "nin2e656fptylpelhawlhcrmaw677nibe4ffshpeyxgu5so6g5nwhbyd.onion"


def test_handler_refuses_a_request_without_scope_decision_before_any_socket():
    handler = make_handler(9)  # port 9: nothing listens; the refusal must come first
    with pytest.raises(ScopeNotChecked):
        asyncio.run(handler.download_request(Request("http://example.onion/")))


def test_scope_middleware_denies_clear_web_and_out_of_scope_paths_and_audits(tmp_path, monkeypatch):
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    crawler = get_crawler(settings_dict={"SCOPE_FILE": str(SCOPE), "ONIONSCOPE_HOME": str(tmp_path)})
    crawler._apply_settings()
    mw = ScopeMiddleware.from_crawler(crawler)
    tessera = "g3o364kv6cbo3h72tdrjtzynoictxdyikzdkfiwgggs6m3wgftpgjaad.onion"
    for url, reason in (
        ("https://example.com/", "clearnet"),
        (f"http://{tessera}/admin", "path_denied"),
        ("http://" + "a" * 51 + "m2dqd.onion/", "out_of_scope_host"),
    ):
        with pytest.raises(ScopeDenied) as info:
            mw.process_request(Request(url))
        assert info.value.reason == reason
    ok = Request(f"http://{tessera}/")
    mw.process_request(ok)
    assert ok.meta["onionscope_scope"] == "allowed" and ok.meta["onionscope_scope_id"] == "lab-demo"
    entries = [json.loads(line) for line in (tmp_path / "audit" / "audit.jsonl").read_text().splitlines()]
    outcomes = [(e["op"], e["outcome"]) for e in entries if e["op"] == "decision"]
    assert outcomes == [("decision", "denied")] * 3 + [("decision", "allowed")]
    assert crawler.stats.get_value("ethics/blocked/clearnet") == 1


@pytest.mark.lab
def test_fetch_through_the_handler_returns_the_page_and_its_raw_head(lab):
    site = lab["sites"][0]
    handler = make_handler(lab["socks_port"])

    async def go():
        try:
            return await handler.download_request(admitted(site["url"]))
        finally:
            await handler.close()

    response = asyncio.run(go())
    assert response.status == 200 and b"<html" in response.body.lower()
    raw = response.meta["onionscope_wire"]
    assert raw.head.startswith(b"HTTP/1.1 200") and raw.body == response.body


@pytest.mark.lab
def test_keep_alive_reuses_one_stream_per_onion(lab):
    site = lab["sites"][0]
    handler = make_handler(lab["socks_port"])

    async def go():
        try:
            for _ in range(5):
                await handler.download_request(admitted(site["url"]))
        finally:
            await handler.close()

    asyncio.run(go())
    assert handler.pool.opened == 1 and handler.pool.reused == 4


@pytest.mark.lab
def test_different_socks_credentials_get_different_circuits(lab):
    """IsolateSOCKSAuth: the SOCKS username/password is the isolation key (checked with stem)."""
    site = lab["sites"][1]
    first = make_handler(lab["socks_port"], TOR_ISOLATION_NONCE="run-a")
    second = make_handler(lab["socks_port"], TOR_ISOLATION_NONCE="run-b")
    ctl = TorControl("127.0.0.1", lab["control_port"])

    async def go():
        await first.download_request(admitted(site["url"]))
        await second.download_request(admitted(site["url"]))
        # Both keep-alive streams are still open: ask tor which circuit carries each.
        onion = site["onion"]
        streams = [s for s in ctl.streams() if s["target"] and s["target"].startswith(onion)]
        circuits = {c["id"]: c for c in ctl.circuits()}
        await first.close()
        await second.close()
        return streams, circuits

    try:
        streams, circuits = asyncio.run(go())
    finally:
        ctl.close()
    assert len(streams) == 2
    assert streams[0]["circ_id"] != streams[1]["circ_id"]
    passwords = {circuits[s["circ_id"]]["socks_password"] for s in streams if s["circ_id"] in circuits}
    assert passwords == {"run-a", "run-b"}


@pytest.mark.lab
def test_the_dead_onion_raises_its_extended_error(lab):
    handler = make_handler(lab["socks_port"])
    with pytest.raises(errors.OnionError) as info:
        asyncio.run(handler.download_request(admitted(f"http://{DEAD}/")))
    # tor 0.4.9 answers F0 for an onion whose descriptor no HSDir has.
    assert type(info.value) is errors.OnionDescriptorNotFound
    assert info.value.onion == DEAD and not info.value.transient


@pytest.mark.lab
def test_tor_control_reports_bootstrap_circuits_and_newnym(lab):
    ctl = TorControl("127.0.0.1", lab["control_port"])
    try:
        ctl.wait_bootstrapped(timeout=30)
        status = ctl.status()
        assert status["bootstrap"] == 100 and status["circuits_built"] >= 1
        assert isinstance(ctl.newnym(), bool)
    finally:
        ctl.close()


def test_unreachable_control_port_is_a_tor_unavailable_error():
    with pytest.raises(errors.TorUnavailable):
        TorControl("127.0.0.1", 9)


@pytest.mark.lab
def test_tor_status_command_reports_every_client_of_the_pool(lab):
    from click.testing import CliRunner

    from onionscope.cli import main

    result = CliRunner().invoke(main, ["tor", "status", "--lab-state", lab["dir"], "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert len(rows) == len(lab["clients"]) and all(r["bootstrap"] == 100 for r in rows)
