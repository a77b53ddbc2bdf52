"""Signatures known by what they repeat: the last part of a post's words, an element of its own
kind (tag and class), that one poster closes two or more posts with word for word is that
poster's signature, and every post's last part of that kind is its poster's signature, whatever
the class is called in the board's language ("div.qtd-chuky", "div.allekirjoitus").

    >>> from parsers.dom import clean, load
    >>> from parsers.post_signatures import repeated_signatures
    >>> doc = load(b'<div id=a><p>Green tea in the morning.</p><p class=s>Tea first.</p></div>'
    ...            b'<div id=b><p>Black tea after lunch.</p><p class=s>Tea first.</p></div>'
    ...            b'<div id=c><p>Coffee, always.</p><p class=s>Beans or bust.</p></div>')
    >>> boxes = [doc.root.get_element_by_id(i) for i in "abc"]
    >>> found = repeated_signatures(["ann", "ann", "bob"], boxes, [set(), set(), set()])
    >>> [[clean(el.text) for el in part] for part in found]
    [['Tea first.'], ['Tea first.'], ['Beans or bust.']]
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from parsers.dom import clean
from parsers.post_parts import WORDY_RE
from parsers.thread_records import text_without

__all__ = ["last_part", "repeated_signatures"]

# Characters a signature holds at the most: a line or two, not a paragraph of the post.
_SIG_CHARS = 300


def last_part(container: Any, skip: set[Any]) -> Any:
    """The last child with words of ``container`` (outside ``skip``), looked for inside the one
    child that holds all of its words; None when the container's words are one part."""
    box = container
    while True:
        children = [c for c in box if isinstance(c.tag, str) and c not in skip
                    and WORDY_RE.search(text_without(c, skip))]
        loose = WORDY_RE.search(box.text or "") or any(WORDY_RE.search(c.tail or "") for c in box)
        if len(children) == 1 and not loose:
            box = children[0]
            continue
        return children[-1] if len(children) >= 2 or (children and loose) else None


def repeated_signatures(
    authors: list[str | None], containers: list[Any], drops: list[set[Any]]
) -> list[set[Any]]:
    """For each post (its author, the element its words were read from, what was left out of
    them), the elements of its signature; empty sets when no poster repeats a closing part."""
    named = [a for a in authors if a]
    if len(set(named)) == len(named):
        return [set() for _ in containers]  # no poster wrote twice: nothing to repeat
    kinds: dict[tuple[str, str], list[tuple[int, Any, str]]] = defaultdict(list)
    for i, (container, drop) in enumerate(zip(containers, drops, strict=True)):
        if container is None:
            continue
        last = last_part(container, drop)
        cls = (last.get("class") or "").strip() if last is not None else ""
        if not cls:
            continue  # a plain closing paragraph is the post's words
        text = clean(text_without(last, drop))
        if 0 < len(text) <= _SIG_CHARS:
            kinds[(last.tag, cls)].append((i, last, text))
    out: list[set[Any]] = [set() for _ in containers]
    for found in kinds.values():
        said: dict[tuple[str, str], int] = defaultdict(int)
        for i, _, text in found:
            if authors[i]:
                said[(authors[i] or "", text)] += 1
        if len(found) < 2 or max(said.values(), default=0) < 2:
            continue
        for i, last, _ in found:
            out[i] = set(last.iter())
    return out
