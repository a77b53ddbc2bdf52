"""onionscope.cli.index: search, vendor, ecosystem, export and index commands, with audit entries."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from ethics.audit import read_entries
from index import ClusterBackend, open_index
from onionscope.cli import main
from parsers.records import to_json
from tests.test_index_backends import corpus, later_captures
from tests.test_index_spool import closed_port


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ONIONSCOPE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    monkeypatch.setenv("ONIONSCOPE_USER", "analyst.ana")
    monkeypatch.delenv("ONIONSCOPE_INDEX", raising=False)
    records = tmp_path / "records.jsonl"
    records.write_text("".join(json.dumps(to_json(r)) + "\n" for r in corpus() + later_captures()))
    return tmp_path


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def audit(env: Path) -> list[dict[str, Any]]:
    return list(read_entries(env / "home" / "audit" / "audit.jsonl"))


def test_index_add_then_search_logs_a_consultation(env: Path) -> None:
    assert run("index", "add", str(env / "records.jsonl")).output == "22 record(s) indexed into sqlite\n"
    res = run(
        "search", "green tea", "--type", "listing", "--facet", "site", "--json", "--why", "case 12: tea"
    )
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["total"] == 3 and out["facets"]["site"] == [["m2bazaar.onion", 2], ["m1mart.onion", 1]]
    [entry] = audit(env)
    assert entry["op"] == "consultation" and entry["actor"] == "analyst.ana"
    assert entry["justification"] == "case 12: tea" and entry["outcome"] == "3 hits"
    assert json.loads(entry["object"].removeprefix("search: ")) == {
        "text": "green tea",
        "types": ["listing"],
        "facets": ["site"],
        "sort": "relevance",
        "page": 1,
        "size": 20,
        "facet_size": 20,
    }


def test_search_without_a_reason_is_refused_and_logs_nothing(env: Path) -> None:
    run("index", "add", str(env / "records.jsonl"))
    res = run("search", "tea")
    assert res.exit_code == 2 and "Missing option '--why'" in res.output
    assert not (env / "home" / "audit" / "audit.jsonl").exists()


def test_search_prints_hits_highlights_and_totals(env: Path) -> None:
    run("index", "add", str(env / "records.jsonl"))
    res = run("search", "saffron", "--why", "training")
    assert res.exit_code == 0
    assert res.output.splitlines() == [
        "[listing] Saffron threads (fictional), 1 g — m2bazaar.onion spiceking 0.05 XMR",
        "    <em>Saffron</em> threads (fictional), 1 g",
        "1 hit(s), showing 1-1",
    ]


def test_user_mistakes_are_one_line_errors(env: Path) -> None:
    bad = env / "bad.jsonl"
    bad.write_text('{"type": "listing", "title": "ok"}\n{"title": "no type"}\n')
    for args, message in (
        (["index", "add", str(bad)], "item 2 is not a record"),
        (["index", "add", str(env / "missing.jsonl")], "cannot read"),
        (["search", "tea", "--why", "x", "--from", "last week"], "not an ISO 8601 date"),
        (["search", "tea", "--why", "x", "--index", closed_port()], "is not reachable"),
        (["search", "tea", "--why", "x", "--index", "ftp://host"], "unknown index target"),
        (["ecosystem", "market-shares", "--limit", "3"], "market-shares takes only --category"),
    ):
        res = run(*args)
        assert res.exit_code == 1, (args, res.output)
        assert res.output.startswith("Error: ") and message in res.output and res.output.count("\n") == 1
    # The bad file indexed nothing: not even an empty index was left behind.
    assert "Error: no index at" in run("index", "stats", "--json").output
    # Readers do not make an index at a mistyped path (it would answer "0 hits").
    typo = env / "home" / "indx.sqlite"
    res = run("search", "tea", "--why", "x", "--index", str(typo))
    assert res.exit_code == 1 and res.output == f"Error: no index at {typo} (a crawl with --index or " \
        "`onionscope index add` makes one)\n"
    assert not typo.exists()
    run("index", "add", str(env / "records.jsonl"))
    assert run("index", "stats", "--json").output.count('"total": ') == 1
    res = run("vendor", "nobody", "--why", "x")
    assert res.exit_code == 1 and res.output.startswith("Error: no vendor named 'nobody'")


def test_vendor_and_ecosystem_views(env: Path) -> None:
    run("index", "add", str(env / "records.jsonl"))
    view = json.loads(run("vendor", "LEAFY", "--json", "--why", "case 12").output)
    assert view["markets"] == ["m1mart.onion", "m2bazaar.onion", "m3souk.onion"]
    rows = json.loads(run("ecosystem", "market-shares", "--category", "herbs", "--json").output)
    assert rows == [{"site": "m1mart.onion", "listings": 1, "vendors": 1, "share": 1.0, "volume_usd": 8.64}]
    text = run("ecosystem", "top-vendors", "--limit", "1").output.splitlines()
    assert text[0] == "category  vendor  listings  markets  avg_price_usd"
    assert [e["op"] for e in audit(env)] == ["consultation"]  # ecosystem without --why is not logged


def test_graph_export_writes_a_file_and_logs_a_disclosure(env: Path) -> None:
    run("index", "add", str(env / "records.jsonl"))
    for fmt in ("graphml", "gexf", "json"):
        out = env / f"graph.{fmt}"
        res = run(
            "export",
            "graph",
            "--format",
            fmt,
            "-o",
            str(out),
            "--why",
            "sent to prosecutor, case 12",
            "--json",
        )
        assert res.exit_code == 0, res.output
        summary = json.loads(res.output)
        # 13 edges of vendors (Leafy keeps the wallet of its first capture: captures are merged)
        # and one of two forum members, brewmaster answering tealover
        assert summary["nodes"] == 15 and summary["edges"] == 14
        if fmt == "json":
            assert len(json.loads(out.read_text())["nodes"]) == 15
        else:
            root = ET.parse(out).getroot()
            assert len([n for n in root.iter() if n.tag.endswith("}node")]) == 15
    entries = audit(env)
    assert [e["op"] for e in entries] == ["disclosure"] * 3
    assert entries[0]["details"] == {"nodes": 15, "edges": 14, "index": "sqlite"}


@pytest.mark.cluster
def test_index_add_to_a_down_cluster_spools_and_replay_sends_it(
    env: Path, search_cluster: Any, cluster_index_prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ONIONSCOPE_INDEX_PREFIX", cluster_index_prefix)
    down = closed_port()
    res = run("index", "add", str(env / "records.jsonl"), "--index", down, "--json")
    assert json.loads(res.output) == {"added": 22, "spooled": 22, "index": "unknown"}
    res = run("index", "replay", "--index", search_cluster.url, "--from", down, "--json")
    assert json.loads(res.output) == {"replayed": 22}
    out = json.loads(
        run(
            "search",
            "green tea",
            "--index",
            search_cluster.url,
            "--type",
            "listing",
            "--json",
            "--why",
            "check replay",
        ).output
    )
    assert out["total"] == 3
    live = open_index(search_cluster.url)
    assert isinstance(live, ClusterBackend)
    live.drop()
    live.close()
