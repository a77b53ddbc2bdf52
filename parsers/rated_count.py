"""A member's post count known by the rate beside it, whatever word its label is: forum engines
show a member's posts with their rate per day ("Мнения: 3 152 (1,12 на ден)", SMF's "Posts: 3152
(1.12 per day)", MyBB's "Total Posts: 3152 (1.12 posts per day | ...)"), and no other of the
member's statistics; a page's one labelled count followed by a decimal rate in words is its
member's post count.

    >>> from parsers.rated_count import rated_count
    >>> rated_count(["Liity: 3.4.2024", "Kirjoituksia:", "1 482 (0,61 päivässä)", "Aiheita:", "27"])
    1482
    >>> rated_count(["Myynti: 312 (4.95)"]) is None  # a rating, no rate in words
    True
"""

from __future__ import annotations

import re

from parsers.prices import parse_number

__all__ = ["rated_count"]

# A whole count (thousands grouped) then a parenthesised decimal rate said in words ("(1,12 на
# ден)", "(0.61 per day)"): a percentage or a bare figure (a rating, "(4.95)") is none.
_RATED_RE = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:[.,'\u00a0\u202f ]\d{3})+|\d+)\s*\(\s*\d+[.,]\d+\s+[^\W\d_]"
)
# What every rate holds, opening on a literal "(" the search skips to at C speed: the full
# pattern, which opens on a figure, is tried at each digit of the page (60 times slower).
_RATE_GATE_RE = re.compile(r"\(\s*\d+[.,]\d+\s+[^\W\d_]")
# A label ending a line or opening the count's line: words and a colon ("Мнения:", "Posts:").
_LABEL_RE = re.compile(r"[^\W\d_][^\d:：]{0,40}[:：]\s*$")
# A line this long is prose, not a statistic.
_MAX_LINE = 80


def rated_count(lines: list[str]) -> int | None:
    """The one labelled count of ``lines`` followed by a decimal rate in words (a post count's
    "per day"), its label on its line before it or on the line above; None when no line or more
    than one shows one (a thread's poster panels each show their poster's)."""
    text = "\n".join(lines)  # one search of the page's text: most pages show no rate at all
    if _RATE_GATE_RE.search(text) is None:
        return None
    found: list[int] = []
    for match in _RATED_RE.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        if (end if end >= 0 else len(text)) - start > _MAX_LINE:
            continue
        before = text[start : match.start()]
        if before.strip():
            labelled = _LABEL_RE.search(before) is not None
        else:
            above = text.rfind("\n", 0, start - 1) + 1 if start else start
            labelled = start > 0 and _LABEL_RE.search(text[above : start - 1]) is not None
        number = parse_number(match["n"]) if labelled else None
        if number is not None:
            found.append(int(number))
    return found[0] if len(found) == 1 else None
