"""parsers.solar_hijri: Solar Hijri (Persian calendar) dates read as Gregorian ISO dates, alone and
on invented forum pages (tests/data/solar_hijri: a Persian div thread with month names in Persian
digits, a Pashto table thread with numeric ASCII dates)."""

from __future__ import annotations

from pathlib import Path

from parsers.cldr_dates import page_language
from parsers.dates import parse_date
from parsers.page import parse_page
from parsers.records import Post
from parsers.solar_hijri import solar_hijri_date

DATA = Path(__file__).parent / "data" / "solar_hijri"
NOW = "2026-11-20T12:00:00Z"


def _posts(name: str) -> list[Post]:
    body = (DATA / name).read_bytes()
    result = parse_page(body, url="http://x.onion/t/1", captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "thread"
    return [r for r in result.records if isinstance(r, Post)]


def test_a_named_persian_month_in_persian_digits_is_converted_with_its_time() -> None:
    assert solar_hijri_date("چهارشنبه ۲۷ آبان ۱۴۰۵ - ۱۹:۴۲") == "2026-11-18T19:42:00"
    assert parse_date("شنبه ۱ فروردین ۱۴۰۳") == "2024-03-20"  # Nowruz, the first day of the year


def test_the_last_day_of_a_leap_year_is_converted_exactly() -> None:
    assert solar_hijri_date("۳۰ اسفند ۱۴۰۳") == "2025-03-20"
    assert solar_hijri_date("۳۰ اسفند ۱۴۰۴") is None  # 1404 is no leap year: no such day


def test_numbers_in_persian_digits_are_solar_hijri_on_any_page() -> None:
    assert parse_date("تاریخ عضویت: ۱۳۹۸/۰۷/۱۲") == "2019-10-04"


def test_ascii_numbers_are_solar_hijri_only_on_a_persian_or_pashto_page() -> None:
    assert parse_date("1403/05/20 14:30") == "1403-05-20T14:30:00"
    with page_language("ps"):
        assert parse_date("1403/05/20 14:30") == "2024-08-10T14:30:00"
    with page_language("fa"):
        assert parse_date("27 Aban 1405") == "2026-11-18"


def test_a_lunar_hijri_year_on_an_arabic_page_is_left_to_other_readers() -> None:
    with page_language("ar"):
        assert solar_hijri_date("١٤٤٧/٠٥/٢٠") is None


def test_a_gregorian_date_is_not_taken_for_a_solar_hijri_one() -> None:
    assert solar_hijri_date("۱۸ نوامبر ۲۰۲۶") is None
    assert parse_date("17 November 2026, 10:05") == "2026-11-17T10:05:00"


def test_a_persian_thread_dated_by_month_names_gives_gregorian_post_times() -> None:
    posts = _posts("golestan_thread_fa.html")
    assert [(p.author, p.posted_at) for p in posts] == [
        ("shirin_baghban", "2025-11-24T18:20:00"),
        ("amir_golkar", "2025-11-25T09:05:00"),
        ("shirin_baghban", "2025-11-26T21:40:00"),
    ]


def test_a_pashto_table_thread_with_numeric_dates_gives_gregorian_post_times() -> None:
    posts = _posts("kabul_lobby_thread_ps.html")
    assert [(p.author, p.posted_at) for p in posts] == [
        ("gul_agha", "2024-08-10T14:30:00"),
        ("baghwan_nazir", "2024-08-11T08:10:00"),
    ]
