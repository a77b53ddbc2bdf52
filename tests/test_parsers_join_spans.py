"""The poster's panel of phpBB 2's heirs (TorrentPier and its kin), read by parsers.post_dates,
parsers.forum_members, parsers.short_years and parsers.generic_forum: a join label showing how
long ago ("Стаж: 10 років", "Joined: 12 years") holds the join day in its title, no post's date;
"[Profile]" links are buttons, no poster's name; "05-Nov-26 17:45" is a day and time; a post's
permalink shown as its date is no topic. Small made-up pages (tests/data/thread_heads)."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.dates import parse_date
from parsers.dom import load
from parsers.post_dates import post_date, titled_join
from parsers.short_years import four_digit_year

DATA = Path(__file__).parent / "data" / "thread_heads"
NOW = "2026-11-20T12:00:00Z"


def _read(name: str) -> tuple[str, list]:
    result = parse_page((DATA / name).read_bytes(), url="http://lampy.example/viewtopic.php?t=512",
                        captured_at=NOW, use_profiles=False)
    return result.page.page_type, result.records


def test_a_ukrainian_topic_dates_its_posts_by_their_heads_and_its_posters_by_their_titled_spans() -> None:
    kind, records = _read("lampova_tema_uk.html")
    assert kind == "thread"  # the permalinks "02-Лист-26 19:10 | #1" are no topics
    assert [(r.author, r.posted_at) for r in records if r.kind == "post"] == [
        ("Паяльник_Степан", "2026-11-02T19:10:00"), ("Оксана_Лампа", "2026-11-03T08:25:00"),
    ]
    assert [(r.name, r.post_count, r.joined) for r in records if r.kind == "author"] == [
        ("Паяльник_Степан", 3120, "2016-04-02"), ("Оксана_Лампа", 455, "2020-09-21"),
    ]
    assert [r.body for r in records if r.kind == "post"][1] == (
        "Підняти емісію можна, але ненадовго, на рік-два.\nНовий кінескоп знайти важко, шукай на розборках.")


def test_an_english_topic_names_its_posters_by_their_panels_not_their_profile_buttons() -> None:
    kind, records = _read("valvebench_topic_en.html")
    assert kind == "thread"
    assert [(r.author, r.posted_at) for r in records if r.kind == "post"] == [
        ("RadioRita", "2026-11-05T17:45:00"), ("Tubeguy Tom", "2026-11-06T08:02:00"),
    ]
    assert [(r.name, r.post_count, r.joined) for r in records if r.kind == "author"] == [
        ("RadioRita", 2210, "2014-02-11"), ("Tubeguy Tom", 318, "2019-07-30"),
    ]


def test_a_titled_join_span_is_no_posts_date_and_gives_the_join_day() -> None:
    doc = load('<div><p title="2015-09-12 18:22"><em>Стаж:</em> 11 лет</p>'
               '<p><a href="/p/1">17-Ноя-26 21:30</a></p></div>'.encode())
    block = doc.root.find("body")[0]
    assert post_date(block, set(), NOW)[0] == "2026-11-17T21:30:00"
    assert titled_join(block, NOW) == "2015-09-12"


def test_a_day_a_month_word_and_a_two_digit_year_may_show_a_time_after_them() -> None:
    assert four_digit_year("05-Nov-26 17:45", NOW) == "5 Nov 2026 17:45"
    assert parse_date("17-Ноя-26 21:30 | #1", NOW) == "2026-11-17T21:30:00"
    assert parse_date("12-Mar 04", NOW) == "2004-03-12"  # a join day as before
    assert four_digit_year("3 May 12 replies", NOW) is None  # no time after the year: no such day
