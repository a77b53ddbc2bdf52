"""parsers.star_levels: a seller's reviews counted per star level (five rows, "5 ★" down to "1 ★",
each with its count) give the feedback count as their sum, and the positive share written beside
them is the rating when it is the top level's or the top two levels' part of that sum. Pages and
lines of this module's own (a Turkish feedback page, Czech and Swahili rows), none a round's."""

from __future__ import annotations

from parsers import parse_page
from parsers.star_levels import star_figures, star_levels

_NOW = "2026-11-20T12:00:00Z"

_TURKISH = """<html lang="tr"><head><title>Yorumlar - Çarşı Pazarı</title></head><body>
<nav><a href="/">Ana sayfa</a> <a href="/saticilar">Satıcılar</a></nav>
<h1><a href="/satici/Bakir_Atolyesi">Bakir_Atolyesi</a> yorumları</h1>
<div class="ozet"><div class="ort">4,6 / 5</div><div>Memnuniyet %91,9</div>
<ul class="dagilim">
<li><span>5 yıldız</span><span class="cubuk"></span><span>412</span></li>
<li><span>4 yıldız</span><span class="cubuk"></span><span>30</span></li>
<li><span>3 yıldız</span><span class="cubuk"></span><span>18</span></li>
<li><span>2 yıldız</span><span class="cubuk"></span><span>9</span></li>
<li><span>1 yıldız</span><span class="cubuk"></span><span>12</span></li></ul></div>
<table class="liste"><tr><th>Puan</th><th>Yorum</th><th>Ürün</th><th>Tarih</th></tr>
<tr><td>★★★★★</td><td>Cezve çok güzel, paketleme de özenliydi.</td>
<td><a href="/urun/5">Bakır cezve</a></td><td>18.11.2026</td></tr>
<tr><td>★★★★☆</td><td>Kargo biraz geç geldi ama ürün sağlam.</td>
<td><a href="/urun/7">Bakır tepsi</a></td><td>16.11.2026</td></tr>
<tr><td>★★★★★</td><td>İkinci siparişim, yine çok memnun kaldım.</td>
<td><a href="/urun/5">Bakır cezve</a></td><td>12.11.2026</td></tr>
</table></body></html>"""


def test_counts_per_star_sum_to_the_count_and_the_top_two_levels_share_is_the_rating() -> None:
    result = parse_page(_TURKISH.encode(), url="http://carsi.onion/satici/Bakir_Atolyesi/yorumlar",
                        captured_at=_NOW, use_profiles=False)
    assert result.page.page_type == "feedback"
    vendor = result.records[0]
    # 412 + 30 + 18 + 9 + 12 = 481; (412 + 30) / 481 = 91.89 %, written "%91,9" sign first.
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Bakir_Atolyesi", 481, 91.9)


def test_rows_of_a_star_and_a_count_on_lines_of_their_own_are_read_with_the_share_above() -> None:
    lines = ["4,7 / 5", "Pozitivní 93,8 %", "5 ★", "1.204", "4 ★", "98", "3 ★", "41", "2 ★", "23",
             "1 ★", "22", "Spory: 3"]
    assert star_figures(lines, None, None) == (1388, 93.8)


def test_stars_drawn_as_labels_and_counts_in_brackets_read_from_one_up_to_five() -> None:
    lines = ["★☆☆☆☆ (2)", "★★☆☆☆ (0)", "★★★☆☆ (3)", "★★★★☆ (15)", "★★★★★ (180)", "Nzuri 90%"]
    # 180 / 200 = 90 %: the top level's part.
    assert star_figures(lines, None, None) == (200, 90.0)


def test_an_average_of_stars_alone_is_no_share() -> None:
    lines = ["5 hvězd (380)", "4 hvězdy (12)", "3 hvězdy (5)", "2 hvězdy (1)", "1 hvězda (2)", "Průměr 4,9"]
    assert star_figures(lines, None, None) == (400, None)


def test_a_share_inside_the_rows_is_a_bar_not_the_rating() -> None:
    lines = ["5 ★ 88% (2 051)", "4 ★ 8% (184)", "3 ★ 2% (51)", "2 ★ 1% (19)", "1 ★ 1% (13)"]
    assert star_figures(lines, None, None) == (2318, None)


def test_a_count_another_reader_gave_that_the_levels_do_not_sum_to_leaves_them_unread() -> None:
    lines = ["5 ★", "40", "4 ★", "5", "3 ★", "1", "2 ★", "0", "1 ★", "2", "Positive 93.8%"]
    assert star_figures(lines, 120, None) == (120, None)
    assert star_figures(lines, 48, None) == (48, 93.8)


def test_reviews_whose_stars_run_five_to_one_above_their_comments_are_no_levels() -> None:
    lines = ["★★★★★", "Arrived in 3 days, well packed and exactly as shown.", "★★★★☆", "Good, 2 weeks",
             "★★★☆☆", "ok 5", "★★☆☆☆", "late 9", "★☆☆☆☆", "broken 1"]
    assert star_levels(lines) is None


def test_levels_labelled_in_different_forms_are_no_breakdown() -> None:
    lines = ["5 ★", "40", "4 stars", "5", "3 ★", "1", "2 ★", "0", "1 ★", "2"]
    assert star_levels(lines) is None
