"""Quotes known by what they repeat: a box in a post's words that repeats a line of an earlier
post of the page, by another poster, word for word, is a quote of that post, whatever the box is
classed as and whatever language its head line is in ("Originalno napisao: ann" over the quoted
words in "div.ubbcode-block"). The head line, when it names a poster of the page, says whom it
quotes; else the earlier post's author is the one quoted.

    >>> from parsers.dom import load
    >>> from parsers.post_quotes import repeated_quotes
    >>> doc = load(b'<div id=a>Which hives winter best on a windy hill?</div><div id=b><div class=box>'
    ...            b'<div>Napisao ann:</div><div>Which hives winter best on a windy hill?</div></div>'
    ...            b'Dadant hives with a straw cushion.</div>')
    >>> a, b = doc.root.get_element_by_id("a"), doc.root.get_element_by_id("b")
    >>> bodies = ["Which hives winter best on a windy hill?", "Napisao ann:\\n"
    ...           "Which hives winter best on a windy hill?\\nDadant hives with a straw cushion."]
    >>> found = repeated_quotes(bodies, ["ann", "bob"], [a, b], [set(), set()])
    >>> [(i, box.get("class"), name) for i, box, name in found]
    [(1, 'box', 'ann')]
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import clean
from parsers.post_parts import WORDY_RE
from parsers.thread_records import text_without

__all__ = ["repeated_quotes"]

# Words a line shows at the least to be told apart from a greeting every post may write.
_MIN_WORDS = 4
# Words a quote's head line shows at the most ("Originally posted by ann on 17.11.2026").
_HEAD_WORDS = 8


# The marks a board writes before a quoted line, mail's way: ">", "»", "|", repeated for a quote
# within a quote.
_QUOTE_MARK_RE = re.compile(r"^(?:[>»|]\s?)+(?=\S)")


def _named(text: str, names: set[str]) -> str | None:
    """The longest of ``names`` that ``text`` holds as a whole word."""
    found = [n for n in names if n in text and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)]
    return max(found, key=len) if found else None


def _box(container: Any, drop: set[Any], line: str, body: str) -> Any:
    """The element of ``container`` holding the quoted ``line`` and at most a short head line
    before it, with words of the post's ``body`` outside it; None when there is none."""
    holder, depth = None, -1
    for el in container.iter():
        if not isinstance(el.tag, str) or el is container or el in drop:
            continue
        if line in clean(el.text_content()):
            d = sum(1 for _ in el.iterancestors())
            if d > depth:
                holder, depth = el, d
    if holder is None:
        return None
    box = holder
    while (up := box.getparent()) is not None and up is not container and up not in drop:
        inner, outer = clean(box.text_content()), clean(up.text_content())
        if not outer.endswith(inner) or len(WORDY_RE.findall(outer[: len(outer) - len(inner)])) > _HEAD_WORDS:
            break
        box = up
    return box if WORDY_RE.search(" ".join(body.split()).replace(clean(box.text_content()), " ", 1)) else None


def repeated_quotes(
    bodies: list[str | None], authors: list[str | None], containers: list[Any], drops: list[set[Any]]
) -> list[tuple[int, Any, str]]:
    """(post, box, name): the boxes of the posts' words (``containers``, minus ``drops``) that
    repeat a line of an earlier post by another author, each with the poster it quotes."""
    first: dict[str, int] = {}
    names = {a for a in authors if a}
    out: list[tuple[int, Any, str]] = []
    for i, body in enumerate(bodies):
        # A quoted line keeps the mark the board writes before it ("» words", "> words": My
        # Little Forum, mail-like boards): the words after the mark are the earlier post's line.
        lines = [_QUOTE_MARK_RE.sub("", " ".join(ln.split())) for ln in (body or "").split("\n")]
        taken: set[Any] = set()
        for line in lines:
            j = first.get(line)
            if j is None or j >= i or not authors[j] or authors[j] == authors[i]:
                continue
            box = _box(containers[i], drops[i] | taken, line, body or "")
            if box is None:
                continue
            # A quote within the box, found already, names whom that quote quoted, not the box.
            inner = taken.intersection(box.iterdescendants()) if taken else None
            quoted = " ".join(text_without(box, inner).split()) if inner else clean(box.text_content())
            head = quoted[: quoted.find(line)]
            out.append((i, box, _named(head, names) or authors[j] or ""))
            taken |= set(box.iter())
        for line in lines:
            if len(WORDY_RE.findall(line)) >= _MIN_WORDS:
                first.setdefault(line, i)
    return out
