"""A sale's old amount struck out with no currency mark of its own (parsers.struck, called by
parsers.markets before prices are read): "<s>1,050</s> 890 €" is the old price in the currency of
the price right after it, dropped, never read with it as one number (1.05089, 1050890).

Made-up card pages written here (English, French, Hindi), none a generality round's page.
"""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.records import Listing

_CARD = ("<div class='k'><a href='/item/{n}'>{title}</a><p>by <a href='/vendor/v{n}'>v{n}</a></p>"
         "<p class='pr'>{price}</p></div>")


def _prices(lang: str, items: list[tuple[str, str]]) -> list[tuple[str | None, float | None, str | None]]:
    cards = "".join(_CARD.format(n=n, title=title, price=price) for n, (title, price) in enumerate(items))
    html = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>New</title></head><body>"
            f"<div class='g'>{cards}</div></body></html>")
    result = parse_page(html.encode(), url="http://market.example/new")
    return [(r.title, r.price, r.currency) for r in result.records if isinstance(r, Listing)]


@pytest.mark.parametrize(("lang", "sale", "other", "expected"), [
    ("en", "<s>1,050</s> 890 €", "12 €", [("Tea", 890.0, "EUR"), ("Cup", 12.0, "EUR")]),
    ("fr", "<del>1 050</del> 890 €", "12 €", [("Tea", 890.0, "EUR"), ("Cup", 12.0, "EUR")]),
    ("hi", "<s>१,२००</s> ९९० रुपये", "४५० रुपये", [("Tea", 990.0, "INR"), ("Cup", 450.0, "INR")]),
])
def test_a_struck_bare_amount_before_a_price_is_its_old_amount_and_dropped(
    lang: str, sale: str, other: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _prices(lang, [("Tea", sale), ("Cup", other)]) == expected


def test_a_struck_figure_that_no_price_follows_stays() -> None:
    found = _prices("en", [("Tea", "<s>3</s> left · 12 €"), ("Cup", "9 €")])
    assert found == [("Tea", 12.0, "EUR"), ("Cup", 9.0, "EUR")]
