"""onionscope parse / onionscope profile test (click CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from onionscope.cli import main

LISTING = (
    "<html><head><title>Shop - Green tea</title></head><body><h1>Green tea</h1><table>"
    "<tr><td>Preis</td><td>1.234,50 €</td></tr><tr><td>Verkäufer</td><td>leafy (12)</td></tr>"
    "<tr><td>Versand aus</td><td>Deutschland</td></tr></table></body></html>"
)


def test_parse_json_prints_page_then_listing(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(LISTING, encoding="utf-8")
    out = CliRunner().invoke(main, ["parse", str(page), "--url", "http://shop.onion/item/1", "--json"])
    assert out.exit_code == 0, out.output
    lines = [json.loads(x) for x in out.output.splitlines() if x.startswith("{")]
    assert lines[0]["type"] == "page" and lines[0]["page_type"] == "listing"
    assert lines[1]["type"] == "listing"
    assert (lines[1]["price"], lines[1]["currency"], lines[1]["vendor"]) == (1234.5, "EUR", "leafy")


def test_unreadable_file_gives_error_page_and_exit_zero(tmp_path: Path) -> None:
    out = CliRunner().invoke(main, ["parse", str(tmp_path / "missing.html"), "--json"])
    assert out.exit_code == 0
    first = json.loads(next(x for x in out.output.splitlines() if x.startswith("{")))
    assert first["page_type"] == "error"


def test_unknown_profile_is_a_one_line_error(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(LISTING)
    out = CliRunner().invoke(main, ["parse", str(page), "--profile", "nosuch", "--json"])
    assert out.exit_code == 1 and "unknown profile" in out.output


def test_profile_test_fails_when_pages_yield_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<html><body>nothing</body></html>")
    out = CliRunner().invoke(main, ["profile", "test", "dream", str(tmp_path)])
    assert out.exit_code == 1 and "NOTHING" in out.output


def test_directory_argument_gives_an_error_page_not_a_traceback(tmp_path: Path) -> None:
    out = CliRunner().invoke(main, ["parse", str(tmp_path), "--json"])
    assert out.exit_code == 0
    first = json.loads(next(x for x in out.output.splitlines() if x.startswith("{")))
    assert first["page_type"] == "error"


def test_plain_output_lists_records(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(LISTING, encoding="utf-8")
    out = CliRunner().invoke(main, ["parse", str(page)])
    assert out.exit_code == 0 and "listing" in out.output and "leafy" in out.output
