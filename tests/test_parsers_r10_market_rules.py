"""parsers market rules round 10's blind misses asked for (vendor_counts, market_profile,
card_fields, labels).

Each page here is small and written for its rule (none is a copy of a round-10 page): a feedback
tab keeps its count when the tab row's separators cling to it ("Feedback (318) ·"); a member's
profile that shows a seller's commerce figures beside a seller's sign is a vendor's page; a card
names its category after a bare preposition ("In <strong>Seeds</strong>"); "Shipped To" labels a
destination.
"""

from __future__ import annotations

from parsers.dom import load
from parsers.vendor_counts import feedback_count


def _doc(html: str, url: str = "http://market.example/profile.php?id=leafy"):
    return load(html.encode("utf-8"), url=url)


# --- feedback counts --------------------------------------------------------------------------


def test_a_feedback_tab_between_middots_keeps_its_count():
    doc = _doc("<html><body><h2>leafy</h2><div><a href='?tab=about'>About</a> &middot; "
               "<a href='?tab=items'>Items (9)</a> &middot; <b>Feedback (57)</b> &middot; "
               "<a href='?tab=pgp'>PGP</a></div></body></html>")
    assert feedback_count(doc, doc.text_lines, "leafy", None) == 57


def test_a_tab_row_with_bars_reads_the_same_count_in_another_language():
    doc = _doc("<html><body><h2>leafy</h2><div><b>| Bewertungen (1.204) |</b></div></body></html>")
    assert feedback_count(doc, doc.text_lines, "leafy", None) == 1204


def test_a_score_out_of_five_in_a_tab_is_still_no_count():
    doc = _doc("<html><body><h2>leafy</h2><div><b>Feedback (5/5) ·</b></div></body></html>")
    assert feedback_count(doc, doc.text_lines, "leafy", None) is None
