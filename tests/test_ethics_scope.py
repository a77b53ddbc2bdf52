"""ethics.scope: loading, validating (every problem with field and line) and explaining scopes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ethics.audit import AuditLog, read_entries
from ethics.errors import ScopeError, ScopeNotInForce
from ethics.policy import Policy
from ethics.scope import (
    explain,
    load_scope,
    open_scope,
    parse_scope,
    validate_scope_file,
    validate_scope_text,
)

ROOT = Path(__file__).resolve().parents[1]
SCOPES = ROOT / "scopes"
ONION = "g3o364kv6cbo3h72tdrjtzynoictxdyikzdkfiwgggs6m3wgftpgjaad.onion"
BASE = f"""id: t1
case_reference: C-1
legal_basis: {{kind: intelligence, text: statute 12}}
purpose: test
authorised_by: A. Chief
valid_from: 2026-01-01T00:00:00Z
valid_until: 2026-12-31T00:00:00Z
targets: [{ONION}]
retention_days: 10
"""


def test_the_lab_demo_scope_is_valid_and_lists_the_labs_sites() -> None:
    scope = load_scope(SCOPES / "lab-demo.yaml")
    world = pytest.importorskip("lab.sites").World(seed=7)
    assert {t.onion for t in scope.targets} == {s.onion for s in world.sites}
    assert all(t.deny[:2] == ("/admin*", "/account*") for t in scope.targets)
    assert scope.media == "hashes" and not scope.discovery.allowed
    assert not any(scope.target(o) for o in world.out_of_scope_onions())
    kornblume = scope.target(world.site_onion("kornblume-markt"))
    assert kornblume is not None and kornblume.path_allowed("/konto")[0] is False


def test_a_malformed_scope_lists_every_problem_with_field_and_line() -> None:
    problems = validate_scope_file(SCOPES / "examples" / "malformed.yaml")
    found = {(p.field, p.line) for p in problems}
    assert found == {
        ("id", 2), ("authorised_by", 2), ("retention_days", 2), ("legal_basis.kind", 5),
        ("valid_until", 9), ("targets[0].onion", 11), ("targets[0].deny[0]", 12),
        ("targets[1].onion", 13), ("media", 14), ("retension_days", 15),
        ("rate_limits.requests_per_second", 17),
    }
    with pytest.raises(ScopeError) as err:
        load_scope(SCOPES / "examples" / "malformed.yaml")
    assert len(err.value.problems) == 11 and "did you mean retention_days" in str(err.value)


def test_expired_scope_refuses_to_start() -> None:
    scope = load_scope(SCOPES / "examples" / "expired.yaml")
    with pytest.raises(ScopeNotInForce) as err:
        open_scope(SCOPES / "examples" / "expired.yaml")
    assert err.value.reason == "scope_expired"
    with pytest.raises(ScopeNotInForce):
        Policy(scope)
    assert "EXPIRED" in explain(scope)


def test_expired_scope_refusal_is_audited(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "log" / "audit.jsonl", key=b"k" * 32)
    with pytest.raises(ScopeNotInForce):
        Policy.start(SCOPES / "examples" / "expired.yaml", audit=log)
    (entry,) = list(read_entries(log.path))
    assert (entry["op"], entry["outcome"]) == ("scope", "refused")
    assert entry["details"]["status"] == "scope_expired"


def test_a_scope_not_yet_valid_refuses_to_start_and_is_valid_inside_its_window() -> None:
    scope = parse_scope(BASE)
    with pytest.raises(ScopeNotInForce) as err:
        scope.ensure_in_force(dt.datetime(2025, 12, 31, 23, 59, tzinfo=dt.UTC))
    assert err.value.reason == "scope_not_yet_valid"
    scope.ensure_in_force(dt.datetime(2026, 6, 1, tzinfo=dt.UTC))
    with pytest.raises(ScopeNotInForce):
        scope.ensure_in_force(dt.datetime(2026, 12, 31, 0, 0, tzinfo=dt.UTC))


def test_a_bare_valid_until_date_includes_that_whole_day() -> None:
    scope = parse_scope(BASE.replace("2026-12-31T00:00:00Z", "2026-12-31"))
    assert scope.in_force(dt.datetime(2026, 12, 31, 23, 59, 59, tzinfo=dt.UTC))
    assert not scope.in_force(dt.datetime(2027, 1, 1, tzinfo=dt.UTC))


def test_yaml_syntax_errors_duplicates_and_naive_times_have_lines() -> None:
    (p,) = validate_scope_text(BASE + "targets: [unclosed\n")
    assert p.field == "<yaml>" and p.line == 11
    dup = validate_scope_text(BASE + "purpose: again\n")
    assert [(x.field, x.line) for x in dup] == [("purpose", 10)]
    naive = validate_scope_text(BASE.replace("2026-01-01T00:00:00Z", "2026-01-01T00:00:00"))
    assert [(x.field, x.line, "timezone" in x.message) for x in naive] == [("valid_from", 6, True)]
    assert validate_scope_text("") [0].message == "the file is empty"
    assert "must be a YAML mapping" in validate_scope_text("- a list\n")[0].message



def test_a_binary_file_given_as_a_scope_is_one_problem_on_one_line() -> None:
    (p,) = validate_scope_text("\x00\x01\x02")
    assert p.field == "<yaml>" and "not valid YAML" in p.message and "\n" not in p.message

def test_authenticated_sites_must_be_targets_and_discovery_needs_an_allowance() -> None:
    extra = """authenticated:
  allowed: true
  sites: [xlpdzj3u55j3hfdkbcydoy7tdsrw5pkbg3rj4yncijm5p6jv6f77uuad.onion]
discovery: {allowed: true}
"""
    fields = {p.field for p in validate_scope_text(BASE + extra)}
    assert fields == {"authenticated.sites[0]", "discovery.max_new_onions"}


def test_path_patterns_glob_and_regex() -> None:
    scope = parse_scope(BASE.replace(f"targets: [{ONION}]", f"""targets:
  - onion: {ONION}
    allow: ["/", "/listing/*"]
    deny: ["/listing/*/buy"]
  - onion: xlpdzj3u55j3hfdkbcydoy7tdsrw5pkbg3rj4yncijm5p6jv6f77uuad.onion
    patterns: regex
    allow: ['/t/\\d+$']"""))
    glob, regex = scope.targets
    assert glob.path_allowed("/listing/7") == (True, "allow:/listing/*")
    assert glob.path_allowed("/listing/7/buy") == (False, "deny:/listing/*/buy")
    assert glob.path_allowed("/vendor/1") == (False, "allow:none-matched")
    assert regex.path_allowed("/t/12")[0] and not regex.path_allowed("/t/12/edit")[0]
    assert "bad regular expression" in validate_scope_text(BASE.replace(
        f"targets: [{ONION}]", f"targets: [{{onion: {ONION}, patterns: regex, deny: ['(']}}]"))[0].message


def test_explain_says_it_in_plain_words() -> None:
    scope = load_scope(SCOPES / "examples" / "investigation.yaml")
    text = explain(scope, dt.datetime(2026, 6, 1, tzinfo=dt.UTC))
    assert text.startswith("Scope example-investigation: IN FORCE, 214 day(s) left")
    for phrase in ("Case reference: CYB-2026-0815", "Legal basis: criminal investigation.",
                   "at most 3", "Logged-in crawling", "pseudonyms", "kept for 365 days",
                   "until the end of 31 December 2026", "only pages matching (regular expressions)"):
        assert phrase in text


def test_a_target_says_whether_its_site_is_reached_over_https() -> None:
    text = BASE.replace(f"targets: [{ONION}]", f"targets: [{{onion: {ONION}, scheme: https}}]")
    assert parse_scope(text, "s.yaml").targets[0].scheme == "https"
    assert parse_scope(BASE, "s.yaml").targets[0].scheme == "http"  # the default
    bad = validate_scope_text(text.replace("scheme: https", "scheme: ftp"), "s.yaml")
    assert [p.field for p in bad] == ["targets[0].scheme"]
