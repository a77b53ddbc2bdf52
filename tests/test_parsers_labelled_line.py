"""parsers.labelled_line: a post header written as one line of labelled pieces ("Posted: date
Subject: a long title"), too long to be read as a date whole: the date is the piece holding it.
Small pages written here, in Czech and English, with a long subject in the first post's header."""

from __future__ import annotations

from parsers import parse_page
from parsers.labelled_line import labelled_values

NOW = "2026-11-20T12:00:00Z"


def test_a_line_of_labelled_pieces_gives_each_label_and_its_value() -> None:
    assert labelled_values("Posted: Nov 17, 2026 6:40 pm   Subject: Winter feeding of weak colonies") == [
        ("Posted:", "Nov 17, 2026 6:40 pm"), ("Subject:", "Winter feeding of weak colonies")]


def test_a_line_with_one_label_or_words_before_its_label_has_no_pieces() -> None:
    assert labelled_values("Posted: Nov 17, 2026 at 07:12 by the keeper of the bees") == []
    assert labelled_values("The hive at 07:12 was warm, see: the photo") == []


_TITLE = "A fairly long subject line of this topic here"


def _page(head: str, subject: str, dates: list[str], names: list[str]) -> bytes:
    rows = "".join(
        f'<tr class="row"><td class="who"><b>{name}</b><br>Posts: 12</td><td class="msg">'
        f'<div class="hd">{head}: {date} &nbsp; {subject}: {_TITLE if i == 0 else ""}</div>'
        f'<div class="txt">Message number {i + 1} of the topic, written by {name} with a few more'
        " words.</div></td></tr>"
        for i, (date, name) in enumerate(zip(dates, names, strict=True)))
    return (f"<html><body><h2>{_TITLE}</h2>"
            f'<table class="posts"><tr><th>Author</th><th>Message</th></tr>{rows}</table>'
            "</body></html>").encode()


def _dates(page: bytes) -> list[str | None]:
    result = parse_page(page, url="http://x.onion/t?id=4", captured_at=NOW)
    return [p.posted_at for p in result.records if type(p).__name__ == "Post"]


def test_a_czech_header_line_with_a_long_subject_gives_the_first_post_its_date() -> None:
    page = _page("Odesláno", "Předmět", ["17.11.2026 v 07:12", "18.11.2026 v 19:30", "19.11.2026 v 08:05"],
                 ["vcelar_jan", "medovina", "vcelar_jan"])
    assert _dates(page) == ["2026-11-17T07:12:00", "2026-11-18T19:30:00", "2026-11-19T08:05:00"]


def test_an_english_header_line_with_a_long_subject_gives_the_first_post_its_date() -> None:
    page = _page("Posted", "Subject",
                 ["Nov 17, 2026 7:12 am", "Nov 18, 2026 7:30 pm", "Nov 19, 2026 8:05 am"],
                 ["beekeeper_al", "honeybadger", "beekeeper_al"])
    assert _dates(page) == ["2026-11-17T07:12:00", "2026-11-18T19:30:00", "2026-11-19T08:05:00"]
