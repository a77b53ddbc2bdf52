"""parsers.parse_page and parsers.quotes.quote_author: round 11's general forum rules, each stated on
small pages written for it (never copies of the round's pages): a join date under the "member
since" label of vBulletin's language packs ("Fecha de ingreso", "Data de ingresso", "Data
registrazione", "Date d'inscription"), a month and year alone; vBulletin's "Originally Posted by"
in its language packs names the quoted member."""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.dom import load
from parsers.quotes import quote_author

NOW = "2026-11-20T12:00:00Z"


def _page(title: str, body: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def _records(result: object, kind: str) -> list[object]:
    return [r for r in result.records if type(r).__name__ == kind]  # type: ignore[attr-defined]


def _legacy_thread(label: str, joined: str, quote_head: str = "") -> bytes:
    """Two vBulletin-4-style posts (postbit_legacy): a user panel with dt/dd pairs, the join date
    under ``label``; the second post opens with a quote box headed ``quote_head``."""
    posts = []
    for i, (name, when, words) in enumerate(
        [
            ("pedro_m", "15/11/2026, <span class='time'>10:05</span>", "My bread never rises in winter."),
            ("panadera", "16/11/2026, <span class='time'>19:30</span>", "Proof it next to the oven."),
        ]
    ):
        quote = ""
        if i == 1 and quote_head:
            quote = (
                "<div class='bbcode_container'><div class='bbcode_quote'><div class='quote_container'>"
                f"<div class='bbcode_postedby'><img src='q.png' alt='Q'/> {quote_head} "
                "<strong>pedro_m</strong> <a href='showthread.php?p=1#post1'><img src='v.png' alt='V'/>"
                "</a></div><div class='message'>My bread never rises.</div></div></div></div>"
            )
        posts.append(
            f"<li class='postbitlegacy postcontainer' id='post_{i + 1}'><div class='posthead'>"
            f"<span class='postdate'><span class='date'>{when}</span></span></div>"
            f"<div class='postdetails'><div class='userinfo'><div class='username_container'>"
            f"<a class='username' href='member.php?{i + 4}-{name}'><strong>{name}</strong></a></div>"
            f"<dl class='userinfo_extra'><dt>{label}</dt> <dd>{joined}</dd><dt>Posts</dt> <dd>{12 + i}</dd>"
            f"</dl></div><div class='postbody'><div class='content'><div id='post_message_{i + 1}'>"
            f"<blockquote class='postcontent restore'>{quote}{words}</blockquote>"
            "</div></div></div></div></li>"
        )
    body = (
        "<h1><span class='threadtitle'><a href='showthread.php?9'>Bread in winter</a></span></h1>"
        f"<ol id='posts' class='posts'>{''.join(posts)}</ol>"
    )
    return _page("Bread in winter", body)


_URL = "http://pan.example/showthread.php?9-Bread-in-winter"


@pytest.mark.parametrize(
    ("label", "joined"),
    [
        ("Fecha de ingreso", "mar 2019"),
        ("Data de ingresso", "mar 2019"),
        ("Data registrazione", "mar 2019"),
        ("Date d'inscription", "mars 2019"),
        ("Geregistreerd op", "maart 2019"),
    ],
)
def test_a_month_and_year_under_a_language_packs_join_label_is_the_authors_joined(
    label: str, joined: str
) -> None:
    result = parse_page(_legacy_thread(label, joined), url=_URL, captured_at=NOW)
    assert result.page.page_type == "thread"
    authors = _records(result, "Author")
    assert [a.joined for a in authors] == ["2019-03", "2019-03"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "head",
    [
        "Originalmente Escrito por",
        "Originalmente publicado por",
        "Originalmente postado por",
        "Originariamente inviato da",
        "Ursprünglich geschrieben von",
        "Oorspronkelijk geplaatst door",
        "Originally Posted by",
    ],
)
def test_originally_posted_by_in_a_language_pack_names_the_quoted_member(head: str) -> None:
    result = parse_page(_legacy_thread("Join Date", "Mar 2019", head), url=_URL, captured_at=NOW)
    posts = _records(result, "Post")
    assert [p.quotes for p in posts] == [[], ["pedro_m"]]  # type: ignore[attr-defined]


def test_a_quote_header_of_its_own_words_names_the_member_after_them() -> None:
    doc = load(b"<div class='quote'><div class='head'>Originalmente Escrito por <b>ana</b></div>hola</div>")
    assert quote_author(doc.root.find(".//div")) == "ana"
