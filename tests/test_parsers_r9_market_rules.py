"""parsers.parse_page on market pages and interstitials: the general rules round 9's blind misses
asked for.

Each page here is small and written for its rule (none is a copy of a round-9 page): a shop's
special price in a sub-heading is an amount, not a status code; a product on show is not an error
page for a word in its text; prices in Turkish lira written "TL"; a range of deals or a review's
score is never a feedback count; a returns policy names no destination; a route shown as bare
"From:" / "To:" labels; a captcha or challenge a front service (Cloudflare, DDoS-Guard) shows is
its DDoS gate, a site's own captcha stays a captcha.
"""

from __future__ import annotations

import parsers
from parsers.classify import error_like
from parsers.dom import load
from parsers.prices import find_prices, parse_price


def _parse(html: str, url: str = "http://shop.example/product/42"):
    return parsers.parse_page(html.encode("utf-8"), url=url, use_profiles=False)


def _listing(html: str, url: str = "http://shop.example/product/42"):
    result = _parse(html, url)
    assert result.page.page_type == "listing"
    (listing,) = result.records
    return listing


# --- error pages ------------------------------------------------------------------------------


def test_a_price_in_a_sub_heading_is_an_amount_not_a_status_code():
    html = ("<html><head><title>Kupfer-Kanne</title></head><body><h1>Kupfer-Kanne</h1>"
            "<p>Handgeschmiedet.</p><h2>404,00 €</h2><button>In den Warenkorb</button></body></html>")
    assert not error_like(load(html.encode()))
    assert _listing(html).price == 404.0


def test_a_whole_status_code_in_a_heading_still_makes_an_error_page():
    for heading in ("404", "Error 503", "500 Internal Server Error"):
        html = f"<html><head><title>Shop</title></head><body><h1>{heading}</h1><p>Sorry.</p></body></html>"
        assert error_like(load(html.encode())), heading
        assert _parse(html).page.page_type == "error", heading


def test_an_error_word_in_a_short_product_page_is_not_an_error_when_a_price_and_a_buy_control_show():
    # "fehlerfrei" (flawless) holds "fehler"; the page is a product with its price and button.
    html = ("<html><head><title>Tasse</title></head><body><h1>Tasse</h1>"
            "<p>Fehlerfrei glasiert.</p><p>Preis: 12,50 €</p><button>In den Warenkorb</button></body></html>")
    assert not error_like(load(html.encode()))
    assert _listing(html).price == 12.5


def test_a_not_found_title_stays_an_error_page_even_beside_priced_goods():
    html = ("<html><head><title>Page not found</title></head><body><h1>Page not found</h1>"
            "<p>You may like: Mug 12.00 USD</p><a href='/cart/add/3'>Add to cart</a></body></html>")
    assert error_like(load(html.encode()))


def test_a_short_page_saying_not_found_without_goods_is_still_an_error():
    html = "<html><body><p>The item was not found.</p></body></html>"
    assert error_like(load(html.encode()))


# --- Turkish lira -----------------------------------------------------------------------------


def test_prices_written_with_tl_are_turkish_lira():
    assert parse_price("519,00TL") == (519.0, "TRY")
    assert parse_price("1.249,00 TL") == (1249.0, "TRY")
    assert parse_price("TL 45") == (45.0, "TRY")


def test_tl_inside_a_word_is_no_currency():
    assert find_prices("HTML5 and TLS 1.3, model 300TLX") == []


# --- feedback counts --------------------------------------------------------------------------


def _vendor(body: str, url: str = "http://market.example/vendor/quietfern"):
    html = f"<html><head><title>quietfern</title></head><body><h1>quietfern</h1>{body}</body></html>"
    result = _parse(html, url)
    assert result.page.page_type == "vendor"
    (vendor,) = result.records
    return vendor


_KEYLESS_PROFILE = "<p>Vendor since 2024. Ships daily.</p><a href='/msg/quietfern'>Send message</a>"


def test_a_review_score_under_a_feedback_heading_is_not_the_feedback_count():
    # The feedback table opens with one buyer's stars, "5/5": a score over its scale.
    vendor = _vendor(_KEYLESS_PROFILE + "<h3>Feedback:</h3><table><tr><td>5/5</td><td>Fast, well packed.</td>"
                     "<td>3 days ago</td></tr><tr><td>4/5</td><td>Good.</td><td>5 days ago</td></tr></table>")
    assert vendor.feedback_count is None


def test_a_range_of_deals_or_reviews_is_never_an_exact_feedback_count():
    for shown in ("Feedback: 40~55", "Feedback: 40-55", "Feedback: 10+", "6~10 reviews", "40–55 reviews"):
        vendor = _vendor(_KEYLESS_PROFILE + f"<p>{shown}</p>")
        assert vendor.feedback_count is None, shown


def test_an_exact_feedback_count_is_still_read():
    for shown, count in (("Feedback: 55", 55), ("1,204 reviews", 1204), ("Feedback: 12 (view all)", 12)):
        vendor = _vendor(_KEYLESS_PROFILE + f"<p>{shown}</p>")
        assert vendor.feedback_count == count, shown


# --- returns policies -------------------------------------------------------------------------


def _shop_page(extra: str) -> str:
    return ("<html><head><title>Savon au miel</title></head><body><h1>Savon au miel</h1>"
            "<p>Prix : 6,50 €</p><button>Ajouter au panier</button>"
            f"<p>Savon saponifié à froid, 100 g.</p>{extra}</body></html>")


def test_a_shipping_and_returns_heading_names_no_destination():
    for heading, policy in (
        ("Livraison et retours", "Retours gratuits sous 14 jours."),
        ("Shipping &amp; Returns", "Free returns within 30 days."),
        ("Versand und Rücksendung", "Kostenlose Rücksendung innerhalb von 30 Tagen."),
        ("Envío y devoluciones", "Devoluciones gratis en 30 días."),
    ):
        listing = _listing(_shop_page(f"<h3>{heading}</h3><p>{policy}</p>"))
        assert listing.ships_to in ([], None), heading


def test_a_labelled_destination_is_still_read_beside_a_returns_policy():
    listing = _listing(_shop_page("<p>Livraison : France, Belgique</p><h3>Retours</h3><p>Sous 14 jours.</p>"))
    assert listing.ships_to == ["France", "Belgique"]


# --- bare From: / To: routes ------------------------------------------------------------------


def _index(rows: list[tuple[str, str]]) -> list:
    cards = "".join(
        f"<tr class='item'><td><a href='/item/{i}'>{title}</a></td><td>0.0{i + 1}000000 BTC</td>"
        f"<td>{route}</td><td><a href='/vendor/seller{i}'>seller{i}</a></td></tr>"
        for i, (title, route) in enumerate(rows)
    )
    html = (f"<html><head><title>Seeds</title></head><body><h1>Seeds</h1><table>{cards}</table>"
            "</body></html>")
    result = _parse(html, "http://market.example/category/seeds")
    assert result.page.page_type == "listing_index"
    return result.records


def test_a_card_reads_its_route_from_bare_from_and_to_lines_in_several_languages():
    records = _index([
        ("Basil seeds", "<i class='fa fa-truck'></i> From: Netherlands<br/><i class='fa fa-home'></i>To: EU"),
        ("Thyme seeds", "Von: Deutschland<br/>Nach: Österreich, Schweiz"),
        ("Sage seeds", "De : France<br/>Vers : Belgique"),
        ("Mint seeds", "Desde: España<br/>Hacia: Portugal"),
    ])
    assert [(r.ships_from, r.ships_to) for r in records] == [
        ("Netherlands", ["EU"]), ("Deutschland", ["Österreich", "Schweiz"]), ("France", ["Belgique"]),
        ("España", ["Portugal"]),
    ]


def test_a_from_line_alone_is_the_origin_where_the_page_shows_from_to_pairs():
    records = _index([
        ("Basil seeds", "From: Netherlands<br/>To: World Wide"),
        ("Thyme seeds", "From: UK"),
    ])
    assert (records[1].ships_from, records[1].ships_to or None) == ("UK", None)


def test_a_from_line_alone_on_a_page_without_pairs_is_not_a_route():
    records = _index([("Basil seeds", "From: UK"), ("Thyme seeds", "From: Wales")])
    assert [r.ships_from for r in records] == [None, None]


def test_from_with_an_amount_is_a_price_floor_not_an_origin():
    records = _index([("Basil seeds", "From: 5 USD<br/>To: 9 USD"), ("Thyme seeds", "")])
    assert records[0].ships_from is None


def test_a_product_page_reads_bare_from_and_to_lines_as_its_route():
    html = ("<html><head><title>Basil seeds</title></head><body><h1>Basil seeds</h1>"
            "<p>Price: 0.01 BTC</p><p>Vendor: seller1</p><p>From: Netherlands</p><p>To: EU, UK</p>"
            "<button>Buy now</button></body></html>")
    listing = _listing(html, "http://market.example/item/1")
    assert (listing.ships_from, listing.ships_to) == ("Netherlands", ["EU", "UK"])


# --- front services' gates --------------------------------------------------------------------


def _wall(title: str, body: str, head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def test_a_cloudflare_captcha_gate_is_ddos_protection_in_any_language():
    # Cloudflare's "One more step" in German: its cf-wrapper frame and its chk_captcha form.
    page = _wall(
        "Achtung erforderlich! | Cloudflare",
        "<div id='cf-wrapper'><div id='cf-error-details'><h1>Noch ein Schritt</h1>"
        "<h2>Bitte schließen Sie die Sicherheitsprüfung ab, um auf forum.example zuzugreifen</h2>"
        "<form id='challenge-form' action='/cdn-cgi/l/chk_captcha' method='get'>"
        "<div class='g-recaptcha'></div></form><h2>Warum muss ich ein CAPTCHA ausfüllen?</h2></div></div>",
    )
    assert _parse(page, "http://forum.example/").page.page_type == "ddos_protection"


def test_a_cloudflare_challenge_in_an_unknown_language_is_ddos_protection_by_its_script():
    # Korean: "please wait a moment", "checking the security of your connection" (no word known).
    page = _wall("잠시만 기다려 주십시오", "<p>연결 보안을 확인하는 중입니다.</p>",
                 head="<script>window._cf_chl_opt={cvId: '3', cType: 'managed'};</script>")
    assert _parse(page, "http://forum.example/").page.page_type == "ddos_protection"


def test_a_ddos_guard_captcha_is_ddos_protection():
    # The guard's name only in the footer, under the first lines a wall's words are looked for in.
    page = _wall("Проверка", "<h1>Введите код с картинки</h1><img src='/captcha.png'>"
                 "<form><input name='captcha'></form>"
                 + "<p>Это нужно, чтобы убедиться, что вы не робот.</p>" * 8 + "<footer>DDoS-Guard</footer>")
    assert _parse(page, "http://forum.example/").page.page_type == "ddos_protection"


def test_a_sites_own_captcha_stays_a_captcha_even_behind_cloudflare():
    # Cloudflare adds its detection script and e-mail protection links to ordinary pages.
    page = _wall("Registration", "<h1>Enter the code shown below</h1><img src='/captcha.php'>"
                 "<form action='/register.php'><input name='captcha_code'><input type='submit'></form>"
                 "<a href='/cdn-cgi/l/email-protection#6f0e'>[email&#160;protected]</a>",
                 head="<script src='/cdn-cgi/challenge-platform/scripts/jsd/main.js'></script>")
    assert _parse(page, "http://forum.example/register.php").page.page_type == "captcha"


def test_an_ordinary_short_page_behind_cloudflare_is_not_a_gate():
    page = _wall("Green tea", "<h1>Green tea</h1><p>Price: $12.00</p><p>Vendor: leafy</p>"
                 "<button>Buy now</button>",
                 head="<script src='/cdn-cgi/challenge-platform/scripts/jsd/main.js'></script>")
    assert _parse(page, "http://shop.example/listing/1").page.page_type == "listing"


def test_a_table_whose_header_names_from_and_to_columns_gives_each_row_its_route():
    for head_from, head_to in (("From", "To"), ("Von", "Nach"), ("Desde", "Hacia"), ("Откуда:", "Куда:")):
        rows = "".join(
            f"<tr><td><a href='/item/{i}'>{title}</a></td><td>{price} USD</td><td>{origin}</td>"
            f"<td>{dest}</td><td><a href='/vendor/v{i}'>v{i}</a></td></tr>"
            for i, (title, price, origin, dest) in enumerate(
                [("Basil seeds", 5, "Netherlands", "EU"), ("Thyme seeds", 7, "Germany", "Worldwide"),
                 ("Sage seeds", 6, "Spain", "EU, UK")])
        )
        html = (f"<html><head><title>Seeds</title></head><body><h1>Seeds</h1><table><tr><th>Item</th>"
                f"<th>Price</th><th>{head_from}</th><th>{head_to}</th><th>Vendor</th></tr>{rows}</table>"
                "</body></html>")
        result = _parse(html, "http://market.example/category/seeds")
        assert result.page.page_type == "listing_index", head_from
        assert [(r.ships_from, r.ships_to) for r in result.records] == [
            ("Netherlands", ["EU"]), ("Germany", ["Worldwide"]), ("Spain", ["EU", "UK"])], head_from
