"""parsers.parse_page on market rules mended after round 12 (tests/test_parsers_general_r12.py):
small pages written for each rule, read as specifications.

- A page whose main content is an item's label/value table (a labelled price and a seller label)
  is a listing even when the item's reviews follow under "Reviews for item (N)"; a feedback page
  needs its heading to be the page's subject, not the item's review box.
"""

from __future__ import annotations

from typing import Any

from parsers import parse_page
from parsers.records import Listing, Vendor

NOW = "2026-11-20T12:00:00Z"


def _parse(html: str, url: str) -> Any:
    return parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)


_ITEM_TABLE_DE = """<html><head><title>Grüner Tee Sencha, 100 g - Teemarkt</title></head><body>
<nav><a href="/">Start</a> <a href="/katalog">Katalog</a> <a href="/konto">Konto</a></nav>
<h1>Grüner Tee Sencha, 100 g</h1>
<table class="details">
  <tr><td>Verkäufer:</td><td><a href="/user/teehaus_nord">teehaus_nord</a> (88)</td></tr>
  <tr><td>Kategorie:</td><td>Tee</td></tr>
  <tr><td>Preis:</td><td><b>12,40 €</b></td></tr>
</table>
<form method="post" action="/order/55"><button type="submit">Kaufen</button></form>
<h3>Bewertungen für Artikel (9)</h3>
<table class="reviews">
  <tr><th>Note</th><th>Bewertung</th><th>Käufer</th><th>Datum</th></tr>
  <tr><td>5/5</td><td>Sehr frisch.</td><td>a***n</td><td>18.11.2026</td></tr>
  <tr><td>4/5</td><td>Gut verpackt.</td><td>k***s</td><td>12.11.2026</td></tr>
</table>
</body></html>"""


def test_an_item_label_table_with_a_review_box_below_is_a_listing_not_feedback() -> None:
    result = _parse(_ITEM_TABLE_DE, "http://teemarkt.example/item/55")
    assert result.page.page_type == "listing"
    listings = [r for r in result.records if isinstance(r, Listing)]
    assert len(listings) == 1
    item = listings[0]
    assert (item.title, item.price, item.currency) == ("Grüner Tee Sencha, 100 g", 12.4, "EUR")
    assert (item.vendor, item.category) == ("teehaus_nord", "Tee")


_FEEDBACK_ONLY = """<html><head><title>Feedback - Teemarkt</title></head><body>
<h1>Feedback for teehaus_nord (88)</h1>
<table>
  <tr><th>Rating</th><th>Feedback</th><th>Buyer</th><th>Date</th></tr>
  <tr><td>5/5</td><td>Very fresh.</td><td>a***n</td><td>18.11.2026</td></tr>
  <tr><td>4/5</td><td>Well packed.</td><td>k***s</td><td>12.11.2026</td></tr>
</table>
</body></html>"""


def test_a_page_of_only_a_sellers_feedback_is_still_a_feedback_page() -> None:
    result = _parse(_FEEDBACK_ONLY, "http://teemarkt.example/feedback/teehaus_nord")
    assert result.page.page_type == "feedback"
    vendors = [r for r in result.records if isinstance(r, Vendor)]
    assert [(v.name, v.feedback_count, len(v.feedback)) for v in vendors] == [("teehaus_nord", 88, 2)]

