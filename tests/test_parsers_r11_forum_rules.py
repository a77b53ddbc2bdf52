"""parsers.parse_page and parsers.quotes.quote_author: round 11's general forum rules, each stated on
small pages written for it (never copies of the round's pages): a join date under the "member
since" label of vBulletin's language packs ("Fecha de ingreso", "Data de ingresso", "Data
registrazione", "Date d'inscription"), a month and year alone; vBulletin's "Originally Posted by"
in its language packs names the quoted member; a front script asked to show a profile by handle,
its query parted by ";" (YaBB), is a member link; posts of table-built templates whose member link
lies a dozen elements deep; a date after a short bold label in a long header line ("« on: date »")."""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.dom import load
from parsers.forum_members import member_links
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


def _nested_thread(header: str, member_href: str = "YaBB.pl?action=viewprofile;username={name}") -> bytes:
    """Three posts of a table-built template (YaBB 2 and its kind): each a div holding a header
    table (``header`` with {n} and {when}) and a table in a table cell for the user panel, a
    second table for the words; the member link lies eleven elements below the post's div."""
    posts = []
    for i, (name, when, words) in enumerate(
        [
            ("fern_k", "15.11.2026 um 10:05:00", "The chain on my old bike skips under load."),
            ("wrench_ali", "Gestern um 19:30:00", "Your cassette is worn, replace it with the chain."),
            ("fern_k", "Heute um 07:45:00", "New cassette fitted, no more skipping."),
        ]
    ):
        href = member_href.format(name=name)
        posts.append(
            "<div class='postbox'><table><tr>"
            f"<td class='head'>{header.format(n=i, when=when)}</td></tr></table>"
            "<table><tr><td><table><tr><td class='panel'><div class='userinfo'><div class='small'><span>"
            f"<a href='http://bikes.example/cgi-bin/{href}'><b>{name}</b></a> Rider<br/>"
            f"<b>Posts: {10 + i}</b><br/>Member since: 3 March 2020</span></div></div></td></tr></table>"
            f"</td></tr></table><table><tr><td class='words'><div class='message'>{words}</div></td></tr>"
            "</table></div>"
        )
    return _page("Chain skips", f"<div class='titlebar'><b>Chain skips</b></div>{''.join(posts)}")


_BIKES = "http://bikes.example/cgi-bin/YaBB.pl?num=1731851234"
_SHORT_HEADER = "<span><b>Reply #{n} - </b>{when}</span>"


def _posts(result: object) -> list[object]:
    return _records(result, "Post")


@pytest.mark.parametrize(
    "href",
    [
        "YaBB.pl?action=viewprofile;username={name}",
        "index.php?action=profile;u=7",
        "forum.pl?board=x;action=viewprofile;username={name}",
        "index.php?act=showprofile&user={name}",
    ],
)
def test_a_front_script_asked_to_show_a_profile_by_handle_or_number_is_a_member_link(href: str) -> None:
    result = parse_page(_nested_thread(_SHORT_HEADER, href), url=_BIKES, captured_at=NOW)
    assert result.page.page_type == "thread"
    assert [p.author for p in _posts(result)] == ["fern_k", "wrench_ali", "fern_k"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "href", ["YaBB.pl?action=login;username={name}", "YaBB.pl?action=search;username={name}"]
)
def test_a_front_script_asked_for_something_else_is_no_member_link(href: str) -> None:
    doc = load(_nested_thread(_SHORT_HEADER, href), url=_BIKES)
    assert member_links(doc, doc.root.find("body"), 2) == []
    # The posts are still read, by their structure (parsers.post_names), not by those links.
    result = parse_page(_nested_thread(_SHORT_HEADER, href), url=_BIKES, captured_at=NOW)
    assert [p.author for p in _posts(result)] == ["fern_k", "wrench_ali", "fern_k"]  # type: ignore[attr-defined]


def test_posts_whose_member_link_lies_a_dozen_elements_deep_are_read_whole() -> None:
    result = parse_page(_nested_thread(_SHORT_HEADER), url=_BIKES, captured_at=NOW)
    posts = _posts(result)
    assert [p.posted_at for p in posts] == [  # type: ignore[attr-defined]
        "2026-11-15T10:05:00", "2026-11-19T19:30:00", "2026-11-20T07:45:00",
    ]
    assert posts[1].body == "Your cassette is worn, replace it with the chain."  # type: ignore[attr-defined]
    assert [(a.name, a.post_count, a.joined) for a in _records(result, "Author")] == [  # type: ignore[attr-defined]
        ("fern_k", 10, "2020-03-03"), ("wrench_ali", 11, "2020-03-03"),
    ]


@pytest.mark.parametrize(
    ("label", "when"),
    [
        ("op:", "15.11.2026 om 10:05:00"),
        ("on:", "November 15, 2026, 10:05:00 AM"),
        ("am:", "15.11.2026 um 10:05"),
    ],
)
def test_a_date_after_a_short_bold_label_in_a_long_header_line_is_the_posts_date(
    label: str, when: str
) -> None:
    header = "<span><b>Chain skips when I pedal hard uphill</b> &laquo; <b>" + label
    header += "</b> {when} &raquo;</span>"
    page = _nested_thread(header).replace(b"15.11.2026 um 10:05:00", when.encode())
    result = parse_page(page, url=_BIKES, captured_at=NOW)
    assert next(p.posted_at for p in _posts(result)).startswith("2026-11-15T10:05")  # type: ignore[attr-defined]


def test_a_join_date_after_its_bold_label_in_a_long_line_is_no_posts_date() -> None:
    from parsers.post_dates import post_date

    doc = load(
        b"<div><span>Rider of the old school and proud of it since the eighties "
        b"<b>Joined:</b> Mar 2019</span>"
        b"<span>Posted <b>at:</b> 15.11.2026 10:05</span></div>"
    )
    assert post_date(doc.root.find(".//div"), set(), NOW)[0] == "2026-11-15T10:05:00"
