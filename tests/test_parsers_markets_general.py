"""parsers.cards / parsers.markets on market templates never tuned on (generic extractor, no profile).

Each page in tests/data/markets_general is SYNTHESIZED: it copies the structure (tags, classes,
label wording) of a real saved page of another market, with fictional titles, prices and names.
The real source is named next to each test so the structure can be re-checked.
"""

from __future__ import annotations

from pathlib import Path

import parsers

DATA = Path(__file__).parent / "data" / "markets_general"


def _parse(name: str, url: str):
    return parsers.parse_page((DATA / name).read_bytes(), url=url, use_profiles=False)


def test_a_grid_of_cards_laid_out_in_several_rows_yields_every_card():
    # Structure of ht-weng/darknet-market-scraper data/cypher-market/page-downloads/2020-09-17/
    # page0-10.html (commit a177156c): Bootstrap rows of three cards; each card has an h4 title
    # link, "From: <strong>25 $</strong> - Category -" and a vendor badge link to /vendor/<uuid>.
    result = _parse("grid_rows_of_cards.html", "http://example.onion/category/1")
    assert result.page.page_type == "listing_index"
    got = [(r.title, r.price, r.currency, r.vendor) for r in result.records]
    assert got == [
        ("Alpha Widget Sample Pack", 25.0, "USD", "vendorone"),
        ("Beta Gadget 10 units", 61.0, "USD", "vendortwo"),
        ("Gamma Item Deluxe", 140.0, "USD", "vendorone"),
        ("Delta Thing Bundle", 9.0, "USD", "vendorthree"),
        ("Epsilon Kit", 33.0, "USD", "vendortwo"),
        ("Zeta Package", 72.0, "USD", "vendorfour"),
    ]


def test_a_category_packed_between_dashes_in_a_card_line_is_read_when_the_site_lists_it():
    # Same source: the card line "From: 25 $ - Fraud - " carries the category between dashes;
    # the sidebar's /category/ links say which words are category names.
    result = _parse("grid_rows_of_cards.html", "http://example.onion/category/1")
    assert [r.category for r in result.records] == [
        "Guides", "Fraud", "Software", "Other Listings", "Digital Goods", "Hacking",
    ]


def test_cards_with_posted_by_vendor_and_optional_ships_from_line():
    # Structure of ht-weng/darknet-market-scraper data/blackry.html (commit 7a353323): cards in
    # rows of three, "Posted by <a class=badge href=/vendor/..>", an optional
    # "<p>Ships from <strong>Country</strong></p>" and "From: <strong>7.00 $</strong> - Hash -".
    result = _parse("grid_cards_posted_by.html", "http://example.onion/category/1")
    assert result.page.page_type == "listing_index"
    got = [(r.title, r.price, r.currency, r.vendor, r.category, r.ships_from)
           for r in result.records]
    assert got == [
        ("Sample Herb One", 7.0, "USD", "sellerone", "Cannabis", None),
        ("Sample Herb Two", 15.0, "USD", "sellerone", "Cannabis", None),
        ("Sample Resin", 5.0, "USD", "sellerone", "Hash", None),
        ("Sample Flower Big", 300.0, "USD", "sellertwo", "Cannabis", "Germany"),
        ("Sample Flower Small", 120.0, "USD", "sellertwo", "Cannabis", "Germany"),
        ("Sample Edible", 42.5, "USD", "sellerthree", "Edibles", "Netherlands"),
    ]
