"""A card's seller shown as a badge that writes the handle after an at sign, linked to the
handle's own page (parsers.card_handles.at_handle, through parse_page): "@mlin_7" linked to
/prodavac/mlin_7 names the card's seller, whatever the address's words; an "@" written in a
title or linked to another address names no one.

Made-up pages written here (Bulgarian, Lithuanian), none a generality round's page.
"""

from __future__ import annotations

from lxml import html

from parsers import parse_page
from parsers.card_handles import at_handle

_CARDS_BG = [
    ("rozovo_maslo", "Розово масло, 2 ml", "42,00 лв."),
    ("med_ot_strandzha", "Манов мед, 500 g", "18,50 лв."),
    ("rozovo_maslo", "Розова вода, 250 ml", "9,90 лв."),
    ("kilimi_chiprovtsi", "Чипровски килим, малък", "310,00 лв."),
]

# Bulgarian: cards with the seller as an "@handle" badge over the picture.
_GRID_BG = ("""<!DOCTYPE html><html lang="bg"><head><meta charset="utf-8"><title>Търсене – Нощен пазар</title>
</head><body><h1>Резултати от търсенето</h1><div class="mreja">"""
            + "".join(
                f'<div class="karta"><div class="snimka"><img src="/s/{n}.jpg" alt="">'
                f'<span class="znachka"><a href="/targovets/{seller}">@{seller}</a></span></div>'
                f'<h2><a href="/stoka/{n}">{title}</a></h2><div class="tsena">{price}</div></div>'
                for n, (seller, title, price) in enumerate(_CARDS_BG))
            + "</div></body></html>")

_CARDS_LT = [
    ("medus_dzukija", "Grikių medus, 1 kg", "12,00 €"),
    ("vilnos_ruta", "Vilnonės kojinės", "15,50 €"),
    ("medus_dzukija", "Bičių duonelė, 200 g", "9,00 €"),
]

# Lithuanian: the badge below the title, the address under a word of its own ("pardavejas").
_GRID_LT = ("""<!DOCTYPE html><html lang="lt"><head><meta charset="utf-8">
<title>Paieška – Naktinis turgus</title></head><body><h1>Paieškos rezultatai</h1><ul class="prekes">"""
            + "".join(
                f'<li class="preke"><a href="/preke/{n}">{title}</a>'
                f'<p class="kaina">{price}</p>'
                f'<p><a class="zenklas" href="/pardavejas/{seller}/">@{seller}</a></p></li>'
                for n, (seller, title, price) in enumerate(_CARDS_LT))
            + "</ul></body></html>")


def test_an_at_handle_linked_to_its_own_page_is_the_handle() -> None:
    card = html.fromstring('<div><a href="/targovets/rozovo_maslo">@rozovo_maslo</a></div>')
    assert at_handle(card) == "rozovo_maslo"


def test_an_at_handle_linked_elsewhere_or_unlinked_names_no_one() -> None:
    assert at_handle(html.fromstring('<div><a href="/search?q=maslo">@rozovo_maslo</a></div>')) is None
    assert at_handle(html.fromstring('<div><a href="/targovets/drugo_ime">@rozovo_maslo</a></div>')) is None
    unlinked = '<div><span>@rozovo_maslo</span><a href="/stoka/1">Масло</a></div>'
    assert at_handle(html.fromstring(unlinked)) is None


def test_cards_with_at_handle_badges_name_their_sellers() -> None:
    result = parse_page(_GRID_BG.encode(), url="http://pazar.example/tarsene?q=maslo")
    assert result.page.page_type == "listing_index"
    assert [(r.title, r.vendor) for r in result.records] == [(t, s) for s, t, _ in _CARDS_BG]


def test_badges_below_the_title_name_the_sellers_too() -> None:
    result = parse_page(_GRID_LT.encode(), url="http://turgus.example/paieska?q=medus")
    assert result.page.page_type == "listing_index"
    assert [(r.title, r.vendor) for r in result.records] == [(t, s) for s, t, _ in _CARDS_LT]
