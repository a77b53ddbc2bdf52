"""ethics.retention: erasing exactly the records past retention, legal holds, erasure logging."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ethics.audit import AuditLog, read_entries, verify
from ethics.errors import RetentionError
from ethics.retention import ErasableStore, Holds, apply_retention
from ethics.scope import Scope, parse_scope
from tests.ethics_store import SqliteStore

KEY = b"r" * 32
NOW = dt.datetime(2026, 6, 30, 12, 0, tzinfo=dt.UTC)
ONION = "g3o364kv6cbo3h72tdrjtzynoictxdyikzdkfiwgggs6m3wgftpgjaad.onion"


def scope(sid: str, days: int) -> Scope:
    return parse_scope(f"""{{id: {sid}, case_reference: C, legal_basis: {{kind: research, text: t}},
purpose: p, authorised_by: a, valid_from: 2026-01-01, valid_until: 2026-12-31, targets: [{ONION}],
retention_days: {days}}}""")


@pytest.fixture
def store(tmp_path: Path) -> SqliteStore:
    s = SqliteStore(tmp_path / "records.sqlite")
    for i in range(40):  # one record a day for 40 days before NOW, half under each scope
        s.add(f"r{i:02d}", "a" if i % 2 else "b", NOW - dt.timedelta(days=i, hours=1))
    return s


def test_retention_removes_exactly_the_expired_records_and_logs_them(
        tmp_path: Path, store: SqliteStore) -> None:
    log = AuditLog(tmp_path / "log" / "audit.jsonl", key=KEY)
    scopes = [scope("a", 10), scope("b", 30)]
    assert isinstance(store, ErasableStore)
    expected = {f"r{i:02d}" for i in range(40) if (i % 2 and i >= 10) or (not i % 2 and i >= 30)}
    result = apply_retention([store], scopes, Holds(tmp_path / "holds.json"), log, NOW)
    assert {r.record_id for r in result.erased} == expected
    assert store.ids() == {f"r{i:02d}" for i in range(40)} - expected
    erasures = [e for e in read_entries(log.path) if e["op"] == "erasure"]
    assert sorted(e["object"] for e in erasures) == sorted(f"testdb:{r}" for r in expected)
    assert all(e["outcome"] == "erased" and "retention period" in e["justification"] for e in erasures)
    assert verify(log.path, KEY).ok
    again = apply_retention([store], scopes, None, log, NOW)
    assert again.erased == [] and len(list(read_entries(log.path))) == len(expected)


def test_legal_holds_keep_records_until_released(tmp_path: Path, store: SqliteStore) -> None:
    log = AuditLog(tmp_path / "log" / "audit.jsonl", key=KEY)
    holds = Holds(tmp_path / "ret" / "holds.json", log)
    assert holds.hold("b", reason="court order 7/26", actor="officer.lee")
    assert holds.hold("r11", reason="evidence item 3", actor="officer.lee", kind="record")
    assert not holds.hold("b", reason="again", actor="officer.lee")
    result = apply_retention([store], [scope("a", 10), scope("b", 30)], holds, log, NOW)
    assert {r.record_id for r in result.held} == {"r11", "r30", "r32", "r34", "r36", "r38"}
    assert "r11" in store.ids() and "r13" not in store.ids() and "r30" in store.ids()
    assert holds.release("b", reason="case closed", actor="officer.lee")
    assert not holds.release("b", reason="case closed", actor="officer.lee")
    result = apply_retention([store], [scope("b", 30)], holds, log, NOW)
    assert {r.record_id for r in result.erased} == {"r30", "r32", "r34", "r36", "r38"}
    ops = [(e["op"], e["object"]) for e in read_entries(log.path) if e["op"] in ("hold", "release")]
    assert ops == [("hold", "scope:b"), ("hold", "record:r11"), ("release", "scope:b")]
    with pytest.raises(RetentionError):
        holds.hold("x", reason=" ", actor="officer.lee")


def test_a_dry_run_erases_and_logs_nothing(tmp_path: Path, store: SqliteStore) -> None:
    log = AuditLog(tmp_path / "log" / "audit.jsonl", key=KEY)
    result = apply_retention([store], [scope("a", 10)], None, log, NOW, dry_run=True)
    assert len(result.erased) == 15 and len(store.ids()) == 40
    assert list(read_entries(log.path)) == []


def test_a_damaged_hold_file_is_an_error_not_an_erasure(tmp_path: Path, store: SqliteStore) -> None:
    path = tmp_path / "holds.json"
    path.write_text("{not json")
    with pytest.raises(RetentionError, match="damaged"):
        apply_retention([store], [scope("a", 10)], Holds(path), None, NOW)
    assert len(store.ids()) == 40
