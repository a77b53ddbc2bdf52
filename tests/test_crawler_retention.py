"""crawler.retention: expired captures are erased from the WARC files, record by record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from crawler.retention import WarcStore, erasable_store
from crawler.warc import WarcWriter, iter_records, read_response
from ethics.audit import AuditLog, read_entries
from ethics.retention import apply_retention

HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
OLD, NEW = "2026-01-10T10:00:00Z", "2026-11-20T10:00:00Z"


@dataclass
class _Scope:
    id: str
    retention_days: int


def _capture(home: Path, scope_id: str, captured_at: str, body: bytes, size: int = 2000) -> tuple[str, int]:
    writer = WarcWriter(home / "warc", scope_id=scope_id)
    loc = writer.write_exchange(f"http://x.onion/{body.decode()}", b"GET / HTTP/1.1\r\n\r\n", HEAD,
                                body + b"." * size, onion="x.onion", captured_at=captured_at)
    writer.close()
    return loc.file, loc.offset


def test_only_the_scopes_records_captured_before_the_cutoff_are_listed(tmp_path: Path) -> None:
    _capture(tmp_path, "case-1", OLD, b"old")
    _capture(tmp_path, "case-1", NEW, b"new")
    _capture(tmp_path, "case-2", OLD, b"other")
    (store,) = erasable_store(tmp_path)
    cutoff = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    ids = list(store.records_before("case-1", cutoff))
    assert len(ids) == 2  # the old request and response records
    headers = {rid: h for f in (tmp_path / "warc").glob("*.warc.gz")
               for off, _, _, h in iter_records(str(f)) for rid in [f"{f.name}:{off}"]}
    assert {headers[i]["WARC-Onionscope-Scope"] for i in ids} == {"case-1"}
    assert {headers[i]["WARC-Date"][:10] for i in ids} == {"2026-01-10"}


def test_erasure_keeps_the_file_valid_and_every_other_record_at_its_offset(tmp_path: Path) -> None:
    writer = WarcWriter(tmp_path / "warc", scope_id="case-1")
    old = writer.write_exchange("http://x.onion/a", b"GET /a HTTP/1.1\r\n\r\n", HEAD, b"confidential" * 300,
                                onion="x.onion", captured_at=OLD)
    kept = writer.write_exchange("http://x.onion/b", b"GET /b HTTP/1.1\r\n\r\n", HEAD, b"still here",
                                 onion="x.onion", captured_at=NEW)
    writer.close()
    size = Path(old.file).stat().st_size
    store = WarcStore(tmp_path / "warc")
    ids = list(store.records_before("case-1", dt.datetime(2026, 6, 1, tzinfo=dt.UTC)))
    assert store.erase(ids) == 2
    data = Path(old.file).read_bytes()
    assert len(data) == size and b"confidential" not in data
    assert read_response(kept.file, kept.offset)[1] == b"still here"
    with open(old.file, "rb") as fh:
        types = [(r.rec_type, r.rec_headers.get_header("WARC-Onionscope-Erased"))
                 for r in ArchiveIterator(fh)]
    assert types.count(("metadata", "retention")) == 2 and ("response", None) in types
    later = list(store.records_before("case-1", dt.datetime(2027, 1, 1, tzinfo=dt.UTC)))
    assert len(later) == 2 and not set(later) & set(ids)  # erased records are never listed again


def test_apply_retention_erases_expired_captures_and_logs_each(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "keys" / "audit.key"))
    _capture(tmp_path, "case-1", OLD, b"old")
    _capture(tmp_path, "case-1", NEW, b"new")
    (store,) = erasable_store(tmp_path)
    with AuditLog(tmp_path / "audit" / "audit.jsonl") as audit:
        result = apply_retention([store], [_Scope("case-1", 30)], None, audit,
                                 now=dt.datetime(2026, 11, 28, tzinfo=dt.UTC))
    erasures = [e for e in read_entries(tmp_path / "audit" / "audit.jsonl") if e["op"] == "erasure"]
    assert len(erasures) == 2 and all(e["object"].startswith("warc:") for e in erasures)
    assert len(result.erased) == 2
    bodies = []
    for path in sorted((tmp_path / "warc").glob("*.warc.gz")):
        with open(path, "rb") as fh:
            bodies += [r.content_stream().read()[:3] for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert bodies == [b"new"]


def test_records_in_a_file_a_crawl_is_still_writing_are_deferred_then_erased(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "keys" / "audit.key"))
    writer = WarcWriter(tmp_path / "warc", scope_id="case-1")  # a running crawl: the file is open
    loc = writer.write_exchange("http://x.onion/a", b"GET /a HTTP/1.1\r\n\r\n", HEAD, b"confidential",
                                onion="x.onion", captured_at=OLD)
    store = WarcStore(tmp_path / "warc")
    now = dt.datetime(2026, 11, 28, tzinfo=dt.UTC)
    log = tmp_path / "audit" / "audit.jsonl"
    with AuditLog(log) as audit:
        first = apply_retention([store], [_Scope("case-1", 30)], None, audit, now=now)
    assert first.erased == [] and len(first.deferred) == 2
    assert "still being written" in first.deferred[0].note
    assert read_response(loc.file, loc.offset)[1] == b"confidential"  # untouched while written
    writer.close()  # the crawl ends (or dies: the lock goes with the process)
    with AuditLog(log) as audit:
        second = apply_retention([store], [_Scope("case-1", 30)], None, audit, now=now)
    assert len(second.erased) == 2 and second.deferred == []
    assert b"confidential" not in Path(loc.file).read_bytes()
    outcomes = [e["outcome"] for e in read_entries(log) if e["op"] == "erasure"]
    assert outcomes == ["deferred", "deferred", "erased", "erased"]


def test_captures_a_crawl_wrote_outside_the_data_directory_are_found_and_erased(
    tmp_path: Path, monkeypatch
) -> None:
    from ethics import stores

    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "keys" / "audit.key"))
    home, job = tmp_path / "home", tmp_path / "jobs" / "case-1"
    _capture(home, "case-1", OLD, b"home")  # <home>/warc
    _capture(job, "case-1", OLD, b"jobdir")  # a --jobdir crawl's own warc directory
    stores.register(home, "warc", job / "warc")
    stores.register(home, "warc", tmp_path / "deleted" / "warc")  # since removed: left out
    found = erasable_store(home)
    assert [s.directory.resolve() for s in found] == [(home / "warc").resolve(), (job / "warc").resolve()]
    with AuditLog(home / "audit" / "audit.jsonl") as audit:
        result = apply_retention(found, [_Scope("case-1", 30)], None, audit,
                                 now=dt.datetime(2026, 11, 28, tzinfo=dt.UTC))
    assert len(result.erased) == 4  # request and response in each directory
    for directory in (home / "warc", job / "warc"):
        for path in directory.glob("*.warc.gz"):
            with open(path, "rb") as fh:
                assert [r for r in ArchiveIterator(fh) if r.rec_type == "response"] == []
