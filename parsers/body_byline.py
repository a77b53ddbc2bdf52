"""A post's byline shown inside the element read as its words: the frame, not the words.

Some templates put the poster's name and the date on a line at the top of the post's content
box, with a bar of links beside it ("div.post-content > h4 [name, 'Reply #1, 2 days ago'] + ul
[Link, Report] + div [words]"). The content box is then the post's body element, but the line
naming the poster (the part of the box around the author's link that says little besides the
name and the date) and the bars of nothing but links next to it are the post's frame.

    >>> from parsers.dom import load
    >>> from parsers.body_byline import inner_byline
    >>> doc = load(b'<div class="content"><h4><a href="/u/ann">ann</a> <span>2 days ago</span></h4>'
    ...            b'<ul><li><a href="#p1">Link</a></li><li><a href="/report">Report</a></li></ul>'
    ...            b'<div>Green tea is best in the morning.</div></div>')
    >>> body = doc.root.find(".//div")
    >>> sorted(el.tag for el in inner_byline(body, body.find(".//a"), body.find(".//span"), set()))
    ['a', 'a', 'a', 'h4', 'li', 'li', 'span', 'ul']
"""

from __future__ import annotations

from typing import Any

from parsers.post_parts import WORDY_RE

__all__ = ["inner_byline"]

# Words a byline line says besides the poster's name and the date at the most ("Posted by",
# "Respuesta n.º 1": the date element holds those).
_BYLINE_WORDS = 3


def _child_holding(body: Any, el: Any) -> Any:
    """The child of ``body`` that holds ``el`` (None when ``el`` lies outside it)."""
    child = el
    while child is not None and child.getparent() is not body:
        child = child.getparent()
    return child


def _off(el: Any, skip: set[Any]) -> bool:
    """Whether ``el`` is, or lies in, a link or one of the ``skip`` elements."""
    return el in skip or el.tag == "a" or any(a.tag == "a" or a in skip for a in el.iterancestors())


def _words_outside_links(el: Any, skip: set[Any]) -> int:
    """The words of ``el`` outside its links and the ``skip`` elements."""
    words = 0
    for sub in el.iter():
        if not isinstance(sub.tag, str):
            continue
        if sub.text and not _off(sub, skip):
            words += len(WORDY_RE.findall(sub.text))
        parent = sub.getparent()
        if sub is not el and sub.tail and parent is not None and not _off(parent, skip):
            words += len(WORDY_RE.findall(sub.tail))
    return words


def _links_only(el: Any, skip: set[Any]) -> bool:
    """Whether ``el`` is a bar of links: it holds a link and no word outside its links."""
    return isinstance(el.tag, str) and el.find(".//a") is not None and not _words_outside_links(el, skip)


def inner_byline(body: Any, author: Any, date_el: Any, skip: set[Any]) -> set[Any]:
    """The elements of ``body`` that are the post's byline when ``body`` holds the ``author``
    link: the child of ``body`` around it, when it says at most a few words besides the name and
    the ``date_el``, and the bars of links right after and before that child; none of them when
    they would leave no words (or the author link lies outside ``body``)."""
    top = _child_holding(body, author)
    if top is None:
        return set()
    meta = set(author.iter()) | (set(date_el.iter()) if date_el is not None else set())
    if _words_outside_links(top, skip | meta) > _BYLINE_WORDS:
        return set()
    frame = set(top.iter())
    for step in ("getnext", "getprevious"):
        el = getattr(top, step)()
        while el is not None and (not isinstance(el.tag, str) or _links_only(el, skip)):
            if isinstance(el.tag, str):
                frame |= set(el.iter())
            el = getattr(el, step)()
    left = _words_outside_links(body, skip | frame) + sum(
        len(WORDY_RE.findall(a.text_content())) for a in body.iter("a") if a not in frame and a not in skip)
    return frame if left else set()
