"""parsers.reply_to: which post a reply answers, by nesting, depth marks or a reply link; and
parsers.parse_page filling Post.reply_to on scored round pages that show their replies' parents."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers import parse_page
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


def test_comments_nested_in_the_opening_post_answer_the_thread_and_their_replies_them() -> None:
    html = ("<article class=p><h1>Soil</h1><p>Which?</p><section><article class=p>Loam"
            "<article class=p>Why?</article></article><article class=p>Clay</article></section></article>")
    assert _replies(html, "article.p") == [None, None, 1, None]


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


# Scored round pages that show their replies' parents (written from each page's markup, by hand):
# (page, reply_to of each post in page order).
NESTED_PAGES = [
    ("general_r5/holdout/lemmy_post.html", [None, None, 1]),  # comments nested in ul.comments
    ("general_r7/holdout/postmill_submission_es.html", [None, None, 1]),  # data-level, "Padre" link
    ("general_r8/holdout/mbin_entry_pl.html", [None, None, 1, None]),  # sibling comment-level--N
    ("general_r8/holdout/tildes_topic_nl.html", [None, None, 1, None]),  # nested in comment-replies
    ("general_r14/holdout/lobsters_story_he.html", [None, None, 1]),  # nested ol.comments
    ("general_r15/holdout/hn_item_nested_en.html", [None, None, 1, None]),  # indent="1" spacer cell
    ("general_r16/holdout/wordpress_cocoon_comments_is.html", [None, None, 1, None]),  # ul.children
    ("general_r17/holdout/mahara_forum_topic_sq.html", [None, None, 1]),  # postdepth-1, postdepth-2
    ("general_r18/holdout/fossil_forumthread_gl.html", [None, 0, 1]),  # "in reply to <a>N</a>" links
    ("forums_general/dread.html", [None, None, 1, None]),  # read by the Dread engine's selectors
]


@pytest.mark.parametrize(("page", "expected"), NESTED_PAGES, ids=[p.split("/")[-1] for p, _ in NESTED_PAGES])
def test_parse_page_gives_each_reply_the_post_it_answers(page: str, expected: list[int | None]) -> None:
    result = parse_page((DATA / page).read_bytes(), url="http://forum.example/t/1",
                        captured_at="2026-11-20T12:00:00Z")
    assert [p.reply_to for p in result.records if p.kind == "post"] == expected


def test_a_flat_board_has_no_replies_to_posts() -> None:
    page = DATA / "general_r11" / "holdout" / "smf21_display_de.html"
    result = parse_page(page.read_bytes(), url="http://forum.example/index.php?topic=1")
    posts = [p for p in result.records if p.kind == "post"]
    assert len(posts) >= 2 and all(p.reply_to is None for p in posts)
