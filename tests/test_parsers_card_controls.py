"""parsers.card_rubric: a control's words are no card's category: the text of a button
("<button><span>Do koszyka</span></button>") or of a select or label inside it names an action,
so a grid whose cards show "add to cart", one of them "out of stock" instead, reads no category
from them, while a real chip beside such a button is still read.

Made-up pages written here (Polish, Danish), none a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page

_CARDS_PL = [
    ("Świeca sojowa, lawenda", "Swiece_Mazury", "49,00 zł", "Do koszyka"),
    ("Świeca w słoiku, cytryna", "Wosk_i_Knot", "39,00 zł", "Do koszyka"),
    ("Zestaw knotów, 50 szt.", "Swiece_Mazury", "19,00 zł", "Do koszyka"),
    ("Świecznik gliniany", "Glina_Kaszuby", "65,00 zł", None),
]


def _card_pl(n: int, title: str, seller: str, price: str, button: str | None) -> str:
    action = (f'<button type="button" class="btn"><span><span>{button}</span></span></button>' if button
              else '<p class="dostepnosc brak"><span>Brak w magazynie</span></p>')
    return (f'<li class="produkt"><h2><a href="/produkt/{n}">{title}</a></h2>'
            f'<p class="sprzedawca">Sprzedawca: <a href="/sklep/{seller.lower()}">{seller}</a></p>'
            f'<div class="cena"><span class="kwota">{price}</span></div>'
            f'<div class="akcje">{action}</div></li>')


# Polish: a market's grid of several sellers, each card a cart button but one out of stock.
_GRID_PL = ("""<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Świece – Nocny Targ</title>
</head><body><h1>Świece</h1><ul class="siatka">"""
            + "".join(_card_pl(n, *card) for n, card in enumerate(_CARDS_PL))
            + "</ul></body></html>")

_CARDS_DA = [
    ("Frø", "Tomatfrø, San Marzano", "Have_Fyn", "35 kr."),
    ("Værktøj", "Plantepind, bøg", "Snedker_Ry", "80 kr."),
    ("Frø", "Basilikumfrø, 2 g", "Have_Fyn", "25 kr."),
    ("Potter", "Lerpotte, 14 cm", "Ler_og_Jord", "60 kr."),
]

# Danish: each card a category chip the menu links and a cart button, the words of both in a bare
# span (the chip is its card's one span of that tag and class once the button's is set aside).
_GRID_DA = ("""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Have – Natmarked</title>
</head><body><nav><a href="/k/fro">Frø</a> <a href="/k/vaerktoj">Værktøj</a>
<a href="/k/potter">Potter</a></nav><div class="gitter">"""
            + "".join(
                f'<div class="kort"><span>{chip}</span><h3><a href="/vare/{n}">{title}</a></h3>'
                f'<p>Sælger: <a href="/s/{seller}">{seller}</a></p><span class="pris">{price}</span>'
                f'<button class="kurv"><span>Læg i kurv</span></button></div>'
                for n, (chip, title, seller, price) in enumerate(_CARDS_DA))
            + "</div></body></html>")


def test_a_cart_buttons_words_are_no_category_of_a_markets_cards() -> None:
    result = parse_page(_GRID_PL.encode(), url="http://targ.example/kategoria/swiece")
    assert result.page.page_type == "listing_index"
    assert [r.title for r in result.records] == [c[0] for c in _CARDS_PL]
    assert [r.category for r in result.records] == [None, None, None, None]


def test_a_chip_beside_a_cart_button_is_still_the_category() -> None:
    result = parse_page(_GRID_DA.encode(), url="http://nat.example/have")
    assert result.page.page_type == "listing_index"
    assert [r.category for r in result.records] == ["Frø", "Værktøj", "Frø", "Potter"]
