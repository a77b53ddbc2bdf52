"""parsers.times_of_day: times of day written with the CLDR's signs after the hour and the minutes
("午後10時05分", "오후 6시 40분", "9 นาฬิกา 15 นาที") and the CLDR's words for the halves of the
day in any language ("下午3:20", "3:20 ÖS"), read through parsers.dates.parse_date; both shipped in
parsers/times_of_day.json, which is what Babel's CLDR data builds."""

from __future__ import annotations

import json
from pathlib import Path

from parsers import times_of_day
from parsers.dates import parse_date
from parsers.times_of_day import build, day_half, time_after

NOW = "2026-11-20T12:00:00Z"


def test_japanese_and_korean_hours_and_minutes_with_their_signs_are_a_time() -> None:
    assert parse_date("２０２６年１１月１６日（月）午前９時１５分", NOW) == "2026-11-16T09:15:00"
    assert parse_date("昨日 午後１１時４０分", NOW) == "2026-11-19T23:40:00"
    assert parse_date("2026년 11월 17일 오후 6시 40분", NOW) == "2026-11-17T18:40:00"


def test_a_thai_hour_and_minutes_signed_in_words_are_a_time() -> None:
    assert time_after("17/11/2026 9 นาฬิกา 15 นาที", 10) == (9, 15, 0)


def test_a_chinese_or_turkish_half_of_the_day_before_or_after_the_time_sets_its_hour() -> None:
    assert parse_date("2026年11月18日 下午4:05", NOW) == "2026-11-18T16:05:00"
    assert parse_date("昨天 上午9:10", NOW) == "2026-11-19T09:10:00"
    assert parse_date("17.11.2026 3:20 ÖS", NOW) == "2026-11-17T15:20:00"
    assert parse_date("17.11.2026 ÖÖ 12:05", NOW) == "2026-11-17T00:05:00"


def test_a_word_that_only_ends_in_a_half_of_the_day_sets_no_hour() -> None:
    # Latin words are whole words: "ÖS" inside "KÖS" is none; a time with no word stays as written.
    assert day_half("17.11.2026 3:20 KÖS", 10, 11, 15) == ""
    assert parse_date("17.11.2026 3:20", NOW) == "2026-11-17T03:20:00"
    assert time_after("3時間前", 0) is None  # hours ago: no minutes after the hour's sign


def test_the_shipped_signs_and_day_halves_are_what_babels_cldr_data_builds() -> None:
    shipped = Path(times_of_day.__file__).with_name("times_of_day.json").read_text(encoding="utf-8")
    assert json.loads(shipped) == build()
