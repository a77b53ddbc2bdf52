"""ethics.policy: per-request allow/deny decisions, limits, content stops and response handling."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from ethics.audit import AuditLog, read_entries, verify
from ethics.blocklist import Blocklist
from ethics.policy import REASONS, Policy
from ethics.scope import parse_scope

T1 = "g3o364kv6cbo3h72tdrjtzynoictxdyikzdkfiwgggs6m3wgftpgjaad.onion"
T2 = "3zf5obm4ysmbjmgt5wbehheck5xh3dom2yfx5llpgotpljue5llf64qd.onion"
OTHER = "xlpdzj3u55j3hfdkbcydoy7tdsrw5pkbg3rj4yncijm5p6jv6f77uuad.onion"
OTHER2 = "dkeuqycbrgpntz4xujud7whtyut7uanyjp4hlvl6dzwrinxormeybeid.onion"
NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
KEY = b"k" * 32


def make_scope(extra: str = "", max_pages: int = 100) -> str:
    return f"""id: p1
case_reference: C-9
legal_basis: {{kind: criminal_investigation, text: order 9}}
purpose: test
authorised_by: A. Judge
valid_from: 2026-01-01
valid_until: 2026-12-31
targets:
  - {{onion: {T1}, deny: ["/admin*", "/account*"]}}
  - {{onion: {T2}, allow: ["/", "/t/*"]}}
retention_days: 10
max_pages: {max_pages}
max_depth: 3
{extra}"""


def policy(extra: str = "", **kw: object) -> Policy:
    return Policy(parse_scope(make_scope(extra, **kw)), now=NOW)  # type: ignore[arg-type]


@pytest.mark.parametrize(("url", "kwargs", "reason"), [
    (f"http://{T1}/listing/1", {}, "in_scope"),
    (f"http://{T1.upper()}:80/x", {}, "in_scope"),
    (f"http://{T1}/admin", {}, "path_denied"),
    (f"http://{T1}/account/settings?x=1", {}, "path_denied"),
    (f"http://{T2}/t/5", {}, "in_scope"),
    (f"http://{T2}/u/5", {}, "path_denied"),
    ("https://example.com/", {}, "clearnet"),
    ("http://127.0.0.1:8080/", {}, "clearnet"),
    ("ftp://" + T1 + "/", {}, "bad_url"),
    ("http://" + "a" * 56 + ".onion/", {}, "invalid_onion"),
    (f"http://{OTHER}/", {}, "out_of_scope_host"),
    (f"http://{OTHER}/", {"discovered": True}, "out_of_scope_host"),
    (f"http://{T1}/deep", {"depth": 4}, "depth_limit"),
    (f"http://{T1}/img.png", {"media": True}, "media_policy"),
    (f"http://{T1}/", {"authenticated": True}, "auth_not_allowed"),
])
def test_each_request_gets_a_decision_with_a_stable_reason(url: str, kwargs: dict, reason: str) -> None:
    d = policy().check(url, **kwargs)
    assert d.reason == reason and d.allowed == (reason == "in_scope")
    assert d.reason in REASONS and d.message


def test_blocklisted_onion_is_denied_even_when_it_is_a_target(tmp_path: Path) -> None:
    bl = Blocklist.create(tmp_path / "bl.txt")
    bl.add(T1)
    log = AuditLog(tmp_path / "log" / "audit.jsonl", key=KEY)
    p = Policy(parse_scope(make_scope()), bl, now=NOW, audit=log)
    d = p.check(f"http://{T1}/listing/1")
    assert (d.allowed, d.reason) == (False, "blocklisted")
    assert p.confirm(f"http://{T1}/listing/1").reason == "blocklisted"
    text = log.path.read_text()
    assert T1 not in text and T1.split(".")[0] not in text  # the address is never written down
    assert "blocklisted onion sha256:" + bl.digest(T1) in text


def test_page_limit_counts_each_url_once_and_is_thread_safe() -> None:
    p = policy(max_pages=50)
    results: list[bool] = []
    lock = threading.Lock()

    def work(t: int) -> None:
        for i in range(40):
            ok = p.check(f"http://{T1}/p/{t}-{i}").allowed
            with lock:
                results.append(ok)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(results) == 50 and p.pages_admitted == 50
    assert p.check(f"http://{T1}/p/new").reason == "page_limit"
    admitted_again = [p.check(f"http://{T1}/p/{t}-{i}").allowed for t in range(5) for i in range(40)]
    assert sum(admitted_again) == 50  # retries of admitted URLs stay allowed, not counted twice


def test_the_download_handler_refuses_what_the_middleware_never_admitted() -> None:
    p = policy()
    url = f"http://{T1}/listing/1"
    assert p.confirm(url).reason == "not_admitted"
    assert p.check(url).allowed
    assert p.confirm(url + "#frag").allowed
    assert p.pages_admitted == 1


def test_discovery_allows_a_limited_number_of_new_onions() -> None:
    p = policy("discovery: {allowed: true, max_new_onions: 1}\n")
    assert p.check(f"http://{OTHER}/", discovered=False).reason == "out_of_scope_host"
    assert p.check(f"http://{OTHER}/", discovered=True).reason == "discovered_onion"
    assert p.check(f"http://{OTHER}/more", discovered=True).allowed
    assert p.check(f"http://{OTHER2}/", discovered=True).reason == "discovery_limit"
    assert p.new_onions == frozenset({OTHER})
    assert p.confirm(f"http://{OTHER}/more").allowed
    assert not p.confirm(f"http://{OTHER2}/").allowed


def test_a_scope_that_expires_during_the_crawl_denies_from_then_on() -> None:
    clock = [NOW]
    p = Policy(parse_scope(make_scope()), now=lambda: clock[0])
    assert p.check(f"http://{T1}/a").allowed
    clock[0] = dt.datetime(2027, 1, 1, 0, 0, 1, tzinfo=dt.UTC)
    assert p.check(f"http://{T1}/b").reason == "scope_expired"
    assert p.confirm(f"http://{T1}/a").reason == "scope_expired"


def test_content_stop_suspends_the_site_stores_nothing_and_is_audited(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "log" / "audit.jsonl", key=KEY)
    p = Policy(parse_scope(make_scope('content_stop: ["forbidden phrase"]\n')), now=NOW, audit=log)
    assert p.check(f"http://{T1}/bad").allowed
    v = p.process_response(f"http://{T1}/bad", b"<html><body>a FORBIDDEN phrase here</body></html>",
                           status=200)
    assert (v.action, v.keep_body, v.reason) == ("content_stop", False, "content_stop:2")
    assert p.check(f"http://{T1}/other").reason == "site_suspended"
    assert p.check(f"http://{T2}/").allowed
    entries = list(read_entries(log.path))
    ops = [(e["op"], e["outcome"]) for e in entries]
    assert ("suspension", "suspended") in ops and ("collection", "discarded") in ops
    assert "FORBIDDEN" not in log.path.read_text()
    assert verify(log.path, KEY).ok


def test_responses_are_kept_hashed_or_discarded_by_real_type(tmp_path: Path) -> None:
    png = bytes.fromhex("89504e470d0a1a0a0000000d494844520000000100000001080600000000") + bytes(40)
    elf = b"\x7fELF\x02\x01\x01" + bytes(100)
    log = AuditLog(tmp_path / "log" / "audit.jsonl", key=KEY)
    hashes = Policy(parse_scope(make_scope("media: hashes\n")), now=NOW, audit=log)
    none = Policy(parse_scope(make_scope()), now=NOW)
    page = b"<!doctype html><html><head><title>x</title></head><body>ok</body></html>"
    assert hashes.process_response(f"http://{T1}/", page, status=200).action == "store"
    v = hashes.process_response(f"http://{T1}/pic.jpg", png, status=200)  # declared jpg, really png
    assert (v.action, v.mime) == ("hash", "image/png")
    assert none.process_response(f"http://{T1}/pic", png).action == "discard"
    bad = hashes.process_response(f"http://{T1}/tool.exe", elf)
    assert (bad.action, bad.reason) == ("discard", "type_not_allowed")
    collections = [e for e in read_entries(log.path) if e["op"] == "collection"]
    assert [c["outcome"] for c in collections] == ["stored", "hashed", "discarded"]
    assert all(len(c["sha256"]) == 64 for c in collections)


def test_every_decision_is_audited_with_its_reason(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "log" / "audit.jsonl", key=KEY)
    p = Policy(parse_scope(make_scope()), now=NOW, audit=log)
    p.check(f"http://{T1}/ok")
    p.check(f"http://{T1}/admin")
    p.confirm(f"http://{T1}/ok")
    decisions = [e for e in read_entries(log.path) if e["op"] == "decision"]
    assert [(d["outcome"], d["details"]["reason"], d["details"]["stage"]) for d in decisions] == [
        ("allowed", "in_scope", "middleware"), ("denied", "path_denied", "middleware"),
        ("allowed", "in_scope", "handler")]
    assert all(d["scope_id"] == "p1" and "C-9" in d["justification"] for d in decisions)


def test_scrapy_settings_follow_the_scope() -> None:
    s = policy("rate_limits: {requests_per_second: 0.25, concurrency: 2}\n").scrapy_settings()
    assert s["DOWNLOAD_DELAY"] == 4.0 and s["CONCURRENT_REQUESTS_PER_DOMAIN"] == 2
    assert s["DEPTH_LIMIT"] == 3 and s["CLOSESPIDER_PAGECOUNT"] == 100


def test_finish_records_the_end_of_the_crawl_with_its_counts(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "log" / "audit.jsonl", key=KEY)
    p = Policy(parse_scope(make_scope()), now=NOW, audit=log)
    p.check(f"http://{T1}/a")
    p.finish("page_limit", {"responses": 1})
    last = list(read_entries(log.path))[-1]
    assert (last["op"], last["outcome"]) == ("scope", "page_limit")
    assert last["details"] == {"pages_admitted": 1, "new_onions": 0, "responses": 1}


def test_pseudonymise_follows_the_scope() -> None:
    record = {"type": "post", "author": "bystander", "quotes": ["Target_One"], "body": "x"}
    plain = policy()
    assert plain.pseudonymise(record) is record
    extra = "personal_data: {pseudonymise_non_targets: true, target_identifiers: [target_one]}\n"
    p = Policy(parse_scope(make_scope(extra)), now=NOW, pseudonym_key=bytes(64))
    out = p.pseudonymise(record)
    assert out["author"].startswith("ps_") and out["quotes"] == ["Target_One"] and out["body"] == "x"


def test_restored_pages_count_toward_the_page_limit_and_discovery(tmp_path) -> None:
    from ethics.policy import Policy

    target = "vyoeql6zybsymcoreed5zq7l2h6jewmq4ew4var532ttt56cwqgidgid.onion"
    found = "g3o364kv6cbo3h72tdrjtzynoictxdyikzdkfiwgggs6m3wgftpgjaad.onion"
    scope = tmp_path / "s.yaml"
    scope.write_text(
        "id: t\ncase_reference: C-1\nlegal_basis: {kind: research, text: lab}\npurpose: test\n"
        "authorised_by: test\nvalid_from: 2026-01-01T00:00:00Z\nvalid_until: 2030-12-31\n"
        f"targets: [{{onion: {target}}}]\ndiscovery: {{allowed: true, max_new_onions: 1}}\n"
        "max_pages: 3\nretention_days: 30\n"
    )
    policy = Policy.start(scope)
    restored = [f"http://{target}/a#top", f"http://{target}/b", f"http://{found}/", "not a url://"]
    assert policy.restore_admitted(restored) == 3
    assert policy.new_onions == {found}
    assert policy.check(f"http://{target}/a").allowed  # already counted, never refused
    assert policy.check(f"http://{target}/x").reason == "page_limit"
