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
