"""parsers.quotes: a post's words opening with an unclassed quote box (a header division naming
the quoted member over the quoted words) are no quote themselves: a header is one line, so an
element whose first element holds a box of its own is the post, that first element the quote.
Small boxes written here, in Ukrainian and Polish."""

from __future__ import annotations

from parsers.dom import load
from parsers.quotes import attributed_quote, is_quote


def _boxes(html: str) -> tuple[object, object]:
    root = load(("<html><body><div id=post>" + html + "</div></body></html>").encode()).root
    post = root.get_element_by_id("words")
    return post, post[0]


def test_ukrainian_words_opening_with_a_quote_box_are_the_post_and_the_box_the_quote() -> None:
    words, box = _boxes('<div id=words><div class=a><div class=b>Цитата (bdzhilka)</div>'
                        'Скільки рамок лишати на зиму?</div>Стільки, скільки бджоли обсідають.</div>'
                        '<div class=sig>Мед і віск</div>')
    assert is_quote(box) or attributed_quote(box)
    assert not is_quote(words) and not attributed_quote(words)


def test_polish_words_opening_with_a_quote_box_are_the_post_and_the_box_the_quote() -> None:
    words, box = _boxes('<div id=words><div class=x><div class=y>Cytat: miodek_z_lasu</div>'
                        'Ile ramek zostawić na zimę?</div>Tyle, ile pszczoły obsiadają.</div>'
                        '<p>--<br>Pozdrawiam</p>')
    assert is_quote(box) or attributed_quote(box)
    assert not is_quote(words) and not attributed_quote(words)
