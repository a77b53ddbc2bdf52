"""Structural forum mechanisms of parsers (parsers.post_read, parsers.post_columns, parsers.dates,
parsers.quotes, parsers.post_names, parsers.thread_title) on small made-up pages of this module's
own: each mechanism shown on at least two different layouts. None of these pages copies a page of
a generality round."""

from __future__ import annotations

from typing import Any

from parsers import parse_page
from parsers.dates import parse_date

NOW = "2026-11-20T12:00:00Z"


def _records(html: str, url: str = "http://board.example/thread/7/") -> tuple[str, list[Any]]:
    result = parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)
    return result.page.page_type, result.records


def _posts(records: list[Any]) -> list[Any]:
    return [r for r in records if r.kind == "post"]


def test_a_time_of_day_written_with_a_dot_after_a_date_or_day_word_is_read() -> None:
    assert parse_date("17.11.2026 klo 18.40", NOW) == "2026-11-17T18:40:00"
    assert parse_date("ieri ore 8.02", NOW) == "2026-11-19T08:02:00"
    assert parse_date("yesterday at 21.15", NOW) == "2026-11-19T21:15:00"
    assert parse_date("2026-11-17 kl. 06.05.09", NOW) == "2026-11-17T06:05:09"


def test_a_dotted_number_far_from_the_date_or_a_decimal_is_no_time() -> None:
    assert parse_date("17.11.2026, shipped 3 parcels for 12.50", NOW) == "2026-11-17"
    assert parse_date("17.11.2026 1.234", NOW) == "2026-11-17"
    assert parse_date("12.50", NOW) is None
