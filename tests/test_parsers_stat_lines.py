"""parsers.stat_pieces.only_stats and the post date reader (parsers.post_dates.post_date): a line
of nothing but a poster's statistics ("Posts: 2,310 | Joined: 3 March 2012") in a post's header
gives no date of the post, whose own date is the element after it. Invented threads
(tests/data/stat_lines) in English (relative dates) and Italian."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.stat_pieces import only_stats

DATA = Path(__file__).parent / "data" / "stat_lines"
NOW = "2026-11-20T12:00:00Z"


def _dates(name: str) -> list[tuple[str | None, str | None]]:
    result = parse_page((DATA / name).read_bytes(), url="http://paddlepaddle.onion/t/4", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "thread"
    return [(r.author, r.posted_at) for r in result.records if r.kind == "post"]


def test_an_english_header_s_statistics_line_is_passed_over_for_the_post_s_relative_date() -> None:
    assert _dates("kayak_thread_en.html") == [
        ("eddy_line", "2026-11-16T19:40:00"), ("brace_ben", "2026-11-19T21:14:00"),
        ("eddy_line", "2026-11-20T08:05:00")]


def test_an_italian_header_s_statistics_line_gives_no_join_day_for_a_post_date() -> None:
    assert _dates("ricamo_discussione_it.html") == [
        ("ago_di_nonna", "2026-11-16T21:30:00"), ("telaietto", "2026-11-19T10:05:00")]


def test_only_stats_is_a_line_of_two_statistics_and_nothing_else() -> None:
    assert only_stats("Inlägg: 1 204 · Medlem sedan: 2013-04-02")
    assert only_stats("Messaggi: 4.102 • Iscritto: 05/06/2011")
    assert not only_stats("Posts: 88 · 17.11.2026 18:40")  # the post's date beside a count
    assert not only_stats("Joined: 3 March 2012")  # one piece: a label's own line, read as before
    assert not only_stats("Nov 13, 2026, 20:14")
