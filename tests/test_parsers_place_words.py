"""parsers.place_words: labelled values that name places by the Unicode CLDR (countries, the time
zones' exemplar cities, a country written with a part of it) and a route of two labels sharing
their first word, read on item pages of invented templates in Swahili, Korean and Chinese."""

from __future__ import annotations

from parsers import parse_page
from parsers.place_words import is_place, labelled_route, line_pairs, place_list


def _listing(html: str, url: str = "http://shopshopshopshop.onion/item/12"):
    result = parse_page(html.encode(), url=url)
    assert result.page.page_type == "listing"
    return next(r for r in result.records if type(r).__name__ == "Listing")


_SW_ITEM = """<html lang="sw"><head><meta charset="utf-8"><title>Kahawa ya Kilimanjaro - Soko</title></head>
<body><nav><a href="/">Soko</a></nav>
<div class="bidhaa"><h1>Kahawa ya Kilimanjaro, 500 g</h1>
<p class="bei">Bei: 14.00 USD</p>
<ul><li>Muuzaji: <a href="/u/mlima">mlima</a></li>
<li>Inatumwa kutoka: Arusha</li>
<li>Inatumwa kwenda: Tanzania, Kenya, Uganda</li></ul>
<form method="post" action="/cart"><button>Nunua</button></form></div></body></html>"""

_KO_ITEM = """<html lang="ko"><head><meta charset="utf-8"><title>녹차 티백 50개 | 장터</title></head>
<body><div class="top"><a href="/">장터</a></div>
<h1>녹차 티백 50개</h1>
<table class="info">
<tr><th>가격</th><td>12,000 ₩</td></tr>
<tr><th>발송지</th><td>서울</td></tr>
<tr><th>배송 지역</th><td>대한민국, 일본</td></tr>
</table>
<form method="post" action="/buy"><button>구매</button></form></body></html>"""

_ZH_ITEM = """<html lang="zh-CN"><head><meta charset="utf-8"><title>普洱茶饼 357克 - 商城</title></head>
<body><div class="nav"><a href="/">商城</a></div>
<h1>普洱茶饼 357克</h1><p>价格：30.00 USDT</p>
<dl><dt>出货</dt><dd>中国广东</dd><dt>可送达</dt><dd>中国大陆、澳门</dd></dl>
<form method="post" action="/order"><button>购买</button></form></body></html>"""


def test_countries_cities_and_a_country_written_with_its_region_are_places():
    assert is_place("Kenya", "sw") and is_place("서울", "ko") and is_place("New York", "en")
    assert is_place("中国广东", "zh") and is_place("Lyon, France", "fr")
    assert not is_place("Arusha 2", "sw") and not is_place("茶叶", "zh")


def test_a_list_of_places_splits_at_the_ideographic_comma_and_keeps_a_town_with_its_country():
    assert place_list("中国大陆、香港", "zh") == ["中国大陆", "香港"]
    assert place_list("Lyon, France", "fr") == ["Lyon, France"]
    assert place_list("France, Belgique", "fr") == ["France", "Belgique"]
    assert place_list("Thé vert, bio", "fr") is None


def test_a_town_under_a_label_sharing_its_first_word_with_the_destinations_label_is_the_origin():
    pairs = line_pairs(["Inatumwa kutoka: Arusha", "Inatumwa kwenda: Tanzania, Kenya"])
    assert labelled_route(pairs, "sw") == ("Arusha", ["Tanzania", "Kenya"])


def test_a_town_under_an_unrelated_label_is_no_origin():
    pairs = line_pairs(["Muuzaji: mlima", "Inatumwa kwenda: Tanzania, Kenya"])
    assert labelled_route(pairs, "sw") is None


def test_a_swahili_item_page_ships_from_its_town_to_the_countries_after_it():
    listing = _listing(_SW_ITEM)
    assert (listing.ships_from, listing.ships_to) == ("Arusha", ["Tanzania", "Kenya", "Uganda"])


def test_a_korean_item_table_ships_from_a_cldr_city_to_cldr_countries():
    listing = _listing(_KO_ITEM)
    assert (listing.ships_from, listing.ships_to) == ("서울", ["대한민국", "일본"])


def test_a_chinese_item_ships_from_a_province_written_after_its_country():
    listing = _listing(_ZH_ITEM)
    assert (listing.ships_from, listing.ships_to) == ("中国广东", ["中国大陆", "澳门"])


def test_a_country_with_a_few_letters_is_a_place_only_when_they_start_one_of_its_regions():
    assert is_place("日本愛知", "ja") and is_place("中国云南", "zh")
    assert not is_place("日本茶", "ja") and not is_place("中国茶", "zh")
    # Beside places proper a country's qualifier counts ("mainland China"), alone it does not.
    assert place_list("中国大陆、台湾", "zh") == ["中国大陆", "台湾"]
    assert place_list("中国大陆", "zh") is None


def test_a_value_under_a_label_of_another_field_is_no_origin():
    pairs = line_pairs(["Category: Japan", "Ships to: France, Spain"])
    assert labelled_route(pairs, "en") is None


def test_a_town_before_its_country_is_written_as_a_name_and_an_item_before_a_country_is_not():
    assert is_place("Rio de Janeiro, Brasil", "pt") and is_place("Frankfurt am Main, Deutschland", "de")
    assert is_place("Нижний Новгород, Россия", "ru") and is_place("Kyiv (Ukraine)", "en")
    assert not is_place("Thé vert, France", "fr") and not is_place("Té verde, España", "es")
    assert not is_place("Новый чай, Россия", "ru") and not is_place("thé, France", "fr")
    assert place_list("Thé vert, France", "fr") is None
