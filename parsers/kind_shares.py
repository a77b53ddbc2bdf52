"""A seller's rating read off figures whose labels no vocabulary needs to know, once the feedback
count is known:

* a share the page writes ("Satisfacción: 97,9 %", "Tevredenheid 99 %") is the rating when a
  count the page shows is that part of the total, as the page rounds it (3 061 of 3 127 is 97,9 %):
  the arithmetic says the share is the positive kind's, whatever its label's words;
* counts by kind, each beside its kind's word ("842 positief", "11 neutraal", "4 negatief"), that
  sum to the count (or stand alone) and show no share: the positive count's part of their sum, to
  one decimal, is the rating (as every round's truth computes it).

    >>> part_share(["3.127 valoraciones", "Satisfacción: 97,9 %", "Positivas", "3.061"], 3127)
    97.9
    >>> kind_rating(["Waarderingen", "842 positief", "11 neutraal", "4 negatief"], None)
    (857, 98.2)
"""

from __future__ import annotations

import re

from parsers.kind_breakdown import KIND_STEMS, kind_word

__all__ = ["kind_rating", "part_share"]

_SHARE_RE = re.compile(r"(?<![\d.,])(?P<p>\d{1,3}(?:[.,](?P<d>\d{1,2}))?)\s*%")
# A count alone on its line, or after / before one word ("842 positief", "Positivas: 3.061").
_COUNT = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d{1,7}"
_ALONE_RE = re.compile(rf"^(?P<n>{_COUNT})$")
_KIND_RE = re.compile(
    rf"^(?:(?P<n1>{_COUNT})\s+(?P<w1>[^\W\d_]+)|(?P<w2>[^\W\d_]+)\s*[:：]?\s*\(?(?P<n2>{_COUNT})\)?)$"
)
# Lines apart that a share and the count it is a part of may stand.
_NEAR = 15


def _int(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def part_share(lines: list[str], total: int) -> float | None:
    """The share written near a count shown alone that is its part of ``total`` (the positive
    kind: more than half of it), rounded as the page writes it; None when no share is so."""
    if total < 10:
        return None
    for i, line in enumerate(lines):
        if "%" not in line or len(line) > 60:
            continue
        for m in _SHARE_RE.finditer(line):
            share, decimals = float(m["p"].replace(",", ".")), len(m["d"] or "")
            if not 50 <= share < 100:
                continue
            for near in lines[max(0, i - _NEAR): i + _NEAR + 1]:
                alone = _ALONE_RE.match(near) if len(near) <= 16 else None
                n = _int(alone["n"]) if alone else 0
                if total / 2 < n < total and abs(100 * n / total - share) <= 0.5 * 10 ** -decimals + 1e-9:
                    return share
    return None


def kind_rating(lines: list[str], count: int | None) -> tuple[int, float] | None:
    """(count, rating) of counts by kind on lines of their own, a positive and a negative one (a
    neutral one between, maybe) within a few lines, that sum to ``count`` when it is known; None
    when no such counts show. The positive kind is the greater by far on any seller's page."""
    # One casefold of the joined text, not one per line and stem (no stem holds a newline, and
    # casefold works a character at a time, so the test is the same): most pages stop here.
    folded = "\n".join(lines).casefold()
    if not any(stem in folded for stem in KIND_STEMS):
        return None
    kinds: list[tuple[int, str, int]] = []
    for i, line in enumerate(lines):
        m = _KIND_RE.match(line) if len(line) <= 30 else None
        kind = kind_word(m["w1"] or m["w2"]) if m else None
        if m and kind:
            kinds.append((i, kind, _int(m["n1"] or m["n2"])))
    for k, (at, kind, pos) in enumerate(kinds):
        if kind != "positive":
            continue
        group = {kind: pos}
        for i, other, n in kinds[k + 1: k + 3]:
            if i - at > 3 or other in group:
                break
            group[other] = n
        total = sum(group.values())
        if "negative" in group and pos > group["negative"] and total >= 10 and count in (None, total):
            return total, round(100 * pos / total, 1)
    return None
