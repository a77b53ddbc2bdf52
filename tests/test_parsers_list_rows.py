"""parsers.topic_rows: rows_taken_for_posts, asked by parsers.page when a post reader has read a
page: a board or topic list in divisions or list items whose rows a post reader took for posts
(a row's "last post ... by ann, DATE" read as a byline) gives the list's records instead, none
for a board list. Invented pages (tests/data/list_rows): an English and a Polish board list in
categories of two boards, a Polish topic list, and an English thread of short posts beside a list
of related topics naming its posters. And the rows of a list are grouped by their first class,
numbers aside: an English topic list with a pinned topic of two classes, a Portuguese one of zebra
rows ("linha1" / "linha2")."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.bylines import byline_thread
from parsers.dom import load
from parsers.topic_rows import rows_taken_for_posts

DATA = Path(__file__).parent / "data" / "list_rows"
NOW = "2026-11-20T12:00:00Z"


def _parsed(name: str) -> tuple[str, list[tuple[str, str | None]]]:
    result = parse_page((DATA / name).read_bytes(), url="http://quarryquarry.onion/", captured_at=NOW,
                        use_profiles=False)
    return result.page.page_type, [(r.kind, getattr(r, "title", None)) for r in result.records]


def test_an_english_board_list_in_divisions_is_a_forum_index_of_no_records() -> None:
    # Its rows' "Latest: <a>Re: ...</a> by <a>ledge_lena</a>, 18 Nov 2026 19:20" read as bylines.
    doc = load((DATA / "quarry_boards_en.html").read_bytes(), url="http://quarryquarry.onion/")
    assert [r.kind for r in byline_thread(doc, now=NOW)].count("post") == 2
    assert _parsed("quarry_boards_en.html") == ("forum_index", [])


def test_a_polish_board_list_in_list_items_is_a_forum_index_of_no_records() -> None:
    assert _parsed("lodzie_dzialy_pl.html") == ("forum_index", [])


def test_a_topic_list_in_divisions_still_gives_its_topics_in_page_order() -> None:
    assert _parsed("pszczoly_tematy_pl.html") == ("forum_index", [
        ("thread", "Ul wielkopolski czy dadant?"), ("thread", "Węza własnej roboty"),
        ("thread", "Ocieplanie uli na zimę")])


def test_a_thread_of_short_posts_beside_related_topics_by_its_posters_stays_a_thread() -> None:
    # Every post a few words with a figure, every poster named by a related topic's row: the
    # posts' words are no row's.
    page_type, records = _parsed("crimps_thread_sidebar_en.html")
    assert page_type == "thread"
    assert [kind for kind, _ in records] == ["thread", "post", "post", "post"]
    doc = load((DATA / "crimps_thread_sidebar_en.html").read_bytes(), url="http://quarryquarry.onion/t/1")
    assert rows_taken_for_posts(doc, byline_thread(doc, now=NOW)) is None


def test_posts_of_many_words_are_not_walked_for_rows() -> None:
    doc = load((DATA / "quarry_boards_en.html").read_bytes(), url="http://quarryquarry.onion/")
    posts = [r for r in byline_thread(doc, now=NOW) if r.kind == "post"]
    posts[0].body = "A long post. " * 30 + "12"
    assert rows_taken_for_posts(doc, posts) is None
    assert "listed_groups" not in doc.memo  # the rows were not walked


def test_a_pinned_topic_of_another_class_is_a_row_of_its_list_in_page_order() -> None:
    # li.bb-topic.bb-pinned over li.bb-topic rows: a row's kind is its first class.
    assert _parsed("pinned_topics_en.html") == ("forum_index", [
        ("thread", "Starter FAQ: read this first"), ("thread", "Why are my loaves flat?"),
        ("thread", "Rye ratio for a dense loaf"), ("thread", "Cold proof overnight?")])


def test_zebra_rows_numbered_by_class_are_one_list() -> None:
    # div.linha1 / div.linha2 (and a pinned "linha1 fixo"): numbers aside, one kind of row.
    assert _parsed("zebra_temas_pt.html") == ("forum_index", [
        ("thread", "Regras da seção"), ("thread", "Neons perdendo a cor"), ("thread", "Ciclagem sem peixes")])
