"""parsers.crumb_trail: a path of links side by side whose addresses nest one in the next
('/kategoria/dom', '/kategoria/dom/swiece'), after no words or a short lead-in ('Jesteś tutaj:'),
gives an item's category by its last step even where no home link starts it."""

from __future__ import annotations

import parsers

_POLISH = """<html lang="pl"><head><meta charset="utf-8"><title>Świeca sojowa | Nocny Kram</title></head>
<body><header>Nocny Kram · <a href="/koszyk">Koszyk</a></header>
<p class="sciezka">Jesteś tutaj: <a href="/kategoria/dom">Dom i ogród</a> »
<a href="/kategoria/dom/swiece">Świece</a></p>
<h1>Świeca sojowa o zapachu lawendy, 180 g</h1>
<div class="cena">49,00 zł</div><p>Sprzedawca: <a href="/u/Wosk_Krakow">Wosk_Krakow</a></p>
<form><button>Kup teraz</button></form></body></html>"""

_TURKISH = """<html lang="tr"><head><meta charset="utf-8"><title>Divan şiirleri - Gece Pazarı</title></head>
<body><div class="yol"><a href="/raf/kitap">Kitaplar</a> › <a href="/raf/kitap/siir">Şiir</a></div>
<h1>Divan şiirleri seçkisi, ciltli</h1>
<span class="fiyat">0.0021 BTC</span><p>Satıcı: <a href="/satici/Sahaf_Kadikoy">Sahaf_Kadikoy</a></p>
<form><button>Satın al</button></form></body></html>"""

_SENTENCE = """<html lang="en"><head><meta charset="utf-8"><title>Beeswax wrap | Night Stall</title></head>
<body><p>See also <a href="/c/kitchen">kitchen</a> / <a href="/c/kitchen/wraps">wraps</a> for more.</p>
<h1>Beeswax food wrap, set of 3</h1><div>$12.00</div><p>Seller: <a href="/u/Hive_Works">Hive_Works</a></p>
<form><button>Buy now</button></form></body></html>"""


def _category(page: str, url: str) -> str | None:
    result = parsers.parse_page(page.encode(), url=url)
    assert result.page.page_type == "listing"
    [listing] = result.records
    return listing.category


def test_a_polish_path_after_a_lead_in_gives_the_last_nested_step() -> None:
    assert _category(_POLISH, "http://nocnykram.onion/produkt/31") == "Świece"


def test_a_turkish_path_without_a_home_link_gives_the_last_nested_step() -> None:
    assert _category(_TURKISH, "http://gecepazari.onion/urun/9") == "Şiir"


def test_nesting_links_inside_a_sentence_are_no_path() -> None:
    assert _category(_SENTENCE, "http://nightstall.onion/item/4") is None
