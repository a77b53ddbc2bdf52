"""The elements of a page that show a date: where a post's date is, for the structural readers.

An element shows a date by its short text of its own ("17.11.2026 18:40", "<b>Posted:</b>
Yesterday, 21:15"), or by an attribute a script renders it from (``datetime``, ``title``, a data
attribute named for a time) when its text is relative or in words no reader knows. A member's
join date ("Joined: 09 Feb 2024") and dates inside quotes are no post's date.

    >>> from parsers.dom import load
    >>> doc = load(b'<div><p><i>ann</i> <span>17.11.2026 18:40</span></p><p>Joined: 3 Mar 2024</p>'
    ...            b'<p><span title="2026-11-18T09:15:00Z">yesterday-ish</span></p></div>')
    >>> [el.tag for el in date_elements(doc.root, None)]
    ['span', 'span']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from parsers.dates import parse_date
from parsers.dom import Doc, clean, xpath
from parsers.labels import LABELS
from parsers.post_dates import data_date, day_date, first_line, join_labelled
from parsers.post_parts import QUOTE_CLASS_RE

__all__ = ["date_elements", "is_dated", "join_elements", "page_dates", "page_joins"]

# Elements a date is shown in (not the page's structure: div and td are read as a
# date only when they hold little else).
_DATE_TAGS = ("time", "span", "div", "small", "abbr", "p", "dd", "dt", "td", "li", "a", "em", "i", "b",
              "strong", "font", "label", "h5", "h6", "header", "cite")
_DIGITS_RE = re.compile(r"\d+")

# "[@*]" first: most elements have no attribute, and that test is a third of the whole one's cost.
_DATED = xpath("descendant::*[@*][@datetime or @title or @*[starts-with(name(), 'data-')]]")


def _own_text(el: Any) -> str:
    # An element without children holds its text directly (text_content runs an XPath).
    n = len(el)
    return clean(el.text_content()) if 0 < n <= 3 else clean(el.text or "")


_DATE_TAG_SET = frozenset(_DATE_TAGS)


def _short_text_holders(root: Any) -> Iterator[tuple[Any, str, str]]:
    """(element, text, label): elements holding a short text of their own, or after a child
    ("<b>Joined:</b> 9 Feb 2024", label "Joined:"), that is not a bare number: a page's long
    texts and counts are never read further."""
    # A short text that strips to nothing (the whitespace between tags, most of a page's texts)
    # opens with no digit, so it never reaches first_line: a call per text node is saved.
    for el in root.iter():
        text = el.text
        if text:
            value = text.strip() if len(text) <= 80 else None
            if value is not None and len(value) <= 60:
                if value and not value.isdigit():
                    yield el, value, ""
            elif (value := first_line(text)):
                yield el, value, ""
        text = el.tail
        if text:
            value = text.strip() if len(text) <= 80 else None
            if value is not None and len(value) <= 60:
                if value and not value.isdigit():
                    yield el.getparent(), value, (el.text or "").strip()
            elif (value := first_line(text)):
                yield el.getparent(), value, (el.text or "").strip()


def _quoted(el: Any) -> bool:
    """Whether ``el`` lies in a quote (or is its head)."""
    return any(a.tag == "blockquote" or QUOTE_CLASS_RE.search(a.get("class") or "")
               for a in (el, *el.iterancestors()))


def _join_line(el: Any) -> bool:
    """Whether a line of ``el`` after a child (a "<br>") is labelled as a join date: a user
    panel's cell ("Moderator<br>Posts: 1,204<br>Joined: 02.11.2019"), whose whole text reads as
    a date only through that member's date."""
    return any(child.tail and LABELS["member_since"].match(child.tail.strip()) for child in el)


def is_dated(text: str, now: str | None) -> bool:
    """Whether a short text is a date ("17.11.2026 18:40", "Posted: Yesterday, 21:15")."""
    if not text or len(text) > 60 or (len(text) > 20 and not any(c.isdigit() for c in text)):
        return False
    if not any(c.isalpha() for c in text) and len(_DIGITS_RE.findall(text)) < 2:
        return False  # a count or a number, not a date
    if LABELS["member_since"].match(text):
        return False  # "Joined: 09 Feb 2024" is the member's date, not the post's
    # A post is dated to the day: a year alone ("© 2026") or a month ("May 2015") is no post's.
    return len(day_date(text, now) or "") >= 10


Short = list[tuple[Any, str, str]]


def date_elements(root: Any, now: str | None, short: Short | None = None) -> list[Any]:
    """The innermost elements whose short text, or datetime/title, is a date, in page order.
    ``short``: ``root``'s short texts (:func:`_short_text_holders`), when gathered already."""
    out: list[Any] = []
    seen: set[Any] = set()
    dated: set[Any] = set()
    for el, own, label in _short_text_holders(root) if short is None else short:
        if el is None or el.tag not in _DATE_TAG_SET:
            continue
        if el in seen:
            # A second short text of one element ("Posted: 17 Nov 2026 <span/> Subject: x"): its own
            # date, when the first was none.
            if el not in dated and not LABELS["member_since"].match(f"{label} {own}") and is_dated(own, now):
                out.append(el)
                dated.add(el)
            continue
        seen.add(el)
        value = el.get("datetime") or el.get("title")
        text = _own_text(el)
        if LABELS["member_since"].match(f"{label} {text}") or _quoted(el) or join_labelled(el):
            continue  # "<b>Joined:</b> 09 Feb 2024"; "Quote from: ann on 17 Nov": no post's date
        if (value and len(value) <= 60 and len(parse_date(value, now) or "") >= 10) or is_dated(own, now) \
                or (own != text and is_dated(text, now) and not _join_line(el)) \
                or len(data_date(el, now) or "") >= 10:
            out.append(el)
            dated.add(el)
    # Dates a script shows from an attribute, the element itself empty ("<span class=timeago
    # title=2026-11-17T18:40Z>"): then every date is put back in page order.
    attributed = [el for el in _DATED(root) if el not in seen and el.tag in _DATE_TAG_SET and not _quoted(el)
                  and len(parse_date(el.get("datetime") or el.get("title"), now)
                          or data_date(el, now) or "") >= 10]
    if attributed:
        found = set(out) | set(attributed)
        out = [el for el in root.iter(_DATE_TAGS) if el in found]
    # An element whose date is its child's is not one more date.
    inner = set(out)
    return [el for el in out if not any(d in inner for d in el.iterdescendants())]


_COUNT = xpath("count(//*)")


def page_dates(doc: Doc, root: Any, now: str | None) -> list[Any]:
    """:func:`date_elements` of ``root`` (the page's body), found once while the tree holds
    still: several readers ask in turn (the runs of rows, the aligned names). The answer is kept
    in ``doc.memo`` with the number of the tree's elements, which every reader that changes the
    tree changes (a wrapped name, rows wrapped in runs until they are put back; parsers.struck
    forgets the memo)."""
    size = _COUNT(doc.root)
    held = doc.memo.get(key := f"dates:{now}")
    if held is not None and held[0] == size and held[1] is root:
        return list(held[2])
    found = date_elements(root, now, _page_short(doc, root, size))
    doc.memo[key] = (size, root, tuple(found))
    return found


def page_joins(doc: Doc, root: Any, now: str | None) -> list[Any]:
    """:func:`join_elements` of ``root`` (the page's body), from the short texts
    :func:`page_dates` gathered while the tree holds still."""
    return join_elements(root, now, _page_short(doc, root, _COUNT(doc.root)))


def _page_short(doc: Doc, root: Any, size: float) -> Short:
    """The short texts of ``root``, gathered once for a tree of ``size`` elements."""
    held = doc.memo.get("short_texts")
    if held is not None and held[0] == size and held[1] is root:
        return held[2]
    short = list(_short_text_holders(root))
    doc.memo["short_texts"] = (size, root, short)
    return short


def join_elements(root: Any, now: str | None, short: Short | None = None) -> list[Any]:
    """The elements showing a member's labelled join date ("<span>Joined:</span> <span>12.03.2019
    </span>"), in page order: on a thread whose posts show no date, each post's author panel shows
    one, and they align the posts as dates would. ``short``: as :func:`date_elements`'s."""
    # No label, no join date: most pages are passed over after one look at their short texts.
    texts = _short_text_holders(root) if short is None else short
    if not any(LABELS["member_since"].match(text) for _, text, _ in texts):
        return []
    out: list[Any] = []
    for el in root.iter(_DATE_TAGS):
        if not is_dated(_own_text(el), now) or any(True for _ in el.iterchildren(_DATE_TAGS)):
            continue
        before = el.getprevious()
        label = clean(before.text_content()) if before is not None else clean(el.getparent().text or "")
        if join_labelled(el) or (label and LABELS["member_since"].match(label)):
            out.append(el)
    return out
