"""parsers.vendor_counts: a seller's count written before its word ("642 ratings", "318 Bewertungen")
is the feedback count before any count of sales or orders the page shows first ("1,018 orders
completed", "2.140 Verkäufe"); a count of sales stands in only where no feedback is counted.
Made-up pages written here."""

from __future__ import annotations

from parsers.dom import load
from parsers.vendor_counts import feedback_count


def _count(body: str) -> int | None:
    doc = load(f"<html><body><h1>leafy</h1>{body}</body></html>".encode())
    return feedback_count(doc, doc.text_lines, "leafy", None)


def test_a_count_of_ratings_wins_over_a_count_of_orders_shown_before_it() -> None:
    assert _count("<p>Level 3 · 1,018 orders completed</p><p><span>642 ratings</span> "
                  "<span>97.8% positive</span></p>") == 642


def test_a_german_count_of_reviews_wins_over_sales_shown_before_it() -> None:
    assert _count("<p>2.140 Verkäufe seit 2021</p><p>318 Bewertungen, 99 % positiv</p>") == 318


def test_a_count_of_orders_stands_in_where_no_feedback_is_counted() -> None:
    assert _count("<p>Level 3 · 1,018 orders completed</p><p>Ships from Spain</p>") == 1018
