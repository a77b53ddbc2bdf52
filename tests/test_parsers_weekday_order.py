"""parsers.weekday_order: the weekday a page writes in brackets after an all-numeric date with a
two-digit year decides which order its numbers are in (futaba's year first "26/11/17(火)", day
first "17/11/26(Tue)", month first "11/17/26 (Tue)"), read through parsers.dates.parse_date."""

from __future__ import annotations

from datetime import date

from parsers.cldr_dates import page_language
from parsers.dates import parse_date
from parsers.weekday_order import by_weekday, weekday_after, weekday_names

NOW = "2026-11-28T12:00:00"


def test_a_year_first_date_is_read_by_the_english_weekday_after_it() -> None:
    assert parse_date("26/11/17(Tue)18:40", NOW) == "2026-11-17T18:40:00"
    # Without the weekday the day-first reading stands.
    assert parse_date("26/11/17 18:40", NOW) == "2017-11-26T18:40:00"


def test_the_page_languages_weekday_names_come_from_the_cldr() -> None:
    with page_language("ja"):
        assert parse_date("26/11/18(水)07:02:33", NOW) == "2026-11-18T07:02:33"
    with page_language("zh"):
        assert parse_date("26/11/19（周四）21:15", NOW) == "2026-11-19T21:15:00"
    assert weekday_names("ru")["вт"] == 1


def test_a_weekday_that_agrees_with_the_default_reading_changes_nothing() -> None:
    assert parse_date("17/11/26 (Tue) 18:40", NOW) == "2026-11-17T18:40:00"
    assert parse_date("11/17/26 (Tue) 18:40", NOW) == "2026-11-17T18:40:00"


def test_a_weekday_no_reading_or_several_readings_fall_on_keeps_the_default() -> None:
    default = date(2017, 11, 26)
    assert by_weekday(default, [date(2026, 11, 17), date(2017, 11, 26)], "Fri", None) == default
    assert by_weekday(default, [date(2026, 11, 17), date(2026, 11, 24)], "Tue", None) == default
    assert by_weekday(default, [date(2026, 11, 17)], "notaday", None) == default


def test_only_a_bracketed_word_right_after_the_date_is_its_weekday() -> None:
    assert weekday_after("26/11/17 (Tue) 18:40", 8) == "Tue"
    assert weekday_after("26/11/17 Tue 18:40", 8) is None
    assert weekday_after("26/11/17 18:40 (Tue)", 8) is None
