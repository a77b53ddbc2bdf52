"""parsers.dates: numeric dates written year first with an unpadded month or day ("2021/4/9",
"2015.12.1"), as XOOPS, Persian and East Asian boards print them, read alone and as a member's
join day in a post's panel. Pages of this module's own (Japanese and Turkish), none a round's."""

from __future__ import annotations

from typing import Any

from parsers import parse_page
from parsers.dates import parse_date

NOW = "2026-11-20T12:00:00Z"


def test_a_year_first_date_with_an_unpadded_day_or_month_is_read() -> None:
    assert parse_date("2021/4/9", NOW) == "2021-04-09"
    assert parse_date("2015.12.1", NOW) == "2015-12-01"
    assert parse_date("2026/1/6 9:05", NOW) == "2026-01-06T09:05:00"


def test_padded_and_day_first_dates_read_as_before() -> None:
    assert parse_date("2021/04/09", NOW) == "2021-04-09"
    assert parse_date("9/4/2021", NOW) == "2021-04-09"
    assert parse_date("version 1.2.3", NOW) is None


_JAPANESE = """<html><head><title>盆栽の植え替え - 庭いじり掲示板</title></head><body><h1>盆栽の植え替え</h1>
{posts}</body></html>"""
_JAPANESE_POST = """<div class="toukou"><div class="hito"><a href="/member.php?u={uid}">{name}</a><br>
登録日: {joined}<br>投稿数: {count}</div>
<div class="naiyou"><div class="hi">{date}</div><p>{words}</p></div></div>"""
_TURKISH = """<html><head><title>Bahçe - Elma ağaçları</title></head><body>
<h1>Genç elma ağaçları kışın</h1>
{posts}</body></html>"""
_TURKISH_POST = """<table class="peyam"><tr><td class="endam"><a href="/userinfo.php?uid={uid}">{name}</a>
<div>Kayıt tarihi:<br>{joined}</div><div>Mesajlar: {count}</div></td><td><div>{date}</div>
<div class="nivis">{words}</div></td></tr></table>"""


def _authors(html: str, url: str) -> list[tuple[Any, Any, Any]]:
    result = parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)
    return [(a.name, a.post_count, a.joined) for a in result.records if a.kind == "author"]


def test_a_join_day_written_year_first_unpadded_is_read_in_a_posts_panel() -> None:
    posts = "".join(_JAPANESE_POST.format(uid=u, name=n, joined=j, count=c, date=d, words=w)
                    for u, n, j, c, d, w in [
        (4, "matsu_no_ki", "2019/3/7", 412, "2026/11/17 18:40",
         "春と秋、どちらが植え替えに向いていますか。教えてください。"),
        (9, "kaede22", "2024/10/2", 57, "2026/11/18 9:15",
         "春の芽吹き前が一番です。根を三分の一ほど切ります。"),
    ])
    assert _authors(_JAPANESE.format(posts=posts), "http://niwa.example/bbs/showthread.php?t=7") == [
        ("matsu_no_ki", 412, "2019-03-07"), ("kaede22", 57, "2024-10-02")]


def test_a_join_day_written_year_first_with_a_one_digit_day_is_read_in_a_table_panel() -> None:
    posts = "".join(_TURKISH_POST.format(uid=u, name=n, joined=j, count=c, date=d, words=w)
                    for u, n, j, c, d, w in [
        (3, "bahcivan_ali", "2016/11/3", 1208, "2026/11/16 19:30",
         "Genç elma ağaçlarını kışın dondan nasıl korursunuz?"),
        (8, "zeynep", "2022/5/30", 96, "2026/11/18 10:12", "Gövdeyi çuvalla sarın ve toprağı iyice sulayın."),
    ])
    url = "http://bahce.example/modules/forum/viewtopic.php?topic_id=5"
    assert _authors(_TURKISH.format(posts=posts), url) == [
        ("bahcivan_ali", 1208, "2016-11-03"), ("zeynep", 96, "2022-05-30")]


def test_half_a_unit_ago_and_a_measure_word_before_the_unit_are_read_in_chinese() -> None:
    assert parse_date("半小时前", NOW) == "2026-11-20T11:30:00"
    assert parse_date("發表於 半個小時前", NOW) == "2026-11-20T11:30:00"
    assert parse_date("3个小时前", NOW) == "2026-11-20T09:00:00"
    assert parse_date("半天前", NOW) == "2026-11-20T00:00:00"
    assert parse_date("半个月前", NOW) == "2026-11-05"
