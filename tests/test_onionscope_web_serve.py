"""onionscope serve: the web app as a real server process, its start-up errors, and a cluster index."""

from __future__ import annotations

import json
import os
import select
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner

from ethics.audit import read_entries, verify
from index import open_index
from onionscope.cli import main
from onionscope.web import make_app
from tests.test_index_backends import corpus, later_captures
from tests.test_index_spool import closed_port
from tests.test_onionscope_web import Client

ROOT = Path(__file__).resolve().parent.parent
# never through a proxy: the server is on 127.0.0.1
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("ONIONSCOPE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    monkeypatch.delenv("ONIONSCOPE_INDEX", raising=False)
    idx = open_index(tmp_path / "index.sqlite")
    try:
        idx.add(corpus() + later_captures())
        idx.flush()
    finally:
        idx.close()
    return {
        **os.environ,
        "ONIONSCOPE_HOME": str(tmp_path / "home"),
        "ONIONSCOPE_AUDIT_KEY": str(tmp_path / "audit.key"),
    }


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with OPENER.open(req, timeout=30) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


@pytest.fixture
def server(env: dict[str, str], tmp_path: Path) -> Iterator[tuple[str, Path]]:
    log = tmp_path / "audit" / "audit.jsonl"
    cmd = [
        sys.executable,
        "-m",
        "onionscope",
        "serve",
        "--port",
        "0",
        "--index",
        str(tmp_path / "index.sqlite"),
    ]
    cmd += ["--audit-log", str(log), "--user", "analyst.ana"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 120)
        line = proc.stdout.readline() if ready else ""
        assert line.startswith("onionscope web app on http://127.0.0.1:"), (line, proc.poll())
        assert "sqlite index" in line and "20 documents" in line and "user analyst.ana" in line
        yield line.split()[4].rstrip("/"), log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0  # SIGTERM stops it cleanly


def test_serve_answers_pages_over_http_and_logs_each_consultation(server: tuple[str, Path]) -> None:
    base, log = server
    status, headers, body = fetch(base + "/")
    assert status == 200 and headers["X-Frame-Options"] == "DENY" and b'action="/search"' in body
    status, _, body = fetch(base + "/search.json?" + urlencode({"q": "green tea", "type": "listing"}))
    assert status == 400 and json.loads(body)["error"].startswith("a justification is needed")
    query = urlencode({"q": "green tea", "type": "listing", "why": "case 21"})
    status, headers, body = fetch(f"{base}/search?{query}")
    assert status == 200 and "onionscope_why=case%2021" in headers["Set-Cookie"]
    assert b"Fictional <mark>green</mark> <mark>tea</mark>, 100 g" in body
    status, _, body = fetch(base + "/vendor/leafy.json", {"Cookie": "onionscope_why=case%2021"})
    assert status == 200 and json.loads(body)["markets"] == ["m1mart.onion", "m2bazaar.onion", "m3souk.onion"]
    health = json.loads(fetch(base + "/health.json")[2])
    assert health["ok"] is True and health["index"]["counts"]["total"] == 20
    assert fetch(base + "/nowhere")[0] == 404
    entries = list(read_entries(log))
    assert [(e["object"].split(":")[0], e["justification"]) for e in entries] == [
        ("search", "case 21"),
        ("vendor", "case 21"),
    ]


def test_concurrent_consultations_each_get_their_audit_entry_and_the_chain_holds(
    server: tuple[str, Path],
) -> None:
    base, log = server
    words = ["tea", "saffron", "leafy", "green", "spices", "herbs", "black", "fictional"] * 2

    def search(word: str) -> int:
        status, _, body = fetch(f"{base}/search.json?" + urlencode({"q": word, "why": f"case 22: {word}"}))
        assert status == 200
        return int(json.loads(body)["total"])

    with ThreadPoolExecutor(8) as pool:
        totals = list(pool.map(search, words))
    assert totals[0] > 0 and totals[:8] == totals[8:]
    entries = list(read_entries(log))
    assert sorted(e["justification"] for e in entries) == sorted(f"case 22: {w}" for w in words)
    assert verify(log).ok


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_serve_start_up_problems_are_one_line_errors(env: dict[str, str], tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        index = str(tmp_path / "index.sqlite")
        for args, message in (
            (["--index", str(tmp_path / "missing.sqlite")], "no index at"),
            (["--index", closed_port()], "is not reachable"),
            (["--index", index, "--port", port], f"cannot listen on 127.0.0.1:{port}"),
            (
                ["--index", index, "--host", "0.0.0.0"],
                "0.0.0.0 is not a loopback address: add --allow-remote",
            ),
        ):
            res = run("serve", *args)
            assert res.exit_code == 1, (args, res.output)
            assert res.output.startswith("Error: ") and message in res.output, res.output
            assert res.output.count("\n") == 1
    assert not (tmp_path / "missing.sqlite").exists()


@pytest.mark.cluster
def test_a_search_through_the_web_app_runs_on_the_cluster(
    search_cluster: Any, cluster_index_prefix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    monkeypatch.setenv("ONIONSCOPE_HOME", str(tmp_path / "home"))
    idx = open_index(search_cluster.url, prefix=cluster_index_prefix)
    try:
        idx.add(corpus() + later_captures())
        idx.flush()
    finally:
        idx.close()
    log = tmp_path / "audit" / "audit.jsonl"
    app = make_app(
        search_cluster.url, audit_log=log, user="ana", index_options={"prefix": cluster_index_prefix}
    )
    web = Client(app, log)
    deadline = time.monotonic() + 30
    while True:  # the cluster makes new documents searchable at its next refresh
        res = web.get(
            "/search.json", {"q": "green tea", "type": "listing", "facet": "site", "why": "case 23"}
        )
        if res.json().get("total") == 3 or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    data = res.json()
    assert res.status == 200 and data["total"] == 3
    assert data["facets"]["site"] == [["m2bazaar.onion", 2], ["m1mart.onion", 1]]
    hit = data["hits"][0]
    record = web.get(f"/record/{hit['id']}.json", {"why": "case 23"}).json()
    assert record["record"] == hit["record"] and record["history"]
    assert [e["details"]["index"] for e in web.entries()] == [search_cluster.engine] * len(web.entries())
    app.close()
