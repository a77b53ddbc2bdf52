"""parsers.poster_panels and parsers.named_boxes through parsers.parse_page: a post's frame told by
its shape on templates no reader was written for (tests/data/poster_panels, invented pages in
Swahili, Estonian, Welsh and Maori): the poster's panel of "label: value" statistics, the post's
own number link, an edit note, a quote box headed "NAME word:", and a post dated by its poster's
join day."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from parsers import parse_page
from parsers.dom import load
from parsers.named_boxes import named_boxes
from parsers.poster_panels import own_permalinks, poster_panel

DATA = Path(__file__).parent / "data" / "poster_panels"
NOW = "2026-11-20T12:00:00Z"


def _records(name: str, kind: str) -> list[Any]:
    result = parse_page((DATA / name).read_bytes(), url="http://example.onion/t/88", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "thread"
    return [r for r in result.records if r.kind == kind]


def test_a_swahili_side_panel_after_the_words_and_the_number_links_are_no_words() -> None:
    posts = _records("mazungumzo_sw.html", "post")
    assert [p.author for p in posts] == ["Amani", "Zuhura", "Baraka"]
    assert posts[0].body == ("Je, mnaweka tangawizi mbichi au ya unga kwenye chai ya asubuhi?\n"
                             "Mimi huchemsha kipande kidogo kwa dakika tano.")
    assert all("Machapisho" not in p.body and "Sifa" not in p.body and not p.body.startswith("#")
               for p in posts)


def test_a_swahili_edit_note_naming_a_poster_leaves_the_words() -> None:
    posts = _records("mazungumzo_sw.html", "post")
    assert posts[1].body == "Mbichi ni bora zaidi, ladha yake ni kali na safi."
    assert posts[1].posted_at == "2026-11-18T07:15:00"


def test_swahili_boxes_headed_by_a_posters_name_and_a_verb_are_quotes_of_that_poster() -> None:
    posts = _records("mazungumzo_sw.html", "post")
    assert [p.quotes for p in posts] == [[], ["Amani"], ["Zuhura"]]
    assert posts[2].body == "Kweli kabisa. Ongeza pia karafuu mbili ukipenda harufu nzuri."
    assert posts[2].posted_at is None  # "punde kidogo": words no reader knows


def test_an_estonian_poster_cell_of_broken_lines_is_no_words_and_its_join_day_no_post_date() -> None:
    posts = _records("foorum_et.html", "post")
    assert [(p.author, p.posted_at) for p in posts] == [
        ("mari", "2026-11-17T18:40:00"), ("jaan_t", "2026-11-18T09:02:00"), ("mari", None)]
    assert posts[0].body == ("Kui kaua te rohelist teed tõmmata laseb? Mul läheb see tihti mõruks.\n"
                             "Vesi on umbes kaheksakümmend kraadi.")
    authors = {a.name: (a.post_count, a.joined) for a in _records("foorum_et.html", "author")}
    assert authors == {"mari": (2418, "2019-02-05"), "jaan_t": (64, "2023-06-21")}


def test_estonian_quote_boxes_and_an_edit_note_leave_the_words() -> None:
    posts = _records("foorum_et.html", "post")
    assert [p.quotes for p in posts] == [[], ["mari"], ["jaan_t"]]
    assert posts[1].body == "Kaks minutit ja mitte sekunditki kauem. Siis pole mõrudust."
    assert posts[2].body == "Proovisin, tõesti parem. Aitäh!"


def test_a_welsh_post_dated_by_its_posters_join_day_is_dated_where_its_siblings_are() -> None:
    posts = _records("tebot_cy.html", "post")
    assert [p.posted_at for p in posts] == ["2026-11-17T18:40:00", "2026-11-18T07:15:00", None]
    assert posts[2].body == "Te gwyrdd i mi, ond heb ei adael yn rhy hir yn y pot."


def test_a_maori_post_dated_by_its_posters_join_day_leaves_its_own_date_line_out_of_its_words() -> None:
    posts = _records("whare_korero_mi.html", "post")
    assert [p.posted_at for p in posts] == ["2026-11-17T18:40:00", "2026-11-18T07:15:00", None]
    assert [p.body for p in posts] == [
        "He aha te kawhe pai rawa mō te ata? Kei te rapu au i tētahi mea hou.",
        "Ko te kawhe pango mai i te maunga te mea pai ki ahau.",
        "Whakamātauria te kawhe miraka, he reka rawa atu."]
    authors = {a.name: a.joined for a in _records("whare_korero_mi.html", "author")}
    assert authors == {"Hemi": "2021-07-03", "Aroha": "2024-09-09", "Tama": "2026-09-01"}


def test_a_poster_cell_that_holds_the_words_too_is_no_panel() -> None:
    doc = load(b'<table id="b"><tr><td><a href="/u/1">ann</a><br>Posts: 12<br>Karma: 4<br>'
               b'Water: 80 degrees<br>Steep it for two minutes, no longer.</td>'
               b'<td><span>17.11.2026</span></td></tr></table>')
    block = doc.root.get_element_by_id("b")
    assert poster_panel(block, block.find(".//a"), block.find(".//span")) == set()


def test_a_number_link_to_another_posts_anchor_is_no_permalink_of_this_one() -> None:
    doc = load(b'<div id="p2"><a href="#p1">#1</a> yes <a href="#p2">#2</a></div>')
    block = doc.root.get_element_by_id("p2")
    assert [a.get("href") for a in own_permalinks(block) if a.tag == "a"] == ["#p2"]


def test_a_box_headed_by_a_name_no_poster_of_the_page_bears_is_no_quote() -> None:
    doc = load(b'<div id="w"><div><div>ann kirjutas:</div>Green tea.</div>Black is better.</div>')
    body = doc.root.get_element_by_id("w")
    assert named_boxes(body, set(), ["bob"]) == []
    assert [n for _, n in named_boxes(body, set(), ["ann", "bob"])] == ["ann"]


def test_a_box_holding_all_of_a_posts_words_is_no_quote_of_itself() -> None:
    doc = load(b'<div id="w"><div><div>ann kirjutas:</div>Green tea is best.</div></div>')
    assert named_boxes(doc.root.get_element_by_id("w"), set(), ["ann"]) == []


def test_a_short_word_linking_the_posts_own_block_is_its_permalink_in_chinese_and_korean() -> None:
    result = parse_page((DATA.parent / "thread_frames" / "chaguan_zh.html").read_bytes(),
                        url="http://example.onion/t/5", captured_at=NOW, use_profiles=False)
    bodies = [r.body for r in result.records if r.kind == "post"]
    assert bodies[0] == "今年的明前龙井到了，用开水直接冲总觉得有点苦。\n大家一般用多少度的水？"
    assert not any("楼" in (b or "") for b in bodies)
    doc = load("<div id=\"c-12\"><a href=\"#c-12\">2층</a> <a href=\"#c-3\">1층</a> "
               "<a href=\"#c-12\">답글 달기</a></div>".encode())
    block = doc.root.get_element_by_id("c-12")
    assert [a.text for a in own_permalinks(block) if a.tag == "a"] == ["2층"]
