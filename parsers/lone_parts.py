"""A part of one post that no other post shows beside its words: a signature or a motto in an element
of its own under the words ("<div class=saini>Honey is sweet.</div>" between the words and the
byline), in a thread whose posts hold their words in one kind of element each. The words' kind
(tag and class) is the one every post's block holds as a child, the one saying most; a child of
a kind few posts hold (fewer than half), after the words and before the byline, saying words
and linking no one, is no part of the post's words.

    >>> from parsers.dom import clean, load
    >>> posts = ["<div class=w>Tea, green or black today?</div>",
    ...          "<div class=w>Green, always and only.</div><div class=s>My motto, always.</div>",
    ...          "<div class=w>Black in the morning then.</div>"]
    >>> doc = load("".join(f"<div class=p>{p}<p class=by>ann</p></div>" for p in posts).encode())
    >>> blocks = doc.root.findall(".//div[@class='p']")
    >>> [clean(el.text_content()) for el in lone_parts(blocks[1], blocks, set())]
    ['My motto, always.']
"""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

from parsers.post_parts import WORDY_RE

__all__ = ["lone_parts"]

#: Posts a thread shows at the least for "every post holds it" to say something.
_MIN_BLOCKS = 3
_CACHE = threading.local()


def _kind(el: Any) -> tuple[str, str]:
    return el.tag, " ".join((el.get("class") or "").split())


def lone_parts(block: Any, blocks: list[Any], skip: set[Any]) -> set[Any]:
    """The elements of ``block``'s lone parts after its words (see the module); empty when the
    posts hold their words in no one kind of child, or ``block`` shows no such part."""
    if len(blocks) < _MIN_BLOCKS:
        return set()
    children = [c for c in block if isinstance(c.tag, str) and c not in skip]
    if len(children) < 3:
        return set()  # the words and the byline at most: nothing beside them
    # The kinds every block holds, counted once a thread (its blocks asked one after another).
    last = getattr(_CACHE, "last", None)
    if last is not None and last[0] is blocks:
        held = last[1]
    else:
        held = Counter()
        for other in blocks:
            held.update({_kind(c) for c in other if isinstance(c.tag, str)})
        _CACHE.last = (blocks, held)
    every = [c for c in children if held[_kind(c)] == len(blocks) and _kind(c)[1]]
    if not every:
        return set()
    words = max(every, key=lambda c: len(c.text_content()))
    out: set[Any] = set()
    for el in words.itersiblings():
        if not isinstance(el.tag, str) or el in skip:
            continue
        if 2 * held[_kind(el)] >= len(blocks) or el.find(".//a") is not None:
            break  # the byline, a part most posts show, or a link: the frame goes on from here
        text = el.text_content()
        if WORDY_RE.search(text) and not any(ch.isdigit() for ch in text):
            out |= set(el.iter())
    return out
