"""parsers.page_chrome: a price in the page's frame (the visitor's balance in the banner, beside
a notification bell and the account's links) is no listing card; the cards of the main column
are read as before, and an article's own header still holds its card's price."""

from __future__ import annotations

from parsers import parse_page
from parsers.records import Listing


def _listings(body: str, url: str) -> tuple[str, list[Listing]]:
    result = parse_page(body.encode(), url=url)
    return result.page.page_type, [r for r in result.records if isinstance(r, Listing)]


def test_an_italian_search_that_found_nothing_gives_no_card_of_the_banners_balance() -> None:
    body = ("<html lang=it><head><title>Cerca: candela di cera · Bottega Notturna</title></head><body>"
            "<header class=top><a class=logo href='/'>Bottega</a><div class=conto>"
            "<a href='/avvisi'>&#128276; <span>5</span></a> <a href='/posta'>Posta <span>2</span></a>"
            "<span>Saldo <b>0,0271 BTC</b></span> <a href='/esci'>Esci</a></div></header>"
            "<div class=centro><h1>Risultati</h1><p>0 risultati per «candela di cera».</p>"
            "<h2>Nessun articolo trovato</h2><p>Prova con parole più generali.</p></div>"
            "<footer><p>Bottega Notturna · 2026</p></footer></body></html>")
    kind, listings = _listings(body, "http://x.onion/cerca?q=candela+di+cera")
    assert (kind, listings) == ("listing_index", [])


def test_a_polish_banner_of_role_banner_gives_no_card_beside_the_main_columns_cards() -> None:
    cards = "".join(
        f"<li class=oferta><a href='/oferta/{n}'>Świeca sojowa nr {n}</a> <span>{n}5,00 zł</span></li>"
        for n in range(1, 4))
    body = ("<html lang=pl><body><div role=banner><div class=konto><a href='/powiadomienia'>🔔 7</a>"
            " Saldo: 0,0093 BTC <a href='/wyloguj'>Wyloguj</a></div></div>"
            f"<div class=tresc><h1>Świece</h1><ul>{cards}</ul></div></body></html>")
    kind, listings = _listings(body, "http://x.onion/kategoria/swiece")
    assert kind == "listing_index"
    assert [(r.title, r.price) for r in listings] == [
        ("Świeca sojowa nr 1", 15.0), ("Świeca sojowa nr 2", 25.0), ("Świeca sojowa nr 3", 35.0)]


def test_a_polish_empty_category_under_a_role_banner_balance_lists_nothing() -> None:
    body = ("<html lang=pl><body><div role=banner><div class=konto><a href='/powiadomienia'>🔔 7</a>"
            " <a href='/wiadomosci'>Wiadomości 1</a> Saldo: 0,0093 BTC <a href='/wyloguj'>Wyloguj</a>"
            "</div></div><div class=tresc><h1>Świece</h1><p>W tej kategorii nie ma jeszcze ofert.</p>"
            "</div></body></html>")
    assert _listings(body, "http://x.onion/kategoria/swiece")[1] == []


def test_cards_whose_price_stands_in_each_articles_own_header_are_still_cards() -> None:
    cards = "".join(
        f"<article class=item><header><a href='/w/{n}'>Wollsocken Modell {n}</a> <b>{n}2,00 €</b></header>"
        f"<p>Handgestrickt aus Schafwolle.</p></article>" for n in range(1, 4))
    body = (f"<html lang=de><body><header><a href='/'>Strickladen</a></header>"
            f"<main>{cards}</main></body></html>")
    kind, listings = _listings(body, "http://x.onion/socken")
    assert kind == "listing_index"
    assert [(r.title, r.price) for r in listings] == [
        ("Wollsocken Modell 1", 12.0), ("Wollsocken Modell 2", 22.0), ("Wollsocken Modell 3", 32.0)]
