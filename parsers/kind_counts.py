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
    >>> split_counts(["Positiivisia", "851", "Negatiivisia", "23", "Tyytyväisyys", "97,4 %"])
    (874, 97.4)

Counts by kind may be written by their signs alone, with no share at all ("+1203 / -7"): the
sum is the feedback count and the positive count's part of it, to one decimal, the rating.

    >>> signed_counts(["Omdömen", "+1203 / -7"])
    (1210, 99.4)
"""

from __future__ import annotations

import re

from parsers.kind_shares import kind_rating, part_share
from parsers.star_levels import star_figures

__all__ = ["missing_figures", "signed_counts", "split_counts", "split_kinds"]

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


# A tile's label of one to four words over its figure alone on the next line ("Tích cực" over
# "2.298", "Tỷ lệ hài lòng" over "99,3%"); a count may carry its own share in brackets, as a
# term's definition does ("Positiivseid" over "1 256 (98,4 %)").
_TILE_LABEL_RE = re.compile(r"[^\W\d_]+(?:[ \-][^\W\d_]+){0,3}")
_TILE_VALUE_RE = re.compile(
    r"\d[\d,.\u00a0\u202f ]{0,12}\s*%?(?:\s*\(\s*\d{1,3}(?:[.,]\d{1,2})?\s*%\s*\))?"
)


def _tiles(lines: list[str]) -> list[str]:
    """The lines with each tile's label and the figure below it joined into one ("Tích cực"
    over "2.298" -> "Tích cực 2.298"): tiles of statistics put them a line apart."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if (i + 1 < len(lines) and len(line) <= 40 and _TILE_LABEL_RE.fullmatch(line)
                and _TILE_VALUE_RE.fullmatch(lines[i + 1])):
            out.append(f"{line} {lines[i + 1]}")
            i += 2
        else:
            out.append(line)
            i += 1
    return out


def split_counts(lines: list[str]) -> tuple[int, float] | None:
    """(feedback count, rating) of labelled counts side by side whose first is the share near
    them of their sum, rounded as written; None when no such counts show. Pages without a "%"
    pay a scan only. Tiles, each a label over its figure, are read joined: only around a share
    that stands alone on its line, as a tile's does."""
    found = _split_kinds(lines)
    return None if found is None else (found[0], found[1])


def split_kinds(lines: list[str]) -> tuple[str, ...]:
    """The labels of the counts by kind :func:`split_counts` reads, the positive kind's first
    ("Gut", "Schlecht"): the page's own words for its kinds, whatever its language; () when no
    such counts show."""
    found = _split_kinds(lines)
    return () if found is None else found[2]


def _split_kinds(lines: list[str]) -> tuple[int, float, tuple[str, ...]] | None:
    found = _split(lines)
    if found is not None:
        return found
    for i, line in enumerate(lines):
        if "%" in line and _TILE_VALUE_RE.fullmatch(line):
            found = _split(_tiles(lines[max(0, i - 4 * _NEAR): i + 2 * _NEAR + 1]))
            if found is not None:
                return found
    return None


def _split(lines: list[str]) -> tuple[int, float, tuple[str, ...]] | None:
    shares = [i for i, line in enumerate(lines) if "%" in line]
    if not shares:
        return None
    # Only the lines near a share may hold its counts: the rest of the page is not searched.
    near = sorted({j for i in shares for j in range(max(0, i - _NEAR), min(len(lines), i + _NEAR + 1))})
    found: list[tuple[int, int, str]] = []  # (line, count, label) of every labelled count, in page order
    for i in near:
        line = lines[i]
        if len(line) > 120:
            continue
        found.extend((i, _int(m["n"]), m["label"]) for m in _LABELLED_RE.finditer(line))
    for k, (at, first, _) in enumerate(found):
        for width in (2, 3):
            group = found[k:k + width]
            if len(group) < width or group[-1][0] - at > 2:
                break
            counts = [n for _, n, _ in group]
            total = sum(counts)
            if first <= max(counts[1:]) or total < 10:
                continue  # the positive kind is the greater by far on any seller's page
            exact = 100 * first / total
            for share, decimals in _shares(lines, at):
                if abs(exact - share) <= 0.5 * 10 ** -decimals + 1e-9 and share < 100:
                    return total, share, tuple(label for _, _, label in group)
    return None


# A positive and a negative count side by side, written by their signs ("+1203 / -7",
# "(+512 | −3)"): nothing but a separator between them, no share or figure after.
_NUM = r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d{1,7}"
_SIGNED_RE = re.compile(
    rf"(?<![\w+\-−])\+\s?(?P<p>{_NUM})\s*[/|·,]?\s*[-−–]\s?(?P<m>{_NUM})(?![\d.,%:])"
)


def signed_counts(lines: list[str]) -> tuple[int, float] | None:
    """(feedback count, rating) of a seller's positive and negative counts written by their signs
    on a short line ("+1203 / -7" -> (1210, 99.4)); None when no such pair shows. The positive
    kind is the greater by far on any seller's page; a vote's "+3 / -1" is too few to count."""
    for line in lines:
        if len(line) > 60 or "+" not in line:
            continue
        for m in _SIGNED_RE.finditer(line):
            plus, minus = _int(m["p"]), _int(m["m"])
            total = plus + minus
            if total >= 10 and plus > minus:
                return total, round(100 * plus / total, 1)
    return None


def missing_figures(
    lines: list[str], count: int | None, rating: float | None,
) -> tuple[int | None, float | None]:
    """``count`` and ``rating`` with what is missing of them read from counts by kind: labelled
    counts beside the positive one's share (:func:`split_counts`), else, where the page gives
    neither figure, counts by their signs alone (:func:`signed_counts`): a pair beside the name
    already read as the count ("leafy +123 / -2") rates nothing."""
    if count is not None and rating is not None:
        return count, rating
    split = split_counts(lines)
    if split is None and count is None and rating is None:
        split = signed_counts(lines)
    if split is None and rating is None:
        # A share whose label no vocabulary knows, or counts by kind and no share at all.
        share = part_share(lines, count) if count is not None else None
        split = (count, share) if count is not None and share is not None else kind_rating(lines, count)
    if split is not None:
        count, rating = (split[0] if count is None else count), (split[1] if rating is None else rating)
    if count is None or rating is None:
        count, rating = star_figures(lines, count, rating)  # counts per star level: "5 ★ 2.051"
    return count, rating
