"""onionscope scope/audit/retention/blocklist commands (onionscope.cli.ethics), through click's CliRunner."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ethics.audit import AuditLog, read_entries
from ethics.blocklist import Blocklist
from ethics.onion import address_from_public_key
from ethics.policy import Policy
from ethics.scope import load_scope
from onionscope.cli import main
from onionscope.cli.ethics import record_consultation
from tests.ethics_store import SqliteStore

ROOT = Path(__file__).resolve().parents[1]
SCOPES = ROOT / "scopes"
BLOCKED = address_from_public_key(b"\x01" * 32)  # an onion outside the scope, blocklisted


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = tmp_path / "home"
    monkeypatch.setenv("ONIONSCOPE_HOME", str(h))
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "keys" / "audit.key"))
    monkeypatch.setenv("ONIONSCOPE_USER", "officer.lee")
    (h / "scopes").mkdir(parents=True)
    (h / "scopes" / "lab-demo.yaml").write_text((SCOPES / "lab-demo.yaml").read_text())
    return h


def crawl_like_the_demo(home: Path) -> Path:
    """Drive the real policy API the way the crawler does, against the lab-demo scope."""
    log_path = home / "audit" / "audit.jsonl"
    bl = Blocklist.create(home / "blocklist.txt")
    bl.add(BLOCKED)
    scope = load_scope(home / "scopes" / "lab-demo.yaml")
    by_label = {t.label.split(",")[0]: t.onion for t in scope.targets}
    market, forum = by_label["tessera-market"], by_label["vorota-forum"]
    with AuditLog(log_path) as log:
        policy = Policy(scope, bl, audit=log)
        for url in [f"http://{market}/", f"http://{market}/listing/1", f"http://{forum}/viewtopic.php?t=3",
                    f"http://{market}/admin/", f"http://{BLOCKED}/", "http://news.example.com/",
                    f"http://{forum}/account/settings"]:
            if policy.check(url).allowed and policy.confirm(url).allowed:
                body = f"<html><head><title>{url}</title></head><body>{'x' * 900}</body></html>".encode()
                policy.process_response(url, body, status=200)
    record_consultation("consultation", "search: 'fictional tea' (12 hits)", user="analyst.ana",
                        justification="case LAB-7: who sells the tea?", audit_log=log_path,
                        scope_id="lab-demo")
    record_consultation("disclosure", "export: 12 listings as CSV", user="analyst.ana",
                        justification="request 44 of the prosecutor", audit_log=log_path, scope_id="lab-demo")
    record_consultation("consultation", "search: tea (all data)", user="analyst.bo",
                        justification="case LAB-8: market overview", audit_log=log_path)
    return log_path


def test_scope_validate_lists_problems_with_lines_and_exits_1() -> None:
    r = CliRunner().invoke(main, ["scope", "validate", str(SCOPES / "examples" / "malformed.yaml")])
    assert r.exit_code == 1
    assert "malformed.yaml:14: media: must be one of none, hashes, store (got 'pictures')" in r.output
    assert r.output.strip().endswith("11 problem(s)")
    ok = CliRunner().invoke(main, ["scope", "validate", "--json", str(SCOPES / "lab-demo.yaml")])
    assert ok.exit_code == 0 and json.loads(ok.output)["ok"] is True


def test_scope_show_explains_and_refuses_a_bad_file_in_one_line() -> None:
    r = CliRunner().invoke(main, ["scope", "show", str(SCOPES / "examples" / "expired.yaml")])
    assert r.exit_code == 0 and "EXPIRED" in r.output and "Authorised by: J. Example" in r.output
    bad = CliRunner().invoke(main, ["scope", "show", str(SCOPES / "examples" / "malformed.yaml")])
    assert bad.exit_code == 1 and bad.output.startswith("Error: ")
    assert len(bad.output.strip().splitlines()) == 1
    missing = CliRunner().invoke(main, ["scope", "show", "/nonexistent.yaml"])
    assert missing.exit_code == 1 and "cannot read" in missing.output


def test_audit_verify_exits_0_on_intact_and_1_on_altered_log(home: Path) -> None:
    log = crawl_like_the_demo(home)
    r = CliRunner().invoke(main, ["audit", "verify"])
    assert r.exit_code == 0 and "OK" in r.output, r.output
    lines = log.read_text().splitlines(keepends=True)
    assert '"outcome":"allowed"' in lines[1]
    lines[1] = lines[1].replace('"outcome":"allowed"', '"outcome":"denied"')
    log.write_text("".join(lines))
    r = CliRunner().invoke(main, ["audit", "verify", str(log)])
    assert r.exit_code == 1 and "BROKEN at entry 1 (line 2): content altered" in r.output
    js = CliRunner().invoke(main, ["audit", "verify", "--json", str(log)])
    assert js.exit_code == 1 and json.loads(js.output)["first_bad"] == 1
    none = CliRunner().invoke(main, ["audit", "verify", str(home / "nope.jsonl")])
    assert none.exit_code == 1 and "does not exist" in none.output


def test_audit_report_reads_well_in_markdown_html_and_json(home: Path) -> None:
    crawl_like_the_demo(home)
    r = CliRunner().invoke(main, ["audit", "report", "--scope", "lab-demo"])
    assert r.exit_code == 0, r.output
    md = r.output
    for phrase in ("# Audit report for scope lab-demo", "The audit log is **intact**",
                   "Case reference: LAB-TRAINING-0007", "3 pages", "| Why refused | Count | Examples |",
                   "the page's path is excluded by the scope (`path_denied`) | 2",
                   "not an onion address: clear-web sites are never crawled (`clearnet`) | 1",
                   "Blocklisted onion sites refused: 1 request(s)", "analyst.ana",
                   "case LAB-7: who sells the tea?",
                   "request 44 of the prosecutor", "Data is kept 30 days", "No record has been erased yet"):
        assert phrase in md, phrase
    assert BLOCKED not in md and BLOCKED[:20] not in md
    row = "| analyst.bo | consultation | search: tea (all data) | case LAB-8: market overview | all scopes |"
    assert row in md
    pages = CliRunner().invoke(main, ["audit", "report", "--scope", "lab-demo", "--pages"]).output
    assert "## Every page fetched" in pages and pages.count("| stored |") == 3
    html = CliRunner().invoke(main, ["audit", "report", "--scope", "lab-demo", "--format", "html"]).output
    assert html.startswith("<!doctype html>") and "<table>" in html and "<strong>intact</strong>" in html
    js = CliRunner().invoke(main, ["audit", "report", "--scope", "lab-demo", "--format", "json"])
    data = json.loads(js.output)
    assert data["authority"]["crawled_with"] == [data["authority"]["scope_sha256"]]
    scope_file = home / "scopes" / "lab-demo.yaml"
    scope_file.write_text(scope_file.read_text().replace("max_depth: 50", "max_depth: 60"))
    changed = CliRunner().invoke(main, ["audit", "report", "--scope", "lab-demo"]).output
    assert "**Crawls ran under another version of this scope file**" in changed
    assert data["collection"]["pages"] == 3 and data["blocklist_hits"] == 1 and data["integrity"]["ok"]


def test_retention_apply_hold_and_release_through_the_cli(home: Path) -> None:
    store = SqliteStore(home / "testdb.sqlite")
    now = dt.datetime.now(dt.UTC)
    store.add("old-1", "lab-demo", now - dt.timedelta(days=45))
    store.add("old-2", "lab-demo", now - dt.timedelta(days=31))
    store.add("new-1", "lab-demo", now - dt.timedelta(days=29))
    runner = CliRunner()
    provider = ["--store", "tests.ethics_store:erasable_store"]
    dry = runner.invoke(main, ["retention", "apply", "--dry-run", *provider])
    assert dry.exit_code == 0 and "2 record(s) would erase" in dry.output
    assert store.ids() == {"old-1", "old-2", "new-1"}
    held = runner.invoke(main, ["retention", "hold", "old-1", "--record", "--reason", "exhibit 4"])
    assert held.exit_code == 0 and "under legal hold" in held.output
    before = runner.invoke(main, ["audit", "report", "--scope", "lab-demo", *provider]).output
    assert "**1 record(s) are past the retention period and not yet erased**" in before
    assert "1 record(s) past the retention period are kept under legal hold." in before
    assert "record old-1: held since" in runner.invoke(main, ["retention", "list"]).output
    r = runner.invoke(main, ["retention", "apply", *provider])
    assert r.exit_code == 0 and "erased testdb:old-2" in r.output and "kept testdb:old-1" in r.output
    assert store.ids() == {"old-1", "new-1"}
    runner.invoke(main, ["retention", "release", "old-1", "--record", "--reason", "trial over"])
    runner.invoke(main, ["retention", "apply", *provider])
    assert store.ids() == {"new-1"}
    log = home / "audit" / "audit.jsonl"
    ops = [(e["op"], e["object"], e["actor"]) for e in read_entries(log) if e["op"] != "checkpoint"]
    assert ops == [("hold", "record:old-1", "officer.lee"), ("erasure", "testdb:old-2", "officer.lee"),
                   ("release", "record:old-1", "officer.lee"), ("erasure", "testdb:old-1", "officer.lee")]
    report = runner.invoke(main, ["audit", "report", "--scope", "lab-demo"]).output
    assert "2 record(s) erased" in report
    assert runner.invoke(main, ["audit", "verify"]).exit_code == 0
    nostore = runner.invoke(main, ["retention", "apply", "--store", "tests.nonexistent_module:x"])
    assert nostore.exit_code == 1 and "cannot import store provider" in nostore.output


def test_blocklist_add_writes_only_the_hash_and_check_finds_it(tmp_path: Path) -> None:
    path = tmp_path / "bl.txt"
    runner = CliRunner()
    r = runner.invoke(main, ["blocklist", "add", str(path), BLOCKED])
    assert r.exit_code == 0 and r.output.startswith("added: sha256 ")
    assert BLOCKED not in path.read_text()
    assert runner.invoke(main, ["blocklist", "check", str(path), f"http://{BLOCKED}/x"]).exit_code == 0
    other = "g3o364kv6cbo3h72tdrjtzynoictxdyikzdkfiwgggs6m3wgftpgjaad.onion"
    assert runner.invoke(main, ["blocklist", "check", str(path), other]).exit_code == 1
    bad = runner.invoke(main, ["blocklist", "add", str(path), "example.com"])
    assert bad.exit_code == 1 and "not a valid onion v3 address" in bad.output


def test_a_suspension_can_be_listed_and_lifted_with_a_reason(home: Path) -> None:
    from ethics.content import Suspensions

    site = "g3o364kv6cbo3h72tdrjtzynoictxdyikzdkfiwgggs6m3wgftpgjaad.onion"
    Suspensions(home / "suspensions.json").suspend(site, "content_stop:0")
    runner = CliRunner()
    assert f"{site}: content_stop:0" in runner.invoke(main, ["suspension", "list"]).output
    r = runner.invoke(main, ["suspension", "lift", f"http://{site}/",
                             "--reason", "review R-3: false positive"])
    assert r.exit_code == 0 and "lifted" in r.output
    assert "no suspended site" in runner.invoke(main, ["suspension", "list"]).output
    (entry,) = list(read_entries(home / "audit" / "audit.jsonl"))
    assert (entry["op"], entry["object"], entry["justification"]) == (
        "release", f"suspension:{site}", "review R-3: false positive")
    again = runner.invoke(main, ["suspension", "lift", site, "--reason", "x"])
    assert again.exit_code == 1 and "is not suspended" in again.output
