"""Signatures known by whom they close: the last part of a post's words, a classed element of its
own kind (tag and class), that closes the posts of some posters and of no other, each poster's
posts all alike (every one closed so, or none), is its posters' signature, though no poster
repeats it word for word (each signs once on the page). A box every post shows is the words'
own; a kind found anywhere else in the words is one of their parts; a post's words' last
paragraph is no kind of its own.

    >>> from parsers.dom import clean, load
    >>> from parsers.poster_signatures import poster_signatures
    >>> doc = load(b'<div id=a>Green tea in the morning.</div>'
    ...            b'<div id=b>Black tea after lunch.<div class=s>Bob. Tea first.</div></div>'
    ...            b'<div id=c>Coffee, always.<div class=s>Cy, beans or bust.</div></div>'
    ...            b'<div id=d>Still green tea here.</div>')
    >>> boxes = [doc.root.get_element_by_id(i) for i in "abcd"]
    >>> found = poster_signatures(["ann", "bob", "cy", "ann"], boxes, [set()] * 4)
    >>> [[clean(el.text) for el in part] for part in found]
    [[], ['Bob. Tea first.'], ['Cy, beans or bust.'], []]
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from parsers.dom import clean
from parsers.post_signatures import last_part
from parsers.thread_records import text_without

__all__ = ["poster_signatures"]

# Characters a signature holds at the most: a line or two, not a paragraph of the post.
_SIG_CHARS = 300
# Boxes of a post's words that may close it for some posters and not others: code, a table, a
# quote; never a signature.
_CONTENT_TAGS = ("pre", "code", "table", "blockquote")


def _kind(el: Any) -> tuple[str, str] | None:
    cls = (el.get("class") or "").strip() if el is not None else ""
    return (el.tag, cls) if cls else None


def poster_signatures(
    authors: list[str | None], containers: list[Any], drops: list[set[Any]]
) -> list[set[Any]]:
    """For each post (its author, the element its words were read from, what was left out of
    them), the elements of its signature; empty sets when no kind of closing part closes the
    posts of some posters only. A poster must show two posts or more, so that a poster's posts
    are seen alike."""
    out: list[set[Any]] = [set() for _ in containers]
    named = [a for a in authors if a]
    if len(containers) < 3 or len(set(named)) == len(named):
        return out
    lasts = [last_part(c, d) if c is not None else None for c, d in zip(containers, drops, strict=True)]
    closing: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, last in enumerate(lasts):
        if (kind := _kind(last)) is not None:
            closing[kind].append(i)
    for kind, found in closing.items():
        # A post whose part of that kind a reader left out already (an edit note's line under it)
        # is closed so too.
        closed = set(found) | {i for i, (c, d) in enumerate(zip(containers, drops, strict=True))
                               if c is not None and _has(kind, c, d)}
        if len(closed) < 2 or len(closed) == len(containers) or any(not authors[i] for i in closed) \
                or len({authors[i] for i in closed}) < 2:
            continue
        # A poster's posts alike: all closed so, or none.
        if any((i in closed) != (j in closed) for i, a in enumerate(authors) for j, b in enumerate(authors)
               if a and a == b and i < j):
            continue
        if not all(_apart(kind, containers[i], drops[i], lasts[i] if i in found else None)
                   for i in range(len(containers)) if containers[i] is not None):
            continue
        for i in found:
            if (last := lasts[i]) is not None:
                out[i] = set(last.iter())
    return out


def _has(kind: tuple[str, str], container: Any, drop: set[Any]) -> bool:
    """Whether ``container`` holds an element of ``kind`` inside what was left out (``drop``)."""
    return any(el in drop and (el.get("class") or "").strip() == kind[1] for el in container.iter(kind[0]))


def _apart(kind: tuple[str, str], container: Any, drop: set[Any], last: Any) -> bool:
    """Whether the only element of ``kind`` in ``container``'s words (outside ``drop``) is its
    closing part ``last`` (None: no element of that kind), a short one holding no box of the
    words' own."""
    tag, cls = kind
    for el in container.iter(tag):
        if el is not last and el not in drop and (el.get("class") or "").strip() == cls:
            return False
    if last is None:
        return True
    text = clean(text_without(last, drop))
    return 0 < len(text) <= _SIG_CHARS and next(last.iter(*_CONTENT_TAGS), None) is None
