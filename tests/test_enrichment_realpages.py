"""Integration: enrichment.entities on real saved dark-web pages (../shared/realpages, skipped when absent).

Real pages carry real, checksummed identifiers: a directory's mirror list of v3 onions, its donation
Bitcoin and Monero addresses, vendors' PGP keys. Every one found must validate, and every PGP
fingerprint must agree with gpg's own reading of the same key block.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from enrichment.entities import extract_entities
from enrichment.entities.bitcoin import validate_bitcoin
from enrichment.entities.monero import validate_monero
from ethics.onion import ONION_V3_RE, is_valid_onion

REALPAGES = Path(__file__).resolve().parents[1].parent / "shared" / "realpages"
pytestmark = pytest.mark.skipif(not REALPAGES.is_dir(), reason="../shared/realpages not present")


def _text(path: Path) -> str:
    html = path.read_text(encoding="utf-8", errors="replace")
    return BeautifulSoup(html, "lxml").get_text("\n")


def test_directory_page_gives_valid_onions_and_donation_wallets() -> None:
    text = _text(REALPAGES / "directories" / "darkfail" / "saved_darkfail_main_page")
    found = extract_entities(text)
    onions = {e.value for e in found if e.entity_type == "onion"}
    candidates = {m.group(1).lower() + ".onion" for m in ONION_V3_RE.finditer(text)}
    assert len(onions) >= 10 and onions == {c for c in candidates if is_valid_onion(c)}
    [btc] = [e for e in found if e.entity_type == "btc"]
    [xmr] = [e for e in found if e.entity_type == "xmr"]
    assert validate_bitcoin(btc.value) and "Bitcoin" in (btc.context or "")
    details = validate_monero(xmr.value)
    assert details is not None and details["network"] == "mainnet"


def _pgp_pages() -> list[Path]:
    if not REALPAGES.is_dir():
        return []
    pages = [p for p in sorted(REALPAGES.rglob("*")) if p.is_file() and p.suffix in ("", ".html")]
    marker = "BEGIN PGP PUBLIC KEY BLOCK"
    return [p for p in pages if marker in p.read_text(encoding="utf-8", errors="replace")]


@pytest.mark.skipif(shutil.which("gpg") is None, reason="gpg not installed")
@pytest.mark.parametrize("page", _pgp_pages(), ids=lambda p: p.name)
def test_pgp_fingerprints_on_real_pages_agree_with_gpg(page: Path, tmp_path: Path) -> None:
    from parsers.pgp import find_armored_keys

    text = _text(page)
    mine = [e.value for e in extract_entities(text) if e.entity_type == "pgp" and "key_id" in e.details]
    assert mine, "a page with an armored key yields its fingerprint"
    blocks = find_armored_keys(text)
    run = subprocess.run(["gpg", "--homedir", str(tmp_path), "--with-colons", "--show-keys"],
                         input=blocks[0].encode(), capture_output=True, check=False)
    lines = run.stdout.decode().splitlines()
    fingerprints = [line.split(":")[9] for line in lines if line.startswith("fpr:")]
    if not fingerprints:
        pytest.skip("gpg cannot read this page's key block either")
    assert mine[0] == fingerprints[0]


def test_real_market_listings_parsed_then_enriched_get_categories_prices_and_units() -> None:
    from enrichment import enrich_records
    from parsers import parse_page
    from parsers.records import Listing

    files = sorted((REALPAGES / "markets").glob("*/html_files/listings/*"))
    listings = []
    for path in files:
        if path.is_file():
            result = parse_page(path.read_bytes(), captured_at="2019-11-01T00:00:00Z")
            listings += [r for r in enrich_records([result.page, *result.records]) if isinstance(r, Listing)]
    assert len(listings) >= 20
    categorised = [r for r in listings if r.category_norm]
    priced = [r for r in listings if r.price_usd]
    assert len(categorised) >= 0.8 * len(listings)
    assert len(priced) >= 0.8 * len([r for r in listings if r.price is not None])
    assert {r.category_norm for r in categorised} >= {"cannabis", "stimulants"}
