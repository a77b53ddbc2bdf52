"""A seller's reviews counted per star, read off the rows that show them whatever the language:
five rows, one a level from five stars down to one (or up), each labelled by its level ("5 ★",
"4 stars", "★★★☆☆", "3 csillag") and showing its count (on the row's line or the next). The
counts sum to the feedback count; the positive share the page writes beside them is the rating
when it is the top level's part of that sum, or the top two levels' (four and five stars), as
the page rounds it.

    >>> star_figures(["4,7 / 5", "Pozitivní 93,8 %", "5 ★", "1.204", "4 ★", "98", "3 ★", "41",
    ...               "2 ★", "23", "1 ★", "22"], None, None)
    (1388, 93.8)
    >>> star_figures(["5 hvězd (380)", "4 hvězdy (12)", "3 hvězdy (5)", "2 hvězdy (1)",
    ...               "1 hvězda (2)", "Průměr 4,9"], None, None)
    (400, None)

An average of stars ("4,7 / 5") is no share: with no share written the rating is left unsaid.
A count another reader gave that the levels do not sum to leaves the levels unread.
"""

from __future__ import annotations

import re

__all__ = ["star_figures", "star_levels"]

_FILLED = "★⭐✪✫✬✭✮✯"
_EMPTY = "☆✩"
# A level's label opening its row: a figure 1-5 with a star or one word after it ("5 ★",
# "4 stars", "3 bintang"), a star then the figure ("★ 5"), or a row of stars drawn ("★★★☆☆").
_LEVEL_RE = re.compile(
    rf"^(?:(?P<n>[1-5])(?![\d.,:/%])\s*(?:(?P<glyph>[{_FILLED}{_EMPTY}]+)|(?P<word>[^\W\d_]{{1,12}})\.?(?![^\W\d_]))"
    rf"|[{_FILLED}]\s*(?P<m>[1-5])(?![\d.,:/%])"
    rf"|(?P<drawn>[{_FILLED}]{{1,5}}[{_EMPTY}]{{0,4}}))"
)
# The cheap test: a line opening with a level's figure or a star.
_GATE_RE = re.compile(rf"^(?:[1-5](?!\d)|[{_FILLED}])", re.MULTILINE)
# A count: grouped thousands or a bare whole number, no share or decimal part after it.
_COUNT_RE = re.compile(
    r"(?<![\d.,])(?P<c>\d{1,3}(?:[.,\u00a0\u202f' ]\d{3})+|\d{1,7})(?![\d%]|[.,]\d|\s*%)"
)
_SHARE_RE = re.compile(r"(?<![\d.,])(?P<p>\d{1,3}(?:[.,](?P<d>\d{1,2}))?)\s*%")
# Lines a row's count may stand below its label; lines around the rows a share may stand.
_ROW_LINES = 2
#: The longest text a row's count stands in (a count, a bar's share, brackets).
_MAX_ROW = 24
_NEAR = 12


def _level(line: str) -> tuple[int, str, str] | None:
    """(level, the rest of the line, the label's form) when ``line`` opens with a level's label:
    the form is the same on every row of one breakdown (stars drawn, a star beside the figure, or
    a word whose first letters each row shares: "5 stars", "1 star")."""
    m = _LEVEL_RE.match(line)
    if m is None:
        return None
    if m["drawn"]:
        drawn = m["drawn"]
        level = sum(ch in _FILLED for ch in drawn)
        if len(drawn) not in (level, 5):
            return None
        form = "drawn"
    else:
        level = int(m["n"] or m["m"])
        form = m["word"][:3].casefold() if m["word"] else "glyph"
    return level, line[m.end():], form


def _count(texts: list[str]) -> int | None:
    """The count of the first of the row's texts that shows one, its last there (a bar's share
    may come first: "88 % (2 051)"); the lines below it are the page's next parts. A long text
    before it ends the row."""
    for text in texts:
        if len(text) > _MAX_ROW:
            return None  # words: a review's comment ("arrived in 3 days"), no row of counts
        found = [m["c"] for m in _COUNT_RE.finditer(text)]
        if found:
            return int(re.sub(r"\D", "", found[-1]))
    return None


def star_levels(lines: list[str]) -> tuple[int, int, int, int, int] | None:
    """(sum of the counts, count of the top level, count of the top two levels, index of the
    first row's line, index of the line after the rows) of five rows of levels 5 to 1 (or 1 to
    5); None when no such rows show."""
    if not _GATE_RE.search("\n".join(lines)):
        return None
    labels = [(i, found) for i, line in enumerate(lines) if len(line) <= 40 and (found := _level(line))]
    for k in range(len(labels) - 4):
        run = labels[k:k + 5]
        levels = [level for _, (level, _, _) in run]
        if levels not in ([5, 4, 3, 2, 1], [1, 2, 3, 4, 5]) or len({form for _, (_, _, form) in run}) != 1:
            continue
        ends = [at for at, _ in run[1:]] + [min(len(lines), run[-1][0] + 1 + _ROW_LINES)]
        counts: dict[int, int] = {}
        for (at, (level, rest, _)), end in zip(run, ends, strict=True):
            below = lines[at + 1:min(end, at + 1 + _ROW_LINES)]
            count = _count([rest, *below])
            if count is None or end - at > 1 + _ROW_LINES:
                break
            counts[level] = count
        if len(counts) == 5 and (total := sum(counts.values())) > 0:
            at = run[-1][0] + 1  # past the last row's label, and its count on a line of its own
            after = at + 1 if at < len(lines) and not _level(lines[at]) and _count([lines[at]]) else at
            return total, counts[5], counts[5] + counts[4], run[0][0], after
    return None


def star_figures(
    lines: list[str], count: int | None, rating: float | None,
) -> tuple[int | None, float | None]:
    """``count`` and ``rating`` with what is missing of them read from counts per star level
    (:func:`star_levels`): the counts' sum, and a share written near the rows (not inside them)
    that is the top level's or the top two levels' part of it as the page rounds it."""
    levels = star_levels(lines)
    if levels is None:
        return count, rating
    total, top, top_two, first, after = levels
    if count is not None and count != total:
        return count, rating
    if rating is None:
        near = lines[max(0, first - _NEAR):first] + lines[after:after + _NEAR]
        for line in near:
            if len(line) > 120:
                continue
            for m in _SHARE_RE.finditer(line):
                share, decimals = float(m["p"].replace(",", ".")), len(m["d"] or "")
                if share <= 100 and any(abs(100 * part / total - share) <= 0.5 * 10 ** -decimals + 1e-9
                                        for part in (top, top_two)):
                    rating = share
                    break
            if rating is not None:
                break
    return total, rating
