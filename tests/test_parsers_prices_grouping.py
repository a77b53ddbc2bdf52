"""parsers.prices.parse_number / find_prices: the Indian digit grouping (groups of two digits
before the last three: lakh "1,24,999", crore "2,50,00,000") is one number, while a comma before
two digits alone stays a decimal comma ("1,24 €"). Made-up pages written here (a Hindi product
page, a Portuguese one), none a generality round's page.
"""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.prices import find_prices, parse_number
from parsers.records import Listing


@pytest.mark.parametrize(("text", "number"), [
    ("1,24,999.00", 124999.0), ("12,50,000", 1250000.0), ("2,50,00,000", 25000000.0),
    ("99,999", 99999.0), ("1,234,567.50", 1234567.5),
    ("1,24", 1.24), ("12,5", 12.5), ("0,99", 0.99), ("1.249,00", 1249.0),
])
def test_lakh_groups_are_one_number_and_a_lone_comma_before_two_digits_a_decimal(
    text: str, number: float
) -> None:
    assert parse_number(text) == number


def test_an_indian_price_and_a_european_decimal_beside_each_other() -> None:
    found = find_prices("MRP ₹3,49,900.00 / 1,24 € / Rs. 12,50,000")
    assert [(p.amount, p.currency) for p in found] == [(349900.0, "INR"), (1.24, "EUR"), (1250000.0, "INR")]


_PRODUCT_HI = """<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8">
<title>सोलर इन्वर्टर 5 kVA | ऊर्जा भंडार</title></head><body>
<nav class="crumbs"><a href="/">होम</a> › <a href="/c/solar">सोलर</a></nav>
<div class="product"><h1>सोलर इन्वर्टर 5 kVA</h1>
<div class="cost"><span class="now">₹2,49,500</span> <s>₹2,75,000</s></div>
<p>घर और दुकान के लिए शुद्ध साइन वेव इन्वर्टर।</p>
<button>कार्ट में डालें</button></div></body></html>"""

_PRODUCT_PT = """<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8">
<title>Parafuso inox M4 | Ferragens Sol</title></head><body>
<main><h1>Parafuso inox M4</h1>
<p class="preco">Preço: <strong>1,24 €</strong></p>
<p>Vendido à unidade; rosca métrica, cabeça sextavada.</p></main></body></html>"""


def test_a_hindi_product_page_priced_in_lakh_groups() -> None:
    records = parse_page(_PRODUCT_HI.encode(), url="https://urja-bhandar.example/p/inverter-5kva").records
    listings = [r for r in records if isinstance(r, Listing)]
    assert [(r.title, r.price, r.currency) for r in listings] == [("सोलर इन्वर्टर 5 kVA", 249500.0, "INR")]


def test_a_portuguese_product_page_priced_in_cents_keeps_its_decimal_comma() -> None:
    records = parse_page(_PRODUCT_PT.encode(), url="https://ferragens-sol.example/parafuso-m4").records
    listings = [r for r in records if isinstance(r, Listing)]
    assert [(r.title, r.price, r.currency) for r in listings] == [("Parafuso inox M4", 1.24, "EUR")]
