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


_BYLINES_BELOW = {
    # Dutch: a list of posts, each its words, a note naming its poster, the byline last.
    "nl": """<html lang="nl"><head><title>Volkstuin - Slakken</title></head><body><h1>Slakken in de sla</h1>
<ol class="lijst">
<li class="bericht"><p>Elke ochtend vind ik slakken tussen mijn sla, wat helpt er echt tegen?</p>
<p class="ond">— <a href="/lid/moestuin_els">moestuin_els</a>, 16 november 2026 19:10</p></li>
<li class="bericht"><p>Leg een plank neer en raap ze 's ochtends op, dat werkt bij mij prima.</p>
<p class="wijz">Gewijzigd door spade_joop gisteren 21:30</p>
<p class="ond">— <a href="/lid/spade_joop">spade_joop</a>, gisteren 20:05</p></li>
<li class="bericht"><p>Koperband rond de bakken houdt ze ook goed tegen, probeer het eens.</p>
<p class="ond">— <a href="/lid/moestuin_els">moestuin_els</a>, vandaag 08:40</p></li>
</ol></body></html>""",
    # Polish: divisions per post, the note and the byline as divisions after the words.
    "pl": """<html lang="pl"><head><title>Forum pszczelarzy</title></head><body><h1>Warroza jesienią</h1>
<div class="wpis"><div class="nr">#1</div>
<div>Kiedy najlepiej podać kwas szczawiowy przeciw warrozie w ulu?</div>
<div class="podpis">— <a href="/uzytkownik/ul_marek">ul_marek</a>, 12 listopada 2026, 18:20</div></div>
<div class="wpis"><div class="nr">#2</div>
<div>W grudniu, gdy nie ma czerwiu, wtedy działa najlepiej na roztocza.</div>
<div class="zmiana">Edytowano przez pasieka_ola 18 listopada 2026, 09:00</div>
<div class="podpis">— <a href="/uzytkownik/pasieka_ola">pasieka_ola</a>, 17 listopada 2026, 21:45</div></div>
<div class="wpis"><div class="nr">#3</div><div>Dziękuję, poczekam więc do grudnia i wtedy podam kwas.</div>
<div class="podpis">— <a href="/uzytkownik/ul_marek">ul_marek</a>, 18 listopada 2026, 10:05</div></div>
</body></html>""",
}


def test_a_post_whose_byline_stands_below_its_edit_note_is_dated_by_the_byline() -> None:
    expected = {
        "nl": ["2026-11-16T19:10:00", "2026-11-19T20:05:00", "2026-11-20T08:40:00"],
        "pl": ["2026-11-12T18:20:00", "2026-11-17T21:45:00", "2026-11-18T10:05:00"],
    }
    for lang, html in _BYLINES_BELOW.items():
        result = parse_page(html.encode(), url="http://example.onion/t/8", captured_at=NOW,
                            use_profiles=False)
        posts = [r for r in result.records if r.kind == "post"]
        assert [p.posted_at for p in posts] == expected[lang], lang
