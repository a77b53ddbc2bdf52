"""parsers.parse_page and parsers.dates.parse_date: round 9's general forum rules, each stated on
small pages written for it (never copies of the round's pages): a rank that starts like "now" is
no date, a guest's greeting is no thread title."""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.dates import parse_date

NOW = "2026-11-20T12:00:00Z"


def _page(title: str, body: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


@pytest.mark.parametrize("word", ["Nowicjusz", "Nowy użytkownik", "Nowak", "nowhere"])
def test_a_word_that_only_starts_with_now_is_not_the_present_moment(word: str) -> None:
    assert parse_date(word, NOW) is None


@pytest.mark.parametrize("text", ["now", "Just now", "now.", "à l'instant"])
def test_the_now_words_alone_are_the_capture_moment(text: str) -> None:
    assert parse_date(text, NOW) == "2026-11-20T12:00:00"


def _tables_thread(frame: str) -> bytes:
    """Two messages in a table per post, a rank under each name and no headings: the title comes
    from the page frame or the <title>."""
    rows = "".join(
        f"<table><tr><td class=poster><b><a href='/index.php?action=profile;u={i}'>{name}</a></b>"
        f"<div class=smalltext>Nowicjusz<br/>Posts: 1{i}</div></td><td><div class=smalltext>{date}</div>"
        f"<div class=post>{words}</div></td></tr></table>"
        for i, (name, date, words) in enumerate(
            [
                ("ola_k", "17 November 2026, 18:40:00", "The grout in my shower keeps cracking."),
                ("tiler_tom", "18 November 2026, 09:15:00", "Use flexible silicone there, never grout."),
            ]
        )
    )
    return _page("Cracking grout by the tub", frame + rows)


@pytest.mark.parametrize(
    "greeting",
    [
        "Witaj, <b>Gość</b>. Proszę <a href='/login'>zaloguj się</a> lub <a href='/reg'>zarejestruj</a>.",
        "Welcome, <b>Guest</b>. Please <a href='/login'>login</a> or <a href='/reg'>register</a>.",
        "Hallo, <b>Gast</b>. Bitte <a href='/login'>anmelden</a> oder <a href='/reg'>registrieren</a>.",
        "Bienvenue, <b>Invité</b>. Merci de vous <a href='/login'>connecter</a>.",
        "Добро пожаловать, <b>Гость</b>. Пожалуйста, <a href='/login'>войдите</a>.",
    ],
)
def test_a_guests_greeting_in_a_title_classed_cell_is_never_the_thread_title(greeting: str) -> None:
    page = _tables_thread(f"<table><tr><td class=titlebg2><span>{greeting}</span></td></tr></table>")
    result = parse_page(page, url="http://grout.example/index.php?topic=5.0", captured_at=NOW)
    assert result.page.page_type == "thread"
    assert result.records[0].title == "Cracking grout by the tub"


def test_a_greeting_without_a_guest_or_login_word_can_still_be_a_title() -> None:
    page = _tables_thread("<table><tr><td class=titlebg2>Hello from Lisbon, tilers</td></tr></table>")
    result = parse_page(page, url="http://grout.example/index.php?topic=5.0", captured_at=NOW)
    assert result.records[0].title == "Hello from Lisbon, tilers"


def test_a_rank_under_the_name_does_not_make_a_post_dated_now() -> None:
    result = parse_page(_tables_thread(""), url="http://grout.example/index.php?topic=5.0", captured_at=NOW)
    posts = [r for r in result.records if type(r).__name__ == "Post"]
    assert [p.posted_at for p in posts] == ["2026-11-17T18:40:00", "2026-11-18T09:15:00"]
