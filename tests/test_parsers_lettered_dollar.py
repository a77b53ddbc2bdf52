"""parsers.cldr_currency.lettered_dollar (through parsers.prices.find_prices): a dollar sign glued
to letters that say whose dollar it is ("NT$", "HK$", "MX$", as the CLDR writes those signs in
English) is that currency, not the US dollar a bare "$" is read as. Made-up pages written here
(none a generality round's page).
"""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.cldr_currency import lettered_dollar
from parsers.prices import find_prices, parse_price
from parsers.records import Listing


@pytest.mark.parametrize(("text", "price"), [
    ("NT$ 1,280", (1280.0, "TWD")),
    ("HK$95.50", (95.5, "HKD")),
    ("MX$ 450", (450.0, "MXN")),
    ("Precio: CA$ 12.99", (12.99, "CAD")),
])
def test_letters_glued_to_a_dollar_sign_name_its_currency(text: str, price: tuple[float, str]) -> None:
    assert parse_price(text) == price


def test_letters_that_are_the_end_of_a_word_name_no_dollar() -> None:
    assert lettered_dollar("PRINT$ 5", 5) is None  # "PRINT": more than a sign's letters
    assert lettered_dollar("QQ$ 5", 2) is None  # letters the CLDR writes for no dollar


def test_the_sign_and_the_letters_make_one_price_span() -> None:
    (price,) = find_prices("售價 NT$ 1,280 元")
    assert (price.currency, price.start) == ("TWD", 3)


def _listings(html: str, url: str) -> list[Listing]:
    result = parse_page(html.encode("utf-8"), url=url, use_profiles=False)
    return [r for r in result.records if isinstance(r, Listing)]


def test_a_hong_kong_item_page_is_priced_in_hong_kong_dollars() -> None:
    html = """<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>陳皮</title></head>
    <body><div class="crumbs"><a href="/">首頁</a> &gt; <a href="/c/gan">乾貨</a></div>
    <h1 class="name">新會陳皮 十年 300g</h1>
    <div class="cost"><b>HK$ 680</b> <small>約 0.0052 BTC</small></div>
    <p>曬足十年，香氣醇厚。</p><form method="post" action="/cart"><button>加入購物車</button></form>
    </body></html>"""
    (item,) = _listings(html, "http://ganhuo.example/item/88")
    assert (item.price, item.currency) == (680.0, "HKD")


def test_an_english_grid_priced_in_mexican_dollars_keeps_them() -> None:
    cards = "".join(
        f'<li class="prod"><a href="/p/{n}">{name}</a><span class="amt">MX$ {price}</span></li>'
        for n, (name, price) in enumerate(
            [("Clay mug", "180"), ("Woven bag", "640"), ("Copper pot", "1,250")]
        )
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Crafts</title></head>
    <body><h1>Crafts</h1><ul class="grid">{cards}</ul></body></html>"""
    found = [(x.title, x.price, x.currency) for x in _listings(html, "http://artesania.example/crafts")]
    assert found == [("Clay mug", 180.0, "MXN"), ("Woven bag", 640.0, "MXN"), ("Copper pot", 1250.0, "MXN")]
