"""parsers.poster_signatures: a classed closing part that closes the posts of some posters and of
no other, each poster's posts alike, is their signature, though none repeats it; invented
threads (tests/data/thread_frames: a Swahili board, a Polish one with an edit note above a
signature) and small pages of this module's own."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page
from parsers.dom import clean, load
from parsers.poster_signatures import poster_signatures

DATA = Path(__file__).parent / "data" / "thread_frames"
NOW = "2026-11-20T12:00:00Z"


def _bodies(name: str) -> list[str | None]:
    result = parse_page((DATA / name).read_bytes(), url="http://example.onion/t/5", captured_at=NOW,
                        use_profiles=False)
    return [r.body for r in result.records if r.kind == "post"]


def test_swahili_signatures_each_shown_once_leave_the_words() -> None:
    assert _bodies("chai_jioni_sw.html") == [
        "Mnaweka tangawizi mbichi au ya unga kwenye chai ya jioni?\n"
        "Mimi huchemsha kipande kidogo kwa dakika tano.",
        "Mbichi ni bora zaidi, ladha yake ni kali na safi.",
        "Mdalasini kidogo pamoja na tangawizi unaleta harufu nzuri sana.",
        "Asanteni, nitajaribu yote mawili kesho asubuhi.",
    ]


def test_a_polish_signature_under_an_edit_note_and_one_alone_leave_the_words() -> None:
    assert _bodies("rowerownia_pl.html") == [
        "Po każdej jeździe w deszczu suport zaczyna skrzypieć przy mocniejszym pedałowaniu.\n"
        "Czy to już wymiana, czy wystarczy go rozebrać i przesmarować?",
        "Najpierw wykręć pedały i posmaruj gwinty, połowa skrzypień bierze się właśnie stamtąd.",
        "U mnie to była luźna korba, wystarczyło dokręcić śrubę.",
        "Pedały przesmarowane i cisza. Dzięki wielkie!",
    ]


def _found(posts: list[tuple[str, str]]) -> list[list[str]]:
    html = "".join(f"<div class=post>{words}</div>" for _, words in posts)
    doc = load(f"<body>{html}</body>".encode())
    boxes = doc.root.findall(".//div[@class='post']")
    parts = poster_signatures([name for name, _ in posts], boxes, [set()] * len(boxes))
    return [[clean(el.text_content()) for el in part if el.get("class")] for part in parts]


def test_a_closing_box_one_poster_shows_under_one_post_and_not_the_other_is_no_signature() -> None:
    assert _found([
        ("ann", "Try the small valve first.<div class=x>valve.jpg, 24 KB</div>"),
        ("bob", "The small one fits.<div class=x>fit.jpg, 31 KB</div>"),
        ("ann", "Thanks, it fits now."),
        ("ann", "One more photo.<div class=x>done.jpg, 18 KB</div>"),
    ]) == [[], [], [], []]


def test_a_box_every_post_closes_with_is_the_words_own() -> None:
    assert _found([
        ("ann", "<div class=t>Subject one</div><div class=w>Words of the first post.</div>"),
        ("bob", "<div class=t>Subject two</div><div class=w>Words of the second post.</div>"),
        ("ann", "<div class=t>Subject three</div><div class=w>Words of the third post.</div>"),
    ]) == [[], [], []]


def test_a_kind_found_inside_the_words_too_is_one_of_their_parts() -> None:
    assert _found([
        ("ann", "<p class=t>First paragraph here.</p><p class=t>Second paragraph here.</p>"),
        ("bob", "Plain words of a reply.<p class=t>A closing paragraph.</p>"),
        ("cy", "Other words of a reply.<p class=t>Another closing paragraph.</p>"),
        ("bob", "Plain words again."),
    ]) == [[], [], [], []]


def test_italian_closing_lines_of_two_posters_with_a_third_unsigned_are_signatures() -> None:
    assert _found([
        ("gianni", "Io metto il lievito madre la sera prima."
                   "<div class=firma>Gianni, panettiere per passione</div>"),
        ("lucia", "Io invece la mattina presto."),
        ("marco", "Dipende dalla farina.<div class=firma>Marco da Bologna</div>"),
        ("lucia", "Proverò la sera allora."),
    ]) == [["Gianni, panettiere per passione"], [], ["Marco da Bologna"], []]
