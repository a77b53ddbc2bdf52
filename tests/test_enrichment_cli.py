"""Unit: onionscope enrich -- reads parse --json output, writes enriched records, prints the summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from onionscope.cli import main
from parsers.records import Listing, Vendor, to_json

FPR = "4C98DEDC1F05716A0B2DA72E569948EFF3380628"


@pytest.fixture
def records_file(tmp_path: Path) -> Path:
    records = [
        Vendor(market="alpha", name="NightOwl", pgp_fingerprint=FPR, feedback_count=2),
        Vendor(market="beta", name="night_0wl", pgp_fingerprint=FPR),
        Listing(market="alpha", vendor="NightOwl", title="Oolong, 10 g", price=10.0, currency="USD",
                category="Tea & Herbs", feedback_count=2,
                description="Pay to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa or t.me/nightowl_tea"),
    ]
    path = tmp_path / "records.jsonl"
    # One JSON line, then a JSON array: both shapes `onionscope parse --json` output can take.
    rest = json.dumps([to_json(r) for r in records[1:]])
    path.write_text(json.dumps(to_json(records[0])) + "\n" + rest + "\n", encoding="utf-8")
    return path


def test_enrich_prints_linked_vendors_entities_and_demand(records_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "enriched.jsonl"
    result = CliRunner().invoke(main, ["enrich", str(records_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "actors linked across markets: 1" in result.output
    assert "NightOwl <-> night_0wl" in result.output and "same PGP key" in result.output
    assert "entities: 2 validated (btc 1, telegram 1)" in result.output
    assert "tea" in result.output and "20.00" in result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 3 and lines[2]["category_norm"] == "tea" and lines[2]["price_usd"] == 10.0
    assert lines[0]["actor_id"] == lines[1]["actor_id"] is not None


def test_enrich_json_has_the_summary_keys(records_file: Path) -> None:
    result = CliRunner().invoke(main, ["enrich", str(records_file), "--json"])
    assert result.exit_code == 0, result.output
    view = json.loads(result.output)
    assert view["actors_linked"] == 1 and view["entities"] == 2
    assert view["demand_by_category"] == {"tea": 20.0}
    assert {"top_producers", "linked_vendors", "mirrors"} <= set(view)


@pytest.mark.parametrize(("content", "message"), [
    ("{not json\n", "not JSON"),
    ('{"type": "spaceship"}\n', "not a record"),
    ("42\n", "not a record"),
])
def test_bad_input_is_one_clear_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["enrich", str(path)])
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def test_missing_input_and_broken_rate_table_are_clear_errors(records_file: Path, tmp_path: Path) -> None:
    missing = CliRunner().invoke(main, ["enrich", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 1 and "no such file" in missing.output
    rates = tmp_path / "rates.yaml"
    rates.write_text("rates: nope\n", encoding="utf-8")
    broken = CliRunner().invoke(main, ["enrich", str(records_file), "--rates", str(rates)])
    assert broken.exit_code == 1 and "rate table" in broken.output and "Traceback" not in broken.output
