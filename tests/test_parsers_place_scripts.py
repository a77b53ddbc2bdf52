"""parsers.cldr_places.locale_tags (through parsers.place_words and parsers.cldr_places): a page's
places are looked up in the CLDR's names of its language in each script that language is written
in, so that a page tagged "zh" that writes Traditional characters ("台灣", "澳門") and one tagged
"sr" that writes Latin letters ("Srbija") have their places read. Made-up pages written here (none
a generality round's page).
"""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.cldr_places import locale_tags
from parsers.place_words import is_place
from parsers.records import Listing


def test_a_language_written_in_two_scripts_is_looked_up_in_both() -> None:
    assert {"zh_Hans", "zh_Hant"} <= set(locale_tags("zh"))
    assert {"sr_Cyrl", "sr_Latn"} <= set(locale_tags("sr"))
    assert locale_tags("de") == ("en", "de")


@pytest.mark.parametrize(
    ("name", "lang"), [("台灣", "zh"), ("澳門", "zh"), ("Srbija", "sr"), ("Crna Gora", "sr")]
)
def test_a_place_in_the_other_script_of_the_pages_language_is_a_place(name: str, lang: str) -> None:
    assert is_place(name, lang)


def _listings(html: str, url: str) -> list[Listing]:
    result = parse_page(html.encode("utf-8"), url=url, use_profiles=False)
    return [r for r in result.records if isinstance(r, Listing)]


def test_a_chinese_item_page_in_traditional_characters_ships_from_taiwan() -> None:
    html = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>高山茶</title></head>
    <body><div class="path"><a href="/">首頁</a> &gt; <a href="/c/tea">茶</a></div>
    <h1>梨山高冷茶 75g</h1><div class="p"><b>1,650 元</b></div>
    <table class="spec"><tr><th>產地</th><td>南投</td></tr><tr><th>寄出</th><td>台灣</td></tr>
    <tr><th>可寄往</th><td>香港、澳門、新加坡</td></tr><tr><th>剩餘</th><td>12</td></tr></table>
    <form method="post" action="/cart"><button>購買</button></form></body></html>"""
    (item,) = _listings(html, "http://lishan.example/item/12")
    assert (item.ships_from, item.ships_to) == ("台灣", ["香港", "澳門", "新加坡"])


def test_a_serbian_grid_in_latin_letters_reads_its_routes() -> None:
    cards = "".join(
        f'<div class="art"><h4><a href="/a/{n}">{name}</a></h4><p>Polazište: Srbija</p>'
        f"<p>Isporuka: {to}</p><p>{price} RSD</p></div>"
        for n, (name, to, price) in enumerate([
            ("Ajvar domaći 720 g", "Crna Gora, Hrvatska", "890"),
            ("Šljivovica 0,7 l", "Bosna i Hercegovina", "2.400"),
            ("Med od bagrema 1 kg", "Crna Gora", "1.350"),
        ])
    )
    html = f"""<!DOCTYPE html><html lang="sr"><head><meta charset="utf-8"><title>Namirnice</title></head>
    <body><h1>Namirnice</h1><div class="lista">{cards}</div></body></html>"""
    found = [(x.ships_from, x.ships_to) for x in _listings(html, "http://pijaca.example/namirnice")]
    assert found == [("Srbija", ["Crna Gora", "Hrvatska"]), ("Srbija", ["Bosna i Hercegovina"]),
                     ("Srbija", ["Crna Gora"])]
