"""A card's route read as the sentence every card of a page writes alike, whatever its words
(parsers.aligned_route, used by parsers.markets on index pages): a word or two, an origin the
CLDR names, a word or two, the destinations; the template's words the same on every card.

Made-up pages written here (Indonesian, Vietnamese, Khmer), none a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.aligned_route import aligned_routes
from parsers.records import Listing

_CARD_ID = """<div class="produk"><a href="/barang/{n}">{title}</a>
<div class="penjual">oleh <a href="/toko/{seller}">{seller}</a></div>
<div class="kirim">Dikirim dari {origin} ke {dest}</div><div class="harga">Rp {price}</div></div>"""

_PAGE_ID = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Barang baru — Pasar Senja</title></head>
<body><h1>Barang baru</h1><div class="daftar">{cards}</div></body></html>"""

_CARD_VI = """<li class="sp"><h3><a href="/sp/{n}">{title}</a></h3><p>Người bán: {seller}</p>
<p>Gửi từ {origin} đến {dest}</p><p class="gia">{price} ₫</p></li>"""

_PAGE_VI = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Hàng mới — Chợ Đêm</title>
</head><body><h1>Hàng mới</h1><ul class="ds">{cards}</ul></body></html>"""


def _listings(page: str, card: str, rows: list[dict[str, str]]) -> list[Listing]:
    html = page.format(cards="".join(card.format(n=n, **row) for n, row in enumerate(rows)))
    result = parse_page(html.encode(), url="http://pasar.example/baru")
    assert result.page.page_type == "listing_index"
    return [r for r in result.records if isinstance(r, Listing)]


def test_indonesian_cards_read_origin_and_destinations_from_a_sentence_every_card_writes_alike() -> None:
    rows = [
        {"title": "Kopi Gayo, 250 g", "seller": "Kebun_Gayo", "origin": "Indonesia", "dest": "Asia Tenggara",
         "price": "85.000"},
        {"title": "Batik tulis Solo", "seller": "Batik_Laweyan", "origin": "Indonesia",
         "dest": "Seluruh dunia", "price": "450.000"},
        {"title": "Teh melati, 100 g", "seller": "Kebun_Gayo", "origin": "Malaysia", "dest": "Dalam negeri",
         "price": "32.000"},
    ]
    found = [(r.title, r.ships_from, r.ships_to) for r in _listings(_PAGE_ID, _CARD_ID, rows)]
    assert found == [
        ("Kopi Gayo, 250 g", "Indonesia", ["Asia Tenggara"]),
        ("Batik tulis Solo", "Indonesia", ["Seluruh dunia"]),
        ("Teh melati, 100 g", "Malaysia", ["Dalam negeri"]),
    ]


def test_vietnamese_cards_read_an_origin_of_two_words_and_places_after_the_joining_word() -> None:
    rows = [
        {"title": "Cà phê Buôn Ma Thuột", "seller": "CaPhe_DakLak", "origin": "Việt Nam", "dest": "Nhật Bản",
         "price": "250.000"},
        {"title": "Nón lá Huế", "seller": "Non_La_Hue", "origin": "Việt Nam", "dest": "Châu Á",
         "price": "120.000"},
    ]
    found = [(r.ships_from, r.ships_to) for r in _listings(_PAGE_VI, _CARD_VI, rows)]
    assert found == [("Việt Nam", ["Nhật Bản"]), ("Việt Nam", ["Châu Á"])]


_CARD_KM = """<article class="tm"><a href="/tm/{n}">{title}</a><span>ដោយ {seller}</span>
<span class="pf">ផ្ញើពី {origin} ទៅ {dest}</span><b>{price} ៛</b></article>"""

_PAGE_KM = """<!DOCTYPE html><html lang="km"><head><meta charset="utf-8"><title>ទំនិញថ្មី — ផ្សាររាត្រី</title>
</head><body><h1>ទំនិញថ្មី</h1><section class="grid">{cards}</section></body></html>"""


def test_khmer_cards_whose_route_words_no_vocabulary_knows_read_their_routes_alike() -> None:
    rows = [
        {"title": "ក្រមា សូត្រ", "seller": "Krama_Takeo", "origin": "កម្ពុជា", "dest": "អាស៊ី", "price": "40000"},
        {"title": "ម្រេចកំពត ១០០ ក្រាម", "seller": "Kampot_Pepper", "origin": "កម្ពុជា", "dest": "ពិភពលោក",
         "price": "28000"},
    ]
    found = [(r.ships_from, r.ships_to) for r in _listings(_PAGE_KM, _CARD_KM, rows)]
    assert found == [("កម្ពុជា", ["អាស៊ី"]), ("កម្ពុជា", ["ពិភពលោក"])]


def test_a_sentence_whose_last_words_are_never_a_place_is_no_route() -> None:
    lines = [["Dijual di Indonesia sejak lama"], ["Dijual di Malaysia sejak dulu"]]
    assert aligned_routes(lines, "id") is None


def test_a_sentence_only_one_card_writes_is_no_route() -> None:
    lines = [["Dikirim dari Indonesia ke Asia"], ["Barang bekas, kondisi baik"]]
    assert aligned_routes(lines, "id") is None


def test_a_line_with_a_figure_is_no_route() -> None:
    lines = [["Dikirim dari Indonesia ke Asia 3 hari"], ["Dikirim dari Indonesia ke Asia 5 hari"]]
    assert aligned_routes(lines, "id") is None
