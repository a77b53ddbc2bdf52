"""parsers.review_rows.page_kinds and parsers.feedback_vendor's titled seller: a page's own words
for the kinds of its feedback, learned from its summary's counts by kind beside the positive
one's share (the arithmetic says which is which), rate the review rows whose cell is one of them,
so a table of reviews naming the items bought and their amounts is a feedback page, not cards;
comments in a script written without spaces are comments; and the seller is the main heading the
<title> repeats with a word naming reviews. Pages of this module's own (a Japanese and a Swahili
market), none a round's."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.feedback_vendor import page_seller
from parsers.review_rows import page_kinds

_NOW = "2026-11-20T12:00:00Z"

_JAPANESE = """<html lang="ja"><head><title>山田茶園の評価｜みどり市場</title></head><body>
<div class="top"><a href="/">みどり市場</a> <a href="/login">ログイン</a></div>
<div class="seller"><h1>山田茶園</h1><p>エスクロー対応の茶葉専門店です。</p></div>
<div class="sum"><div>好評率</div><div>98.5%</div>
<p>良い 1,532</p><p>普通 9</p><p>悪い 14</p></div>
<table class="rev"><tr><th>評価</th><th>コメント</th><th>商品</th><th>金額</th>
<th>購入者</th><th>日時</th></tr>
<tr><td>良い</td><td>香りがとても良く、丁寧に梱包されていました。</td>
<td><a href="/item/31">静岡煎茶 100g</a></td>
<td>12.00 USDT</td><td>k***3</td><td>2026-11-18 10:05</td></tr>
<tr><td>良い</td><td>二回目の注文です、今回も満足しています。</td>
<td><a href="/item/35">玉露 50g</a></td>
<td>18.50 USDT</td><td>m***a</td><td>2026-11-17 21:40</td></tr>
<tr><td>悪い</td><td>届いた袋が破れていて、半分こぼれていました。</td>
<td><a href="/item/31">静岡煎茶 100g</a></td>
<td>12.00 USDT</td><td>t***9</td><td>2026-11-15 08:30</td></tr>
<tr><td>普通</td><td>味は普通ですが、配送に十日かかりました。</td>
<td><a href="/item/40">ほうじ茶 200g</a></td>
<td>9.00 USDT</td><td>r***1</td><td>2026-11-14 19:12</td></tr></table></body></html>"""

_SWAHILI = """<html lang="sw"><head><title>Maoni - Soko la Pwani</title></head><body>
<nav><a href="/">Soko la Pwani</a></nav>
<h2>Maoni ya <a href="/duka/Viungo_Zanzibar">Viungo_Zanzibar</a></h2>
<div class="jumla"><span>Nzuri 842</span> <span>Wastani 11</span> <span>Mbaya 4</span>
<span>Kuridhika 98,2%</span></div>
<table><tr><th>Alama</th><th>Maoni</th><th>Bidhaa</th><th>Bei</th><th>Tarehe</th></tr>
<tr><td>Nzuri</td><td>Karafuu safi sana na zimefika haraka</td><td><a href="/bidhaa/3">Karafuu 250g</a></td>
<td>0.0120 XMR</td><td>18.11.2026</td></tr>
<tr><td>Nzuri</td><td>Mdalasini mzuri kama kawaida yako</td><td><a href="/bidhaa/8">Mdalasini 100g</a></td>
<td>0.0085 XMR</td><td>17.11.2026</td></tr>
<tr><td>Mbaya</td><td>Pakiti ilifika ikiwa imechanika kabisa</td><td><a href="/bidhaa/3">Karafuu 250g</a></td>
<td>0.0120 XMR</td><td>15.11.2026</td></tr></table></body></html>"""


def test_the_kinds_words_are_learned_from_counts_beside_the_positive_share() -> None:
    assert page_kinds(load(_JAPANESE.encode())) == {
        "良い": "positive", "普通": "neutral", "悪い": "negative"}
    assert page_kinds(load(_SWAHILI.encode())) == {
        "nzuri": "positive", "wastani": "neutral", "mbaya": "negative"}


def test_a_page_whose_counts_no_share_confirms_learns_no_kinds() -> None:
    page = _SWAHILI.replace("Kuridhika 98,2%", "Kuridhika 75%")
    assert page_kinds(load(page.encode())) == {}


def test_a_japanese_table_of_rated_reviews_with_amounts_is_a_feedback_page_of_its_titled_seller() -> None:
    result = parse_page(_JAPANESE.encode(), url="http://midori.onion/mise/yamada/hyouka", captured_at=_NOW,
                        use_profiles=False)
    assert result.page.page_type == "feedback"
    vendor = result.records[0]
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("山田茶園", 1555, 98.5)
    assert [f.rating for f in vendor.feedback] == ["positive", "positive", "negative", "neutral"]
    assert vendor.feedback[0].text == "香りがとても良く、丁寧に梱包されていました。"


def test_a_swahili_table_of_reviews_rated_by_the_pages_own_words_is_a_feedback_page() -> None:
    result = parse_page(_SWAHILI.encode(), url="http://pwani.onion/duka/Viungo_Zanzibar/maoni",
                        captured_at=_NOW, use_profiles=False)
    assert result.page.page_type == "feedback"
    vendor = result.records[0]
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Viungo_Zanzibar", 857, 98.2)
    assert [(f.rating, f.listing) for f in vendor.feedback][2] == ("negative", "Karafuu 250g")


def test_a_heading_the_title_repeats_without_a_word_for_reviews_names_no_seller() -> None:
    page = _JAPANESE.replace("山田茶園の評価｜みどり市場", "山田茶園｜みどり市場")
    assert page_seller(load(page.encode(), url="http://midori.onion/mise/yamada/hyouka")) is None
