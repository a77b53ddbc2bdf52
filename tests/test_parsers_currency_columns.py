"""parsers.currency_columns: a table's price column named by its currency ("Bei (XMR)") over bare
figures; its conversions (a column at the page's exchange rate, an approximate one) no price."""

from __future__ import annotations

from typing import Any

from parsers import parse_page
from parsers.currency_columns import column_prices, currency_heads
from parsers.dom import Doc, load

NOW = "2026-11-20T12:00:00Z"


def _rows(doc: Doc) -> list[Any]:
    return [tr for tr in doc.root.iter("tr") if tr.find("td") is not None]


def test_a_header_names_its_currency_alone_or_in_brackets_after_words() -> None:
    heads = ["Bidhaa", "Bei (XMR)", "Takriban (KSh)", "≈ USD", "Uzito (g)", "Idadi", "BTC"]
    assert currency_heads(heads) == [
        (1, "XMR", False), (2, "KES", False), (3, "USD", True), (6, "BTC", False),
    ]


def test_the_first_currency_column_of_bare_figures_is_the_price() -> None:
    # Swahili: the XMR column first, the shillings after it (no rate shown).
    doc = load(b"""<table><tr><th>Bidhaa</th><th>Bei (XMR)</th><th>Takriban (KSh)</th></tr>
    <tr><td><a href="/bidhaa/1">Kikapu</a></td><td>0.0310</td><td>KSh 640</td></tr>
    <tr><td><a href="/bidhaa/2">Kanga</a></td><td>0.0125</td><td>KSh 260</td></tr></table>""")
    assert column_prices(doc, _rows(doc)) == [(0.031, "XMR", {"KES": 640.0}), (0.0125, "XMR", {"KES": 260.0})]


def test_a_column_at_the_pages_exchange_rate_is_a_conversion_even_first() -> None:
    # Tagalog: the peso column stands first, but its figures are the BTC column's at the bar's rate.
    doc = load("""<p>Palitan: 1 BTC ≈ ₱ 5,600,000</p><table>
    <tr><th>Produkto</th><th>Humigit-kumulang (₱)</th><th>Halaga (BTC)</th></tr>
    <tr><td><a href="/produkto/7">Banig</a></td><td>₱ 2,800</td><td>0.00050</td></tr>
    <tr><td><a href="/produkto/8">Salakot</a></td><td>₱ 1,700</td><td>0.00030</td></tr></table>""".encode())
    assert column_prices(doc, _rows(doc)) == [
        (0.0005, "BTC", {"PHP": 2800.0}), (0.0003, "BTC", {"PHP": 1700.0}),
    ]


def test_an_approximate_column_is_never_the_price() -> None:
    doc = load("""<table><tr><th>Artikel</th><th>≈ EUR</th><th>XMR</th></tr>
    <tr><td><a href="/a/1">Kerze</a></td><td>4,10</td><td>0,0270</td></tr>
    <tr><td><a href="/a/2">Seife</a></td><td>3,00</td><td>0,0198</td></tr></table>""".encode())
    assert [p[:2] for p in column_prices(doc, _rows(doc)) or []] == [(0.027, "XMR"), (0.0198, "XMR")]


def test_a_table_whose_price_column_the_vocabulary_names_is_left_to_it() -> None:
    doc = load(b"""<table><tr><th>Item</th><th>Price</th><th>BTC</th></tr>
    <tr><td><a href="/i/1">Jar</a></td><td>$25</td><td>0.0004</td></tr>
    <tr><td><a href="/i/2">Cup</a></td><td>$12</td><td>0.0002</td></tr></table>""")
    assert column_prices(doc, _rows(doc)) is None


def test_a_column_with_a_row_of_no_figure_is_no_price_column() -> None:
    doc = load(b"""<table><tr><th>Bidhaa</th><th>Bei (XMR)</th></tr>
    <tr><td><a href="/bidhaa/1">Kikapu</a></td><td>0.0310</td></tr>
    <tr><td><a href="/bidhaa/2">Kanga</a></td><td>imeisha</td></tr></table>""")
    assert column_prices(doc, _rows(doc)) is None


SWAHILI_LIST = """<!DOCTYPE html><html lang="sw"><head><meta charset="utf-8">
<title>Orodha ya bei — Soko Huru</title></head><body>
<p>Kiwango: 1 XMR ≈ KSh 20,650 · <a href="/vioo">Vioo rasmi</a></p>
<header><a href="/">Soko Huru</a> <a href="/akaunti">Akaunti</a></header>
<h1>Orodha ya bei</h1>
<table><thead><tr><th>Bidhaa</th><th>Bei (XMR)</th><th>Takriban (KSh)</th><th></th></tr></thead><tbody>
<tr><th colspan="4">Vikapu</th></tr>
<tr><td><a href="/bidhaa/41">Kikapu cha ukili</a></td><td>0.0310</td><td>KSh 640</td>
<td><a href="/agiza/41">Agiza</a></td></tr>
<tr><td><a href="/bidhaa/42">Kikapu kidogo</a></td><td>0.0150</td><td>KSh 310</td>
<td><a href="/agiza/42">Agiza</a></td></tr>
<tr><th colspan="4">Vitambaa</th></tr>
<tr><td><a href="/bidhaa/51">Kanga ya pamba</a></td><td>0.0125</td><td>KSh 260</td>
<td><a href="/agiza/51">Agiza</a></td></tr>
<tr><td><a href="/bidhaa/52">Kikoi</a></td><td>0.0190</td><td>KSh 390</td>
<td><a href="/agiza/52">Agiza</a></td></tr>
</tbody></table></body></html>"""


def test_a_price_list_page_gives_every_row_its_currency_columns_price_and_its_group() -> None:
    result = parse_page(SWAHILI_LIST.encode(), url="http://x.onion/bei", captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "listing_index"
    got = [(r.title, r.price, r.currency, r.alt_prices, r.category) for r in result.records]
    assert got == [
        ("Kikapu cha ukili", 0.031, "XMR", {"KES": 640.0}, "Vikapu"),
        ("Kikapu kidogo", 0.015, "XMR", {"KES": 310.0}, "Vikapu"),
        ("Kanga ya pamba", 0.0125, "XMR", {"KES": 260.0}, "Vitambaa"),
        ("Kikoi", 0.019, "XMR", {"KES": 390.0}, "Vitambaa"),
    ]
