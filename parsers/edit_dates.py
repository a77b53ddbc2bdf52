"""A post dated by the note under its words that says its poster changed it ("［最終編集：ann 昨日
午前8時02分］", "Last edited by ann, today 09:40") is dated by the date shown above its words: a
post's own date heads it, a change comes later. The note is told by where it stands (after the
words' element), by the poster it names (the post's own) and by its date, no earlier than the one
above the words. With no date above the words, the poster's byline under the note (the block's
part holding the poster's link and a date no later: "— ann, 19 Nov 2026, 18:45") dates it.

    >>> from parsers.dom import load
    >>> from parsers.edit_dates import dated_above
    >>> doc = load(b'<table><tr><td><b>ann</b><br>Joined 03.03.2019</td><td><span>17.11.2026 07:50</span>'
    ...            b'<div>Oil the axle with one drop only.</div><p>Edited by ann 17.11.2026 08:02</p>'
    ...            b'</td></tr></table>')
    >>> block, note, name = doc.root.find(".//table"), doc.root.find(".//p"), doc.root.find(".//b")
    >>> dated_above(block, doc.root.find(".//div"), "2026-11-17T08:02:00", note, set(), None, name)[0]
    '2026-11-17T07:50:00'
"""

from __future__ import annotations

from typing import Any

from parsers.dom import clean
from parsers.forum_members import shown_name
from parsers.post_dates import post_date

__all__ = ["dated_above"]

# Characters of a note at the most: a line, not a paragraph.
_NOTE_CHARS = 200


def dated_above(
    block: Any, body: Any, date: str | None, date_el: Any, skip: set[Any], now: str | None, author_el: Any
) -> tuple[str | None, Any]:
    """(date, element) of a post whose date was read from ``date_el``: the date shown before the
    words' element ``body`` in ``block`` (outside ``skip`` and the poster's panel around
    ``author_el``, where a join day stands), when ``date_el`` stands after the words, names the
    post's author and dates no earlier; else ``date`` and ``date_el``."""
    if date is None or date_el is None or author_el is None or date_el is body:
        return date, date_el
    author = shown_name(author_el)
    if not author:
        return date, date_el
    text = clean(date_el.text_content())
    if len(text) > _NOTE_CHARS or author.casefold() not in text.casefold():
        return date, date_el  # the cheap test first: most posts' date lines name no poster
    if body is None:
        # No words' element: a note naming the poster over the poster's own byline.
        if author_el in set(date_el.iter()):
            return date, date_el
        return _byline_below(block, date, date_el, skip, now, author_el)
    if body in set(date_el.iterancestors()) or date_el in set(body.iterancestors()):
        return date, date_el
    before: set[Any] = set()
    for el in block.iter():
        if el is date_el:
            return date, date_el  # the line heads the words: the post's own date
        if el is body:
            break
        before.add(el)
    holders = set(body.iterancestors())
    panel = author_el
    while (up := panel.getparent()) is not None and up not in holders:
        panel = up
    exclude = skip | holders | set(panel.iter()) | {el for el in block.iter() if el not in before}
    above, el = post_date(block, exclude, now)
    if above is None:
        return _byline_below(block, date, date_el, skip, now, author_el)
    return (above, el) if above <= date else (date, date_el)


def _byline_below(
    block: Any, date: str, date_el: Any, skip: set[Any], now: str | None, author_el: Any
) -> tuple[str | None, Any]:
    """(date, element) of the poster's byline under the note ``date_el``: the block's part after
    the note's that holds the poster's linked name and a date no later than the note's (bylines
    set below the words, "— ann, 19 Nov 2026, 18:45"); else ``date`` and ``date_el``."""
    line, top = author_el, date_el
    while line.getparent() is not None and line.getparent() is not block:
        line = line.getparent()
    while top.getparent() is not None and top.getparent() is not block:
        top = top.getparent()
    if line.getparent() is None or top.getparent() is None or not any(e is line for e in top.itersiblings()):
        return date, date_el
    below, el = post_date(line, skip, now)
    return (below, el) if below is not None and below <= date else (date, date_el)
