"""parsers.site_key: a market's own key (the staff's, beside a signed mirror list or news) makes
no seller's page; a seller's key still does."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.records import Vendor

DATA = Path(__file__).parent / "data" / "mend_market_r38"


def _parse(name: str, url: str) -> tuple[str | None, list]:
    result = parse_page((DATA / name).read_bytes(), url=url)
    return result.page.page_type, result.records


def test_a_signed_mirror_list_under_the_team_key_of_the_site_is_no_vendor_page() -> None:
    # German: "Verkäufer gesucht" reads like a profile's heading, "0,1 XMR" like a price.
    page_type, records = _parse("nachtmarkt_mirrors_de.html", "http://nachtmarkt.example.onion/spiegel")
    assert page_type == "other"
    assert records == []


def test_a_news_page_with_the_support_key_of_the_site_names_no_vendor() -> None:
    # Spanish: "Vendedor destacado del mes" over the "Mercado Lunar Soporte" key.
    page_type, records = _parse("lunar_aviso_es.html", "http://lunar.example.onion/avisos")
    assert page_type == "other"
    assert not any(isinstance(r, Vendor) for r in records)


def test_a_sellers_own_key_on_the_same_site_still_makes_a_vendor_page() -> None:
    page_type, records = _parse("nachtmarkt_vendor_key_de.html", "http://nachtmarkt.example.onion/seite")
    assert page_type == "vendor"
    assert [r.name for r in records] == ["leafy"]
    assert records[0].pgp_fingerprint == "96BC1D198C1EB274D5042C896E629215DF78422B"
