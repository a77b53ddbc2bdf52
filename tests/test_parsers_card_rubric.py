"""parsers.card_rubric: a label every card shows once is a rubric (the cards' category) only when
its values are words of the page's language, never handles ('Kuzin_Mleko', 'NocnaPszczola') nor
Latin names on a page in another script; a seller's label in Arabic, Persian, Hebrew or Hindi is a
seller's (parsers.label_words), and the next page's link may point left on a right-to-left page.
An unlabelled tag of words that sorts the cards is their category where the menu links its values
as sections, or on a market's cards that name their sellers (none of the values a seller's)."""

from __future__ import annotations

import parsers
from parsers.card_rubric import rubric_categories
from parsers.dom import load


def _cards(values: list[str], label: str) -> list[object]:
    body = "".join(f"<div class=k><a href='/i/{n}'>Rzecz numer {n}</a><p>{label}: {v}</p><p>9 zł</p></div>"
                   for n, v in enumerate(values))
    return load(f"<html lang=pl><body>{body}</body></html>".encode()).root.xpath("//div[@class='k']")


def test_a_label_whose_values_are_handles_is_no_rubric_in_a_polish_grid() -> None:
    cards = _cards(["Kuzin_Mleko", "Kuzin_Mleko", "NocnaPszczola"], "Gospodarz")
    assert rubric_categories(cards, "pl") is None


def test_a_label_whose_values_are_words_still_is_a_rubric_in_a_polish_grid() -> None:
    cards = _cards(["Miody", "Miody", "Herbata"], "Gospodarz")
    assert rubric_categories(cards, "pl") == ["Miody", "Miody", "Herbata"]


def test_latin_names_on_a_persian_page_are_no_rubric() -> None:
    body = "".join(f"<div class=k><a href='/i/{n}'>کالای شماره {n}</a><p>غرفه: {v}</p><p>0.001 BTC</p></div>"
                   for n, v in enumerate(("Golab", "Golab", "Tabriz")))
    cards = load(f"<html lang=fa><body>{body}</body></html>".encode()).root.xpath("//div[@class='k']")
    assert rubric_categories(cards, "fa") is None


_PERSIAN = """<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>بازار شب</title></head><body>
<h1>زعفران و ادویه</h1><div class="g">
<div class="c"><a href="/kala/11">زعفران سرگل، ۵ گرم</a>
 <div class="f">فروشنده: <a href="/forooshande/Saffron_Qaen">Saffron_Qaen</a></div><div>0.0009 BTC</div></div>
<div class="c"><a href="/kala/12">زرشک پفکی، ۲۵۰ گرم</a>
 <div class="f">فروشنده: <a href="/forooshande/Attari_Yazd">Attari_Yazd</a></div><div>0.0004 BTC</div></div>
<div class="c"><a href="/kala/13">زعفران نگین، ۱۰ گرم</a>
 <div class="f">فروشنده: <a href="/forooshande/Saffron_Qaen">Saffron_Qaen</a></div><div>0.0017 BTC</div></div>
</div><nav><span>1</span> <a href="/dasteh/zaferan?p=2">بعدی ‹</a></nav></body></html>"""

_HEBREW = """<html lang="he" dir="rtl"><head><meta charset="utf-8"><title>שוק הלילה</title></head><body>
<h1>תבלינים</h1><ul class="g">
<li class="c"><a href="/p/1">זעתר ירושלמי 200 גרם</a>
 <span>מוכר: <a href="/u/Tavlin_Acre">Tavlin_Acre</a></span>
 <b>0.0003 BTC</b></li>
<li class="c"><a href="/p/2">סומק טחון 100 גרם</a>
 <span>מוכר: <a href="/u/Shuk_Levinsky">Shuk_Levinsky</a></span>
 <b>0.0002 BTC</b></li>
<li class="c"><a href="/p/3">חוואיג' למרק 150 גרם</a>
 <span>מוכר: <a href="/u/Tavlin_Acre">Tavlin_Acre</a></span>
 <b>0.0003 BTC</b></li>
</ul><div class="pages"><b>1</b> <a href="/cat/spice?page=2">הבא ‹</a></div></body></html>"""


def test_persian_cards_name_their_sellers_under_the_seller_label_and_no_category() -> None:
    result = parsers.parse_page(_PERSIAN.encode(), url="http://shabbazaar.onion/dasteh/zaferan")
    assert result.page.page_type == "listing_index"
    assert [(r.vendor, r.category) for r in result.records] == [
        ("Saffron_Qaen", None), ("Attari_Yazd", None), ("Saffron_Qaen", None)]
    assert result.page.next_page == "http://shabbazaar.onion/dasteh/zaferan?p=2"


def test_hebrew_cards_name_their_sellers_and_the_left_pointing_next_link() -> None:
    result = parsers.parse_page(_HEBREW.encode(), url="http://shuklayla.onion/cat/spice")
    assert [(r.vendor, r.category) for r in result.records] == [
        ("Tavlin_Acre", None), ("Shuk_Levinsky", None), ("Tavlin_Acre", None)]
    assert result.page.next_page == "http://shuklayla.onion/cat/spice?page=2"


def _grid(lang: str, menu: list[str], cards: list[tuple[str, str]], price: str) -> bytes:
    links = "".join(f"<li><a href='/osasto/{n}'>{m}</a></li>" for n, m in enumerate(menu))
    body = "".join(
        f"<div class='tuote'><span class='merkki'>{tag}</span>\n<h3><a href='/tuote/{n}'>{title}</a></h3>\n"
        f"<div>{price}</div></div>\n" for n, (tag, title) in enumerate(cards))
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Uutuudet</title></head><body>"
            f"<aside><ul>{links}</ul></aside><main>{body}</main></body></html>").encode()


def test_finnish_cards_badged_with_the_menus_sections_give_their_categories() -> None:
    page = _grid("fi", ["Kynttilät", "Tekstiilit", "Puutyöt"], [
        ("Kynttilät", "Mehiläisvahakynttilä, 4 kpl"), ("Tekstiilit", "Villasukat, koko 40"),
        ("Kynttilät", "Lyhty messinkiä, 30 cm"), ("Puutyöt", "Koivuinen voiveitsi")], "24,90 €")
    result = parsers.parse_page(page, url="http://yotori.onion/uutuudet")
    assert [r.category for r in result.records] == ["Kynttilät", "Tekstiilit", "Kynttilät", "Puutyöt"]


def test_spanish_cards_badged_with_the_menus_sections_give_their_categories() -> None:
    page = _grid("es", ["Cerámica", "Cestería y mimbre"], [
        ("Cestería y mimbre", "Cesta de mimbre, 40 cm"), ("Cerámica", "Cuenco esmaltado azul"),
        ("Cerámica", "Jarra de barro, 1 l")], "0,0012 BTC")
    result = parsers.parse_page(page, url="http://mercadonoche.onion/novedades")
    assert [r.category for r in result.records] == ["Cestería y mimbre", "Cerámica", "Cerámica"]


def test_makers_names_the_menu_does_not_link_are_no_category() -> None:
    page = _grid("nl", ["Groene thee", "Zwarte thee"], [
        ("Marukyu", "Genmaicha, 100 g"), ("Hoshino-en", "Gyokuro, 50 g"),
        ("Marukyu", "Hojicha, 150 g")], "€ 12,50")
    result = parsers.parse_page(page, url="http://theehuis.onion/groene-thee")
    assert [r.category for r in result.records] == [None, None, None]


def _market(lang: str, cards: list[tuple[str, str, str]], price: str, seller_word: str) -> bytes:
    body = "".join(
        f"<div class='kart'><a href='/urun/{n}'>{title}</a>\n<div class='tur'>{tag}</div>\n"
        f"<div>{seller_word}: <a href='/satici/{seller}'>{seller}</a></div>\n<div>{price}</div></div>\n"
        for n, (tag, title, seller) in enumerate(cards))
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Yeni</title></head><body>"
            f"<main>{body}</main></body></html>").encode()


def test_turkish_market_cards_naming_their_sellers_give_their_unlabelled_categories() -> None:
    page = _market("tr", [("Baharat", "Pul biber, 250 g", "Antep_Baharat"),
                          ("Kuruyemiş", "Kavrulmuş fındık", "Findikci_Ordu"),
                          ("Baharat", "Sumak, 200 g", "Antep_Baharat")], "0,0004 BTC", "Satıcı")
    result = parsers.parse_page(page, url="http://gecepazari.onion/yeni")
    assert [(r.category, r.vendor) for r in result.records] == [
        ("Baharat", "Antep_Baharat"), ("Kuruyemiş", "Findikci_Ordu"), ("Baharat", "Antep_Baharat")]


def test_portuguese_market_cards_naming_their_sellers_give_their_unlabelled_categories() -> None:
    page = _market("pt", [("Chás", "Chá de hibisco, 200 g", "Erva_Mineira"),
                          ("Chás", "Camomila, 150 g", "Ervanaria_Porto"),
                          ("Mel e própolis", "Mel de eucalipto, 500 g", "Colmeia_Douro")],
                   "0,0011 BTC", "Vendedor")
    result = parsers.parse_page(page, url="http://feiranoturna.onion/novidades")
    assert [r.category for r in result.records] == ["Chás", "Chás", "Mel e própolis"]


def test_a_tag_showing_a_cards_seller_unlinked_is_no_category() -> None:
    page = _market("tr", [("Antep Baharat", "Pul biber, 250 g", "Antep_Baharat"),
                          ("Ordu Fındık", "Fındık", "Ordu_Findik"),
                          ("Antep Baharat", "Sumak, 200 g", "Antep_Baharat")], "0,0004 BTC", "Satıcı")
    result = parsers.parse_page(page, url="http://gecepazari.onion/yeni")
    assert [r.category for r in result.records] == [None, None, None]
