"""parsers.currency_marks.price_letters and parsers.cldr_currency: a one-letter currency symbol
(the rand's "R") is read where the page's country uses it (by the Unicode CLDR: the page's
language's usual country, its tag's region) and the page prints it beside three amounts with
cents or more; a letter beside a number once or twice, or on a page of another country, is none.

The pages are small synthetic ones written here, none a copy of a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.currency_marks import price_letters
from parsers.records import Listing


def _listings(html: str, url: str) -> tuple[str, list[Listing]]:
    result = parse_page(html.encode("utf-8"), url=url)
    return result.page.page_type, [r for r in result.records if isinstance(r, Listing)]


def _zulu_rows(prices: list[str]) -> str:
    names = ["Isicathulo sesikhumba", "Ibhantshi lemvula", "Isigqoko sotshani"]
    rows = "".join(
        f'<tr><td><a href="/into/{n}">{name}</a></td><td class="inani">{price}</td></tr>'
        for n, (name, price) in enumerate(zip(names, prices, strict=True))
    )
    return f'<html lang="zu"><head><title>Izimpahla</title></head><body><table>{rows}</table></body></html>'


_AFRIKAANS_TILES = """<html lang="af"><head><title>Winkel Karoo - Tuin</title></head><body>
<h1>Tuin</h1><div class="teels">
<div class="teel"><a href="/produk/graaf">Graaf met eikehout-steel</a>
  <span>R 1 299,00</span></div>
<div class="teel"><a href="/produk/hark">Hark, 14 tande</a>
  <span>R 349,50</span></div>
<div class="teel"><a href="/produk/gieter">Gieter, 10 liter</a>
  <span>R 189,95</span></div>
</div></body></html>"""


def test_a_zulu_table_whose_prices_end_in_the_rands_r_is_a_list_of_priced_items() -> None:
    kind, found = _listings(_zulu_rows(["450.00 R", "1,120.00 R", "95.50 R"]), "http://izimpahla.example/")
    assert kind == "listing_index"
    assert [(r.title, r.price, r.currency) for r in found] == [
        ("Isicathulo sesikhumba", 450.0, "ZAR"),
        ("Ibhantshi lemvula", 1120.0, "ZAR"),
        ("Isigqoko sotshani", 95.5, "ZAR"),
    ]


def test_afrikaans_tiles_whose_prices_open_with_the_rands_r_are_priced_cards() -> None:
    kind, found = _listings(_AFRIKAANS_TILES, "http://karoo.example/tuin")
    assert kind == "listing_index"
    assert [(r.title, r.price, r.currency) for r in found] == [
        ("Graaf met eikehout-steel", 1299.0, "ZAR"),
        ("Hark, 14 tande", 349.5, "ZAR"),
        ("Gieter, 10 liter", 189.95, "ZAR"),
    ]


def test_a_letter_beside_two_amounts_or_no_cents_is_no_mark() -> None:
    assert price_letters("450.00 R and 95.50 R") == ""
    assert price_letters("size 42 R, 44 R, 46 R") == ""
    assert price_letters("R 1 299,00 | R 349,50 | 189,95 R") == "R"


def test_the_letter_on_a_page_of_a_country_whose_money_it_is_not_is_no_price() -> None:
    page = _zulu_rows(["450.00 R", "1,120.00 R", "95.50 R"]).replace('lang="zu"', 'lang="pl"')
    _, found = _listings(page, "http://sklep.example/")
    assert [r.currency for r in found if r.currency == "ZAR"] == []
