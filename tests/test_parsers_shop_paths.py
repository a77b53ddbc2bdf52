"""parsers.shop_paths.path_owner and parsers.card_rubric.rubric_categories, as
parsers.markets reads a single seller's shop front: the cards' seller is the handle its heading
shows when every card's address lies under it, and their category the one-word label's values
every card shows that sort them into groups."""

from __future__ import annotations

from parsers import parse_page
from parsers.card_rubric import rubric_categories
from parsers.dom import load
from parsers.shop_paths import path_owner


def _cards(items: list[tuple[str, str, str]], shop: str, label: str, cur: str) -> str:
    return "".join(
        f"<article class=it><h3><a href='/vare/{shop}/{n}'>{t}</a></h3><p>{label}: {c}</p>"
        f"<p><b>{p} {cur}</b></p></article>" for n, (t, c, p) in enumerate(items))


def test_a_danish_shop_front_names_its_cards_seller_and_their_groups() -> None:
    items = [("Rugbrød, surdej", "Brød", "0,011"), ("Kanelsnegle, 6 stk", "Kager", "0,009"),
             ("Spelt, 1 kg", "Brød", "0,007"), ("Hindbærsnitter", "Kager", "0,010")]
    html = ("<html><head><title>Butik · Natmarked</title></head><body><a href='/'>Natmarked</a>"
            f"<section><h1>BagerietNord</h1><p>Brød fra egen ovn</p></section>"
            f"<main>{_cards(items, 'BagerietNord', 'Afdeling', 'XMR')}</main></body></html>")
    result = parse_page(html.encode(), url="http://x.onion/butik/BagerietNord")
    assert result.page.page_type == "listing_index"
    assert [(r.vendor, r.category) for r in result.records] == [
        ("BagerietNord", "Brød"), ("BagerietNord", "Kager"), ("BagerietNord", "Brød"),
        ("BagerietNord", "Kager")]


def test_an_indonesian_shop_front_with_an_underscored_handle_names_its_cards_seller() -> None:
    items = [("Kopi Gayo 250 g", "Kopi", "0,004"), ("Teh melati 100 g", "Teh", "0,002"),
             ("Kopi Toraja 250 g", "Kopi", "0,005")]
    html = ("<html><body><header><a href='/'>Pasar Malam</a></header><div class=toko>"
            "<h1>kedai_senja</h1></div>"
            f"<div class=daftar>{_cards(items, 'kedai_senja', 'Golongan', 'BTC')}</div></body></html>")
    result = parse_page(html.encode(), url="http://x.onion/toko?id=kedai_senja")
    assert [(r.vendor, r.category) for r in result.records] == [
        ("kedai_senja", "Kopi"), ("kedai_senja", "Teh"), ("kedai_senja", "Kopi")]


def test_a_category_page_filing_its_items_under_its_word_names_no_seller() -> None:
    cards = "".join(f"<div class=c><a href='/candles/{n}'>Candle {n}</a> 4 EUR</div>" for n in range(3))
    doc = load(f"<h1>Candles</h1>{cards}".encode())
    assert path_owner(doc, doc.root.xpath("//div[@class='c']")) is None


def test_a_label_every_card_shows_alike_or_a_known_fields_label_sorts_nothing() -> None:
    same = load("".join(f"<div class=k><p>Stan: nowy</p><p>{n} zł</p></div>" for n in range(3)).encode())
    assert rubric_categories(same.root.xpath("//div[@class='k']"), "pl") is None
    sellers = ("anna", "anna", "bartek")
    known = load("".join(f"<div class=k><p>Sprzedawca: {s}</p></div>" for s in sellers).encode())
    assert rubric_categories(known.root.xpath("//div[@class='k']"), "pl") is None
    places = ("Polska", "Polska", "Niemcy")
    routed = load("".join(f"<div class=k><p>Skąd: {s}</p></div>" for s in places).encode())
    assert rubric_categories(routed.root.xpath("//div[@class='k']"), "pl") is None


def _titled_shop(title: str, heading: str, home: str, footer: str = "") -> str:
    items = [("Tofflor i filt, stl 38", "249"), ("Sittdyna, ull", "189"), ("Grytlappar, 2 st", "79")]
    cards = "".join(f"<div class=vara><a href='/artikel/{n}'>{t}</a><p>{p} kr</p></div>"
                    for n, (t, p) in enumerate(items))
    return (f"<html lang=sv><head><title>{title}</title></head><body><div class=topp>"
            f"<a href='/'>{home}</a> <a href='/logga-in'>Logga in</a></div><div class=huvud>"
            f"<h1>{heading}</h1><p>Tovat för hand · 212 sålda</p></div>"
            f"<div class=varor>{cards}</div><div class=fot>{footer}</div></body></html>")


def test_a_shop_front_whose_title_names_its_headings_handle_gives_every_card_that_seller() -> None:
    html = _titled_shop(
        "Butiken hos Filtkammaren_Ore — Skymningstorget", "Filtkammaren_Ore", "Skymningstorget")
    result = parse_page(html.encode(), url="http://skymningstorget.onion/b/8812")
    assert [r.vendor for r in result.records] == ["Filtkammaren_Ore"] * 3
    portuguese = (
        "<html lang=pt><head><title>Loja de ceramicaAlfama | Feira Noturna</title></head><body>"
        "<nav><a href='/'>Feira Noturna</a></nav><h1>ceramicaAlfama</h1><ul>"
        + "".join(f"<li><h3><a href='/item?id={n}'>Azulejo pintado nº {n}</a></h3>"
                  f"<span>{n + 9},00 €</span></li>" for n in range(1, 4))
        + "</ul></body></html>")
    result = parse_page(portuguese.encode(), url="http://feiranoturna.onion/loja?id=77")
    assert [r.vendor for r in result.records] == ["ceramicaAlfama"] * 3


def test_a_heading_that_is_the_sites_own_name_or_a_plain_word_names_no_seller() -> None:
    def vendors(html: str, url: str) -> list[str | None]:
        return [r.vendor for r in parse_page(html.encode(), url=url).records]

    # The site's name: a link home shows it, its address holds it, or its copyright line.
    home = _titled_shop("Nyheter hos Torg24 — Torg24", "Torg24", "Torg24")
    assert vendors(home, "http://x.onion/nytt") == [None] * 3
    host = _titled_shop("Torg24 nyheter", "Torg24", "Hem")
    assert vendors(host, "http://torg24abc.onion/nytt") == [None] * 3
    owned = _titled_shop("Torg24 nyheter", "Torg24", "Hem", "© 2026 Torg24")
    assert vendors(owned, "http://x.onion/nytt") == [None] * 3
    # A category's heading is a word, no handle.
    plain = _titled_shop("Tofflor — Skymningstorget", "Tofflor", "Skymningstorget")
    assert vendors(plain, "http://x.onion/kat/tofflor") == [None] * 3
