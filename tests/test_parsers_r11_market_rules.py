"""parsers.parse_page on market rules mended after round 11 (tests/test_parsers_general_r11.py):
small pages written for each rule, read as specifications.

- A rating badge ("97.8%" over "Positive", "4.9/5", a bare number or rating word) is never a
  vendor's name; a <title> part naming a profile's owner ("Market - leafy's Profile") is.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.market_names import vendor_name
from parsers.records import Listing, Vendor

NOW = "2026-11-20T12:00:00Z"


def _vendors(html: str, url: str) -> list[Vendor]:
    result = parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)
    return [r for r in result.records if isinstance(r, Vendor)]


def test_a_number_share_or_rating_word_is_never_a_vendor_name() -> None:
    for badge in ("97.8%Positive", "98%", "4.9/5", "1482", "★★★★☆", "Excellent", "Neutral"):
        assert vendor_name(badge) is None, badge


def test_a_handle_that_starts_with_digits_is_still_a_name() -> None:
    assert vendor_name("420stoner") == "420stoner"
    assert vendor_name("7seas (12)") == "7seas"


_BADGED_PROFILE = """<html><head><title>Kestrel Market - mossy_ridge's Profile</title></head><body>
<nav><a href="/">Home</a> <a href="/wallet.php">Wallet</a></nav>
<div class="profileHeader">
  <h1>mossy_ridge</h1><span class="badge">Level 3</span><span class="badge">Vendor</span><br>
  <span class="smalltext"><span class="user-percent">99.1%</span>Positive Feedback
  (Based on 88 ratings)</span>
  <br>Member Since: 2nd May 2023 | Last Seen: today
</div>
<ul class="tabs">
  <li><a href="/profile.php?id=mossy_ridge&amp;action=about">About</a></li>
  <li><a href="/profile.php?id=mossy_ridge&amp;action=keys">Keys</a></li>
</ul>
<div class="container-content"><p>No key uploaded yet.</p></div>
</body></html>"""


def test_a_profile_badge_under_the_vendor_word_is_not_taken_as_the_name() -> None:
    vendors = _vendors(_BADGED_PROFILE, "http://kestrel.example/profile.php?id=mossy_ridge&action=keys")
    assert [v.name for v in vendors] == ["mossy_ridge"]
    assert vendors[0].rating == 99.1
    assert vendors[0].member_since == "2023-05-02"


def _product_page(title: str, cards: int, button: str = "Aggiungi") -> str:
    """A shop's product page: breadcrumbs, one heading, the main price, a buy widget with a
    quantity whose button speaks a language the buy words may not know, and a "customers also
    bought" slider of ``cards`` other products with their prices."""
    slider = "".join(
        f'<div class="slider-item"><div class="card product-box"><a class="product-name" '
        f'href="/Accessorio-{n}/AC{n}">Accessorio tipo {"ABCDE"[n - 1]}</a>'
        f'<span class="product-price">€ {n + 4},50*</span></div></div>'
        for n in range(1, cards + 1)
    )
    return f"""<html><head><title>{title}</title></head><body>
<header><a href="/">Bottega Verde</a><a href="/checkout/cart">Carrello € 0,00*</a></header>
<ol class="breadcrumb"><li><a href="/Attrezzi/">Attrezzi</a></li>
<li aria-current="page"><a href="/Attrezzi/Vanghe/">Vanghe</a></li></ol>
<div class="product-detail">
  <h1 class="product-detail-name">Vanga in acciaio forgiato, manico in frassino</h1>
  <p class="product-detail-price">€ 49,90*</p>
  <form action="/checkout/line-item/add" method="post">
    <input type="number" name="lineItems[ab12][quantity]" value="1" min="1">
    <button class="btn-buy">{button}</button>
  </form>
  <div class="product-detail-description"><p>Una vanga robusta per terreni pesanti.</p></div>
</div>
<div class="cms-element-product-slider"><p>I clienti hanno acquistato anche</p>{slider}</div>
</body></html>"""


def _page_of(html: str) -> tuple[str, list[Listing]]:
    result = parse_page(html.encode(), url="http://bottega.example/Vanga-acciaio/SW200", captured_at=NOW,
                        use_profiles=False)
    return result.page.page_type, [r for r in result.records if isinstance(r, Listing)]


def test_a_product_page_whose_buy_widget_has_a_quantity_is_one_listing_not_its_slider() -> None:
    kind, listings = _page_of(_product_page("Vanga in acciaio forgiato, manico in frassino | Bottega", 2))
    assert kind == "listing"
    [item] = listings
    assert item.title == "Vanga in acciaio forgiato, manico in frassino"
    assert (item.price, item.currency) == (49.9, "EUR")
    assert item.category == "Vanghe"  # the last breadcrumb before the item


def test_a_long_cross_selling_slider_does_not_make_a_product_page_an_index() -> None:
    kind, listings = _page_of(_product_page("Vanga in acciaio forgiato, manico in frassino | Bottega", 5))
    assert kind == "listing"
    assert [(r.title, r.price) for r in listings] == [("Vanga in acciaio forgiato, manico in frassino", 49.9)]


def test_the_buy_widget_tells_the_item_from_its_slider_when_the_title_names_only_the_shop() -> None:
    kind, listings = _page_of(_product_page("Bottega Verde", 5))
    assert kind == "listing"
    assert [(r.title, r.price) for r in listings] == [("Vanga in acciaio forgiato, manico in frassino", 49.9)]


def test_a_category_page_of_cards_with_no_buy_widget_of_its_own_stays_an_index() -> None:
    cards = "".join(
        f'<div class="card product-box"><a class="product-name" href="/Vanga-{m}/SW{n}">Vanga modello {m}</a>'
        f'<span class="product-price">€ {n + 20},00*</span></div>'
        for n, m in enumerate("ABCD", start=1)
    )
    html = f"<html><head><title>Vanghe | Bottega</title></head><body><h1>Vanghe</h1>{cards}</body></html>"
    kind, listings = _page_of(html)
    assert kind == "listing_index"
    assert [r.price for r in listings] == [21.0, 22.0, 23.0, 24.0]


def test_dutch_add_to_cart_words_are_buy_words() -> None:
    from parsers.dom import load
    from parsers.market_buy import has_buy_control

    assert has_buy_control(load(b"<div><button>In de winkelwagen</button></div>"))
    assert not has_buy_control(load(b"<div><button>Zoeken</button></div>"))
