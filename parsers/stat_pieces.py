"""A poster's statistics run into one line with the post's date: "(posts 1583, joined 12.4.2015)
· 13.11.2026 20:14". Minimal boards print the poster's count and join day beside the post's date
in one element; read whole, the line's first date is the join day. Split at the marks that set
such pieces apart (brackets, a middle dot, a bar, a semicolon, a comma before a word), each
piece is a label and its value (:data:`parsers.labels.LABELS`' "posts" and "member_since"
words, every language of the table) or the post's own date.

    >>> from parsers.stat_pieces import line_pieces, without_stats
    >>> line_pieces("(viestejä 1583, liittynyt 12.4.2015) · 13.11.2026 klo 20.14")
    ['viestejä 1583', 'liittynyt 12.4.2015', '13.11.2026 klo 20.14']
    >>> without_stats("(Beiträge 88, Registriert 3.1.2020) | 17.11.2026 18:40")
    '17.11.2026 18:40'
    >>> without_stats("Nov 13, 2026, 20:14") is None
    True

A post's block may also show its poster's statistics as a line of their own outside the words
("<div>Berichten: 312 · Lid sinds: 02-04-2021</div>" between the header and the text):
:func:`stat_boxes` finds such lines, no part of the post's words.
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import clean
from parsers.labels import LABELS

__all__ = ["labelled_pieces", "line_pieces", "only_stats", "stat_boxes", "without_stats"]

# Marks between a line's pieces: brackets, a middle dot or bullet, a bar, a semicolon, and a
# comma before a word ("1583, joined"; "Nov 13, 2026" keeps its comma before a figure).
_SEP_RE = re.compile(r"\s*(?:[()\[\]·•|;]|,(?=\s*[^\W\d_]))\s*")
_STAT_LABELS = ("posts", "member_since")
# Lines longer than this are a post's words, no line of statistics.
_MAX_LINE = 160


def line_pieces(line: str) -> list[str]:
    """The pieces of ``line`` between its separating marks, empty ones left out."""
    return [piece for piece in _SEP_RE.split(line) if piece.strip()]


def _stat(piece: str) -> bool:
    return any(LABELS[name].match(piece) for name in _STAT_LABELS)


def without_stats(line: str) -> str | None:
    """``line`` without its labelled pieces of a poster's statistics (a post count, a join day),
    when it holds one after another piece or before one; None when it holds none (the line is
    then read as it is) or nothing but them."""
    if len(line) > _MAX_LINE or not _SEP_RE.search(line):
        return None
    pieces = line_pieces(line)
    if len(pieces) < 2:
        return None
    rest = [piece for piece in pieces if not _stat(piece)]
    if len(rest) == len(pieces):
        return None
    return " ".join(rest) or None


def only_stats(line: str) -> bool:
    """Whether ``line`` is nothing but pieces of a poster's statistics, two at the least ("Inlägg:
    1 204 · Medlem sedan: 2013-04-02"): no date of a post is in it."""
    if len(line) > _MAX_LINE or not _SEP_RE.search(line):
        return False
    pieces = line_pieces(line)
    return len(pieces) >= 2 and all(_stat(piece) for piece in pieces)


def labelled_pieces(lines: list[str]) -> list[str]:
    """The pieces of a poster's statistics held inside longer lines ("(posts 1583, joined
    12.4.2015) · date" gives "posts 1583" and "joined 12.4.2015"), for label readers that read
    a line's opening label."""
    out: list[str] = []
    for line in lines:
        if len(line) > _MAX_LINE or not _SEP_RE.search(line):
            continue
        pieces = line_pieces(line)
        if len(pieces) >= 2:
            out.extend(piece for piece in pieces if _stat(piece))
    return out


# A piece of statistics is short: a label and a count or a day ("Lid sinds: 02-04-2021").
_MAX_PIECE = 48


def stat_boxes(block: Any, skip: set[Any]) -> set[Any]:
    """The elements of ``block``'s children and grandchildren (outside ``skip``) whose whole text
    is a poster's statistics: labelled pieces, each a post count or a join day ("Berichten: 312 ·
    Lid sinds: 02-04-2021", "Posts: 12"), and nothing else."""
    out: set[Any] = set()
    for child in block:
        for el in (child, *child):
            if not isinstance(el.tag, str) or el in skip or el in out:
                continue
            raw = el.text_content()
            # Cheap first: a line of a label's colon and a figure.
            if not 0 < len(raw) <= _MAX_LINE or (":" not in raw and "：" not in raw):
                continue
            if not any(ch.isdigit() for ch in raw):
                continue
            pieces = line_pieces(clean(raw))
            if pieces and all(len(piece) <= _MAX_PIECE and _stat(piece) for piece in pieces):
                out |= set(el.iter())
    return out
