"""parsers.market_prices.is_rate: an exchange rate written in a script's own digits ("۱ XMR =
۲۸٬۴۰۰٬۰۰۰ تومان", "১ BTC = ...") is a rate, no offer, as its ASCII form is; a market header
that shows one makes no listing card of the page (the card finder skips rates)."""

from __future__ import annotations

from parsers import parse_page
from parsers.cards import find_cards
from parsers.dom import load
from parsers.market_prices import is_rate, positive_price


def test_a_rate_whose_one_is_written_in_arabic_indic_or_bengali_digits_is_a_rate() -> None:
    assert is_rate("١ XMR = ١٢٬٥٠٠ ج.م")
    assert is_rate("১ BTC = ৭০,০০,০০০ টাকা")
    assert not positive_price("١ XMR = ١٢٬٥٠٠ ج.م")


def test_a_price_in_native_digits_that_is_no_rate_stays_a_price() -> None:
    assert not is_rate("١٢ XMR")
    assert positive_price("١٫٥ XMR")


def _feedback_page(rate: str, lang: str, seller: str) -> bytes:
    rows = "".join(
        f"<tr><td>{day}.11.2026</td><td title='5/5'>★★★★★</td>"
        f"<td>{comment}</td><td>{buyer}</td></tr>"
        for day, comment, buyer in ((18, "Well packed, arrived on time.", "a***s"),
                                    (16, "Exactly as shown, thank you.", "k***a"),
                                    (12, "Slow post but good quality.", "m***o"))
    )
    langs = "".join(f"<li><a href='/{code}/shop/{seller}'>{name}</a></li>"
                    for code, name in (("en", "English"), ("de", "Deutsch"), ("fr", "Français"),
                                       ("tr", "Türkçe"), ("ru", "Русский")))
    return (f"<html lang='{lang}'><head><title>{seller} reviews</title></head><body>"
            f"<div class='bar'><span>{rate}</span><ul>{langs}</ul><a href='/account'>me</a> · "
            f"<a href='/cart'>cart (0)</a></div>"
            f"<nav><a href='/'>Market</a> › <a href='/shop/{seller}'>{seller}</a></nav>"
            f"<h1>Reviews of <a href='/shop/{seller}'>{seller}</a></h1>"
            f"<ul><li>Good: 1 181</li><li>Bad: 23</li></ul>"
            f"<table><tr><th>Date</th><th>Rating</th><th>Feedback</th><th>Buyer</th></tr>{rows}</table>"
            "</body></html>").encode()


def _cards_and_records(page: bytes, url: str) -> tuple[int, list[str]]:
    result = parse_page(page, url=url)
    return len(find_cards(load(page, url=url))), [type(r).__name__ for r in result.records]


def test_an_arabic_header_rate_makes_no_card_of_a_sellers_review_page_as_its_ascii_form_makes_none() -> None:
    url = "http://x.onion/shop/Nil_Pottery/araa"
    native = _cards_and_records(_feedback_page("١ XMR = ١٢٬٥٠٠ ج.م", "ar", "Nil_Pottery"), url)
    ascii_form = _cards_and_records(_feedback_page("1 XMR = 12,500 ج.م", "ar", "Nil_Pottery"), url)
    assert native == ascii_form == (0, ["Vendor"])


def test_a_bengali_header_rate_makes_no_card_of_a_sellers_review_page() -> None:
    page = _feedback_page("১ BTC = ৭০,০০,০০০ টাকা", "bn", "Dhaka_Jute")
    assert _cards_and_records(page, "http://x.onion/shop/Dhaka_Jute/motamot") == (0, ["Vendor"])
