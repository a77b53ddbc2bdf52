"""lab.sites.serve: the HTTP servers of the lab's sites, run as a real subprocess on 127.0.0.1."""

from __future__ import annotations

import http.client
import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lab.sites import World
from lab.sites.serve import read_access_log, start_servers

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    state = tmp_path_factory.mktemp("sites")
    proc = subprocess.Popen(
        [sys.executable, "-m", "lab.sites.serve", "--seed", "7", "--state-dir", str(state)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    ports = json.loads(line)["sites"]
    try:
        yield {"proc": proc, "ports": ports, "state": state}
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)


def _get(conn: http.client.HTTPConnection, path: str, host: str) -> tuple[int, bytes, dict[str, str]]:
    conn.request("GET", path, headers={"Host": host, "User-Agent": "onionscope-test"})
    resp = conn.getresponse()
    return resp.status, resp.read(), dict(resp.getheaders())


def test_server_prints_one_port_per_published_site(served: dict[str, Any]) -> None:
    world = World(seed=7)
    assert list(served["ports"]) == [s.name for s in world.sites if s.published]
    assert all(isinstance(p, int) and p > 0 for p in served["ports"].values())


def test_server_answers_like_the_world_over_one_keep_alive_connection(served: dict[str, Any]) -> None:
    world = World(seed=7)
    site = world.site("kornblume-markt")
    conn = http.client.HTTPConnection("127.0.0.1", served["ports"][site.name], timeout=10)
    try:
        for path in ("/", "/angebot.php?id=1", "/konto", "/warteschlange", "/gibt-es-nicht"):
            status, body, headers = _get(conn, path, site.onion)
            expected = site.handle("GET", path, {})
            assert (status, body) == (expected.status, expected.body), path
            assert headers["Content-Type"] == expected.header("Content-Type")
    finally:
        conn.close()


def test_access_log_records_each_request_with_host_and_agent(served: dict[str, Any]) -> None:
    world = World(seed=7)
    site = world.site("undertow")
    conn = http.client.HTTPConnection("127.0.0.1", served["ports"][site.name], timeout=10)
    try:
        _get(conn, "/d/Tea", site.onion)
        _get(conn, "/media/banner.png", site.onion)
    finally:
        conn.close()
    lines = read_access_log(served["state"], "undertow")
    assert [x["path"] for x in lines[-2:]] == ["/d/Tea", "/media/banner.png"]
    last = lines[-1]
    assert last["host"] == site.onion and last["user_agent"] == "onionscope-test"
    assert last["status"] == 200 and last["bytes"] > 100 and last["method"] == "GET" and "T" in last["ts"]
    assert read_access_log(served["state"], "le-cercle") == []  # nothing fetched there, the log proves it
    assert read_access_log(served["state"], "no-such-site") == []


def test_ground_truth_file_is_written_whole(served: dict[str, Any]) -> None:
    path = served["state"] / "groundtruth.jsonl"
    deadline = time.monotonic() + 30
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    lines = [json.loads(x) for x in path.read_text().splitlines()]
    assert len(lines) == sum(1 for _ in World(seed=7).ground_truth())
    assert lines[0]["page_type"] == "directory"


def test_slow_endpoint_waits_before_answering(served: dict[str, Any]) -> None:
    site = World(seed=7).site("sombra-mercado")
    conn = http.client.HTTPConnection("127.0.0.1", served["ports"][site.name], timeout=20)
    try:
        start = time.monotonic()
        status, _, _ = _get(conn, "/estado", site.onion)
        assert status == 200 and time.monotonic() - start >= 2.9
    finally:
        conn.close()


def test_sigterm_stops_the_server_cleanly_with_nothing_more_on_stdout(served: dict[str, Any]) -> None:
    proc: subprocess.Popen[bytes] = served["proc"]
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0
    assert out == b""  # the ports line was the only stdout output
    assert b"stopping" in err


def test_in_process_servers_start_and_close(tmp_path: Path) -> None:
    servers = start_servers(World(seed=7), tmp_path, names=["lanterna-links"])
    try:
        conn = http.client.HTTPConnection("127.0.0.1", servers.ports["lanterna-links"], timeout=10)
        status, body, _ = _get(conn, "/", "x.onion")
        conn.close()
        assert status == 200 and b"Lanterna Links" in body
        assert servers.ground_truth_ready.wait(30)
    finally:
        servers.close()
    assert (tmp_path / "groundtruth.jsonl").exists()


def test_unknown_site_name_is_a_one_line_error(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "lab.sites.serve", "--sites", "nope", "--state-dir", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 2 and proc.stdout == b""
    assert proc.stderr.decode().strip() == "error: no lab site named 'nope'"


def test_the_dead_onion_cannot_be_served(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "lab.sites.serve", "--sites", "mercurio-market", "--state-dir", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 2 and b"dead onion" in proc.stderr


def test_session_fixture_serves_every_published_site_over_http(lab_sites_http: dict[str, Any]) -> None:
    world: World = lab_sites_http["world"]
    for site in world.sites:
        if not site.published:
            assert site.name not in lab_sites_http["ports"]
            continue
        conn = http.client.HTTPConnection("127.0.0.1", lab_sites_http["ports"][site.name], timeout=10)
        try:
            status, _, _ = _get(conn, site.start_path, site.onion)
        finally:
            conn.close()
        assert status == 200, site.name
    assert (lab_sites_http["state_dir"] / "groundtruth.jsonl").exists()


def test_inspection_cli_writes_ground_truth_and_reports_truths(tmp_path: Path) -> None:
    out = tmp_path / "gt.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "lab.sites", "groundtruth", "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0
    assert len(out.read_text().splitlines()) == sum(1 for _ in World(seed=7).ground_truth())
    truth = subprocess.run(
        [sys.executable, "-m", "lab.sites", "truth"], cwd=REPO, capture_output=True, timeout=120, check=True
    )
    data = json.loads(truth.stdout)
    assert data["producers"] == World(seed=7).producers() and data["now"].startswith("2026-11-20T12:00")
    bad = subprocess.run(
        [sys.executable, "-m", "lab.sites", "groundtruth", "--out", str(tmp_path / "no" / "x")],
        cwd=REPO,
        capture_output=True,
        timeout=120,
    )
    assert bad.returncode == 1 and bad.stderr.decode().startswith("error: cannot write")
    assert b"Traceback" not in bad.stderr


def test_ground_truth_is_identical_across_processes_and_hash_seeds() -> None:
    import hashlib
    import os

    digests = set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-m", "lab.sites", "groundtruth"],
            cwd=REPO,
            env=env,
            capture_output=True,
            timeout=120,
            check=True,
        ).stdout
        digests.add(hashlib.sha256(out).hexdigest())
    here = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in World(seed=7).ground_truth())
    digests.add(hashlib.sha256(here.encode()).hexdigest())
    assert len(digests) == 1
