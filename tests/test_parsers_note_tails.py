"""parsers.post_notes.edit_notes on an edit note with a short part under it: the note closes a
post's words, and the board's line under it (the poster's motto in a box of its own, its class in
no known word) is none of them either. Invented threads (tests/data/note_tails) in German and
French, each a quote in its second post."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.dom import load
from parsers.post_notes import edit_notes

DATA = Path(__file__).parent / "data" / "note_tails"
NOW = "2026-11-20T12:00:00Z"


def _bodies(name: str) -> list[str | None]:
    result = parse_page((DATA / name).read_bytes(), url="http://benchbench.onion/t/2", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "thread"
    return [r.body for r in result.records if r.kind == "post"]


def test_a_german_edit_note_and_the_motto_under_it_are_no_words_of_the_post() -> None:
    assert _bodies("uhrmacher_thema_de.html")[1] == (
        "Prüfe, ob das Gehäuse im Lot steht und die Gabel nicht an der Rückwand streift.\n"
        "Dann die Pendelfeder auf einen Knick ansehen.")


def test_a_french_edit_note_and_the_motto_under_it_are_no_words_of_the_post() -> None:
    assert _bodies("reliure_sujet_fr.html")[1] == (
        "De la colle d'amidon mélangée à un peu de vinylique : elle reste souple et se reprend à l'eau.")


def _noted(tail: str) -> list[str]:
    """The classes of the elements edit_notes takes from a post of words, a note and ``tail``."""
    doc = load(("<div id=b><div class=t>The words of the post, and more of them.</div>"
                "<div class=n>Edited by ann on 18.11.2026 at 09:41</div>" + tail + "</div>").encode())
    found = edit_notes(doc.root.get_element_by_id("b"), set(), NOW, ["ann"])
    return sorted(el.get("class") or "" for el in found)


def test_a_note_with_a_short_classed_line_under_it_is_taken_with_that_line() -> None:
    assert _noted("<div class=m>A motto.</div>") == ["m", "n"]


def test_a_note_above_a_long_part_or_an_unclassed_one_is_left_in_the_words() -> None:
    assert _noted("<div class=m>" + "More words of the post. " * 20 + "</div>") == []
    assert _noted("<div>A motto.</div>") == []
