"""parsers.name_heads: a quote's head that is a poster's name alone, just over the quote's box
(a head classed as a quote's part, or a plain bold line), names whom the quote is of; read
through whole invented threads (a Hungarian board of BBCode quotes, a Czech one with a bold
name over a blockquote) and this module's own small boxes."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.name_heads import name_heads

NOW = "2026-11-20T12:00:00Z"


def _thread(posts: list[tuple[str, str, str]], head: str) -> bytes:
    parts = []
    for i, (name, day, words) in enumerate(posts, 1):
        parts.append(
            f'<div class="hsz" id="h{i}"><div class="kuldo"><a href="/tag/{name}">{name}</a>'
            f'<span class="rang">Tag</span></div><div class="tartalom"><div class="ido">{day}</div>'
            f'<div class="szoveg">{words.format(head=head)}</div></div></div>')
    return ("<html><body><h1>Kovászos kenyér</h1>" + "".join(parts) + "</body></html>").encode()


_POSTS = [
    ("kenyersuto", "2026.11.17. 18:40", "Milyen lisztet használtok a kovászhoz? Nálam mindig lapos marad."),
    ("molnarne", "2026.11.18. 09:15",
     "{head}<blockquote>Milyen lisztet használtok a kovászhoz?</blockquote>Teljes kiőrlésű rozslisztet, "
     "abban több az élesztőgomba."),
    ("kenyersuto", "2026.11.19. 20:05", "Köszönöm, kipróbálom a rozslisztet még ezen a héten."),
]


def _posts(page: bytes) -> list:
    result = parse_page(page, url="http://example.onion/t/9", captured_at=NOW, use_profiles=False)
    return [r for r in result.records if r.kind == "post"]


def test_a_quote_headed_by_a_classed_part_that_is_a_name_alone_is_of_that_poster() -> None:
    posts = _posts(_thread(_POSTS, '<div class="idezet-fej">kenyersuto</div>'))
    assert [p.quotes for p in posts] == [[], ["kenyersuto"], []]
    assert posts[1].body == "Teljes kiőrlésű rozslisztet, abban több az élesztőgomba."


def test_a_quote_headed_by_a_bold_name_alone_is_of_that_poster() -> None:
    posts = _posts(_thread(_POSTS, "<b>kenyersuto</b>"))
    assert posts[1].quotes == ["kenyersuto"]
    assert posts[1].body == "Teljes kiőrlésű rozslisztet, abban több az élesztőgomba."


def test_a_head_naming_no_poster_of_the_page_names_nothing() -> None:
    doc = load(b'<div><div class="citace-hlava">Redakce</div><blockquote>Cituji.</blockquote>Ano.</div>')
    box = doc.root.find(".//blockquote")
    assert name_heads([(box, None)], set(box.iter()), ["pavel_k", "jana"]) == []


def test_words_between_a_name_and_the_box_make_no_head() -> None:
    doc = load(b'<div><b>pavel_k</b> napsal v pondeli<blockquote>Cituji.</blockquote>Ano.</div>')
    box = doc.root.find(".//blockquote")
    assert name_heads([(box, None)], set(box.iter()), ["pavel_k"]) == []
