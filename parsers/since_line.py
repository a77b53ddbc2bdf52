"""A seller's join day written as a phrase rather than under a label: a short line of a few words
then a full date ("На площадке с 14 февраля 2021", "Auf dem Markt seit 3. März 2021", "En la
plataforma desde el 3 de marzo de 2021"), standing among the profile's labelled statistics
("Сделок: 2 417"). No list of the phrase's words is needed: the only dated line of words that a
run of statistics holds is when the seller joined (a last visit is labelled "last seen").

    >>> since_line(["Medovy_Khutor", "На площадке с 14 февраля 2021", "Сделок: 2 417"], None)
    '2021-02-14'
    >>> since_line(["Posted 18 Nov 2026 by staff", "Orders: 12"], None) is None
    True
"""

from __future__ import annotations

import re

from parsers.dates import parse_date
from parsers.labels import LABELS

__all__ = ["since_line"]

# A few words of no figure, then what ends with a year: "На площадке с 14 февраля 2021".
_LINE_RE = re.compile(r"^(?P<w>[^\W\d_]+(?:[ \u00a0][^\W\d_]+){1,5})[ \u00a0]+(?P<d>[^:：]{4,30}?\d{4})\.?$")
# A labelled statistic: "Сделок: 2 417", "Feedback: 98 %".
_STAT_RE = re.compile(r"^[^\W\d_][^:：\d]{0,30}[:：]\s*\d")


def since_line(lines: list[str], now: str | None) -> str | None:
    """The ISO day of a phrase-and-date line beside a labelled statistic, or None."""
    for i, line in enumerate(lines):
        if len(line) > 70 or not (line[-1:].isdigit() or line.endswith(".")):
            continue
        m = _LINE_RE.match(line)
        if m is None or LABELS["last_seen"].match(f"{m['w']}: x"):
            continue
        if not any(_STAT_RE.match(lines[j]) for j in range(max(0, i - 2), min(len(lines), i + 3)) if j != i):
            continue
        day = parse_date(line, now)
        if day and len(day) >= 10:
            return day[:10]
    return None
