"""parsers.cldr_currency (with parsers.currency_marks, parsers.prices, parsers.cards and
parsers.card_links): a price mark the built-in tables do not know is read as the currency whose
local symbol it is, by the Unicode CLDR (Babel), in the page's language and countries; an amount
alone in an element with its mark in the indented text after it is a card's price; a grid whose
every card's best link is one "more" button takes its titles from the links to the same address.
Made-up pages written here, in languages and markup of their own (none a generality round's page).
"""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.cldr_currency import local_marks
from parsers.currency_marks import page_locale
from parsers.prices import find_prices, parse_price
from parsers.records import Listing


def _listings(html: str, url: str) -> tuple[str, list[Listing]]:
    result = parse_page(html.encode("utf-8"), url=url)
    return result.page.page_type, [r for r in result.records if isinstance(r, Listing)]


@pytest.mark.parametrize(("lang", "text", "price"), [
    ("am", "1,250.00 ብር", (1250.0, "ETB")),  # Amharic: the birr
    ("uz", "45 000 soʻm", (45000.0, "UZS")),  # Uzbek (Latin): the som
    ("tg", "TJS 120", (120.0, "TJS")),  # Tajik: the code is the CLDR's symbol
    ("be", "Br 18,40", (18.4, "BYN")),  # Belarusian, the mark before the amount
    ("fa", "۱۲۰ ؋", (120.0, "AFN")),  # Persian writes the afghani's sign too (Persian digits)
])
def test_a_mark_of_the_pages_country_is_read_by_the_cldr(
    lang: str, text: str, price: tuple[float, str] | None
) -> None:
    with page_locale(lang):
        assert parse_price(text) == price


def test_the_host_country_names_the_mark_on_a_page_in_another_language() -> None:
    # A Russian page on a Belarusian host: "Br" is the ruble of Belarus (ru_BY's symbol).
    with page_locale("ru", host="kofe.example.by"):
        assert parse_price("Цена: 64,90 Br") == (64.9, "BYN")
    with page_locale("ru", host="kofe.example.ru"):
        assert parse_price("Цена: 64,90 Br") is None


def test_no_page_no_language_or_a_one_letter_mark_reads_nothing() -> None:
    assert parse_price("64,90 Br") is None  # outside a page: built-in marks only
    with page_locale(None, host="shop.example"):
        assert parse_price("64,90 Br") is None
    with page_locale("so"):  # the Somali shilling's CLDR symbol is "S": a size, not a price
        assert find_prices("Funaanad, cabbir 5 S") == []
    with page_locale("my"):  # the kyat's "K" is a thousand as often
        assert find_prices("12 K") == []
    assert "S" not in local_marks("so", None, None).codes  # type: ignore[union-attr]


def test_a_built_in_mark_wins_and_the_cldr_is_asked_only_beside_an_unread_amount() -> None:
    with page_locale("be"):
        found = find_prices("10 € / 34,50 Br")
    assert [(p.amount, p.currency) for p in found] == [(10.0, "EUR"), (34.5, "BYN")]


def test_a_mark_on_the_line_after_or_before_an_amount_alone_on_its_line() -> None:
    with page_locale("am"):
        assert parse_price("350.00\nብር\n*") == (350.0, "ETB")
        assert parse_price("ብር\n350.00") == (350.0, "ETB")
        assert parse_price("ዋጋ 350.00\nብር 20") == (20.0, "ETB")  # a count over a price


# --- a grid in Amharic: each card opens with one "details" button; the price in indented elements --

_GRID_AM = """<!DOCTYPE html><html lang="am"><head><meta charset="utf-8">
<title>ቡና - የአዲስ ገበያ</title></head><body>
<header><a href="/">የአዲስ ገበያ</a></header>
<main><h1>ቡና</h1>
<section class="shelf">
""" + "".join(f"""  <article class="good">
    <a class="peek" href="/goods/{slug}"><span>ዝርዝር ይመልከቱ</span></a>
    <a class="pic" href="/goods/{slug}"><img src="/img/{slug}.jpg" alt=""></a>
    <div class="about">
      <div class="nm"><a href="/goods/{slug}">{name}</a></div>
      <div class="cost"><em>
            {price}
         </em>
         ብር
            *</div>
      <button type="button">ወደ ቅርጫት</button>
    </div>
  </article>
""" for slug, name, price in (
    ("yirgacheffe", "የይርጋጨፌ ቡና፣ 500 ግራም", "650.00"),
    ("sidamo", "የሲዳሞ ቡና፣ 1 ኪሎ", "1,180.00"),
    ("jebena", "ጀበና፣ የሸክላ", "420.00"),
)) + """</section>
<p class="note">* ዋጋው ታክስን ያካትታል</p></main></body></html>"""


def test_an_amharic_grid_priced_in_birr_gives_a_card_per_item() -> None:
    page_type, listings = _listings(_GRID_AM, "https://addis-gebeya.example/buna/")
    assert page_type == "listing_index"
    assert [(r.title, r.price, r.currency) for r in listings] == [
        ("የይርጋጨፌ ቡና፣ 500 ግራም", 650.0, "ETB"),
        ("የሲዳሞ ቡና፣ 1 ኪሎ", 1180.0, "ETB"),
        ("ጀበና፣ የሸክላ", 420.0, "ETB"),
    ]
    assert listings[1].listing_url == "https://addis-gebeya.example/goods/sidamo"


# --- a list in Uzbek: the som's mark after each price, in table cells ---------------------------

_ROWS_UZ = """<html lang="uz"><head><meta charset="utf-8"><title>Choynaklar — Bozorcha</title></head><body>
<h2>Choynaklar</h2><table class="mahsulotlar">
<tr><td><a href="/m/101">Chinni choynak, ko'k naqshli</a></td><td>85 000 soʻm</td></tr>
<tr><td><a href="/m/102">Mis choynak, 1,5 litr</a></td><td>240 000 soʻm</td></tr>
<tr><td><a href="/m/103">Piyolalar to'plami, 6 dona</a></td><td>120 000 soʻm</td></tr>
</table></body></html>"""


def test_an_uzbek_list_priced_in_som_gives_its_rows() -> None:
    page_type, listings = _listings(_ROWS_UZ, "https://bozorcha.example/choynaklar")
    assert page_type == "listing_index"
    assert [(r.title, r.price, r.currency) for r in listings] == [
        ("Chinni choynak, ko'k naqshli", 85000.0, "UZS"),
        ("Mis choynak, 1,5 litr", 240000.0, "UZS"),
        ("Piyolalar to'plami, 6 dona", 120000.0, "UZS"),
    ]


def test_the_same_grid_on_a_page_of_no_language_gives_no_card() -> None:
    # Without the page's language (or a country domain) "ብር" names no currency: no price, no card.
    page_type, listings = _listings(_GRID_AM.replace(' lang="am"', ""), "https://addis-gebeya.example/buna/")
    assert listings == [] and page_type != "listing_index"
