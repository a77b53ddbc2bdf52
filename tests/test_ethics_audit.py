"""ethics.audit and ethics.chain: the hash-chained, signed, append-only audit log."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import stat
import threading
from collections.abc import Iterable
from pathlib import Path

import pytest

from ethics.audit import AuditLog, head_path, read_entries, read_lines, summary, verify
from ethics.chain import ChainVerifier, Head, canonical, seal
from ethics.errors import AuditError, AuditWriteError

KEY = bytes(range(32))


def _fill(path: Path, n: int, *, every: int = 1000, key: bytes = KEY) -> AuditLog:
    log = AuditLog(path, key=key, checkpoint_every=every, fsync="never")
    for i in range(n):
        if i % 3 == 0:
            log.append("decision", actor="crawler", scope_id="s1", object=f"http://x.onion/{i}",
                       outcome="denied", details={"reason": "path_denied"})
        elif i % 3 == 1:
            log.append("collection", actor="crawler", scope_id="s1", object=f"http://x.onion/{i}",
                       outcome="stored", sha256=f"{i:064x}", details={"size": i})
        else:
            log.append("consultation", actor="analyst", justification=f"case 17 query {i}",
                       scope_id="s1", object=f"search: q{i}", outcome="ok")
    return log


@pytest.fixture(scope="module")
def big_log(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[bytes], Head]:
    path = tmp_path_factory.mktemp("audit") / "log" / "audit.jsonl"
    _fill(path, 10_000).close()
    lines, head = read_lines(path)
    assert head is not None
    return lines, head


def _edit(line: bytes, *, rehash: bool) -> bytes:
    entry = json.loads(line)
    entry["outcome"] = "tampered-" + str(entry["outcome"])
    if rehash:
        entry = seal({k: v for k, v in entry.items() if k != "hash"})
    return canonical(entry).encode()


def test_intact_log_of_ten_thousand_entries_verifies(tmp_path: Path) -> None:
    path = tmp_path / "log" / "audit.jsonl"
    _fill(path, 10_000).close()
    res = verify(path, KEY)
    assert res.ok, res.reason
    assert res.entries == 10_010 and res.checkpoints == 10 and res.signed


def test_every_single_entry_tamper_of_a_10k_log_is_detected(big_log: tuple[list[bytes], Head]) -> None:
    """For every entry: edit, edit with a recomputed hash, delete, duplicate, swap with the next;
    and every truncation. Each tampered log goes through the verifier from the state it has after
    the untouched prefix (the verifier is incremental and stops at the first bad entry)."""
    lines, head = big_log
    n = len(lines)
    states: list[ChainVerifier] = []
    v = ChainVerifier(KEY)
    for line in lines:
        states.append(v.copy())
        assert v.feed(line)
    states.append(v.copy())

    def run(i: int, suffix: Iterable[bytes]) -> tuple[bool, int | None]:
        res = states[i].copy().run(suffix, head)
        return res.ok, res.first_bad

    missed: list[tuple[str, int]] = []
    for i in range(n):
        rest = lines[i + 1:]
        cases: list[tuple[str, list[bytes], int]] = [
            ("edit", [_edit(lines[i], rehash=False), *rest], i),
            ("edit+rehash", [_edit(lines[i], rehash=True), *rest], i + 1 if i < n - 1 else n - 1),
            ("delete", rest, i),
            ("duplicate", [lines[i], lines[i], *rest], i + 1),
        ]
        if i < n - 1:
            cases.append(("swap", [lines[i + 1], lines[i], *lines[i + 2:]], i))
        for kind, suffix, expected in cases:
            ok, first_bad = run(i, suffix)
            if ok or first_bad != expected:
                missed.append((kind, i))
    for k in range(n):
        ok, first_bad = run(k, [])
        if ok or first_bad != k:
            missed.append(("truncate", k))
    assert missed == []


def test_tampered_files_on_disk_are_detected_from_scratch(
        tmp_path: Path, big_log: tuple[list[bytes], Head]) -> None:
    lines, head = big_log
    rng = random.Random(7)
    for trial in range(12):
        i = rng.randrange(len(lines) - 1)
        kind = ["edit", "delete", "duplicate", "swap"][trial % 4]
        tampered = list(lines)
        if kind == "edit":
            tampered[i] = _edit(lines[i], rehash=False)
        elif kind == "delete":
            del tampered[i]
        elif kind == "duplicate":
            tampered.insert(i + 1, lines[i])
        else:
            tampered[i], tampered[i + 1] = tampered[i + 1], tampered[i]
        path = tmp_path / f"t{trial}" / "audit.jsonl"
        path.parent.mkdir()
        path.write_bytes(b"\n".join(tampered) + b"\n")
        head_path(path).write_bytes(head.encode())
        res = verify(path, KEY)
        assert not res.ok and res.first_bad == (i + 1 if kind == "duplicate" else i), (kind, i, res)


def test_cut_last_line_and_missing_head_are_detected(tmp_path: Path) -> None:
    path = tmp_path / "log" / "audit.jsonl"
    _fill(path, 20).close()
    data = path.read_bytes()
    path.write_bytes(data[:-30])
    res = verify(path, KEY)
    assert not res.ok and res.first_bad == 19 and "cut line" in res.reason
    path.write_bytes(data)
    assert verify(path, KEY).ok
    head_path(path).unlink()
    res = verify(path, KEY)
    assert not res.ok and "head file missing" in res.reason


def test_rewritten_tail_without_the_key_fails_the_head_signature(tmp_path: Path) -> None:
    path = tmp_path / "log" / "audit.jsonl"
    _fill(path, 30, every=10).close()
    lines, head = read_lines(path)
    assert head is not None
    entry = json.loads(lines[-1])
    entry["object"] = "something else"
    forged = seal({k: v for k, v in entry.items() if k != "hash"})
    path.write_bytes(b"\n".join([*lines[:-1], canonical(forged).encode()]) + b"\n")
    forged_head = Head(head.entries, forged["hash"], "0" * 64, head.key_id)
    head_path(path).write_bytes(forged_head.encode())
    res = verify(path, KEY)
    assert not res.ok and res.reason == "head signature invalid"
    unsigned = verify(path, bytes(32))  # a different key cannot vouch for it either
    assert not unsigned.ok


def test_wrong_key_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "log" / "audit.jsonl"
    _fill(path, 25, every=10).close()
    res = verify(path, b"another key of 32 bytes........")
    assert not res.ok and res.first_bad == 10 and "another key" in res.reason


def _child(path: str, worker: int, count: int) -> None:
    log = AuditLog(path, key=KEY, checkpoint_every=50, fsync="never")
    for i in range(count):
        log.append("decision", actor=f"crawler-{worker}", scope_id="s1", object=f"http://x.onion/{worker}/{i}",
                   outcome="allowed")
    log.close()


def test_concurrent_processes_never_corrupt_the_chain(tmp_path: Path) -> None:
    path = tmp_path / "log" / "audit.jsonl"
    AuditLog(path, key=KEY).close()
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_child, args=(str(path), w, 300)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    res = verify(path, KEY)
    assert res.ok, res.reason
    assert res.entries == 1200 + 24
    objects = [e["object"] for e in read_entries(path) if e["op"] == "decision"]
    assert len(set(objects)) == 1200


def test_concurrent_threads_share_one_log(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "log" / "audit.jsonl", key=KEY, checkpoint_every=100, fsync="never")

    def work(t: int) -> None:
        for i in range(150):
            log.append("collection", actor=f"t{t}", scope_id="s1", object=f"u{t}-{i}", outcome="stored")

    threads = [threading.Thread(target=work, args=(t,)) for t in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    log.close()
    res = verify(log.path, KEY)
    assert res.ok and res.entries == 900 + 9


def test_a_writer_refuses_to_append_to_a_truncated_log(tmp_path: Path) -> None:
    path = tmp_path / "log" / "audit.jsonl"
    _fill(path, 5).close()
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[:3]))
    log = AuditLog(path, key=KEY)
    with pytest.raises(AuditError, match="disagree"):
        log.append("decision", actor="crawler", object="x", outcome="allowed")


def test_consultations_need_a_justification_and_operations_are_checked(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "log" / "audit.jsonl", key=KEY)
    with pytest.raises(AuditError, match="justification"):
        log.append("consultation", actor="ana", object="search: x")
    with pytest.raises(AuditError, match="unknown audit operation"):
        log.append("browse", actor="ana", object="x")
    with pytest.raises(AuditError, match="actor"):
        log.append("collection", actor="", object="x")
    entry = log.append("disclosure", actor="ana", justification="request 44 from prosecutor",
                       scope_id="s1", object="export: 12 records", outcome="ok")
    assert entry["op"] == "disclosure" and entry["ts"].endswith("Z")
    assert [e["op"] for e in read_entries(log.path)] == ["disclosure"]


def test_default_key_is_created_private_outside_the_log_dir(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key_file = tmp_path / "keys" / "audit.key"
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(key_file))
    log = AuditLog(tmp_path / "log" / "audit.jsonl")
    log.append("collection", actor="crawler", object="u", outcome="stored")
    log.close()
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    res = verify(log.path)
    assert res.ok and res.signed
    with pytest.raises(AuditError, match="outside the log directory"):
        AuditLog(tmp_path / "log" / "audit.jsonl", key=tmp_path / "log" / "audit.key")


def test_summary_gives_the_demo_its_three_values(tmp_path: Path) -> None:
    path = tmp_path / "log" / "audit.jsonl"
    _fill(path, 12, every=5).close()
    assert summary(path, KEY) == {"audit_log": str(path), "audit_entries": 14, "audit_ok": True}
    path.write_bytes(path.read_bytes().replace(b'"outcome":"stored"', b'"outcome":"deleted"', 1))
    assert summary(path, KEY)["audit_ok"] is False
    assert summary(tmp_path / "none.jsonl", KEY)["audit_ok"] is False


def test_a_writer_with_another_key_refuses_to_append(tmp_path: Path) -> None:
    path = tmp_path / "log" / "audit.jsonl"
    _fill(path, 3).close()
    with pytest.raises(AuditError, match="another audit key"):
        AuditLog(path, key=b"x" * 32).append("collection", actor="crawler", object="u", outcome="stored")
    assert verify(path, KEY).ok


def test_a_full_disk_appends_nothing_and_never_looks_like_tampering(small_disk, tmp_path) -> None:
    log = small_disk / "audit.jsonl"
    audit = AuditLog(log, tmp_path / "audit.key", checkpoint_every=7)
    written = 0
    with pytest.raises(AuditWriteError, match="No space left on device; nothing was appended"):
        while True:
            audit.append("consultation", actor="ana", justification="case 9", object="x" * 2000)
            written += 1
    assert written > 10
    assert verify(log, tmp_path / "audit.key").ok  # the failed append left no half entry behind
    small_disk.grow()
    entry = audit.append("consultation", actor="ana", justification="case 9", object="after")
    audit.close()
    assert verify(log, tmp_path / "audit.key").ok
    objects = [e["object"] for e in read_entries(log) if e["op"] != "checkpoint"]
    assert len(objects) == written + 1 and objects[-1] == "after" and entry["object"] == "after"
