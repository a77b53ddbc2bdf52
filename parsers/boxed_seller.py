"""An item page's seller shown in a box of its statistics, recognised by the box's shape, not by
its words: a link whose text is the last step of its own address (a page named for a handle:
"/bejjiegh/leafy"), standing alone on its line, followed by labelled statistics, two or more
("Sales: 1,126", "Rating: 4.9 / 5", "Member since: March 2022"), one of them a score over 5 or
10 or a positive share. A reviewer's link is followed by a comment, not by such lines.

>>> from parsers.dom import load
>>> doc = load(b"<h1>Jug</h1><div><b>Il-bejjiegh</b><br><a href='/bejjiegh/fuhhar_mt'>fuhhar_mt</a><br>"
...            b"Bejgh: 1,126<br>Klassifikazzjoni: 4.9 / 5<br>Membru minn: Marzu 2022</div>")
>>> boxed_seller(doc)
'fuhhar_mt'
>>> boxed_seller(load(b"<div><a href='/u/ann'>ann</a><br>Rating: 5/5<br>Lovely jug, thanks!</div>"))
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import Doc, clean
from parsers.market_names import LISTING_URL_RE
from parsers.stats_seller import HANDLE_RE, named_page

__all__ = ["boxed_seller"]

# A labelled statistic of any language: a short label, a colon, a value holding a figure.
_STAT_RE = re.compile(r"^[^\W\d_][^:：\d]{0,30}[:：]\s*\S*\d")
# A score over its scale ("4.9 / 5", "9/10") or a share ("98 %").
_GRADE_RE = re.compile(r"(?<![\d.,])\d{1,2}(?:[.,]\d{1,2})?\s*(?:/\s*(?:5|10)(?![\d.,])|%)")
# Written marks of a grade: the raw page is searched for them before any tree walk.
_MARKS = (b"/5", b"/ 5", b"/10", b"/ 10", b"%")
_MENUS = frozenset({"nav", "header", "footer", "menu", "form"})
_REVIEW_RE = re.compile(r"comment|review|feedback|testimonial", re.IGNORECASE)
# A badge after a seller's handle on its line ("4. szint", "[Level 3]"): a few words, no label.
_BADGE = 16
_COLON_RE = re.compile(r"[:：]")


def _handle_line(lines: list[str], text: str) -> int | None:
    """The index of the line of the handle alone, or of the handle and a short badge after it
    ("fuhhar_mt 4. szint", "ann [Level 3]": no label, no colon), else None."""
    for i, line in enumerate(lines):
        if line == text:
            return i
        if line.startswith(text + " ") and len(line) - len(text) <= _BADGE and not _COLON_RE.search(line):
            return i
    return None


def _stats_after(a: Any, text: str) -> bool:
    """Whether the block around link ``a`` shows, right after the line of the link alone, two
    labelled statistics or more, one a grade."""
    box = a.getparent()
    for _ in range(3):
        if box is None:
            return False
        lines = Doc.lines(box)
        at = _handle_line(lines, text)
        if at is not None:
            stats = []
            for line in lines[at + 1:]:
                if len(line) > 60 or not _STAT_RE.match(line):
                    break
                stats.append(line)
            if len(stats) >= 2:
                return any(_GRADE_RE.search(line) for line in stats)
            if len(lines) > at + 1:
                return False  # the block goes on with no statistics: a larger block says no more
        box = box.getparent()
    return False


def boxed_seller(doc: Doc) -> str | None:
    """The handle of the first link named for its address and followed by its statistics (see
    the module), outside the page's menus and reviews; None when no link is."""
    raw = doc.raw or b""
    if not any(mark in raw for mark in _MARKS):
        return None  # no grade is written: the tree is not walked
    for a in doc.root.iter("a"):
        # Cheap first: the link's own words (or its one child's: "<a><b>leafy</b></a>") are a handle.
        words = (a.text or (a[0].text if len(a) == 1 else None) or "").strip()
        if not words or not HANDLE_RE.match(words):
            continue
        href = a.get("href") or ""
        text = clean(a.text_content())
        if text != words or LISTING_URL_RE.search(href) or not named_page(href, text, steps=2):
            continue
        if any(anc.tag in _MENUS or _REVIEW_RE.search(anc.get("class") or "") for anc in a.iterancestors()):
            continue
        if _stats_after(a, text):
            return text
    return None
