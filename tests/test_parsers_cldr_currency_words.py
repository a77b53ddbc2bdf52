"""parsers.cldr_currency.unit_words: the word a country's money is written with after an amount
("38,000원", "1,200円", "12 500 төгрөг") is read from the CLDR's names of that money in the page's
language, once the country's name is set aside, so a card's price in the local money wins over the
conversion to a coin printed beside it. Made-up pages written here (none a generality round's page).
"""

from __future__ import annotations

import pytest
from babel import Locale

from parsers import parse_page
from parsers.cldr_currency import unit_words
from parsers.currency_marks import page_locale
from parsers.prices import find_prices, parse_price
from parsers.records import Listing


@pytest.mark.parametrize(("lang", "code", "territory", "word"), [
    ("ko", "KRW", "KR", "원"),  # "대한민국 원": the country's name, then the unit
    ("ja", "JPY", "JP", "円"),  # "日本円": written without spaces, the country's name first
    ("mn", "MNT", "MN", "төгрөг"),  # "Монгол төгрөг"
    ("uk", "UAH", "UA", "гривня"),  # "українська гривня": an adjective of the country's name
    ("th", "THB", "TH", "บาท"),  # a name of one word that names no country is the unit
])
def test_the_unit_is_the_cldr_name_without_the_country(
    lang: str, code: str, territory: str, word: str
) -> None:
    assert word in unit_words(Locale.parse(lang), code, territory)


def test_a_name_of_the_country_alone_gives_no_unit() -> None:
    assert unit_words(Locale.parse("en"), "USD", "US") == []  # "US Dollar": "US" is short Latin


@pytest.mark.parametrize(("lang", "text", "price"), [
    ("ko", "38,000원", (38000.0, "KRW")),
    ("ja", "1,200円（税込）", (1200.0, "JPY")),
    ("mn", "12 500 төгрөг", (12500.0, "MNT")),
    ("lo", "85 000 ກີບ", (85000.0, "LAK")),
])
def test_an_amount_before_the_unit_word_of_the_pages_country_is_a_price(
    lang: str, text: str, price: tuple[float, str]
) -> None:
    with page_locale(lang):
        assert parse_price(text) == price


def test_a_unit_word_followed_by_another_word_is_a_phrase_not_a_price() -> None:
    # Vietnamese writes the dong "đồng" too, and "2 đồng hồ" is two clocks.
    with page_locale("vi"):
        assert find_prices("Bộ 2 đồng hồ treo tường") == []
        assert parse_price("450.000 đồng") == (450000.0, "VND")


def test_the_word_is_read_only_on_a_page_of_its_country() -> None:
    with page_locale("de"):
        assert parse_price("38,000원") is None


def _listings(html: str, url: str) -> list[Listing]:
    result = parse_page(html.encode("utf-8"), url=url, use_profiles=False)
    return [r for r in result.records if isinstance(r, Listing)]


_JA_GRID = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>湯呑 一覧</title></head>
<body><h1>湯呑・茶碗</h1><div class="shelf">
<div class="goods"><a class="nm" href="/goods/101">萩焼 湯呑 白釉</a>
<p>出品者 <a href="/u/hagi_kama">hagi_kama</a></p>
<p class="yen"><b>3,800円</b> <i>≈ 0.00019871 BTC</i></p></div>
<div class="goods"><a class="nm" href="/goods/102">備前焼 ぐい呑</a>
<p>出品者 <a href="/u/bizen_do">bizen_do</a></p>
<p class="yen"><b>5,200円</b> <i>≈ 0.00027192 BTC</i></p></div>
<div class="goods"><a class="nm" href="/goods/103">信楽焼 茶碗</a>
<p>出品者 <a href="/u/shigaraki">shigaraki</a></p>
<p class="yen"><b>12,000円</b> <i>≈ 0.00062751 BTC</i></p></div>
</div></body></html>"""

_MN_LIST = """<!DOCTYPE html><html lang="mn"><head><meta charset="utf-8"><title>Бараа</title></head>
<body><h2>Ноосон эдлэл</h2><ul class="bar">
<li><h4><a href="/p/7">Тэмээний ноосон оймс</a></h4><span>18 000 төгрөг</span> <em>(0.0041 XMR)</em></li>
<li><h4><a href="/p/8">Ямааны ноолууран ороолт</a></h4><span>96 500 төгрөг</span> <em>(0.0221 XMR)</em></li>
<li><h4><a href="/p/9">Хонины ноосон эсгий гутал</a></h4><span>54 000 төгрөг</span> <em>(0.0124 XMR)</em></li>
</ul></body></html>"""


def test_a_japanese_grid_is_priced_in_yen_not_in_its_bitcoin_conversion() -> None:
    found = [(x.title, x.price, x.currency) for x in _listings(_JA_GRID, "http://yunomi.example/list")]
    assert found == [("萩焼 湯呑 白釉", 3800.0, "JPY"), ("備前焼 ぐい呑", 5200.0, "JPY"),
                     ("信楽焼 茶碗", 12000.0, "JPY")]


def test_a_mongolian_list_is_priced_in_togrog_not_in_monero() -> None:
    found = [(x.title, x.price, x.currency) for x in _listings(_MN_LIST, "http://noos.example/bar")]
    assert found == [("Тэмээний ноосон оймс", 18000.0, "MNT"), ("Ямааны ноолууран ороолт", 96500.0, "MNT"),
                     ("Хонины ноосон эсгий гутал", 54000.0, "MNT")]
