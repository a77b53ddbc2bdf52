"""parsers.quotes: quote boxes known by a header division of their own naming the quoted member
after a head word ("Cytat (ann)", "Цитата: ann"), and a header that heads the classed quote box
after it rather than the element around both; small pages written here, in Polish and Ukrainian."""

from __future__ import annotations

from parsers.dom import load
from parsers.quotes import attributed_quote, is_quote, quote_author


def _el(html: str, el_id: str) -> object:
    return load(html.encode()).root.get_element_by_id(el_id)


def test_a_box_opening_with_a_header_division_of_a_head_word_and_a_bracketed_name_is_a_quote() -> None:
    for html, name in (
        ('<div id="w"><div id="q" class="cy"><div>Cytat (ola_k)</div>Ziemia z korą.</div>'
         'Dziękuję!</div>', "ola_k"),
        ('<div id="w"><div id="q" class="ts"><div>Цитата: petro_m</div>Садити восени.</div>'
         'Дякую.</div>', "petro_m"),
    ):
        box = _el(html, "q")
        assert attributed_quote(box) and is_quote(box), html
        assert quote_author(box) == name, html


def test_a_header_division_over_a_classed_quote_box_heads_that_box_not_the_words_around_both() -> None:
    for html in (
        '<div id="w"><div class="qh">Cytat (ola_k):</div><div class="quote">Ziemia z korą.</div>'
        'Dziękuję!</div>'
        '<div>Odpowiedz</div>',
        '<div id="w"><div class="qh">Цитата: petro_m</div><blockquote>Садити восени.</blockquote>Дякую.</div>'
        '<div>Відповісти</div>',
    ):
        words = _el(html, "w")
        assert not attributed_quote(words) and not is_quote(words), html


def test_a_post_that_opens_with_a_header_line_and_no_words_after_its_box_is_no_quote() -> None:
    html = '<div id="w"><div id="q"><div>Cytat (ola_k)</div>Ziemia z korą.</div></div>'
    assert not attributed_quote(_el(html, "q")) and not is_quote(_el(html, "q"))
