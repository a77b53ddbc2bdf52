"""parsers.edit_dates: a post dated by the note under its words that its poster changed them is
dated by the date above the words; an invented Japanese board in Shift_JIS
(tests/data/thread_frames) and small table pages of this module's own in English and
Portuguese."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.dom import load
from parsers.edit_dates import dated_above

DATA = Path(__file__).parent / "data" / "thread_frames"
NOW = "2026-11-20T12:00:00Z"


def test_a_japanese_post_is_dated_above_its_words_not_by_its_edit_note() -> None:
    result = parse_page((DATA / "mokei_kobo_ja_sjis.html").read_bytes(), url="http://example.onion/t/5",
                        captured_at=NOW, use_profiles=False)
    posts = [r for r in result.records if r.kind == "post"]
    # "投稿：昨日 午後１１時４０分" above the words, "［修正：hanshin_5001 今日 午前０時１０分］" under them.
    assert [p.posted_at for p in posts] == [
        "2026-11-16T09:15:00", "2026-11-19T23:40:00", "2026-11-20T11:45:00"]
    assert posts[1].body == ("無安定マルチバイブレータで組めますよ。\n"
                             "コンデンサの容量で点滅の速さが変わります。")


def _page(panel: str, head: str, note: str) -> tuple[object, object, object, object]:
    doc = load(f"<table><tr><td><b>rui</b><br>{panel}</td><td><span>{head}</span><div>Aperta a porca com "
               f"meia volta só.</div><p>{note}</p></td></tr></table>".encode())
    return doc.root.find(".//table"), doc.root.find(".//div"), doc.root.find(".//p"), doc.root.find(".//b")


def test_a_portuguese_note_naming_the_poster_under_the_words_gives_way_to_the_date_above() -> None:
    block, body, note, name = _page("Entrada 03/03/2019", "17/11/2026 07:50",
                                    "Editado por rui em 17/11/2026 08:02")
    assert dated_above(block, body, "2026-11-17T08:02:00", note, set(), NOW, name)[0] == "2026-11-17T07:50:00"


def test_a_line_under_the_words_naming_another_member_or_dated_earlier_stays_the_date() -> None:
    block, body, note, name = _page("", "17/11/2026 07:50", "Editado por ana em 17/11/2026 08:02")
    assert dated_above(block, body, "2026-11-17T08:02:00", note, set(), NOW, name)[0] == "2026-11-17T08:02:00"
    block, body, note, name = _page("", "18/11/2026 07:50", "Posted by rui on 17/11/2026 08:02")
    assert dated_above(block, body, "2026-11-17T08:02:00", note, set(), NOW, name)[0] == "2026-11-17T08:02:00"


def test_the_join_day_in_the_posters_panel_is_never_the_date_above() -> None:
    block, body, note, name = _page("Joined 03/03/2019", "no date here", "Edited by rui on 17/11/2026 08:02")
    assert dated_above(block, body, "2026-11-17T08:02:00", note, set(), NOW, name)[0] == "2026-11-17T08:02:00"
