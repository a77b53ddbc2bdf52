"""parsers.summed_posts and parsers.future_posts: a member's post count told as replies and
topics apart, a name glued to its title's word, and posts dated after the capture."""

from __future__ import annotations

from pathlib import Path

from parsers.future_posts import future_dated
from parsers.page import parse_page
from parsers.records import Post
from parsers.summed_posts import summed_count

DATA = Path(__file__).parent / "data" / "summed_posts"
NOW = "2026-11-20T12:00:00Z"


def _authors(name: str) -> tuple[str, list[tuple[str | None, int | None, str | None]]]:
    result = parse_page((DATA / name).read_bytes(), url="http://forum.onion/u/77", captured_at=NOW)
    found = [(a.name, a.post_count, a.joined) for a in result.records if a.kind == "author"]
    return result.page.page_type, found


def test_a_traditional_chinese_profile_counts_replies_and_topics_together() -> None:
    assert _authors("profile_zh_tw.html") == ("profile", [("茶香阿明", 700, "2015-03-21")])


def test_a_spanish_profile_with_labels_over_their_values_sums_its_two_counts() -> None:
    assert _authors("profile_es.html") == ("profile", [("lobo_estepario", 1235, "2018-02-14")])


def test_replies_alone_make_no_post_count() -> None:
    assert summed_count(["Replies: 1,186", "Joined: 2017-04-09"]) is None


def test_two_different_topic_counts_make_no_post_count() -> None:
    assert summed_count(["Antworten 40", "Themen 3", "Themen 5"]) is None


def test_a_label_line_over_its_figure_is_read() -> None:
    assert summed_count(["Odpowiedzi", "1 204", "Tematy:", "6"]) == 1210


def test_posts_all_dated_in_a_later_year_than_the_capture_are_no_posts() -> None:
    assert future_dated([Post(posted_at="2046"), Post(posted_at="2046")], NOW)


def test_one_post_dated_before_the_capture_keeps_the_posts() -> None:
    assert not future_dated([Post(posted_at="2046"), Post(posted_at="2026-11-19T08:00:00")], NOW)


def test_no_capture_time_judges_no_date() -> None:
    assert not future_dated([Post(posted_at="2046")], None)
