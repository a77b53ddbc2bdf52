"""parsers.buddhist_era (through parsers.dates.parse_date): on a Thai page a year of the Buddhist era
(543 years ahead: 2565 B.E. is 2022) is read in the common era, whether the date is written with a
Thai month's name or in figures; a page of another language keeps its years. Made-up pages
written here (none a generality round's page).
"""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.cldr_dates import page_language
from parsers.dates import parse_date
from parsers.records import Vendor


@pytest.mark.parametrize(("text", "iso"), [
    ("12 มีนาคม 2565", "2022-03-12"),
    ("3 ม.ค. 2567", "2024-01-03"),
    ("05/11/2566", "2023-11-05"),
])
def test_a_thai_pages_buddhist_year_is_read_in_the_common_era(text: str, iso: str) -> None:
    with page_language("th"):
        assert parse_date(text) == iso


def test_a_common_era_year_on_a_thai_page_stays() -> None:
    with page_language("th"):
        assert parse_date("12 มีนาคม 2022") == "2022-03-12"


def test_a_year_of_2565_on_a_page_in_no_thai_is_no_buddhist_year() -> None:
    with page_language("en"):
        assert parse_date("12 March 2565") == "2565-03-12"


def _vendor(html: str, url: str) -> Vendor:
    result = parse_page(html.encode("utf-8"), url=url, use_profiles=False)
    (vendor,) = [r for r in result.records if isinstance(r, Vendor)]
    return vendor


def test_a_thai_vendor_profile_joined_in_buddhist_year_2563() -> None:
    html = """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>Som_Tam_Shop</title></head>
    <body><div class="prof"><h1>Som_Tam_Shop</h1>
    <div class="st"><div>เป็นสมาชิกเมื่อ</div><div>5 มกราคม 2563</div></div>
    <div class="st"><div>จำนวนการขาย</div><div>412</div></div>
    <div class="st"><div>ออนไลน์ล่าสุด</div><div>เมื่อวาน</div></div>
    <div class="st"><div>ข้อพิพาท</div><div>0</div></div></div>
    <h2>สินค้า</h2><ul><li><a href="/item/7">พริกแห้ง 500 กรัม</a> 0.0120 XMR</li>
    <li><a href="/item/8">ปลาร้าบอง 200 กรัม</a> 0.0085 XMR</li></ul></body></html>"""
    vendor = _vendor(html, "http://talat.example/vendor/Som_Tam_Shop")
    assert (vendor.name, vendor.member_since) == ("Som_Tam_Shop", "2020-01-05")


def test_a_thai_shop_front_with_a_numeric_join_date_in_buddhist_years() -> None:
    html = """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>Baan_Mai</title></head>
    <body><section class="hd"><h1>Baan_Mai</h1><table>
    <tr><th>วันที่เข้าร่วม</th><td>21/08/2564</td></tr><tr><th>คะแนน</th><td>4.8</td></tr>
    <tr><th>คำสั่งซื้อ</th><td>96</td></tr><tr><th>จัดส่งจาก</th><td>เชียงราย</td></tr></table></section>
    <p>ผ้าทอมือจากเชียงราย</p></body></html>"""
    vendor = _vendor(html, "http://talat.example/shop/Baan_Mai")
    assert (vendor.name, vendor.member_since) == ("Baan_Mai", "2021-08-21")
