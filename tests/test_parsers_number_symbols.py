"""parsers.number_symbols: the CLDR's decimal and group marks of the Arabic script ("٫", "٬")
read as the decimal point and the thousands mark in prices, on pages of invented templates."""

from __future__ import annotations

from parsers import parse_page
from parsers.number_symbols import ascii_separators, separator_table
from parsers.prices import find_prices, parse_number

_AR_ITEM = """<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مصباح نحاسي | سوق</title></head>
<body><div class="bar"><a href="/">سوق الظل</a></div>
<div class="prod"><h1>مصباح نحاسي مزخرف</h1>
<div class="cost">٠٫٠٤٥ XMR</div>
<dl><dt>البائع:</dt><dd><a href="/u/nahhas">nahhas</a></dd></dl>
<form method="post" action="/cart"><button>أضف إلى السلة</button></form></div></body></html>"""

_PS_GRID = """<html lang="ps"><head><meta charset="utf-8"><title>توکي</title></head><body>
<ul class="g">
<li><a href="/p/1">لومړی توکی</a> <i>۱٬۲۵۰٫۵۰ USD</i></li>
<li><a href="/p/2">دوهم توکی</a> <i>۲۰٫۷۵ USD</i></li>
<li><a href="/p/3">دریم توکی</a> <i>۳٬۰۰۰ USD</i></li>
</ul></body></html>"""


def test_the_arabic_decimal_mark_between_digits_becomes_a_point_and_keeps_the_length():
    text = "۰٫۱۲۵ XMR"
    assert ascii_separators(text) == "۰.۱۲۵ XMR"
    assert len(ascii_separators(text)) == len(text)


def test_the_table_comes_from_the_cldr_and_leaves_out_the_arabic_comma():
    table = separator_table()
    assert table[ord("٫")] == "." and table[ord("٬")] == ","
    assert ord("،") not in table  # a decimal mark in Urdu, a list's comma elsewhere


def test_a_price_in_persian_digits_with_its_decimal_mark_is_one_amount():
    assert [(p.amount, p.currency) for p in find_prices("قیمت: ۰٫۱۲۵ XMR")] == [(0.125, "XMR")]
    assert parse_number("۳٬۴۰۰٬۰۰۰") == 3400000.0


def test_an_arabic_item_page_reads_its_monero_price_with_the_arabic_decimal_mark():
    result = parse_page(_AR_ITEM.encode(), url="http://x.onion/p/7")
    listing = next(r for r in result.records if type(r).__name__ == "Listing")
    assert (listing.price, listing.currency) == (0.045, "XMR")


def test_a_pashto_grid_reads_grouped_and_decimal_prices_in_eastern_digits():
    result = parse_page(_PS_GRID.encode(), url="http://x.onion/search?q=a")
    assert [r.price for r in result.records] == [1250.5, 20.75, 3000.0]


def test_a_mark_between_letters_is_left_as_it_is():
    assert ascii_separators("a٫b ١٢") == "a٫b ١٢"


def test_full_width_and_small_commas_and_points_between_digits_are_ascii_marks() -> None:
    assert ascii_separators("１，２０４件") == "１,２０４件"
    assert parse_number("記事数：１，５０２") == 1502
    assert parse_number("３．５") == 3.5
    assert parse_number("2﹐480") == 2480
    assert ascii_separators("はい，そうです") == "はい，そうです"  # a comma between words stays


# The apostrophe the CLDR groups Swiss thousands with, typeset as "’" (U+2019): an Italian Swiss
# item page and a French Swiss vendor's statistics (invented templates).
_IT_CH_ITEM = """<html lang="it-CH"><head><meta charset="utf-8">
<title>Orologio a cucù | Mercato Notturno</title></head>
<body><div class="testa"><a href="/">Mercato Notturno</a></div>
<div class="articolo"><h1>Orologio a cucù in legno</h1>
<p class="prezzo">CHF 3’480.00</p>
<dl><dt>Venditore</dt><dd><a href="/venditore/Ticino_Legno">Ticino_Legno</a></dd></dl>
<form method="post" action="/carrello/aggiungi"><button>Aggiungi al carrello</button></form>
</div></body></html>"""

_FR_CH_VENDOR = """<html lang="fr-CH"><head><meta charset="utf-8">
<title>Fromager_Gruyere – vendeur</title></head>
<body><h1>Fromager_Gruyere</h1>
<ul><li>Évaluations: 2’318</li><li>Positives: 99,2 %</li><li>Membre depuis: 14.03.2020</li></ul>
<p>Fromages d'alpage, envoi le lundi.</p></body></html>"""


def test_a_swiss_apostrophe_between_digits_groups_thousands() -> None:
    assert ascii_separators("1’240.00 CHF") == "1,240.00 CHF"
    assert parse_number("1’386") == 1386
    assert [(p.amount, p.currency) for p in find_prices("Priis: 12’300.50 CHF")] == [(12300.5, "CHF")]
    assert ascii_separators("l’1 d’oro") == "l’1 d’oro"  # an apostrophe after a letter stays


def test_an_italian_swiss_item_reads_its_price_grouped_by_a_typeset_apostrophe() -> None:
    result = parse_page(_IT_CH_ITEM.encode(), url="http://notte.example.onion/articolo/31")
    (listing,) = result.records
    assert (listing.price, listing.currency, listing.vendor) == (3480.0, "CHF", "Ticino_Legno")


def test_a_french_swiss_vendors_count_grouped_by_a_typeset_apostrophe_is_whole() -> None:
    result = parse_page(_FR_CH_VENDOR.encode(), url="http://nuit.example.onion/vendeur/Fromager_Gruyere")
    (vendor,) = result.records
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Fromager_Gruyere", 2318, 99.2)
