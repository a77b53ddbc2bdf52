"""parsers.dash_pieces.piece_lines and piece_route (through parsers.cards): a card line of pieces
between spaced dashes, dots or bars reads each piece apart ("Dikirim dari: Indonesia | Dikirim ke:
Malaysia" gives an origin that ends at the bar), and a route whose first piece is a place and one
word without a label ("日本 発送 | 配送地域: 全世界") is read before any lone labelled place is taken
for the origin. Made-up pages written here (none a generality round's page).
"""

from __future__ import annotations

from parsers import parse_page
from parsers.dash_pieces import piece_lines, piece_route
from parsers.records import Listing


def _routes(html: str, url: str) -> list[tuple[str | None, list[str]]]:
    result = parse_page(html.encode("utf-8"), url=url, use_profiles=False)
    return [(r.ships_from, r.ships_to) for r in result.records if isinstance(r, Listing)]


def _grid(lang: str, cards: list[tuple[str, str, str]]) -> str:
    items = "\n".join(
        f'<div class="tile"><h3><a href="/p/{n}">{title}</a></h3><p class="way">{way}</p>'
        f'<p class="cost">{price}</p></div>'
        for n, (title, way, price) in enumerate(cards)
    )
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>x</title></head>'
            f'<body><h1>Katalog</h1><div class="tiles">{items}</div></body></html>')


def test_a_line_of_labelled_pieces_is_read_a_piece_at_a_time() -> None:
    lines = ["Kopi", "Dikirim dari: Indonesia | Dikirim ke: Malaysia, Singapura", "Rp 85.000"]
    assert piece_lines(lines) == ["Kopi", "Dikirim dari: Indonesia", "Dikirim ke: Malaysia, Singapura",
                                  "Rp 85.000"]
    assert piece_lines(["Kopi Luwak — 250 g", "Rp 85.000"]) is None  # no labelled piece


def test_an_unlabelled_place_and_a_word_opens_a_route_of_pieces() -> None:
    assert piece_route(["日本 発送 | 配送地域: 全世界"], "ja") == ("日本", ["全世界"])
    assert piece_route(["送料無料 | 配送地域: 全世界"], "ja") is None  # no place in the first piece


def test_an_indonesian_grid_ends_the_origin_at_the_bar() -> None:
    html = _grid("id", [
        ("Kopi Gayo 250 g", "Dikirim dari: Indonesia | Dikirim ke: Malaysia, Singapura", "Rp 85.000"),
        ("Teh Tubruk 100 g", "Dikirim dari: Indonesia | Dikirim ke: Seluruh dunia", "Rp 32.000"),
        ("Gula Aren 500 g", "Dikirim dari: Indonesia | Dikirim ke: Indonesia", "Rp 41.500"),
    ])
    assert _routes(html, "http://warungkopi.example/katalog") == [
        ("Indonesia", ["Malaysia", "Singapura"]), ("Indonesia", ["Seluruh dunia"]),
        ("Indonesia", ["Indonesia"]),
    ]


def test_a_japanese_grid_reads_the_place_before_its_verb_as_the_origin() -> None:
    html = _grid("ja", [
        ("抹茶 30g", "日本 発送 | 配送地域: 全世界", "2,400円"),
        ("煎茶 100g", "日本 発送 | 配送地域: アジア", "1,600円"),
        ("茶筅 百本立", "日本 発送 | 配送地域: 日本, 韓国", "3,900円"),
    ])
    assert _routes(html, "http://ochaya.example/list") == [
        ("日本", ["全世界"]), ("日本", ["アジア"]), ("日本", ["日本", "韓国"]),
    ]
