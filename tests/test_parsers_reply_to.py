"""parsers.reply_to: which post a reply answers, by nesting, depth marks or a reply link; and
parsers.parse_page filling Post.reply_to on scored round pages that show their replies' parents."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.dom import load
from parsers.records import Post
from parsers.reply_to import mark_replies

DATA = Path(__file__).parent / "data"


def _replies(html: str, selector: str) -> list[int | None]:
    doc = load(html.encode(), url="http://forum.example/t/1")
    blocks = doc.select(selector)
    posts = [Post(index=i) for i in range(len(blocks))]
    mark_replies(blocks, posts)
    return [p.reply_to for p in posts]


def test_a_reply_nested_in_a_comment_answers_that_comment() -> None:
    html = ("<div class=k><b>ann</b> Soil?<div class=kids><div class=k><b>bob</b> Loam."
            "<div class=k><b>cy</b> Clay.</div></div></div></div><div class=k><b>dee</b> Sand.</div>")
    assert _replies(html, "div.k") == [None, 0, 1, None]


def test_comments_nested_in_the_opening_post_answer_the_thread() -> None:
    html = ("<article class=p><h1>Soil</h1><p>Which?</p><section><article class=p>Loam</article>"
            "<article class=p>Clay</article></section></article>")
    assert _replies(html, "article.p") == [None, None, None]


@pytest.mark.parametrize("marks", [
    ('class="c depth-1"', 'class="c depth-2"', 'class="c depth-3"', 'class="c depth-1"'),
    ('class="c comment-level--1"', 'class="c comment-level--2"', 'class="c comment-level--3"',
     'class="c comment-level--1"'),
    ('class=c data-level="0"', 'class=c data-level="1"', 'class=c data-level="2"', 'class=c data-level="0"'),
    ('class=c style="margin-left:0px"', 'class=c style="margin-left:24px"',
     'class=c style="margin-left:48px"', 'class=c style="margin-left:0px"'),
])
def test_sibling_replies_answer_the_nearest_earlier_post_one_level_up(marks: tuple[str, ...]) -> None:
    html = "".join(f"<div {m}><b>u{i}</b> words {i}</div>" for i, m in enumerate(marks))
    assert _replies(html, "div.c") == [None, 0, 1, None]


def test_a_depth_mark_in_a_spacer_cell_of_the_post_counts() -> None:
    # Hacker News: each comment a table row whose first cell is a spacer with an indent attribute.
    rows = "".join(f'<tr class=row><td indent="{d}"><img width="{40 * d}"></td><td>u{i}: words</td></tr>'
                   for i, d in enumerate((0, 1, 2, 1, 0)))
    assert _replies(f"<table>{rows}</table>", "tr.row") == [None, 0, 1, 0, None]


def test_posts_all_at_one_depth_answer_nobody() -> None:
    html = "".join(f'<div class="c depth-1">u{i}</div>' for i in range(3))
    assert _replies(html, "div.c") == [None, None, None]


def test_an_in_reply_to_link_names_the_post_by_its_permalink() -> None:
    html = ('<div class=m id=a1><a href="/p/aa11">[link]</a> First</div>'
            '<div class=m id=b2><a href="/p/bb22">[link]</a> in reply to <a href="/p/aa11">1</a> 2nd</div>'
            '<div class=m id=c3><a href="/p/cc33">[link]</a> in reply to <a href="/p/bb22">2</a> 3rd</div>'
            '<div class=m id=d4><a href="/p/dd44">[link]</a> en respuesta a <a href="#a1">1</a> 4th</div>')
    assert _replies(html, "div.m") == [None, 0, 1, 0]


def test_a_parent_link_counts_and_next_or_previous_links_do_not() -> None:
    html = ('<div class=m id=41><a href="#42">next</a> First</div>'
            '<div class=m id=42><a href="#41">prev</a> <a href="#43">next</a> Second</div>'
            '<div class=m id=43><a href="#41">parent</a> <a href="#42">prev</a> Third</div>')
    assert _replies(html, "div.m") == [None, None, 0]


def test_a_reply_already_known_and_a_mismatch_of_blocks_and_posts_are_left_alone() -> None:
    doc = load(b'<div class="c depth-1">a</div><div class="c depth-2">b</div>')
    posts = [Post(index=0), Post(index=1, reply_to=0)]
    mark_replies(doc.select("div.c"), posts[:1])
    assert posts[0].reply_to is None
    posts[1].reply_to = None
    mark_replies(doc.select("div.c"), posts)
    assert posts[1].reply_to == 0


def test_a_members_level_or_rank_is_no_depth() -> None:
    html = "".join(f'<div class=c><span class="user-level-{lvl}">u{i}</span> words</div>'
                   for i, lvl in enumerate((1, 3, 5)))
    assert _replies(html, "div.c") == [None, None, None]
