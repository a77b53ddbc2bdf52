"""A seller's rating read off figures whose labels no vocabulary needs to know, once the feedback
count is known:

* a share the page writes ("Satisfacción: 97,9 %", "Tevredenheid 99 %") is the rating when a
  count the page shows is that part of the total, as the page rounds it (3 061 of 3 127 is 97,9 %):
  the arithmetic says the share is the positive kind's, whatever its label's words;

    >>> part_share(["3.127 valoraciones", "Satisfacción: 97,9 %", "Positivas", "3.061"], 3127)
    97.9
"""

from __future__ import annotations

import re

__all__ = ["part_share"]

_SHARE_RE = re.compile(r"(?<![\d.,])(?P<p>\d{1,3}(?:[.,](?P<d>\d{1,2}))?)\s*%")
# A count alone on its line.
_COUNT = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d{1,7}"
_ALONE_RE = re.compile(rf"^(?P<n>{_COUNT})$")
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

