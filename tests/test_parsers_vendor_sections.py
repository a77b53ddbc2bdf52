"""A seller's profile that also lists the seller's items against a shop front (parsers.markets,
parsers.vendor_page): a profile shows statistics about the seller first (join day, feedback count
and share, key) and the items as a section of it ('Produtos deste vendedor'), and is one vendor
record; a shop front is its items, its key only in a footer, and each card's seller is the shop.
A profile's owner is named by its <title>'s part ('Vendedor Erva_Mineira • Feira Noturna': parts
joined by a spaced bullet or middle dot too) where the address names nobody."""

from __future__ import annotations

from pathlib import Path

import parsers

DATA = Path(__file__).parent / "data" / "vendor_sections"
FINGERPRINT = "07FD17A9048984D054E7C6EED9D78FC90A34170C"


def _parse(name: str, url: str) -> parsers.ParseResult:
    return parsers.parse_page((DATA / name).read_bytes(), url=url)


def _profile(name: str, url: str) -> tuple[str, list[tuple[object, ...]]]:
    result = _parse(name, url)
    return result.page.page_type, [
        (r.name, r.member_since, r.feedback_count, r.rating, r.has_pgp_key, r.pgp_fingerprint)
        for r in result.records]


def test_a_portuguese_profile_with_its_items_as_a_section_is_one_vendor() -> None:
    assert _profile("profil_pt.html", "http://feiranoturna.onion/perfil?id=77") == ("vendor", [
        ("Erva_Mineira", "2022-03-02", 874, 97.9, True, FINGERPRINT)])


def test_a_czech_profile_with_its_offer_listed_under_it_is_one_vendor() -> None:
    assert _profile("profil_cs.html", "http://nocnitrh.onion/obchodnik?id=3140") == ("vendor", [
        ("Vcelin_Sumava", "2021-04-05", 612, 99.1, True, FINGERPRINT)])


def test_a_german_shop_front_with_its_key_in_the_footer_lists_the_shops_items() -> None:
    result = _parse("obchod_de.html", "http://kraeuterstube.onion/")
    assert result.page.page_type == "listing_index"
    assert [(r.title, r.price, r.currency, r.vendor) for r in result.records] == [
        ("Pfefferminze, 100 g", 9.8, "EUR", "Kräuterstube"),
        ("Rooibos Vanille, 150 g", 11.5, "EUR", "Kräuterstube"),
        ("Kamillenblüten, 80 g", 7.2, "EUR", "Kräuterstube"),
        ("Teesieb aus Messing", 14.0, "EUR", "Kräuterstube"),
    ]


def test_an_italian_shop_front_with_its_key_in_the_footer_lists_the_shops_items() -> None:
    result = _parse("bottega_it.html", "http://saponeria.onion/")
    assert result.page.page_type == "listing_index"
    assert [(r.title, r.price, r.vendor) for r in result.records] == [
        ("Sapone all'olio d'oliva, 120 g", 6.5, "Saponeria del Lago"),
        ("Sapone alla lavanda, 120 g", 7.0, "Saponeria del Lago"),
        ("Portasapone in legno d'ulivo", 12.0, "Saponeria del Lago"),
    ]
