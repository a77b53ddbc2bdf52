"""parsers.post_names: who wrote each post, found by aligning the posts' dated blocks when no
address or class names a member, and parse_page's use of it for pages no other reader took."""

from __future__ import annotations

from typing import Any

from parsers import parse_page
from parsers.dom import clean, load
from parsers.post_names import aligned_names

NOW = "2026-11-20T12:00:00Z"


def _page(posts: str, head: str = "") -> bytes:
    return (f"<html><head><title>Kettle descaling</title></head><body><h1>Kettle descaling</h1>{head}"
            f"{posts}<p class=foot>Powered by nobody © 2026</p></body></html>").encode()


def _names(html: bytes) -> list[str]:
    doc = load(html)
    return [clean(el.text_content()) for el in aligned_names(doc.root.find("body"), NOW, 2)]


def _posts(html: bytes) -> list[tuple[Any, ...]]:
    result = parse_page(html, url="http://kettles.example/t/88", captured_at=NOW)
    assert result.page.page_type == "thread"
    return [(r.author, r.posted_at, r.body) for r in result.records if r.kind == "post"]


_ENTRIES = "".join(
    f"<div class=entry><div class=side><span>{name}</span><span>{rank}</span></div>"
    f"<div class=main><small>{when}</small><p>{words}</p></div></div>"
    for name, rank, when, words in [
        ("kettle_kim", "Newcomer", "17.11.2026 18:40", "My kettle is white with scale inside."),
        ("vinegar_vic", "Regular", "Yesterday 21:15", "Boil half vinegar, half water, then rinse twice."),
        ("kettle_kim", "Newcomer", "Today 08:02", "That worked, the scale is gone."),
    ]
)


def test_posts_whose_names_link_nowhere_are_read_by_their_structure() -> None:
    assert _posts(_page(_ENTRIES)) == [
        ("kettle_kim", "2026-11-17T18:40:00", "My kettle is white with scale inside."),
        ("vinegar_vic", "2026-11-19T21:15:00", "Boil half vinegar, half water, then rinse twice."),
        ("kettle_kim", "2026-11-20T08:02:00", "That worked, the scale is gone."),
    ]


def test_the_first_column_of_names_is_the_author_not_the_rank_under_it() -> None:
    assert _names(_page(_ENTRIES)) == ["kettle_kim", "vinegar_vic", "kettle_kim"]


def test_a_word_every_post_shows_alike_is_a_label_and_the_name_after_it_is_the_author() -> None:
    posts = "".join(
        f"<div class=e><p><span>Reply by <b>{name}</b></span> <i>{when}</i></p><p>{words}</p></div>"
        for name, when, words in [("ann_k", "17.11.2026 18:40", "Descale it monthly with citric acid."),
                                  ("bob_v", "18.11.2026 09:15", "Citric acid smells less than vinegar.")]
    )
    assert _names(_page(posts)) == ["ann_k", "bob_v"]


def test_a_members_join_date_in_the_side_panel_is_not_the_posts_date() -> None:
    posts = "".join(
        f"<div class=e><div><b>{name}</b><br><span><b>Joined:</b> {joined}</span></div>"
        f"<div><span>{when}</span><p>{words}</p></div></div>"
        for name, joined, when, words in [
            ("ann_k", "Feb 09, 2024", "17.11.2026 18:40", "Descale it monthly with citric acid."),
            ("bob_v", "May 30, 2019", "18.11.2026 09:15", "Citric acid smells less than vinegar."),
        ]
    )
    assert [(a, d) for a, d, _ in _posts(_page(posts))] == [
        ("ann_k", "2026-11-17T18:40:00"), ("bob_v", "2026-11-18T09:15:00"),
    ]


def test_a_question_shown_over_its_answers_in_markup_of_its_own_is_the_first_post() -> None:
    question = ("<div class=question><p class=meta>asked <time datetime='2026-11-17T18:40:00Z'>3 days ago"
                "</time> by <span><a href='/people/9'>kettle_kim</a></span></p>"
                "<div class=text>Why does my kettle click off before it boils?</div></div>")
    answers = "".join(
        f"<div class=answer><p class=meta><time datetime='{when}'>ago</time> <span><a href='/people/{i}'>"
        f"{name}</a></span></p><div class=text>{words}</div></div>"
        for i, (name, when, words) in enumerate([
            ("vinegar_vic", "2026-11-19T21:15:00Z", "The thermostat is scaled up; descale the element."),
            ("kettle_kim", "2026-11-20T08:02:00Z", "Descaled it and now it boils fully, thanks."),
        ])
    )
    assert [(a, d) for a, d, _ in _posts(_page(answers, head=question))] == [
        ("kettle_kim", "2026-11-17T18:40:00"),
        ("vinegar_vic", "2026-11-19T21:15:00"),
        ("kettle_kim", "2026-11-20T08:02:00"),
    ]


def test_a_post_as_a_row_of_name_and_date_then_a_row_of_words_is_read() -> None:
    rows = "".join(
        f"<tr><td><b>{name}</b></td><td>{when}</td></tr><tr><td colspan=2>{words}</td></tr>"
        for name, when, words in [("ann_k", "17.11.2026 18:40", "Descale it monthly with citric acid."),
                                  ("bob_v", "18.11.2026 09:15", "Citric acid smells less than vinegar.")]
    )
    assert [(a, d) for a, d, _ in _posts(_page(f"<table>{rows}</table>"))] == [
        ("ann_k", "2026-11-17T18:40:00"), ("bob_v", "2026-11-18T09:15:00"),
    ]


def test_a_year_alone_is_no_posts_date_and_undated_blocks_name_no_one() -> None:
    undated = "".join(f"<div class=e><b>{n}</b><p>Words on kettles.</p></div>" for n in ("ann", "bob"))
    assert _names(_page(undated)) == []


def test_a_priced_item_with_dated_reviews_stays_a_market_page() -> None:
    reviews = "".join(
        f"<div class=review><b>{name}</b> <span>{when}</span><p>{words}</p></div>"
        for name, when, words in [("buyer_1", "17.11.2026", "Fast shipping and well packed."),
                                  ("buyer_2", "18.11.2026", "Exactly as described, thanks.")]
    )
    item = ("<div class=item><h2>Descaling powder 1 kg</h2><p>Price: 12.50 USD</p>"
            "<p>Vendor: clean_shop</p><form><button>Buy now</button></form></div>")
    result = parse_page(_page(reviews, head=item), url="http://shop.example/item/5", captured_at=NOW)
    assert result.page.page_type == "listing"
    assert not [r for r in result.records if r.kind == "post"]
