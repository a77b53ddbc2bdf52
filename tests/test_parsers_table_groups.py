"""parsers.table_groups: a table's group rows (one cell spanning the columns) give the item rows
under them their category; a group row is no header of the table's columns."""

from __future__ import annotations

from parsers import parse_page
from parsers.cards import header_columns
from parsers.dom import load
from parsers.table_groups import group_row, row_groups

NOW = "2026-11-20T12:00:00Z"


def _rows(html: str) -> list:
    doc = load(html.encode())
    return [tr for tr in doc.root.iter("tr") if tr.find(".//a") is not None and len(tr) > 1]


# Polish: group rows as th cells inside one tbody.
POLISH = """<table><thead><tr><th>Towar</th><th>Cena</th><th></th></tr></thead><tbody>
<tr><th colspan="3">Miody</th></tr>
<tr><td><a href="/towar/1">Miód gryczany 1 kg</a></td><td>42 zł</td>
<td><a href="/k/1">Dodaj do koszyka</a></td></tr>
<tr><td><a href="/towar/2">Miód lipowy 0,5 kg</a></td><td>25 zł</td>
<td><a href="/k/2">Dodaj do koszyka</a></td></tr>
<tr><th colspan="3">Świece</th></tr>
<tr><td><a href="/towar/3">Świeca z wosku</a></td><td>18 zł</td>
<td><a href="/k/3">Dodaj do koszyka</a></td></tr>
</tbody></table>"""

# Swahili: each group a tbody of its own, the group row a td cell.
SWAHILI = """<table><tr><td>Bidhaa</td><td>Kiasi</td><td>Bei</td></tr>
<tbody><tr><td colspan="3"><b>Vikapu</b></td></tr>
<tr><td><a href="/b/11">Kikapu cha ukili</a></td><td>1</td><td>KES 1,200</td></tr>
<tr><td><a href="/b/12">Kikapu kidogo</a></td><td>2</td><td>KES 800</td></tr></tbody>
<tbody><tr><td colspan="3"><b>Vitambaa</b></td></tr>
<tr><td><a href="/b/21">Kanga ya pamba</a></td><td>1</td><td>KES 950</td></tr></tbody>
</table>"""


def test_each_item_row_takes_the_group_row_above_it() -> None:
    assert row_groups(_rows(POLISH)) == ["Miody", "Miody", "Świece"]
    assert row_groups(_rows(SWAHILI)) == ["Vikapu", "Vikapu", "Vitambaa"]


def test_a_spanning_note_after_each_item_is_no_group() -> None:
    html = """<table><tr><th>Item</th><th>Price</th></tr>
    <tr><td><a href="/i/1">Jar</a></td><td>4 EUR</td></tr><tr><td colspan="2">Hand made</td></tr>
    <tr><td><a href="/i/2">Cup</a></td><td>3 EUR</td></tr><tr><td colspan="2">Glazed</td></tr>
    <tr><td><a href="/i/3">Bowl</a></td><td>5 EUR</td></tr><tr><td colspan="2">Large</td></tr></table>"""
    assert row_groups(_rows(html)) is None


def test_a_lone_spanning_title_over_the_table_is_no_grouping() -> None:
    html = """<table><tr><th colspan="2">Our offers</th></tr>
    <tr><td><a href="/i/1">Jar</a></td><td>4 EUR</td></tr>
    <tr><td><a href="/i/2">Cup</a></td><td>3 EUR</td></tr>
    <tr><td><a href="/i/3">Bowl</a></td><td>5 EUR</td></tr></table>"""
    assert row_groups(_rows(html)) is None


def test_a_spanning_row_of_figures_or_a_sentence_names_no_group() -> None:
    doc = load(b"<table><tr><td colspan=3>Total: 42 EUR</td></tr><tr><td colspan=3>Sold out.</td></tr>"
               b"<tr><td>Tea</td><td>x</td></tr></table>")
    assert [group_row(tr) for tr in doc.root.iter("tr")] == [None, None, None]


def test_the_columns_header_is_found_past_a_group_row() -> None:
    rows = _rows(POLISH)
    assert header_columns(rows[0]) == header_columns(rows[1]) == {"price": 1}


def test_a_price_list_page_gives_each_item_its_group_as_category() -> None:
    page = (f"<html lang='pl'><head><title>Cennik — Pasieka pod Lipą</title></head><body>"
            f"<div><a href='/'>Start</a> <a href='/koszyk'>Koszyk</a></div><h2>Cennik</h2>{POLISH}"
            f"<p>Płatność: BTC, XMR</p></body></html>")
    result = parse_page(page.encode(), url="http://x.onion/cennik", captured_at=NOW, use_profiles=False)
    records = result.records
    assert [(r.title, r.price, r.category) for r in records] == [
        ("Miód gryczany 1 kg", 42.0, "Miody"), ("Miód lipowy 0,5 kg", 25.0, "Miody"),
        ("Świeca z wosku", 18.0, "Świece"),
    ]
