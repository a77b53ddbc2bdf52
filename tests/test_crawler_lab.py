"""The crawler on the private Tor lab: the must-shows of issue 5, checked against the lab's
ground truth and its per-site access logs.

Each crawl runs in a subprocess (``python -m crawler.run``), as ``onionscope crawl`` does: Scrapy's
reactor runs once per process, and the resume test must be able to SIGKILL it.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import deque
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.middlewares.canonical import canonicalise
from crawler.warc import read_record
from ethics.scope import Scope, load_scope

pytestmark = [pytest.mark.lab, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
SCOPE = ROOT / "scopes" / "lab-demo.yaml"
DEAD = "nin2e656fptylpelhawlhcrmaw677nibe4ffshpeyxgu5so6g5nwhbyd.onion"
UA_MARK = "Firefox/128.0"  # the crawler's user agent; the lab's own readiness probes use requests'


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "+00:00"


def crawl_cmd(lab: dict[str, Any], work: Path, *extra: str, tor: str = "lab", cli: bool = False) -> list[str]:
    """``python -m crawler.run ...``, or with ``cli`` the same through ``onionscope crawl``."""
    head = [sys.executable, "-m", "onionscope", "crawl"] if cli else [sys.executable, "-m", "crawler.run"]
    return [
        *head,
        "--scope",
        str(SCOPE),
        "--tor",
        tor,
        "--lab-state",
        lab["dir"],
        "--home",
        str(work / "home"),
        "--jobdir",
        str(work / "job"),
        "--index",
        f"sqlite:///{work / 'index.sqlite'}",
        "--json",
        *extra,
    ]


def crawl_env(work: Path) -> dict[str, str]:
    return {**os.environ, "ONIONSCOPE_AUDIT_KEY": str(work / "audit.key")}


def run_crawl(
    lab: dict[str, Any], work: Path, *extra: str, tor: str = "lab", cli: bool = False
) -> dict[str, Any]:
    return run_crawl_logged(lab, work, *extra, tor=tor, cli=cli)[0]


def run_crawl_logged(
    lab: dict[str, Any], work: Path, *extra: str, tor: str = "lab", cli: bool = False
) -> tuple[dict[str, Any], str]:
    """The crawl's summary and what it wrote on stderr."""
    out = subprocess.run(
        crawl_cmd(lab, work, *extra, tor=tor, cli=cli),
        cwd=ROOT,
        env=crawl_env(work),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout), out.stderr


def norm(url: str) -> str:
    """Comparable form: canonical, percent-escapes decoded (ground truth writes ``%2F`` where a
    site links ``/``; the crawler requests what the site linked)."""
    return unquote(canonicalise(url))


def in_scope(scope: Scope, url: str) -> bool:
    parts = urlsplit(url)
    target = scope.target(parts.hostname or "")
    if target is None:
        return False
    return target.path_allowed((parts.path or "/") + (f"?{parts.query}" if parts.query else ""))[0]


def reachable_in_scope(lab: dict[str, Any], scope: Scope) -> dict[str, dict[str, Any]]:
    """Ground-truth pages reachable from the targets' start pages through in-scope links only."""
    lines = Path(lab["ground_truth"]).read_text().splitlines()
    pages = {norm(g["url"]): g for g in map(json.loads, lines)}
    starts = [f"http://{t.onion}/" for t in scope.targets if f"http://{t.onion}/" in pages]
    seen, queue = set(starts), deque(starts)
    while queue:
        for link in pages[queue.popleft()]["links"]:
            url = norm(link)
            if url in pages and url not in seen and in_scope(scope, url):
                seen.add(url)
                queue.append(url)
    return {u: pages[u] for u in seen}


def crawler_requests(lab: dict[str, Any], since: str) -> list[dict[str, Any]]:
    """Access-log entries made by the crawler since ``since``, as {url, method, status}."""
    out = []
    for log in Path(lab["access_dir"]).glob("*.jsonl"):
        for line in log.read_text().splitlines():
            e = json.loads(line)
            if e["ts"] >= since and UA_MARK in (e.get("user_agent") or ""):
                out.append(
                    {"url": f"http://{e['host']}{e['path']}", "method": e["method"], "status": e["status"]}
                )
    return out


def fetched_urls(job: Path) -> set[str]:
    db = sqlite3.connect(job / "frontier.sqlite3")
    try:
        return {norm(u) for (u,) in db.execute("SELECT url FROM requests WHERE fetches > 0")}
    finally:
        db.close()


@pytest.fixture(scope="module")
def crawl(lab: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("crawl")
    since = _now()
    summary, stderr = run_crawl_logged(lab, work, cli=True)  # the real `onionscope crawl` command
    return {"summary": summary, "work": work, "since": since, "requests": crawler_requests(lab, since),
            "stderr": stderr}


def test_the_crawl_command_writes_no_scrapy_info_log_unless_asked(crawl):
    assert "INFO" not in crawl["stderr"] and "[scrapy" not in crawl["stderr"], crawl["stderr"][:2000]


def test_every_reachable_in_scope_page_is_fetched(lab, crawl):
    scope = load_scope(SCOPE)
    expected = reachable_in_scope(lab, scope)
    fetched = fetched_urls(crawl["work"] / "job")
    assert len(expected) > 100
    assert sorted(set(expected) - fetched) == []
    assert crawl["summary"]["pages_fetched"] == len(expected)


def test_no_request_leaves_the_scope_and_each_page_is_asked_once(lab, crawl):
    scope = load_scope(SCOPE)
    reqs = crawl["requests"]
    assert reqs, "the access logs show no crawler request"
    assert [r["url"] for r in reqs if not in_scope(scope, r["url"])] == []
    counts = collections.Counter(r["url"] for r in reqs)
    assert [u for u, n in counts.items() if n > 1] == []
    assert {r["method"] for r in reqs} == {"GET"}  # no form was ever submitted (no login, no captcha)
    summary = crawl["summary"]
    assert summary["pages_denied"] >= summary["denied_by_reason"].get("path_denied", 0) > 0
    assert summary["denied_by_reason"].get("clearnet", 0) > 0


def test_the_dead_onion_is_marked_dead_with_backoff(crawl):
    summary = crawl["summary"]
    assert summary["sites_dead"] == [DEAD]
    assert summary["errors"].get("descriptor_not_found", 0) >= 1
    db = sqlite3.connect(crawl["work"] / "home" / "liveness.sqlite3")
    state, failures, last_fail, next_try = db.execute(
        "SELECT state, failures, last_fail, next_try FROM sites WHERE onion=?", (DEAD,)
    ).fetchone()
    assert state == "dead" and failures >= 1 and next_try > last_fail


def test_interstitials_are_reported_with_their_reason(lab, crawl):
    scope = load_scope(SCOPE)
    walls = {
        u: g["page_type"]
        for u, g in reachable_in_scope(lab, scope).items()
        if g["page_type"] in ("login", "captcha", "ddos_protection")
    }
    assert walls, "the lab should have interstitials in scope"
    reported = {norm(i["url"]): i["reason"] for i in crawl["summary"]["interstitials"]}
    assert {u: reported.get(u) for u in walls} == walls
    assert set(crawl["summary"]["sites_blocked"]) == {urlsplit(u).hostname for u in walls}


def test_warc_records_carry_digest_scope_and_onion(crawl):
    summary = crawl["summary"]
    assert summary["warc_files"]
    responses = 0
    import base64
    import hashlib

    for path in summary["warc_files"]:
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type != "response":
                    continue
                responses += 1
                body = rec.raw_stream.read()
                digest = "sha256:" + base64.b32encode(hashlib.sha256(body).digest()).decode()
                assert rec.rec_headers.get_header("WARC-Payload-Digest") == digest
                assert rec.rec_headers.get_header("WARC-Onionscope-Scope") == "lab-demo"
                onion = rec.rec_headers.get_header("WARC-Onionscope-Onion")
                assert onion and onion in rec.rec_headers.get_header("WARC-Target-URI")
    assert responses > 100


def test_frontier_rows_point_at_their_warc_record(crawl):
    db = sqlite3.connect(crawl["work"] / "job" / "frontier.sqlite3")
    rows = db.execute(
        "SELECT url, warc_file, warc_offset FROM requests WHERE fetches > 0 LIMIT 50"
    ).fetchall()
    for url, path, offset in rows:
        rec_type, _head, _body, headers = read_record(path, offset)
        assert rec_type in ("response", "metadata") and headers["WARC-Target-URI"] == url


def test_records_reach_the_index(crawl):
    records = crawl["summary"]["records"]
    assert records.get("page", 0) > 100
    assert records.get("listing", 0) > 0 and records.get("post", 0) > 0 and records.get("vendor", 0) > 0
    db = sqlite3.connect(crawl["work"] / "index.sqlite")
    tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert tables


def test_exactly_one_request_per_page(crawl):
    # Counted where it matters, at the sites (their access logs): one request per page fetched.
    # (Scrapy's own request count also holds attempts that never reached a site: the dead onion's
    # descriptor lookups, a circuit that broke under load and was retried.)
    summary = crawl["summary"]
    assert len(crawl["requests"]) == summary["pages_fetched"], summary["errors"]


def test_sigkill_then_resume_fetches_nothing_archived_twice_and_loses_nothing(lab, tmp_path):
    scope = load_scope(SCOPE)
    since = _now()
    job = tmp_path / "job"
    proc = subprocess.Popen(
        crawl_cmd(lab, tmp_path, "--set", "CONCURRENT_REQUESTS=4"),
        cwd=ROOT,
        env=crawl_env(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 300
        archived = 0
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.3)
            try:
                db = sqlite3.connect(f"file:{job / 'frontier.sqlite3'}?mode=ro", uri=True)
                archived = db.execute("SELECT COUNT(*) FROM requests WHERE fetches > 0").fetchone()[0]
                db.close()
            except sqlite3.Error:
                continue
            if archived >= 150:
                break
        assert proc.poll() is None, "the crawl ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    # What the killed run had archived: every response in its WARC files.
    before = set()
    for path in (job / "warc").glob("*.warc.gz"):
        with open(path, "rb") as fh:
            before |= {
                r.rec_headers.get_header("WARC-Target-URI")
                for r in ArchiveIterator(fh)
                if r.rec_type in ("response", "metadata")
            }
    assert len(before) >= 100
    summary = run_crawl(lab, tmp_path)
    assert summary["pages_replayed"] >= 0 and summary["resume"]["requeued"] > 0
    reqs = crawler_requests(lab, since)
    counts = collections.Counter(r["url"] for r in reqs)
    twice = {norm(u) for u, n in counts.items() if n > 1}
    before = {norm(u) for u in before}
    # Nothing the killed run had archived is fetched again; only requests in flight at the kill
    # (sent, never answered to us: at most CONCURRENT_REQUESTS of them) are asked again.
    assert twice & before == set()
    assert len(twice) <= 4
    assert sorted(set(reachable_in_scope(lab, scope)) - fetched_urls(job)) == []
    # Every archived page of the killed run exists once in the WARC files of both runs.
    archived_urls: collections.Counter[str] = collections.Counter()
    for path in (job / "warc").glob("*.warc.gz"):
        with open(path, "rb") as fh:
            archived_urls.update(
                r.rec_headers.get_header("WARC-Target-URI")
                for r in ArchiveIterator(fh)
                if r.rec_type in ("response", "metadata")
            )
    assert [u for u, n in archived_urls.items() if n > 1] == []


def test_own_tor_mode_with_control_port_and_no_dns_for_onions(lab, tmp_path):
    """``--tor socks5://HOST:PORT,control=HOST:PORT`` against the lab; getaddrinfo is recorded."""
    client = lab["clients"][-1]
    tor = f"socks5://127.0.0.1:{client['socks_port']},control=127.0.0.1:{client['control_port']}"
    trace = tmp_path / "getaddrinfo.json"
    wrapper = (
        "import json, socket, sys\n"
        "calls = []\n"
        "real = socket.getaddrinfo\n"
        "def traced(host, *a, **k):\n"
        "    calls.append(str(host))\n"
        "    return real(host, *a, **k)\n"
        "socket.getaddrinfo = traced\n"
        "from crawler.run import main\n"
        "rc = main(sys.argv[1:])\n"
        f"json.dump(calls, open({str(trace)!r}, 'w'))\n"
        "sys.exit(rc)\n"
    )
    cmd = crawl_cmd(lab, tmp_path, "--set", "CRAWL_START_URLS=[]", tor=tor)
    cmd = [sys.executable, "-c", wrapper, *cmd[3:]]
    out = subprocess.run(cmd, cwd=ROOT, env=crawl_env(tmp_path), capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stderr[-3000:]
    summary = json.loads(out.stdout)
    assert summary["pages_fetched"] > 100
    assert summary["tor"][0]["control"] == f"127.0.0.1:{client['control_port']}"
    assert summary["tor"][0]["bootstrap"] == 100
    calls = json.loads(trace.read_text())
    assert [h for h in calls if h.endswith(".onion")] == []
    # Clear-web links met on the sites were refused by the scope before any lookup.
    assert summary["denied_by_reason"].get("clearnet", 0) > 0


def test_sigint_stops_cleanly_and_the_resume_asks_nothing_twice(lab, tmp_path):
    since = _now()
    job = tmp_path / "job"
    proc = subprocess.Popen(
        crawl_cmd(lab, tmp_path, "--set", "CONCURRENT_REQUESTS=4"),
        cwd=ROOT,
        env=crawl_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.3)
        try:
            db = sqlite3.connect(f"file:{job / 'frontier.sqlite3'}?mode=ro", uri=True)
            archived = db.execute("SELECT COUNT(*) FROM requests WHERE fetches > 0").fetchone()[0]
            db.close()
        except sqlite3.Error:
            continue
        if archived >= 100:
            break
    assert proc.poll() is None, "the crawl ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0
    first = json.loads(out)
    assert first["finish_reason"] == "shutdown"
    second = run_crawl(lab, tmp_path)
    assert second["finish_reason"] == "finished"
    counts = collections.Counter(norm(r["url"]) for r in crawler_requests(lab, since))
    # A clean stop lets in-flight requests finish and records them: nothing is asked twice.
    assert [u for u, n in counts.items() if n > 1] == []
    assert sorted(set(reachable_in_scope(lab, load_scope(SCOPE))) - fetched_urls(job)) == []


def test_revisit_fetches_again_and_keeps_a_snapshot_only_when_a_page_changed(lab, tmp_path):
    first = run_crawl(lab, tmp_path)
    since = _now()
    again = run_crawl(lab, tmp_path, "--set", "CRAWL_REVISIT=true")
    assert again["resume"]["revisits"] >= first["pages_fetched"] - 5
    assert again["pages_fetched"] >= first["pages_fetched"] - 5  # a new WARC copy of each page
    assert again["revisits"].get("unchanged", 0) > 100  # the lab's pages did not change...
    assert again["records"].get("page", 0) < first["records"]["page"]  # ...so no new snapshot records
    counts = collections.Counter(r["url"] for r in crawler_requests(lab, since))
    assert [u for u, n in counts.items() if n > 1] == []


def test_media_follow_the_scopes_policy_decided_by_the_real_type(crawl):
    """The lab scope says ``media: hashes``: images are fetched, hashed, and not kept."""
    kinds: dict[str, set[str]] = collections.defaultdict(set)
    for path in crawl["summary"]["warc_files"]:
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type in ("response", "metadata"):
                    kinds[rec.rec_headers.get_header("WARC-Target-URI")].add(rec.rec_type)
                    if rec.rec_type == "metadata":
                        facts = json.loads(rec.content_stream().read())
                        assert facts["action"] in ("hash", "discard") and len(facts["sha256"]) == 64
    images = [u for u in kinds if u.endswith(".png")]
    assert images and all(kinds[u] == {"metadata"} for u in images)
    # /files/keys.zip is served as text/html: python-magic sees a zip and it is not kept either.
    zips = [u for u in kinds if u.endswith("keys.zip")]
    assert zips and all(kinds[u] == {"metadata"} for u in zips)


def test_a_full_disk_stops_the_crawl_in_one_line_and_the_resume_loses_no_page(lab, tmp_path, small_disk):
    warc = ["--set", f"WARC_DIR={small_disk}"]
    text_output = [a for a in crawl_cmd(lab, tmp_path, *warc, cli=True) if a != "--json"]
    out = subprocess.run(text_output, cwd=ROOT, env=crawl_env(tmp_path), capture_output=True, text=True,
                         timeout=600)
    assert out.returncode == 1, out.stderr[-2000:]
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: cannot write to ") and "No space left on device" in last
    assert "the crawl stopped; make room" in last and "Traceback" not in out.stderr
    assert "stopped before the end (data could not be written)" in out.stdout

    small_disk.grow()
    second = run_crawl(lab, tmp_path, *warc)
    assert second["finish_reason"] == "finished" and second["fatal"] is None
    archived: collections.Counter[str] = collections.Counter()
    for path in sorted(small_disk.glob("*.warc.gz")):
        with open(path, "rb") as fh:  # every record whole: a failed write left no torn record
            for record in ArchiveIterator(fh):
                if record.rec_type in ("response", "metadata"):
                    archived[norm(record.rec_headers.get_header("WARC-Target-URI"))] += 1
    assert [u for u, n in archived.items() if n > 1] == []
    assert sorted(set(reachable_in_scope(lab, load_scope(SCOPE))) - set(archived)) == []


def test_a_full_data_directory_stops_cleanly_keeps_the_audit_log_intact_and_resumes(lab, small_disk):
    # Everything of the crawl on one small disk: audit log, frontier, WARC, index (worker process).
    text_output = [a for a in crawl_cmd(lab, small_disk, cli=True) if a != "--json"]
    out = subprocess.run(text_output, cwd=ROOT, env=crawl_env(small_disk), capture_output=True, text=True,
                         timeout=600)
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr[-3000:]
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: ") and "the crawl stopped; make room" in last
    log = small_disk / "home" / "audit" / "audit.jsonl"
    verify = [sys.executable, "-m", "onionscope", "audit", "verify", str(log)]
    checked = subprocess.run(verify, env=crawl_env(small_disk), capture_output=True, text=True)
    assert checked.returncode == 0 and "intact" in checked.stdout  # a full disk is not tampering

    small_disk.grow()
    second = run_crawl(lab, small_disk)
    assert second["finish_reason"] == "finished"
    assert subprocess.run(verify, env=crawl_env(small_disk), capture_output=True).returncode == 0
    fetched = fetched_urls(small_disk / "job")
    assert sorted(set(reachable_in_scope(lab, load_scope(SCOPE))) - fetched) == []
