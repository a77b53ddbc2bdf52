"""parsers.struck_styles: a sale's old price crossed out by a rule of the page's own style sheet
(".cena-przed { text-decoration: line-through }"), on an element whose class names nothing old,
is never the item's price; the price beside it is. Made-up pages written here."""

from __future__ import annotations

import parsers
from parsers.records import Listing
from parsers.struck_styles import struck_classes


def _price(page: str, url: str) -> tuple[float | None, str | None]:
    result = parsers.parse_page(page.encode(), url=url)
    listings = [r for r in result.records if isinstance(r, Listing)]
    assert result.page.page_type == "listing" and len(listings) == 1
    return listings[0].price, listings[0].currency


_POLISH = """<html lang="pl"><head><meta charset="utf-8"><title>Miód lipowy, 1 kg — Pasieka Nocna</title>
<style>.cena-przed { color: #999; text-decoration: line-through; } .cena-teraz { font-weight: bold }</style>
</head><body><h1>Miód lipowy, 1 kg</h1>
<div class="cena"><span class="cena-przed">64,00 zł</span> <span class="cena-teraz">52,00 zł</span></div>
<form action="/koszyk/dodaj" method="post"><input type="number" name="ilosc" value="1">
<button>Dodaj do koszyka</button></form>
<ul><li>Sprzedawca: <a href="/sprzedawca/Pszczoly_Mazur">Pszczoly_Mazur</a></li></ul></body></html>"""

_GERMAN = """<html lang="de"><head><meta charset="utf-8"><title>Leinenschürze — Nachtmarkt</title>
<style>
/* Preise */
.preis .alt, .preis .vorher:hover { text-decoration-line: line-through }
</style></head><body><h1>Leinenschürze</h1>
<p class="preis">Jetzt <b class="neu">19,90 €</b> <span class="alt">24,90 €</span></p>
<form action="/warenkorb" method="post"><input type="number" name="menge" value="1">
<button>In den Warenkorb</button></form>
<p>Verkäufer: <a href="/verkaeufer/Leinen_Lotte">Leinen_Lotte</a></p></body></html>"""


def test_a_price_struck_by_the_pages_style_sheet_is_not_the_price() -> None:
    assert _price(_POLISH, "http://pasieka.example/produkt/77") == (52.0, "PLN")
    assert _price(_GERMAN, "http://nachtmarkt.example/artikel/5") == (19.9, "EUR")


def test_the_style_sheets_struck_classes_are_its_selectors_last_classes() -> None:
    raw = _GERMAN.encode()
    assert struck_classes(raw) == frozenset({"alt", "vorher"})
    assert struck_classes(b"<style>.x{text-decoration:underline}</style>") == frozenset()


def test_a_struck_class_with_no_price_beside_it_keeps_its_price() -> None:
    page = _POLISH.replace('<span class="cena-teraz">52,00 zł</span>', "")
    assert _price(page, "http://pasieka.example/produkt/77") == (64.0, "PLN")
