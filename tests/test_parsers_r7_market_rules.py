"""parsers.parse_page on market pages: the general rules round 7's blind misses asked for.

Each page here is small and written for its rule (none is a copy of a round-7 page): which price
is an item's price when a page also shows an old price, a price per kilogram or a postage
choice; where goods ship from; a feedback breakdown that puts the count before the word; a PGP
fingerprint shown as text.
"""

from __future__ import annotations

import parsers
from parsers.market_prices import first_offer
from parsers.prices import find_prices, parse_price


def _parse(html: str, url: str = "http://shop.example/product/42"):
    return parsers.parse_page(html.encode("utf-8"), url=url, use_profiles=False)


def _listing(html: str, url: str = "http://shop.example/product/42"):
    result = _parse(html, url)
    assert result.page.page_type == "listing"
    (listing,) = result.records
    return listing


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title} - Shop</title></head><body><h1>{title}</h1>{body}</body></html>"


# --- old prices -------------------------------------------------------------------------------


def test_a_struck_price_alone_in_its_own_element_is_not_the_price_when_a_price_follows_it():
    # The old price in an element of its own, a promotion label, then the price, each in its own
    # block, with enough text around them that no small block holds the two prices.
    filler = "<p>" + "Un thé vert du Japon, cueilli à la main au printemps. " * 10 + "</p>"
    html = _page(
        "Thé vert Sencha",
        f"<div class='column'>{filler}<span id='old'><del>18,50 €</del></span>"
        "<div class='promo'><div>Soldes d'hiver - jusqu'au 31 décembre</div></div>"
        f"<span id='now'>14,90 €</span>{filler}<p>Vendeur : feuillevert</p>"
        "<button>Ajouter au panier</button></div>",
    )
    listing = _listing(html)
    assert (listing.price, listing.currency) == (14.9, "EUR")


def test_an_element_whose_id_names_the_original_price_is_the_old_price():
    html = _page(
        "Green tea",
        "<p>Seller: leafy</p><div><span id='product-original-price'>£12.00</span></div>"
        "<p>Spring sale</p><div><span id='product-price'>£9.75</span></div><button>Buy now</button>",
    )
    assert _listing(html).price == 9.75


def test_a_crossed_out_price_that_no_price_follows_stays():
    html = _page("Green tea", "<p>Seller: leafy</p><p><s>£12.00</s></p><button>Buy now</button>")
    assert _listing(html).price == 12.0


def test_a_price_named_as_the_old_one_in_text_gives_way_to_the_price_after_it_in_several_languages():
    assert first_offer("Old price: $20.00\nNow $15.00") == (15.0, "USD")
    assert first_offer("Ancien prix : 18,50 €\nPrix : 14,90 €") == (14.9, "EUR")
    assert first_offer("statt 29,90 € nur 19,90 €") == (19.9, "EUR")
    assert first_offer("Precio anterior: 30 €\n25 €") == (25.0, "EUR")
    assert first_offer("Старая цена 900 ₽\n750 ₽") == (750.0, "RUB")


def test_the_eus_lowest_price_of_the_last_30_days_is_not_the_price_in_several_languages():
    assert first_offer("Lowest price in the last 30 days: €22.00\n€18.00") == (18.0, "EUR")
    assert first_offer("Niedrigster Preis der letzten 30 Tage: 22,00 €\n18,00 €") == (18.0, "EUR")
    assert first_offer("Najniższa cena z 30 dni przed obniżką: 89,99 zł\n69,99 zł") == (69.99, "PLN")
    assert first_offer("Prix le plus bas des 30 derniers jours : 22,00 €\n18,00 €") == (18.0, "EUR")


def test_an_old_price_with_no_other_price_in_its_currency_is_still_taken():
    assert first_offer("Old price: $20.00") == (20.0, "USD")


# --- where goods ship from ----------------------------------------------------------------------


def test_a_products_origin_attribute_is_not_where_it_ships_from():
    html = _page(
        "Miel de lavande",
        "<p>12,00 €</p><p>Vendeur : rucher</p><table><tr><td>Origine</td><td>Drôme, France</td></tr>"
        "<tr><td>Poids</td><td>250 g</td></tr></table><button>Ajouter au panier</button>",
    )
    listing = _listing(html)
    assert listing.price == 12.0
    assert listing.ships_from is None


def test_an_origin_attribute_is_no_shipping_origin_in_several_languages():
    labels = ("Country of origin", "Herkunft", "Origen", "Kraj pochodzenia", "País de origem", "Herkomst")
    for label in labels:
        html = _page(
            "Honey 500 g",
            f"<p>9,90 €</p><p>Seller: beekeeper</p><p>{label}: Spain</p><button>Buy now</button>",
        )
        assert _listing(html).ships_from is None, label


def test_an_origin_label_beside_a_destination_is_a_shipping_route():
    html = _page(
        "Sample Kush 5g",
        "<p>Price: $40.00</p><p>Vendor: greenhouse</p><p>Origin country: Canada</p>"
        "<p>Ship to: Canada, USA</p>",
    )
    listing = _listing(html, "http://market.example.onion/listing/9")
    assert (listing.ships_from, listing.ships_to) == ("Canada", ["Canada", "USA"])


def test_shipping_labels_give_where_goods_ship_from_in_several_languages():
    for label in ("Ships from", "Expédié de", "Versand aus", "Envío desde", "Отправка из", "Wysyłka z",
                  "Enviado de", "Verzonden vanuit"):
        html = _page("Sample Kush 5g", f"<p>Price: $40.00</p><p>Vendor: greenhouse</p><p>{label}: Spain</p>")
        assert _listing(html, "http://market.example.onion/listing/9").ships_from == "Spain", label


# --- prices per kilogram -----------------------------------------------------------------------


def test_a_reference_price_per_kilogram_before_the_price_is_not_the_items_price():
    cards = "".join(
        f"<div class='card'><a href='/p/{i}'>Tea {i}, 100 g</a><p class='unit'>Inhalt: 0.1 Kilogramm "
        f"({unit} €* / 1 Kilogramm)</p><p class='price'>{price} €*</p></div>"
        for i, (unit, price) in enumerate((("99,00", "9,90"), ("185,00", "18,50"), ("249,00", "24,90")))
    )
    result = _parse(f"<html><body><div class='grid'>{cards}</div></body></html>", "http://shop.example/tea/")
    assert result.page.page_type == "listing_index"
    assert [r.price for r in result.records] == [9.9, 18.5, 24.9]


def test_unit_prices_are_recognised_by_their_words_in_several_languages():
    assert first_offer("2,50 €/kg\n12,00 €") == (12.0, "EUR")
    assert first_offer("3,20 € pro 100 g\n3,20 €") == (3.2, "EUR")
    assert first_offer("24 € le kg\n6 €") == (6.0, "EUR")
    assert first_offer("8 € por kg\n2 €") == (2.0, "EUR")
    assert first_offer("150 ₽ за кг\n900 ₽") == (900.0, "RUB")
    assert first_offer("$4.99 per lb\n$9.98") == (9.98, "USD")
    assert first_offer("45,00 zł za kg\n22,50 zł") == (22.5, "PLN")


def test_a_price_per_gram_followed_only_by_its_conversion_is_the_items_price():
    # Markets price by the gram: "€21.50 / gram" then "0.00231 BTC" is one offer in two currencies.
    assert first_offer("€21.50 / gram\n0.00231 BTC") == (21.5, "EUR")


def test_price_tiers_with_quantities_are_offers_not_unit_prices():
    assert first_offer("$10 / 1g\n$45 / 5g") == (10.0, "USD")


def test_a_price_per_piece_or_pack_is_the_items_price():
    assert first_offer("12.50 € pro Packung\n11.00 € pro Packung") == (12.5, "EUR")


# --- a price split over two lines, postage choices ----------------------------------------------


def test_an_amount_and_its_currency_symbol_on_the_next_line_are_one_price():
    assert parse_price("12.50\n€") == (12.5, "EUR")
    assert parse_price("  12.50\n      EUR pro Packung") == (12.5, "EUR")


def test_a_currency_symbol_alone_on_the_line_before_an_amount_is_its_currency():
    assert parse_price("€\n12.50") == (12.5, "EUR")
    assert parse_price("Price\n  USD\n  49.00 per pack") == (49.0, "USD")


def test_a_list_of_currencies_over_a_number_is_no_price():
    assert find_prices("USD\nEUR\nBTC\n3") == []
    assert find_prices("Pay with BTC\n12") == []


def test_a_count_over_a_line_that_starts_with_a_price_is_no_price():
    assert [(p.amount, p.currency) for p in find_prices("5\n€ 10.00")] == [(10.0, "EUR")]
    assert find_prices("Menge 5\n€ pro Stück") == []


def test_a_price_printed_as_value_newline_symbol_is_read_on_a_product_page():
    html = _page(
        "Chili seeds, 20 seeds",
        "<p>Vendor: seedbox</p><p><strong>12.50\n€</strong> per pack, from 1 product</p>",
    )
    assert _listing(html).price == 12.5


def test_postage_options_of_a_select_are_not_the_items_price():
    html = _page(
        "Chili seeds, 20 seeds",
        "<p>Vendor: seedbox</p><form><label>Postage</label><select name='delivery'>"
        "<option>Letter - 3 days - 2.50 EUR</option><option>Tracked - 5.90 EUR</option></select>"
        "</form><p>Total: see cart</p><p>12.00 EUR</p>",
    )
    assert _listing(html).price == 12.0


def test_a_table_of_postage_prices_before_the_price_is_not_the_items_price():
    html = _page(
        "Chili seeds, 20 seeds",
        "<p>Vendor: seedbox</p><table><tr><th>Shipping method</th><th>Days</th><th>Price</th></tr>"
        "<tr><td>Letter</td><td>3</td><td>2.50 EUR</td></tr><tr><td>Tracked</td><td>2</td><td>5.90 EUR</td>"
        "</tr></table><p>Offer</p><p>12.00 EUR per pack</p>",
    )
    assert _listing(html).price == 12.0


def test_a_table_whose_header_names_no_shipping_method_is_read_as_before():
    html = _page(
        "Chili seeds, 20 seeds",
        "<p>Vendor: seedbox</p><table><tr><th>Quantity</th><th>Price</th></tr>"
        "<tr><td>1 pack</td><td>12.00 EUR</td></tr><tr><td>5 packs</td><td>55.00 EUR</td></tr></table>",
    )
    assert _listing(html).price == 12.0


def test_a_postage_option_is_taken_when_it_is_the_only_price():
    html = _page(
        "Chili seeds, 20 seeds",
        "<p>Vendor: seedbox</p><form><select name='delivery'><option>Letter - 2.50 EUR</option>"
        "</select></form><button>Buy now</button>",
    )
    assert _listing(html).price == 2.5


# --- a vendor's feedback count, count before the word --------------------------------------------


def _vendor(body: str, url: str = "http://market.example.onion/vendor/leafy"):
    html = f"<html><head><title>leafy - Market</title></head><body><h1>Vendor leafy</h1>{body}</body></html>"
    result = _parse(html, url)
    assert result.page.page_type == "vendor"
    (vendor,) = result.records
    return vendor


def test_a_breakdown_with_the_count_before_the_word_gives_the_feedback_count():
    body = (
        "<p>Member since: 12/03/2024</p><div class='fb'><span>212</span> <span>Positivas</span><br>"
        "<span>3</span> <span>Neutrales</span><br><span>1</span> <span>Negativas</span></div>"
    )
    assert _vendor(body).feedback_count == 216


def test_counts_before_the_word_read_in_several_languages_on_one_line_or_two():
    for lines in (
        ["40 positive", "2 neutral", "1 negative"],
        ["40 positive Bewertungen", "2 neutrale Bewertungen", "1 negative Bewertungen"],
        ["40 avis positifs", "2 avis neutres", "1 avis négatif"],
        ["40 положительных отзывов", "2 нейтральных", "1 отрицательный отзыв"],
        ["40 pozytywnych opinii", "2 neutralne", "1 negatywna"],
        ["40 avaliações positivas", "2 neutras", "1 negativa"],
    ):
        body = "<p>Member since: 2024-03-12</p><ul>" + "".join(f"<li>{x}</li>" for x in lines) + "</ul>"
        assert _vendor(body).feedback_count == 43, lines
    body = "<p>Member since: 2024-03-12</p><div><b>40</b></div><div>Positive</div><div><b>1</b></div>" \
        "<div>Negative</div>"
    assert _vendor(body).feedback_count == 41


def test_rated_orders_count_as_feedback():
    body = "<p>Miembro desde: 12/03/2024</p><p>Pedidos completados: 241</p><p>Pedidos valorados: 216</p>"
    assert _vendor(body).feedback_count == 216
    body = "<p>Member since: 2024-03-12</p><p>Rated orders: 87</p>"
    assert _vendor(body).feedback_count == 87


def test_a_count_before_a_word_that_is_no_kind_of_feedback_is_no_breakdown():
    body = "<p>Member since: 2024-03-12</p><p>12</p><p>Positively shipped</p><p>3 Negroni</p>"
    assert _vendor(body).feedback_count is None


# --- a fingerprint shown as text ---------------------------------------------------------------

_FPR = "6A1F0C3B9D2E47A58B1C3D4E5F60718293A4B5C6"
_GROUPED = " ".join(_FPR[i : i + 4] for i in range(0, 40, 4))
# A key block that does not decode (its body is cut short): a key is shown, its fingerprint unknown.
_BAD_KEY = (
    "<pre>-----BEGIN PGP PUBLIC KEY BLOCK-----\nmQINBGVx0RQBEADK\n=hB4u\n"
    "-----END PGP PUBLIC KEY BLOCK-----</pre>"
)


def test_a_labelled_fingerprint_in_groups_of_four_is_the_vendors_fingerprint_in_several_languages():
    for label in ("Fingerprint", "PGP key fingerprint", "Huella digital", "Empreinte", "Fingerabdruck",
                  "Отпечаток ключа"):
        vendor = _vendor(f"<p>Member since: 2024-03-12</p><p>{label}: {_GROUPED}</p>{_BAD_KEY}")
        assert vendor.pgp_fingerprint == _FPR, label
        assert vendor.has_pgp_key is True


def test_a_fingerprint_of_forty_hex_digits_on_the_line_after_its_label_is_read():
    vendor = _vendor(f"<p>Member since: 2024-03-12</p><dl><dt>Fingerprint</dt><dd>0x{_FPR.lower()}</dd></dl>")
    assert vendor.pgp_fingerprint == _FPR
    assert vendor.has_pgp_key is False  # a fingerprint is no key


def test_forty_hex_digits_without_a_fingerprint_label_are_no_fingerprint():
    vendor = _vendor(f"<p>Member since: 2024-03-12</p><p>Order id: {_FPR}</p>")
    assert vendor.pgp_fingerprint is None


def _rsa_key() -> tuple[str, str]:
    """An armored v4 RSA public key (a primary key packet, made here) and its fingerprint as
    RFC 4880 defines it: SHA-1 over 0x99, the body's two-byte length and the body."""
    import base64
    import hashlib

    from parsers.pgp import crc24

    def mpi(n: int) -> bytes:
        return n.bit_length().to_bytes(2, "big") + n.to_bytes((n.bit_length() + 7) // 8, "big")

    body = b"\x04" + (1700000000).to_bytes(4, "big") + b"\x01" + mpi((1 << 2047) + 12345) + mpi(65537)
    packet = b"\x99" + len(body).to_bytes(2, "big") + body
    b64 = base64.b64encode(packet).decode()
    crc = base64.b64encode(crc24(packet).to_bytes(3, "big")).decode()
    lines = [b64[i : i + 64] for i in range(0, len(b64), 64)]
    armored = "\n".join(["-----BEGIN PGP PUBLIC KEY BLOCK-----", "", *lines, "=" + crc,
                         "-----END PGP PUBLIC KEY BLOCK-----"])
    return armored, hashlib.sha1(packet).hexdigest().upper()


def test_a_decodable_armored_keys_fingerprint_wins_over_a_shown_one():
    armored, real = _rsa_key()
    vendor = _vendor(f"<p>Member since: 2024-03-12</p><p>Fingerprint: {_GROUPED}</p><pre>{armored}</pre>")
    assert vendor.has_pgp_key is True
    assert vendor.pgp_fingerprint == real != _FPR


def test_plus_stop_and_minus_circle_icons_with_bare_counts_are_a_breakdown():
    body = (
        "<p>Member since: 2024-03-12</p><div class='row'><div><span class='fas fa-plus-circle'></span> 212"
        "</div><div><span class='fas fa-stop-circle'></span> 3</div><div><span class='fas fa-minus-circle'>"
        "</span> 1</div></div>"
    )
    assert _vendor(body).feedback_count == 216


def test_a_plus_circle_button_beside_a_number_is_no_breakdown_without_a_minus_circle():
    body = "<p>Member since: 2024-03-12</p><p><i class='fa fa-plus-circle'></i> 3</p>"
    assert _vendor(body).feedback_count is None


def test_an_origin_column_beside_a_destination_column_is_where_goods_ship_from():
    rows = "".join(
        f"<tr><td><a href='/listing/{i}'>Sample {i}</a></td><td>${p}.00</td>"
        "<td>Netherlands</td><td>EU</td></tr>"
        for i, p in ((1, 20), (2, 35), (3, 50))
    )
    html = (
        "<html><body><table><thead><tr><th>Item</th><th>Price</th><th>Origin</th><th>Destination</th></tr>"
        f"</thead><tbody>{rows}</tbody></table></body></html>"
    )
    result = _parse(html, "http://market.example.onion/search?q=sample")
    assert result.page.page_type == "listing_index"
    assert [(r.price, r.ships_from, r.ships_to) for r in result.records] == [
        (20.0, "Netherlands", ["EU"]), (35.0, "Netherlands", ["EU"]), (50.0, "Netherlands", ["EU"]),
    ]


def test_an_origin_column_alone_is_the_products_origin():
    rows = "".join(
        f"<tr><td><a href='/p/{i}'>Honey {i}</a></td><td>{p},00 €</td><td>France</td></tr>"
        for i, p in ((1, 9), (2, 12), (3, 15))
    )
    html = (
        "<html><body><table><thead><tr><th>Produit</th><th>Prix</th><th>Origine</th></tr>"
        f"</thead><tbody>{rows}</tbody></table></body></html>"
    )
    result = _parse(html, "http://shop.example/miel/")
    assert [(r.price, r.ships_from) for r in result.records] == [(9.0, None), (12.0, None), (15.0, None)]
