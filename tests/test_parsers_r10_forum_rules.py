"""parsers.parse_page and parsers.dates.parse_date: round 10's general forum rules, each stated on
small pages written for it (never copies of the round's pages): join dates under Arabic and
Portuguese labels in the author panels; French times "18 h 40 min"; a post's date line and its
action links ("Reply", "Répondre", "Ответить") are not its words; member pages behind a front script
routed by query words ("?act=member&code=profile&id=57"); the engine's word for the page ("Тема")
is no thread title."""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.dates import parse_date
from parsers.dom import load
from parsers.forum_members import member_links

NOW = "2026-11-20T12:00:00Z"


def _page(title: str, body: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def _authors(result: object) -> dict[str, str | None]:
    return {r.name: r.joined for r in result.records if type(r).__name__ == "Author"}  # type: ignore[attr-defined]


def _panel_thread(label: str, joined: str) -> bytes:
    """Two posts with a profile panel each (name, post count, then the join date under ``label``)."""
    posts = "".join(
        f"<div class='post' id='p{i}'><dl class='postprofile'><dt><a class='username' "
        f"href='./memberlist.php?mode=viewprofile&u={i + 3}'>{name}</a></dt>"
        f"<dd><strong>Posts:</strong> {4 + i}</dd><dd><strong>{label}</strong> {joined}</dd></dl>"
        f"<div class='postbody'><p class='author'>by <strong>{name}</strong> » {when}</p>"
        f"<div class='content'>{words}</div></div></div>"
        for i, (name, when, words) in enumerate(
            [
                ("karim_b", "Tue Nov 17, 2026 6:40 pm", "My fig tree drops its fruit before it ripens."),
                ("old_gardener", "Wed Nov 18, 2026 9:15 am", "Water it deeply once a week in summer."),
            ]
        )
    )
    return _page("Fig tree drops fruit", f"<h2 class='topic-title'>Fig tree drops fruit</h2>{posts}")


@pytest.mark.parametrize(
    ("label", "joined", "iso"),
    [
        ("اشترك في:", "الثلاثاء مارس 12, 2019 7:20 pm", "2019-03-12"),
        ("اشترك في:", "الثلاثاء مارس ١٢, ٢٠١٩ ٧:٢٠ م", "2019-03-12"),  # Arabic-Indic digits
        ("انضم في:", "12 مارس 2019", "2019-03-12"),
        ("تاريخ الاشتراك:", "12/03/2019", "2019-03-12"),
        ("Entrou:", "12 Mar 2019", "2019-03-12"),
        ("Entrou em:", "12 de março de 2019", "2019-03-12"),
        ("Cadastrado em:", "12/03/2019", "2019-03-12"),
    ],
)
def test_a_join_date_under_an_arabic_or_portuguese_label_is_the_authors_joined(
    label: str, joined: str, iso: str
) -> None:
    url = "http://figs.example/viewtopic.php?t=4"
    result = parse_page(_panel_thread(label, joined), url=url, captured_at=NOW)
    assert result.page.page_type == "thread"
    assert all(value is not None and value.startswith(iso) for value in _authors(result).values())


def test_a_join_date_in_xenforo_style_pairs_with_a_portuguese_term() -> None:
    posts = "".join(
        f"<article class='message message--post' data-author='{name}'><div class='message-cell--user'>"
        f"<h4 class='message-name'><a class='username' href='/members/{name}.{i}/'>{name}</a></h4>"
        f"<div class='message-userExtras'><dl class='pairs'><dt>Entrou</dt><dd>{joined}</dd></dl>"
        f"<dl class='pairs'><dt>Mensagens</dt><dd>{count}</dd></dl></div></div>"
        f"<div class='message-cell--main'><header class='message-attribution'><time class='u-dt' "
        f"datetime='{when}'>x</time></header><article class='message-body'><div class='bbWrapper'>{words}"
        f"</div></article></div></article>"
        for i, (name, joined, count, when, words) in enumerate(
            [
                ("ana_p", "3 Jan 2020", "12", "2026-11-17T18:40:00+0000", "Meu pão não cresce no inverno."),
                ("padeiro", "5 Mai 2014", "1.412", "2026-11-18T09:15:00+0000", "Deixe a massa perto."),
            ]
        )
    )
    page = _page("Pão no inverno", f"<h1 class='p-title-value'>Pão no inverno</h1>{posts}")
    result = parse_page(page, url="http://pao.example/threads/pao.7/", captured_at=NOW)
    assert _authors(result) == {"ana_p": "2020-01-03", "padeiro": "2014-05-05"}


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("17 novembre 2026 à 18 h 40 min", "2026-11-17T18:40:00"),
        ("17 novembre 2026 à 18 h 40", "2026-11-17T18:40:00"),
        ("17 novembre 2026 à 18h40", "2026-11-17T18:40:00"),
        ("20/11/2026 8 h 02 min", "2026-11-20T08:02:00"),
    ],
)
def test_french_times_written_with_h_and_min_are_times_of_day(text: str, iso: str) -> None:
    assert parse_date(text, NOW) == iso


def _reply_loop(date: str, action: str) -> bytes:
    """A theme's own reply loop: per reply the author box, then a content box holding the date
    line, the action links and the words, with no class naming the date or the words apart."""
    replies = "".join(
        f"<div class='reply'><div class='who'><a href='/forums/users/{name}/'>{name}</a></div>"
        f"<div class='content'><div class='when'>{date.format(day=17 + i)}</div>"
        f"<span class='links'><a href='#new-post'>{action}</a> | <a href='#r{i}'>#{i + 1}</a></span>"
        f"<p>{words}</p></div></div>"
        for i, (name, words) in enumerate(
            [
                ("lena_v", "My sourdough starter stopped rising after I changed flour."),
                ("baker_jo", "Feed it twice a day at a warmer spot for three days."),
            ]
        )
    )
    return _page("Starter stopped rising", f"<h1>Starter stopped rising</h1>{replies}")


def _posts(result: object) -> list[object]:
    return [r for r in result.records if type(r).__name__ == "Post"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("date", "action"),
    [
        ("{day} novembre 2026 à 18 h 40 min", "Répondre"),
        ("{day} November 2026, 18:40", "Reply"),
        ("{day}. November 2026, 18:40", "Antworten"),
        ("{day} ноября 2026, 18:40", "Ответить"),
        ("{day} de noviembre de 2026, 18:40", "Responder"),
    ],
)
def test_a_posts_date_line_and_action_links_are_not_its_words(date: str, action: str) -> None:
    url = "http://bread.example/forums/topic/starter/"
    result = parse_page(_reply_loop(date, action), url=url, captured_at=NOW)
    posts = _posts(result)
    assert [p.body for p in posts] == [  # type: ignore[attr-defined]
        "My sourdough starter stopped rising after I changed flour.",
        "Feed it twice a day at a warmer spot for three days.",
    ]
    assert [p.posted_at for p in posts] == ["2026-11-17T18:40:00", "2026-11-18T18:40:00"]  # type: ignore[attr-defined]


def test_a_post_that_is_only_an_action_word_keeps_its_word() -> None:
    page = _reply_loop("{day} November 2026, 18:40", "Reply").replace(
        b"<p>My sourdough starter stopped rising after I changed flour.</p>",
        b"<p><a href='/x'>Thanks</a></p>",
    )
    result = parse_page(page, url="http://bread.example/forums/topic/starter/", captured_at=NOW)
    assert _posts(result)[0].body  # type: ignore[attr-defined]


_BIKES = "http://bikes.example/?act=topic&id=12"


def _front_script_thread(href: str, crumb: str = "Topic") -> bytes:
    """A sparse engine behind one front script: a heading row with the title, then per post a row
    with the name (a link routed by query words to the member's page) and a cell with a date line
    and the words; no class names a body, no author statistics."""
    rows = "".join(
        f"<tr class='row'><td><h5><a href='{href.format(id=7 + i)}'>{name}</a></h5></td>"
        f"<td><p class='detail'>Posted: {when}</p><p>{words}</p></td></tr>"
        for i, (name, when, words) in enumerate(
            [
                ("mira_k", "17.11.2026, 18:40", "My bicycle chain skips on the smallest rear cog."),
                ("wrench_ole", "18.11.2026, 09:15", "The cog is worn out; replace it with the chain."),
            ]
        )
    )
    nav = (
        "<div id='nav'><a href='index.php'>Cycling club</a> &gt; "
        f"<a href='?act=forum&amp;id=2'>Repairs</a> &gt; {crumb}</div>"
    )
    head = "<tr class='headerrow'><td colspan='2'><h3>Chain skips on small cog</h3></td></tr>"
    table = f"<table>{head}{rows}</table>"
    return _page(f"Cycling club -&gt; {crumb}", nav + table)


@pytest.mark.parametrize(
    "href",
    [
        "?act=member&amp;code=profile&amp;id={id}",
        "index.php?act=Profile&amp;CODE=03&amp;MID={id}",
        "index.php?page=user&amp;id={id}",
        "?id={id}&amp;act=member",
    ],
)
def test_a_front_script_routed_by_query_words_to_a_members_number_is_a_member_link(href: str) -> None:
    result = parse_page(_front_script_thread(href), url=_BIKES, captured_at=NOW)
    assert result.page.page_type == "thread"
    assert [(p.author, p.posted_at) for p in _posts(result)] == [  # type: ignore[attr-defined]
        ("mira_k", "2026-11-17T18:40:00"),
        ("wrench_ole", "2026-11-18T09:15:00"),
    ]


@pytest.mark.parametrize("href", ["?act=forum&amp;id={id}", "?act=post&amp;code=reply&amp;t={id}"])
def test_query_words_that_name_no_member_page_are_no_member_links(href: str) -> None:
    doc = load(_front_script_thread(href), url=_BIKES)
    assert member_links(doc, doc.root.find("body"), 2) == []
    # The posts are still read, by their structure (parsers.post_names), not by those links.
    result = parse_page(_front_script_thread(href), url=_BIKES, captured_at=NOW)
    assert [(p.author, p.posted_at) for p in _posts(result)] == [  # type: ignore[attr-defined]
        ("mira_k", "2026-11-17T18:40:00"),
        ("wrench_ole", "2026-11-18T09:15:00"),
    ]


def test_a_date_line_in_a_post_without_a_body_class_is_not_its_words() -> None:
    page = _front_script_thread("?act=member&amp;code=profile&amp;id={id}")
    result = parse_page(page, url=_BIKES, captured_at=NOW)
    assert [p.body for p in _posts(result)] == [  # type: ignore[attr-defined]
        "My bicycle chain skips on the smallest rear cog.",
        "The cog is worn out; replace it with the chain.",
    ]


@pytest.mark.parametrize("crumb", ["Topic", "Тема", "Thema", "Sujet", "View topic", "Tópico", "موضوع"])
def test_the_engines_word_for_the_page_is_never_the_thread_title(crumb: str) -> None:
    page = _front_script_thread("?act=member&amp;code=profile&amp;id={id}", crumb)
    result = parse_page(page, url=_BIKES, captured_at=NOW)
    assert result.records[0].title == "Chain skips on small cog"
