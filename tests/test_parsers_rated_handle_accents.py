"""parsers.rated_handle: a seller's rated handle whose profile address spells it without its
accents ("/sprzedawca/Zielarnia_Krakow" for "Zielarnia_Kraków", addresses being often written
in ASCII) is the card's seller all the same; a link whose address spells another name is not.
Made-up pages written here."""

from __future__ import annotations

import parsers
from parsers.dom import load
from parsers.rated_handle import rated_handle


def _card(href: str, name: str) -> str:
    return (f"<div><a href='/p/1'>Mięta pieprzowa, 50 g</a><p>12,00 zł</p>"
            f"<p><a href='{href}'>{name}</a> <span>★ 4,8</span></p></div>")


def test_a_handle_whose_address_drops_its_accents_is_the_seller() -> None:
    assert rated_handle(load(_card("/sprzedawca/Zielarnia_Krakow", "Zielarnia_Kraków").encode()).root) == (
        "Zielarnia_Kraków")


def test_a_handle_whose_address_spells_another_name_is_no_seller() -> None:
    for href, name in [("/sprzedawca/Zielarnia_Gdansk", "Zielarnia_Kraków"),
                       ("/sprzedawca/Zielarnia_Krakow", "Zielarnia_Krakow_2")]:
        assert rated_handle(load(_card(href, name).encode()).root) is None


def test_portuguese_cards_name_their_sellers_by_accented_rated_handles() -> None:
    cards = "".join(
        f"<div class='produto'><h3><a href='/item/{n}'>{title}</a></h3><div>{price}</div>"
        f"<div><a href='/vendedor/{slug}'>{name}</a> <span>★ {stars}</span> · 120 vendas</div></div>"
        for n, title, price, slug, name, stars in [
            (1, "Café torrado, 250 g", "R$ 24,90", "Cafe_Sao_Joao", "Café_São_João", "4,9"),
            (2, "Doce de leite, 400 g", "R$ 18,00", "Doces_da_Vovo", "Doces_da_Vovó", "4,7"),
            (3, "Queijo canastra, 1 kg", "R$ 79,00", "Queijaria_Serra", "Queijaria_Serra", "5,0"),
        ])
    page = f"<html lang='pt'><head><title>Novidades</title></head><body><h1>Novidades</h1>{cards}</body>"
    result = parsers.parse_page(page.encode(), url="http://feira.example/novidades")
    assert result.page.page_type == "listing_index"
    assert [r.vendor for r in result.records] == ["Café_São_João", "Doces_da_Vovó", "Queijaria_Serra"]
