"""Turkish "dispatch" labels (parsers.label_words, through parsers.market_places and parse_page):
"Gönderim" alone names the place an item is sent from, as "Gönderim yeri" does; "Gönderim
bölgesi" (the dispatch region) names the places it is sent to.

Made-up lines and a made-up Turkish page written here, none a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.market_places import labelled_places

_CARDS_TR = [
    ("Bakır cezve, 3 fincanlık", "Bakirci_Gaziantep", "Türkiye", "₺640,00"),
    ("El dokuması peştemal", "Dokuma_Buldan", "Türkiye", "₺310,00"),
    ("Zeytinyağlı sabun, 6'lı", "Sabun_Ayvalik", "Yunanistan", "₺180,00"),
]

# A Turkish market's grid: each card its seller and the place it is dispatched from.
_GRID_TR = ("""<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8"><title>Mutfak – Gece Çarşısı</title>
</head><body><h1>Mutfak</h1><ul class="urunler">"""
            + "".join(
                f'<li class="urun"><h2><a href="/urun/{n}">{title}</a></h2>'
                f'<p>Satıcı: <a href="/satici/{seller}">{seller}</a></p><p>Gönderim: {place}</p>'
                f'<span class="fiyat">{price}</span></li>'
                for n, (title, seller, place, price) in enumerate(_CARDS_TR))
            + "</ul></body></html>")


def test_dispatch_alone_labels_the_place_sent_from() -> None:
    assert labelled_places(["Gönderim: Türkiye"], "ships_from") == "Türkiye"
    assert labelled_places(["Gönderim: Türkiye"], "ships_to") is None


def test_the_dispatch_region_labels_the_places_sent_to() -> None:
    assert labelled_places(["Gönderim bölgesi: Türkiye, Avrupa"], "ships_to") == "Türkiye, Avrupa"


def test_a_turkish_grids_dispatch_places_are_where_its_items_ship_from() -> None:
    result = parse_page(_GRID_TR.encode(), url="http://carsi.example/mutfak")
    assert result.page.page_type == "listing_index"
    assert [(r.vendor, r.ships_from, r.ships_to) for r in result.records] == [
        (seller, place, []) for _, seller, place, _ in _CARDS_TR]
