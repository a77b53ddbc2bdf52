"""parsers.stat_rows (through parsers.vendor_page.vendor_detail): a seller's statistic that shows a
count with a word or two of what it counts, then its positive share in brackets after the share's
own word ("856 ulasan (positif 97,2%)", "1.024 đánh giá (tích cực 99%)") gives the feedback count
and the rating, under labels in no known language. Made-up pages written here (none a generality
round's page).
"""

from __future__ import annotations

from parsers import parse_page
from parsers.records import Vendor
from parsers.stat_rows import stat_share, stat_share_count


def test_a_count_with_its_word_and_a_worded_share_in_brackets_is_read() -> None:
    rows = ["Bergabung:", "14 Mar 2022", "Terjual:", "2.310", "Ulasan:", "856 ulasan (positif 97,2%)"]
    assert (stat_share(rows), stat_share_count(rows)) == (97.2, 856)


def _vendor(html: str, url: str) -> Vendor:
    result = parse_page(html.encode("utf-8"), url=url, use_profiles=False)
    (vendor,) = [r for r in result.records if isinstance(r, Vendor)]
    return vendor


def test_an_indonesian_seller_table_gives_its_feedback_count_and_rating() -> None:
    html = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Kopi_Gayo</title></head>
    <body><h1>Kopi_Gayo</h1><table class="s">
    <tr><th>Bergabung sejak</th><td>14 Maret 2022</td></tr><tr><th>Terjual</th><td>2.310 kali</td></tr>
    <tr><th>Semua ulasan</th><td>856 ulasan (positif 97,2%)</td></tr><tr><th>Sengketa</th><td>1</td></tr>
    </table><p>Kopi arabika dari dataran tinggi Gayo.</p></body></html>"""
    vendor = _vendor(html, "http://pasar.example/vendor/Kopi_Gayo")
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Kopi_Gayo", 856, 97.2)


def test_a_vietnamese_seller_table_gives_its_feedback_count_and_rating() -> None:
    html = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tra_Thai_Nguyen</title></head>
    <body><h1>Tra_Thai_Nguyen</h1><table class="tk">
    <tr><th>Tham gia</th><td>02/09/2021</td></tr><tr><th>Đã bán</th><td>5.120 đơn</td></tr>
    <tr><th>Nhận xét</th><td>1.024 đánh giá (tích cực 99%)</td></tr><tr><th>Khiếu nại</th><td>0</td></tr>
    </table><p>Chè Thái Nguyên sao tay.</p></body></html>"""
    vendor = _vendor(html, "http://cho.example/vendor/Tra_Thai_Nguyen")
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Tra_Thai_Nguyen", 1024, 99.0)
