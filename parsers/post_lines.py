"""Authors named inside a post's dated line of words, with no element of their own.

Some templates write a post's head as one line of text: "malee_s commented on 19.11.26",
"Reported by somchai.k on 17.11.26". The posts' lines are one template filled in: the words
every line shows alike are the template's, the word that changes from post to post and reads as
a handle is the author's name (the date changes too, but reads as a date). The name is then
wrapped in an element of its own (a ``span``) so that the post readers can hold it as they hold
a name shown in markup.

    >>> from parsers.dom import load
    >>> doc = load(b'<div><p class=m>ann commented on 17.11.2026</p><p>Green tea.</p></div>'
    ...            b'<div><p class=m>bob commented on 18.11.2026</p><p>Black tea.</p></div>')
    >>> lines = [p for p in doc.root.iter("p") if p.get("class") == "m"]
    >>> [el.text for el in line_names(lines, None, name_like=lambda t, now: "." not in t)]
    ['ann', 'bob']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from parsers.bylines import name_after_by
from parsers.dates import parse_date
from parsers.dom import clean

__all__ = ["byline_name", "line_names"]


def line_names(
    lines: list[Any], now: str | None, *, name_like: Callable[[str, str | None], bool]
) -> list[Any]:
    """One element per dated line (each post's), wrapping the word that names its author: the
    only place of the lines' words that changes from line to line and reads as a name, where the
    lines, of as many words each, share one word at least; [] when no such place is found."""
    words = [clean(el.text_content()).split() for el in lines]
    size = len(words[0])
    if size < 3 or any(len(w) != size for w in words):
        return []
    shared = [i for i in range(size) if len({w[i] for w in words}) == 1]
    varied = [i for i in range(size) if i not in shared and all(name_like(w[i], now) for w in words)]
    if not shared or len(varied) != 1:
        return []  # no template, or two changing words that read as names: which is the author?
    place = varied[0]
    for w in words:
        # "3 days ago", "14 hours ago": a word the date needs ("days") is no name; without the
        # author's name a line reads as the same date.
        if parse_date(" ".join(w), now) != parse_date(" ".join(w[:place] + w[place + 1:]), now):
            return []
    wrapped = [wrap_word(el, w[place]) for el, w in zip(lines, words, strict=True)]
    return wrapped if all(el is not None for el in wrapped) else []


def byline_name(line: Any) -> Any:
    """The element naming the author of a dated line written with a "by" word ("Reported by
    ann on 17.11.26"), wrapped when it has none of its own; None when the line names no one."""
    name = name_after_by(clean(line.text_content()))
    return wrap_word(line, name) if name and " " not in name else None


def wrap_word(el: Any, word: str) -> Any:
    """The element holding ``word`` alone in ``el``: a child whose whole text it is, else a new
    ``span`` cut out of the text (or a child's tail) that holds it; None when it is not there."""
    pattern = re.compile(r"(?:^|(?<=\s))" + re.escape(word) + r"(?=\s|$)")
    for node in el.iter():
        if node is not el and clean(node.text_content()) == word and len(node) == 0:
            return node
        for attr in ("text", "tail") if node is not el else ("text",):
            value = getattr(node, attr)
            match = pattern.search(value or "")
            if match is None:
                continue
            span = el.makeelement("span", {})
            span.text = word
            span.tail = value[match.end():]
            setattr(node, attr, value[: match.start()])
            if attr == "text":
                node.insert(0, span)
            else:
                node.addnext(span)
            return span
    return None
