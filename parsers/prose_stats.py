"""A member's statistics told in a sentence instead of labelled: "ann has written 1,234 posts since
joining on 12 March 2016", "tessitrice_val è iscritta al forum dal 12/03/2016 e ha scritto 4.217
messaggi". In one line of the page: a whole count just before a post count's word (the labels'
vocabulary, :data:`parsers.labels.POSTS_WORDS`), and a day that names its year a few words after a
join word (a word of the join labels' vocabulary, whatever its ending: "iscritta" as "iscritto",
"zarejestrowana" as "zarejestrowany"); the months' names are the date reader's (CLDR's, every
locale).

    >>> from parsers.prose_stats import prose_stats
    >>> prose_stats(["ann has written 1,234 posts since joining on 12 March 2016."], None)
    (1234, '2016-03-12')
"""

from __future__ import annotations

import re

from parsers.dates import parse_date
from parsers.label_words import LABEL_TABLE
from parsers.labels import POSTS_WORDS
from parsers.prices import parse_number

__all__ = ["prose_stats"]

_POSTS_ALT = "|".join(re.escape(w) for w in sorted(POSTS_WORDS, key=len, reverse=True))
# A figure before a post count's word: the cheap gate over the page's text (it opens with a
# figure, which the search skips to at C speed).
_GATE_RE = re.compile(r"\d[ \t\u00a0]+(?:" + _POSTS_ALT + r")(?!\w)", re.IGNORECASE)
# The count itself: a whole number (thousands grouped), not a rate's decimals ("1,7 al giorno").
_COUNT_RE = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:[.,'\u00a0\u202f ]\d{3})+|\d+)[ \t\u00a0]+(?:" + _POSTS_ALT + r")(?!\w)",
    re.IGNORECASE,
)
# Words of the join labels that name no joining: a date's or a place's ("join date", "дата
# регистрации", "на сайте с", "vendor since"); in a sentence they stand beside any date.
_NOT_JOIN = frozenset({
    "date", "data", "datum", "fecha", "tarihi", "ngày", "дата", "تاريخ", "تاریخ", "vendor", "сайте",
    "сайті", "нами", "mula",
})


def _join_words() -> str:
    """The join labels' words as a regex: a long word by its stem (its last letter left off, for a
    gender's or a case's ending), a short one whole."""
    stems: set[str] = set()
    for term in LABEL_TABLE["member_since"]:
        for word in re.findall(r"[^\W\d_]+", term.casefold()):
            if len(word) < 4 or word in _NOT_JOIN:
                continue
            stems.add(re.escape(word[:-1]) + r"\w*" if len(word) >= 6 else re.escape(word))
    return "|".join(sorted(stems, key=len, reverse=True))


_JOIN_RE = re.compile(r"(?<!\w)(?:" + _join_words() + r")(?!\w)", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<!\d)(?:19[89]\d|20\d\d)(?!\d)")
# How far after a join word its day is written ("iscritta al forum dal 12/03/2016").
_WINDOW = 40
# A sentence's line at the most: a paragraph, not a page's text run together.
_MAX_LINE = 600


def _told(line: str, now: str | None) -> tuple[int, str] | None:
    """(count, join day) told in one line, or None: one count before a post count's word, and a
    whole day that names its year after a join word, before the count when it comes first."""
    counts = set()
    first = None
    for match in _COUNT_RE.finditer(line):
        number = parse_number(match["n"])
        if number is not None:
            counts.add(int(number))
            first = match.start() if first is None else first
    if len(counts) != 1 or first is None:
        return None
    days = set()
    for join in _JOIN_RE.finditer(line):
        end = join.end() + _WINDOW
        if join.end() < first:
            end = min(end, first)  # the count's figure is no day's
        window = line[join.end():end]
        if _YEAR_RE.search(window) and (day := parse_date(window, now)) and len(day) >= 10:
            days.add(day[:10])
    if len(days) != 1:
        return None
    return counts.pop(), days.pop()


def prose_stats(lines: list[str], now: str | None) -> tuple[int, str] | None:
    """The member's (post count, join day) told in a sentence of ``lines``; None when no line tells
    both or several lines tell different ones (a list of members' blurbs)."""
    text = "\n".join(lines)
    told = set()
    seen = set()
    for gate in _GATE_RE.finditer(text):
        start = text.rfind("\n", 0, gate.start()) + 1
        if start in seen:
            continue
        seen.add(start)
        end = text.find("\n", gate.end())
        line = text[start:] if end < 0 else text[start:end]
        if len(line) <= _MAX_LINE and (found := _told(line, now)):
            told.add(found)
    return told.pop() if len(told) == 1 else None
