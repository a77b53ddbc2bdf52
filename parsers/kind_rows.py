"""A seller's feedback broken down by kind as rows of a statistics run, each kind its own labelled
share ("Positiivisia: 98,7 %", "Neutraaleja: 0,8 %", "Negatiivisia: 0,5 %"): the positive kind's
share is the rating, and the count in the row right before the kinds' run is what they are shares
of (a page writes a total, then how it splits).

    >>> kind_rows(["Palautteita:", "1 842", "Positiivisia:", "98,7 %", "Neutraaleja:", "0,8 %",
    ...            "Negatiivisia:", "0,5 %", "Myyntejä:", "2 960"])
    (1842, 98.7)
    >>> kind_rows(["Orders:", "40", "Uptime:", "99,5 %", "Errors:", "0,5 %"]) is None
    True

The kinds are named by :func:`parsers.kind_breakdown.kind_word` (one positive, one negative at
least) and their shares make a whole (99 to 101 %); a larger count earlier in the run leaves the
count unsaid (the orders may total the feedback), the rating stands.
"""

from __future__ import annotations

from parsers.kind_breakdown import kind_word
from parsers.share_count import _SHARE_RE, _count
from parsers.stat_rows import stat_rows

__all__ = ["kind_rows"]


def kind_rows(lines: list[str]) -> tuple[int | None, float] | None:
    """(feedback count or None, positive share) from kinds' share rows of ``lines``, or None."""
    rows = stat_rows(lines)
    at = [k for k, (_, value) in enumerate(rows) if _SHARE_RE.match(value.strip())]
    if len(at) < 2 or at[-1] - at[0] != len(at) - 1:
        return None  # the kinds' shares stand together, row after row
    kinds = [kind_word(rows[k][0].rstrip(":： ")) for k in at]
    if kinds.count("positive") != 1 or "negative" not in kinds or None in kinds:
        return None
    shares = [float(rows[k][1].strip().strip("%").strip().replace(",", ".")) for k in at]
    if not 99 <= sum(shares) <= 101:
        return None
    rating = shares[kinds.index("positive")]
    count = _count(rows[at[0] - 1][1]) if at[0] else None
    before = [c for _, value in rows[: max(at[0] - 1, 0)] if (c := _count(value)) is not None]
    if count is not None and any(c > count for c in before):
        count = None
    return count, rating
