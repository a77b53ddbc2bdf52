"""A seller's feedback counted by kind under words in any language, known by its arithmetic: two
or three counts side by side, each after its label ("良い 1,532 悪い 14", "Kladná: 851" over
"Záporná: 23"), beside a share that is the first count's part of their sum as the page rounds it
("（好評率 99.1%）", "Spokojenost: 97,4 %"). The sum is the feedback count, the share the rating:
no list of the kinds' words is needed, the figures say which count is the positive one.

    >>> split_counts(["★★★★★ 4.9 Gut 1,532 Schlecht 14 (Quote 99.1%)"])
    (1546, 99.1)
    >>> split_counts(["Hyvä: 851", "Huono: 23", "Tyytyväisyys: 97,4 %"])
    (874, 97.4)
    >>> split_counts(["Orders: 300", "Disputes: 2", "Discount 15%"]) is None
    True
"""

from __future__ import annotations

import re

__all__ = ["split_counts"]

# A count after its label of one to three words ("Kladná: 851", "良い 1,532"): the count grouped
# by marks or spaces, not a price's or a share's (no figure, mark or "%" right after it).
_LABELLED_RE = re.compile(
    r"(?<![\w])(?P<label>[^\W\d_]+(?:[ \-][^\W\d_]+){0,2})\s*[:：]?\s*"
    r"(?P<n>\d{1,3}(?:[,.\u00a0\u202f]\d{3})+|\d{1,3}(?: \d{3})+|\d{1,6})(?![\d.,%/]|\s*%)"
)
_SHARE_RE = re.compile(r"(?<![\d.,])(?P<p>\d{1,3}(?:[.,](?P<d>\d{1,2}))?)\s*%")
# Lines apart that a pair's counts and its share may stand.
_NEAR = 3


def _int(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _shares(lines: list[str], at: int) -> list[tuple[float, int]]:
    """The shares written near line ``at``: (value, its decimals)."""
    out = []
    for line in lines[max(0, at - _NEAR): at + _NEAR + 1]:
        if len(line) > 120:
            continue
        for m in _SHARE_RE.finditer(line):
            out.append((float(m["p"].replace(",", ".")), len(m["d"] or "")))
    return out


def split_counts(lines: list[str]) -> tuple[int, float] | None:
    """(feedback count, rating) of labelled counts side by side whose first is the share near
    them of their sum, rounded as written; None when no such counts show. Pages without a "%"
    pay a scan only."""
    shares = [i for i, line in enumerate(lines) if "%" in line]
    if not shares:
        return None
    # Only the lines near a share may hold its counts: the rest of the page is not searched.
    near = sorted({j for i in shares for j in range(max(0, i - _NEAR), min(len(lines), i + _NEAR + 1))})
    found: list[tuple[int, int]] = []  # (line, count) of every labelled count, in page order
    for i in near:
        line = lines[i]
        if len(line) > 120:
            continue
        found.extend((i, _int(m["n"])) for m in _LABELLED_RE.finditer(line))
    for k, (at, first) in enumerate(found):
        for width in (2, 3):
            group = found[k:k + width]
            if len(group) < width or group[-1][0] - at > 2:
                break
            counts = [n for _, n in group]
            total = sum(counts)
            if first <= max(counts[1:]) or total < 10:
                continue  # the positive kind is the greater by far on any seller's page
            exact = 100 * first / total
            for share, decimals in _shares(lines, at):
                if abs(exact - share) <= 0.5 * 10 ** -decimals + 1e-9 and share < 100:
                    return total, share
    return None
