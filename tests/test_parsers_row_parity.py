"""Striped rows are rows of one kind (parsers.row_parity, through parsers.cards.find_cards and
parse_page): a result table whose rows are classed "…-odd" and "…-even" (or "odd"/"even" alone)
gives every row as a listing, in page order, not only one parity's rows.

Made-up pages written here (Slovak, Dutch), none a generality round's page.
"""

from __future__ import annotations

from lxml import html

from parsers import parse_page
from parsers.row_parity import row_kind

_ROWS_SK = [
    ("Včelí vosk, blok 500 g", "Vcelar_Tatry", "12,50 €"),
    ("Medovina, 0,75 l", "Medovina_Orava", "9,90 €"),
    ("Sviečky z vosku, sada 6 ks", "Vcelar_Tatry", "15,00 €"),
    ("Propolisová tinktúra, 30 ml", "Uly_Liptov", "7,40 €"),
]

# Slovak: a search's result table, rows striped by the class's last word.
_TABLE_SK = """<!DOCTYPE html><html lang="sk"><head><meta charset="utf-8">
<title>Výsledky hľadania – Trh pod Skalou</title></head><body>
<h1>Výsledky hľadania: vosk</h1>
<table class="vysledky"><tr><th>Produkt</th><th>Predajca</th><th>Cena</th><th></th></tr>
""" + "".join(
    f'<tr class="zoznam-{"odd" if n % 2 == 0 else "even"}">'
    f'<td><a href="tovar.php?id={40 + n}">{title}</a></td>'
    f'<td><a href="predajca.php?id={n}">{seller}</a></td><td>{price}</td>'
    f'<td><a href="kosik.php?add={40 + n}">Kúpiť</a></td></tr>'
    for n, (title, seller, price) in enumerate(_ROWS_SK)
) + "</table></body></html>"

_ROWS_NL = [
    ("Kaasschaaf, eikenhout", "Houtwerk_Gouda", "€ 18,50"),
    ("Broodplank, 40 cm", "Houtwerk_Gouda", "€ 32,00"),
    ("Pollepel, beuken", "Lepelmaker_Edam", "€ 9,75"),
    ("Slabak, teak", "Lepelmaker_Edam", "€ 44,00"),
    ("Botervlootje, olijf", "Olijf_en_Zo", "€ 21,00"),
]

# Dutch: list rows classed "odd" and "even" alone, each a title link, a seller and a price.
_LIST_NL = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Zoekresultaten – Nachtmarkt</title></head><body>
<h1>Zoekresultaten voor "hout"</h1>
<ul class="resultaten">
""" + "".join(
    f'<li class="{"odd" if n % 2 == 0 else "even"} rij"><a href="/artikel/{n}">{title}</a>'
    f' <span>verkoper: {seller}</span> <b>{price}</b></li>'
    for n, (title, seller, price) in enumerate(_ROWS_NL)
) + "</ul></body></html>"


def test_a_class_closing_on_a_parity_word_is_one_kind_of_row() -> None:
    rows = html.fromstring(_TABLE_SK).findall(".//tr")[1:]
    assert len({row_kind(r) for r in rows}) == 1
    items = html.fromstring(_LIST_NL).findall(".//li")
    assert {row_kind(li) for li in items} == {("li", "")}


def test_a_word_ending_like_a_parity_word_is_kept() -> None:
    el = html.fromstring('<div class="seven"><p>x</p></div>')
    assert row_kind(el) == ("div", "seven")
    el = html.fromstring('<div class="row-oddity"><p>x</p></div>')
    assert row_kind(el) == ("div", "row-oddity")


def test_every_striped_row_of_a_result_table_is_a_listing_in_page_order() -> None:
    result = parse_page(_TABLE_SK.encode(), url="http://trh.example/hladat.php?q=vosk")
    assert result.page.page_type == "listing_index"
    assert [(r.title, r.vendor, r.price) for r in result.records] == [
        (title, seller, float(price.split()[0].replace(",", "."))) for title, seller, price in _ROWS_SK
    ]


def test_every_row_of_a_list_striped_odd_and_even_is_a_listing() -> None:
    result = parse_page(_LIST_NL.encode(), url="http://nacht.example/zoeken?q=hout")
    assert result.page.page_type == "listing_index"
    assert [r.title for r in result.records] == [title for title, _, _ in _ROWS_NL]
    assert [r.price for r in result.records] == [18.5, 32.0, 9.75, 44.0, 21.0]
