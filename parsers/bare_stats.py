"""A member's statistics written with no label: a line that is only a count and a post count's word
after it ("873 posts", "1.204 Beiträge"), and, among the few lines beside it, a line that is only a
whole day naming its year ("Oct 05 2020", "5. 10. 2020"): the day the member joined, which a
profile's sidebar shows under the count with no "Joined" before it (a theme's icons say what
the figures are). A day later than the capture is no join day; several such days beside the
count leave the page unread (a thread's panels show one of each per poster: the page reader asks
for one member's name and no seller's signs after this).

    >>> from parsers.bare_stats import bare_stats
    >>> bare_stats(["ann", "Moderator", "873 posts", "Oct 05 2020", "Overview"], "2026-11-20T12:00:00Z")
    (873, '2020-10-05')
    >>> bare_stats(["ann", "873 posts", "Overview"], None) is None
    True
"""

from __future__ import annotations

import re

from parsers.dates import parse_date
from parsers.labels import POSTS_WORDS
from parsers.prices import parse_number

__all__ = ["bare_stats"]

_POSTS_ALT = "|".join(re.escape(w) for w in sorted(POSTS_WORDS, key=len, reverse=True))
# A whole line of a count and a post count's word: the cheap gate over the page's text, and the
# line's own reading.
_LINE_RE = re.compile(
    r"^(?P<n>\d{1,3}(?:[.,'\u00a0\u202f ]\d{3})+|\d+)[ \t\u00a0]+(?:" + _POSTS_ALT + r")$",
    re.IGNORECASE | re.MULTILINE,
)
# A day line: short, a year of four figures in it, few words (no sentence).
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: How many lines off the count a join day may stand (one statistics block).
_NEAR = 3


def bare_stats(lines: list[str], now: str | None) -> tuple[int, str] | None:
    """The post count and join day of one unlabelled statistics block, or None."""
    found = list(_LINE_RE.finditer("\n".join(lines)))
    if len(found) != 1:
        return None  # none (most pages), or one per poster: no single member's block
    count = parse_number(found[0]["n"])
    if count is None:
        return None
    line = found[0].group(0)
    at = lines.index(line)
    days = set()
    for j in range(max(0, at - _NEAR), min(len(lines), at + _NEAR + 1)):
        text = lines[j]
        if j == at or len(text) > 40 or len(text.split()) > 4 or not _YEAR_RE.search(text):
            continue
        day = parse_date(text, now)
        if day and len(day) >= 10 and (not now or day[:10] <= now[:10]):
            days.add(day[:10])
    return (int(count), days.pop()) if len(days) == 1 else None
