"""parsers.markets / parsers.prices: listings, index cards, vendor and feedback pages of markets the
extractor was not written for (several languages and number formats), and PGP fingerprints."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from parsers import parse_page
from parsers.prices import find_prices, parse_number, parse_price
from parsers.records import Listing, Vendor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,56", 1234.56),
        ("1,234.56", 1234.56),
        ("1 234,56", 1234.56),
        ("12,50", 12.5),
        ("0.0012", 0.0012),
        ("1'234.50", 1234.5),
        ("3,882", 3882.0),
        ("-12,5", -12.5),
    ],
)
def test_numbers_in_national_formats(text: str, expected: float) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("€12,50", (12.5, "EUR")),
        ("12.50 EUR", (12.5, "EUR")),
        ("$1,234.56", (1234.56, "USD")),
        ("£7.50", (7.5, "GBP")),
        ("BTC 0.0012", (0.0012, "BTC")),
        ("ɱ 0.35", (0.35, "XMR")),
        ("0,1766 XMR", (0.1766, "XMR")),
        ("A$ 120", (120.0, "AUD")),
        ("CAD 12,334.40", (12334.4, "CAD")),
        ("3.5 mBTC", (0.0035, "BTC")),
        ("250 руб.", (250.0, "RUB")),
        ("1 234,56 €", (1234.56, "EUR")),
        ("Purchase price: USD 2.00", (2.0, "USD")),
        ("in 2 days", None),
        ("v2 BTC", None),
    ],
)
def test_prices_with_currencies(text: str, expected: tuple[float, str] | None) -> None:
    assert parse_price(text) == expected


def test_primary_price_comes_first_and_alternatives_follow() -> None:
    assert [(p.amount, p.currency) for p in find_prices("23,63 € (0,00039875 BTC / 0,1595 XMR)")] == [
        (23.63, "EUR"),
        (0.00039875, "BTC"),
        (0.1595, "XMR"),
    ]


def test_french_listing_detail_from_labels() -> None:
    body = (
        "<html><head><title>Thé vert bio — Boutique</title></head><body><nav><a href='/'>Accueil</a></nav>"
        "<h1>Thé vert bio</h1><ul><li>Prix : 12,50 € (0,0002 BTC)</li>"
        "<li>Vendeur : <a href='/vendeur/leafy'>leafy</a>"
        "</li><li>Catégorie : Thé</li><li>Expédié de : France</li><li>Livraison vers : UE, Suisse</li></ul>"
        "<button>Acheter</button></body></html>"
    ).encode()
    result = parse_page(body, url="http://shop.onion/produit/7")
    assert result.page.page_type == "listing"
    item = result.records[0]
    assert (
        item.title,
        item.price,
        item.currency,
        item.vendor,
        item.category,
        item.ships_from,
        item.ships_to,
    ) == ("Thé vert bio", 12.5, "EUR", "leafy", "Thé", "France", ["UE", "Suisse"])
    assert item.alt_prices == {"BTC": 0.0002}


def test_russian_listing_detail_from_table_cells() -> None:
    body = (
        "<html><head><title>Чай улун</title></head><body><h1>Чай улун</h1><table>"
        "<tr><td>Цена</td><td>1 250,00 руб.</td></tr><tr><td>Продавец</td><td>chaynik (41)</td></tr>"
        "<tr><td>Отправка из</td><td>Россия</td></tr><tr><td>Доставка в</td><td>Россия, Беларусь</td></tr>"
        "</table></body></html>"
    ).encode("cp1251")
    item = parse_page(body).records[0]
    assert (item.price, item.currency, item.vendor, item.ships_from, item.ships_to) == (
        1250.0,
        "RUB",
        "chaynik",
        "Россия",
        ["Россия", "Беларусь"],
    )


def test_index_cards_are_found_without_any_class_names_known() -> None:
    cards = "".join(
        f'<div class="x{i % 2}"><div class="q"><a href="/p/{i}">Item number {i}</a></div>'
        f'<div class="z">{i + 1},99 €</div><div>by <a href="/vendor/v{i}">v{i}</a></div>'
        f"<span>Kaffee</span></div>"
        for i in range(5)
    )
    # Sibling blocks with different classes are not one repeated group: keep the class constant.
    cards = cards.replace('class="x1"', 'class="x0"')
    body = (
        f'<html><body><aside><a href="/kategorie/kaffee">Kaffee</a></aside><h1>Suche</h1>'
        f'<div class="grid">{cards}</div></body></html>'
    ).encode()
    result = parse_page(body, url="http://m.onion/search?q=x")
    assert result.page.page_type == "listing_index"
    got = [(r.title, r.price, r.currency, r.vendor, r.category) for r in result.records]
    assert got == [(f"Item number {i}", i + 1.99, "EUR", f"v{i}", "Kaffee") for i in range(5)]
    assert result.records[0].listing_url == "http://m.onion/p/0"


def test_table_index_reads_columns_from_the_header_row() -> None:
    rows = "".join(
        f"<tr><td><a href='/angebot.php?id={i}'>Artikel {i}</a></td><td>haendler{i}</td>"
        f"<td>{i},50 €</td><td>{10 * i}</td><td>Österreich</td></tr>"
        for i in range(1, 4)
    )
    body = (
        "<html><body><table><tr><th>Artikel</th><th>Verkäufer</th><th>Preis</th><th>Bestand</th>"
        f"<th>Versand aus</th></tr>{rows}</table></body></html>"
    ).encode()
    records = parse_page(body).records
    assert [(r.vendor, r.price, r.stock, r.ships_from) for r in records] == [
        (f"haendler{i}", i + 0.5, 10 * i, "Österreich") for i in range(1, 4)
    ]


def test_feedback_page_gives_the_vendor_and_count() -> None:
    rows = "".join(f"<tr><td>Positive</td><td>ok {i}</td><td>Nov {i + 1}, 2026</td></tr>" for i in range(5))
    body = (
        f"<html><body><h1>Feedback: <a href='/vendor/leafy'>leafy</a> (36)</h1><table>{rows}</table>"
        "</body></html>"
    ).encode()
    result = parse_page(body)
    assert result.page.page_type == "feedback"
    assert (result.records[0].name, result.records[0].feedback_count) == ("leafy", 36)


@pytest.fixture(scope="module")
def armored_key(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    if shutil.which("gpg") is None:
        pytest.skip("gpg binary not installed")
    home = tmp_path_factory.mktemp("gnupg-markets")
    home.chmod(0o700)
    env = {**os.environ, "GNUPGHOME": str(home)}
    base = ["gpg", "--batch", "--yes", "--pinentry-mode", "loopback", "--passphrase", ""]
    uid = "Leafy Vendor <leafy@example.org>"
    subprocess.run(
        [*base, "--quick-gen-key", uid, "ed25519", "default", "never"],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    colons = subprocess.run(
        [*base, "--with-colons", "--fingerprint", uid], env=env, check=True, capture_output=True, timeout=60
    ).stdout.decode()
    fpr = next(line.split(":")[9] for line in colons.splitlines() if line.startswith("fpr:"))
    armored = subprocess.run(
        [*base, "--armor", "--export", uid], env=env, check=True, capture_output=True, timeout=60
    ).stdout.decode()
    subprocess.run(["gpgconf", "--kill", "gpg-agent"], env=env, check=False, capture_output=True, timeout=30)
    return armored, fpr


def test_vendor_profile_with_pgp_key_in_spanish(armored_key: tuple[str, str]) -> None:
    armored, fpr = armored_key
    key_html = armored.replace("\n", "<br>\n")
    body = (
        f"<html><body><h3>Silver-Fern</h3><p><br>Opiniones positivas: 98,5%<br>Opiniones: 83<br>"
        f"Miembro desde: 30/03/2024<br>Envía desde: ES</p><p>Clave PGP:</p><div>{key_html}</div>"
        "</body></html>"
    ).encode()
    result = parse_page(body, url="http://m.onion/v/Silver-Fern")
    assert result.page.page_type == "vendor"
    vendor = result.records[0]
    assert isinstance(vendor, Vendor)
    assert (vendor.name, vendor.rating, vendor.feedback_count, vendor.member_since) == (
        "Silver-Fern",
        98.5,
        83,
        "2024-03-30",
    )
    assert (vendor.has_pgp_key, vendor.pgp_fingerprint) == (True, fpr)


REAL = Path(__file__).resolve().parents[1].parent / "shared" / "realpages"


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realpages is absent")
def test_real_market_listings_all_have_title_price_and_vendor() -> None:
    for folder in ("markets/empire/html_files/listings", "markets/dream/html_files/listings"):
        for path in sorted((REAL / folder).iterdir()):
            result = parse_page(path.read_bytes())
            if result.page.page_type in ("ddos_protection", "captcha", "login"):
                continue
            listings = [r for r in result.records if isinstance(r, Listing)]
            assert result.page.page_type == "listing" and listings, path.name
            assert listings[0].title and listings[0].price and listings[0].currency and listings[0].vendor, (
                path.name
            )


def test_vendor_page_named_only_in_the_title_with_inline_stats() -> None:
    body = (
        b"<html><head><title>Hansa - vendor tealeaf</title></head><body><nav><a href='/'>Market</a></nav>"
        b"<div><h2>tealeaf</h2><span>Level 3</span></div><ul><li>Joined: 2017-03-01</li>"
        b"<li>Sales: 432</li>"
        b"<li>98.5% positive feedback</li></ul><h3>Listings</h3>"
        b"<div class='l'><a href='/listing/1'>Green tea 50g</a> <span>$12.00</span></div>"
        b"<div class='l'><a href='/listing/2'>Black tea 50g</a> <span>$10.00</span></div></body></html>"
    )
    result = parse_page(body, url="http://m.onion/page")
    assert result.page.page_type == "vendor"
    vendor = result.records[0]
    assert (vendor.name, vendor.feedback_count, vendor.rating, vendor.member_since) == (
        "tealeaf",
        432,
        98.5,
        "2017-03-01",
    )


def test_russian_listing_with_rouble_price_is_not_mistaken_for_an_http_500() -> None:
    body = (
        "<html><head><title>Чайный рынок — Улун 50 г</title></head><body><a href='/'>Главная</a>"
        "<h1>Улун 50 г</h1><div>Цена: 1 500 ₽</div>"
        "<div>Продавец: <a href='/shop/chainik'>chainik</a></div>"
        "<div>Отправка из: Москва</div><button>Купить</button></body></html>"
    ).encode()
    result = parse_page(body)
    assert result.page.page_type == "listing"
    item = result.records[0]
    assert (item.price, item.currency, item.vendor) == (1500.0, "RUB", "chainik")


def test_feedback_lines_from_a_german_table_and_from_delimited_lines() -> None:
    rows = "".join(
        f"<tr class='fb-positive'><td><span>Positiv</span> Gut verpackt {i}.</td><td>Grüntee, 3 pcs</td>"
        f"<td>1{i}.11.2026</td><td>k***{i}</td></tr>"
        for i in range(3)
    )
    table = (
        "<html><body><h1>Bewertungen: <a href='/v/leafy'>leafy</a> (16)</h1><table><tr><th>Bewertungen</th>"
        f"<th>Artikel</th><th>Datum</th><th>Käufer</th></tr>{rows}</table></body></html>"
    ).encode()
    vendor = parse_page(table).records[0]
    assert (vendor.name, vendor.feedback_count, len(vendor.feedback)) == ("leafy", 16, 3)
    first = vendor.feedback[0]
    assert (first.rating, first.text, first.listing, first.date, first.buyer) == (
        "positive",
        "Gut verpackt 0.",
        "Grüntee, 3 pcs",
        "2026-11-10",
        "k***0",
    )
    lines = (
        "<html><body><h1>Opiniones: <a href='/v/leafy'>leafy</a> (2)</h1>"
        "<br>[Negativa] Llegó tarde. -- Té verde, 1 pcs -- 18/11/2026 -- t***0"
        "<br>[Positiva] Muy bueno. -- Té verde, 1 pcs -- 14/11/2026 -- p***3</body></html>"
    ).encode()
    feedback = parse_page(lines).records[0].feedback
    assert [(f.rating, f.text, f.date, f.buyer) for f in feedback] == [
        ("negative", "Llegó tarde.", "2026-11-18", "t***0"),
        ("positive", "Muy bueno.", "2026-11-14", "p***3"),
    ]


def test_listing_detail_escrow_feedback_count_and_description() -> None:
    body = (
        b"<html><head><title>Green tea | Shop</title></head><body><h1>Green tea</h1><dl>"
        b"<dt>Price</dt><dd>$12.00 <span>(0.0002 BTC)</span></dd><dt>Vendor</dt><dd>leafy</dd>"
        b"<dt>Escrow</dt><dd>No (FE)</dd>"
        b"<dt>Reviews</dt><dd><a href='/v/leafy/reviews'>Reviews (4)</a></dd></dl>"
        b"<section class='description'><p>Fresh leaves, packed by hand.</p></section></body></html>"
    )
    item = parse_page(body, url="http://s.onion/listing/9").records[0]
    assert (item.escrow, item.feedback_count, item.description, item.alt_prices) == (
        False,
        4,
        "Fresh leaves, packed by hand.",
        {"BTC": 0.0002},
    )
    assert item.listing_url == "http://s.onion/listing/9"  # a detail page is the listing's own page


def test_vendor_with_a_bare_heading_and_counts_before_their_words() -> None:
    body = (
        b"<html><head><title>Profile</title></head><body><nav><a href='/'>Home</a></nav>"
        b"<h1>tealeaf <span class='badge'>Level 3</span></h1><p>1,234 feedbacks</p><p>99.1% positive</p>"
        b"<p>Member since 2019</p></body></html>"
    )
    vendor = parse_page(body, url="http://m.onion/vendor/123").records[0]
    assert (vendor.name, vendor.feedback_count, vendor.rating, vendor.member_since) == (
        "tealeaf",
        1234,
        99.1,
        "2019",
    )


def test_listing_category_from_the_breadcrumb_when_unlabelled() -> None:
    body = (
        b"<html><head><title>Green tea | Shop</title></head><body>"
        b"<div class='breadcrumb'><a href='/'>Home</a>"
        b" &gt; <a href='/category/tea'>Tea</a> &gt; Green tea</div><h1>Green tea</h1><p>Price: $12.00</p>"
        b"<p>Vendor: leafy</p></body></html>"
    )
    assert parse_page(body, url="http://s.onion/listing/1").records[0].category == "Tea"


def test_profile_page_type_wins_and_generic_reads_the_page_as_that_type(tmp_path: Path) -> None:
    (tmp_path / "shop.yaml").write_text(
        "name: shop\npage_types:\n  - {type: listing_index, when: 'div.grid'}\n", encoding="utf-8"
    )
    cards = "".join(
        f"<div class='c'><a href='/item/{i}'>Tea {i}</a> <span>{i},50 EUR</span></div>" for i in range(4)
    )
    body = f"<html><body><div class='grid'>{cards}</div><p>Member since: 2020</p></body></html>".encode()
    result = parse_page(body, profile=str(tmp_path / "shop.yaml"))
    assert result.page.page_type == "listing_index"
    assert [(r.title, r.price) for r in result.records] == [(f"Tea {i}", i + 0.5) for i in range(4)]


def test_unlabelled_seller_link_next_to_the_title() -> None:
    body = (b"<html><head><title>Green tea | Shop</title></head><body><nav><a href='/vendors/'>Vendors</a>"
            b" <a href='/user/me'>me</a></nav><h1>Green tea</h1>"
            b"<div>by <a href='/vendor/leafy'>leafy</a> (12)</div>"
            b"<div class='price'>$12.00</div><button>Buy now</button></body></html>")
    result = parse_page(body, url="http://s.onion/listing/1")
    item = result.records[0]
    assert (result.page.page_type, item.vendor, item.price) == ("listing", "leafy", 12.0)
