"""A seller's join day written as a phrase rather than under a label: a short line of a few words
then a full date ("На площадке с 14 февраля 2021", "Auf dem Markt seit 3. März 2021", "En la
plataforma desde el 3 de marzo de 2021"), standing among the profile's labelled statistics
("Сделок: 2 417"). No list of the phrase's words is needed: the only dated line of words that a
run of statistics holds is when the seller joined (a last visit is labelled "last seen").

    >>> since_line(["Medovy_Khutor", "На площадке с 14 февраля 2021", "Сделок: 2 417"], None)
    '2021-02-14'
    >>> since_line(["Posted 18 Nov 2026 by staff", "Orders: 12"], None) is None
    True

The phrase may share its line with others between middle dots ("... з 17 вересня 2021 р. · Останній
вхід: сьогодні"), and the year may carry the mark the page language's CLDR dates put after it
("2021 р." in Ukrainian, "2021 г." in Russian and Bulgarian). A statistic beside it may be a label
and its figure with no colon (two cells of a row), and the phrase's words may hold apostrophes:

    >>> since_line(["leafy", "Trading on the market since 3 March 2021", "Reviews 1’386"], None)
    '2021-03-03'
"""

from __future__ import annotations

import functools
import re

from parsers.cldr_dates import current_language
from parsers.dates import parse_date
from parsers.labels import LABELS

__all__ = ["since_line"]

# A few words of no figure, then what ends with a year: "На площадке с 14 февраля 2021".
# A word may hold an apostrophe ("hatramin'ny": Malagasy "since the").
_LINE_RE = re.compile(
    r"^(?P<w>[^\W\d_]+(?:['’][^\W\d_]+)*(?:[ \u00a0][^\W\d_]+(?:['’][^\W\d_]+)*){1,5})"
    r"[ \u00a0]+(?P<d>[^:：]{4,30}?\d{4})\.?$"
)
# A labelled statistic: "Сделок: 2 417", "Feedback: 98 %"; or a label and its figure alone, with no
# colon ("Valitaziuns 1’386", "Positivas 98,6 %": a row of two cells).
_STAT_RE = re.compile(
    r"^[^\W\d_][^:：\d]{0,30}(?:[:：]\s*\d|\s\d[\d\s.,'’\u00a0\u202f]*(?:%|\s%)?$)"
)


# A line's facts between middle dots or bars: "На майданчику з ... · Останній вхід: ...".
_PIECES_RE = re.compile(r"\s+[·•|]\s+")
# What a CLDR date pattern writes after a year that ends it: " 'р'." -> "р.".
_YEAR_TAIL_RE = re.compile(r"y+([\s\u202f]*'[^']+'[^\w']*)$")


@functools.lru_cache(maxsize=64)
def _year_marks(lang: str | None) -> tuple[str, ...]:
    """The marks ``lang``'s CLDR dates write after the year that ends them ("р." in Ukrainian)."""
    if not lang:
        return ()
    try:
        from babel import Locale

        formats = Locale.parse(lang.replace("-", "_")).date_formats
        patterns = [formats[k].pattern for k in ("full", "long", "medium")]
    except Exception:  # an unknown or malformed language tag: no mark
        return ()
    marks = {m[1].replace("'", "").strip(" \u00a0\u202f") for p in patterns if (m := _YEAR_TAIL_RE.search(p))}
    return tuple(sorted(m for m in marks if m))


def _unmarked(text: str, marks: tuple[str, ...]) -> str:
    """``text`` without a year's mark at its end ("2021 р." -> "2021")."""
    for mark in marks:
        head = text[: -len(mark)].rstrip(" \u00a0\u202f") if text.endswith(mark) else ""
        if head[-4:].isdigit():
            return head
    return text


def since_line(lines: list[str], now: str | None) -> str | None:
    """The ISO day of a phrase-and-date line (or a piece of a line between middle dots) beside a
    labelled statistic, or None."""
    marks = _year_marks(current_language())
    for i, whole in enumerate(lines):
        if len(whole) > 140:
            continue
        for line in [whole, *(_PIECES_RE.split(whole) if _PIECES_RE.search(whole) else [])]:
            line = _unmarked(line, marks) if marks else line
            if len(line) > 70 or not (line[-1:].isdigit() or line.endswith(".")):
                continue
            m = _LINE_RE.match(line)
            if m is None or LABELS["last_seen"].match(f"{m['w']}: x"):
                continue
            near = range(max(0, i - 2), min(len(lines), i + 3))
            if not any(_STAT_RE.match(lines[j]) for j in near if j != i):
                continue
            day = parse_date(line, now)
            if day and len(day) >= 10:
                return day[:10]
    return None
