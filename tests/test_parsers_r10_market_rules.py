"""parsers market rules round 10's blind misses asked for (vendor_counts, market_profile,
card_fields, labels).

Each page here is small and written for its rule (none is a copy of a round-10 page): a feedback
tab keeps its count when the tab row's separators cling to it ("Feedback (318) ·"); a member's
profile that shows a seller's commerce figures beside a seller's sign is a vendor's page; a card
names its category after a bare preposition ("In <strong>Seeds</strong>"); "Shipped To" labels a
destination.
"""

from __future__ import annotations

import parsers
from parsers.dom import load
from parsers.market_profile import market_profile
from parsers.vendor_counts import feedback_count


def _doc(html: str, url: str = "http://market.example/profile.php?id=leafy"):
    return load(html.encode("utf-8"), url=url)


# --- feedback counts --------------------------------------------------------------------------


def test_a_feedback_tab_between_middots_keeps_its_count():
    doc = _doc("<html><body><h2>leafy</h2><div><a href='?tab=about'>About</a> &middot; "
               "<a href='?tab=items'>Items (9)</a> &middot; <b>Feedback (57)</b> &middot; "
               "<a href='?tab=pgp'>PGP</a></div></body></html>")
    assert feedback_count(doc, doc.text_lines, "leafy", None) == 57


def test_a_tab_row_with_bars_reads_the_same_count_in_another_language():
    doc = _doc("<html><body><h2>leafy</h2><div><b>| Bewertungen (1.204) |</b></div></body></html>")
    assert feedback_count(doc, doc.text_lines, "leafy", None) == 1204


def test_a_score_out_of_five_in_a_tab_is_still_no_count():
    doc = _doc("<html><body><h2>leafy</h2><div><b>Feedback (5/5) ·</b></div></body></html>")
    assert feedback_count(doc, doc.text_lines, "leafy", None) is None


# --- a member's profile that is a vendor's page -----------------------------------------------

_KEY = ("<pre>-----BEGIN PGP PUBLIC KEY BLOCK-----\nmDMEZ0000xYJKwYBBAHaRw8BAQdA\n=AbCd\n"
        "-----END PGP PUBLIC KEY BLOCK-----</pre>")


def test_a_profile_with_sales_and_a_seller_badge_is_a_vendor_page():
    doc = _doc("<html><body><nav><a href='/inbox'>Messages 0</a></nav><p>Merchant</p><h2>leafy</h2>"
               "<p>Member since</p><p>3 Mar 2025</p><p>Total Sales</p><p>640</p></body></html>")
    assert market_profile(doc)


def test_a_profile_with_a_feedback_percentage_and_a_pgp_key_is_a_vendor_page_in_russian():
    doc = _doc("<html><body><h2>листик</h2><p>Сообщения: 0</p><p>Зарегистрирован: 03.03.2025</p>"
               f"<p>Положительные: 97%</p>{_KEY}</body></html>")
    assert market_profile(doc)


def test_a_profile_with_a_feedback_tab_and_priced_items_is_a_vendor_page():
    cards = "".join(f"<div class='item'><a href='/listing/{i}'>Item {i}</a><span>USD {i}0.00</span></div>"
                    for i in range(1, 4))
    doc = _doc(f"<html><body><h2>leafy</h2><div><b>Feedback (57)</b> · <a href='?t=pgp'>PGP</a></div>"
               f"{cards}</body></html>")
    assert market_profile(doc)


def test_a_forum_members_profile_with_a_pgp_key_stays_a_profile():
    doc = _doc("<html><body><h2>Profile of ann</h2><p>Posts: 88</p><p>Joined: 3 Mar 2025</p>"
               f"<p>Reputation: 12</p>{_KEY}</body></html>", url="http://forum.example/member.php?u=3")
    assert not market_profile(doc)


def test_a_sales_count_alone_is_no_vendor_without_a_seller_sign():
    doc = _doc("<html><body><h2>Profile of ann</h2><p>Posts: 88</p><p>Joined: 3 Mar 2025</p>"
               "<p>Orders: 4</p></body></html>")
    assert not market_profile(doc)


# --- listing cards ------------------------------------------------------------------------------


def _cards(card: str) -> list:
    html = "<html><body><h1>Listings</h1>" + "".join(card.format(i=i) for i in range(1, 4)) + "</body></html>"
    result = parsers.parse_page(html.encode("utf-8"), url="http://market.example/listings.php",
                                use_profiles=False)
    assert result.page.page_type == "listing_index"
    return result.records


def test_a_card_names_its_category_after_a_bare_preposition():
    card = ("<div class='product'><h2><a href='/listing.php?id={i}'>Garden tool {i}</a></h2>"
            "<span>In <strong>Tools</strong></span><br>"
            "<b>Sold By</b> <a href='/profile.php?id=leafy'>leafy</a>"
            "<h3>USD {i}5.00</h3></div>")
    assert [c.category for c in _cards(card)] == ["Tools"] * 3


def test_a_spanish_card_names_its_category_the_same_way():
    card = ("<div class='product'><h2><a href='/listing.php?id={i}'>Semillas {i}</a></h2>"
            "<span>en <b>Jardín</b></span><br><h3>EUR {i}5,00</h3></div>")
    assert [c.category for c in _cards(card)] == ["Jardín"] * 3


def test_a_word_in_bold_inside_a_sentence_is_no_category():
    card = ("<div class='product'><h2><a href='/listing.php?id={i}'>Garden tool {i}</a></h2>"
            "<p>Made in <strong>steel</strong></p><h3>USD {i}5.00</h3></div>")
    assert [c.category for c in _cards(card)] == [None] * 3


def test_shipped_to_labels_a_cards_destination():
    card = ("<div class='product'><h2><a href='/listing.php?id={i}'>Garden tool {i}</a></h2>"
            "<b>Shipped From</b> Germany<br><b>Shipped To</b> Europe<h3>USD {i}5.00</h3></div>")
    assert [(c.ships_from, c.ships_to) for c in _cards(card)] == [("Germany", ["Europe"])] * 3


# --- the page-level decisions these rules feed (parsers.page) ---------------------------------


def test_parse_page_types_a_sellers_profile_as_a_vendor_page_and_a_members_as_a_profile():
    seller = ("<html><head><title>leafy - profile</title></head><body><nav><a href='/inbox'>Messages 0"
              "</a></nav><p>Merchant</p><h2>leafy</h2><p>Member since</p><p>3 Mar 2025</p>"
              "<p>Total Sales</p><p>640</p><p>Feedback</p><p>98%</p></body></html>")
    member = ("<html><head><title>Profile of ann</title></head><body><h2>Profile of ann</h2>"
              "<p>Posts: 88</p><p>Joined: 3 Mar 2025</p></body></html>")
    url = "http://abc.onion/user/leafy"
    assert parsers.parse_page(seller.encode(), url=url).page.page_type == "vendor"
    assert parsers.parse_page(member.encode(), url="http://abc.onion/user/ann").page.page_type == "profile"


def test_a_pager_whose_current_item_is_marked_active_names_the_next_page_without_its_anchor():
    rows = "".join(f"<tr><td><a href='/listing/{i}'>Seed pack {i}</a></td><td>USD {i}0.00</td></tr>"
                   for i in range(1, 4))
    page = (f"<html><body><table>{rows}</table><ul class='pagination'>"
            "<li class='page-item active'><a class='page-link' href='?page=1'>1</a></li>"
            "<li class='page-item'><a class='page-link' href='?page=2#top'>2</a></li>"
            "<li class='page-item'><a class='page-link' href='?page=3'>3</a></li></ul></body></html>")
    result = parsers.parse_page(page.encode(), url="http://abc.onion/listings.php?page=1")
    assert result.page.next_page == "http://abc.onion/listings.php?page=2"
