"""parsers.form_price: an item's price is the one its buy box shows beside the buy form, not a
price the description's prose names first."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.dom import load
from parsers.form_price import form_price

DATA = Path(__file__).parent / "data" / "form_price"


def _listing(name: str) -> tuple[str | None, float | None, str | None]:
    result = parse_page((DATA / name).read_bytes(), url="http://targ.example.onion/oferta/77")
    assert result.page.page_type == "listing"
    r = result.records[0]
    return r.title, r.price, r.currency


def test_a_french_item_costs_the_price_of_its_buy_box_not_the_shop_price_its_text_names() -> None:
    assert _listing("article_fr.html") == ("Théière en fonte, 0,8 l", 48.0, "EUR")


def test_a_polish_item_costs_the_price_beside_its_cart_form() -> None:
    assert _listing("oferta_pl.html") == ("Miód wrzosowy 1 kg", 69.0, "PLN")


def test_a_buy_box_of_several_prices_names_none() -> None:
    doc = load(b"<div><p>1 kg: 20 EUR</p><b>20,00 EUR</b><b>36,00 EUR</b>"
               b"<form action='/cart/add' method='post'><button>Add</button></form></div>")
    assert form_price(doc) is None


def test_a_page_without_a_buy_form_has_no_box_price() -> None:
    doc = load(b"<div><b>20,00 EUR</b><form action='/search'><input name='q'></form></div>")
    assert form_price(doc) is None


def test_the_cart_form_of_a_related_items_card_gives_no_price() -> None:
    cards = b"".join(
        b"<div class='card'><div class='info'><a href='/p/%d'>Item %d</a>"
        b"<div class='pr'><span>%d,00 EUR</span></div><div class='wrap'>"
        b"<form action='/cart/add/%d' method='post'><button>Add</button></form></div></div></div>"
        % (n, n, n, n) for n in (7, 9)
    )
    doc = load(b"<h1>Lamp</h1><p>Price 40,00 EUR</p><section>" + cards + b"</section>")
    assert form_price(doc) is None
