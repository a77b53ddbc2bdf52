"""Where a member's statistics stand on a profile page, when no label the vocabulary knows names
its post count: the lines of whole figures under labels of a few words ("Mensahe" over "1.847",
"Tema kuminsá" over "112"), a profile's figures with labels whatever their language. A join day
labelled near them is the member's (:mod:`parsers.member_card` reads the labels there).

    >>> figure_rows(["Kas", "Registrá", "4 di mart 2016", "Mensahe", "1.847", "Tema kuminsá", "112"], [])
    [4, 6]
    >>> figure_rows(["Posts", "214"], [(1, "214")])  # the vocabulary's labels say where
    [1]
"""

from __future__ import annotations

import re

__all__ = ["figure_rows"]

# A label with no colon: one to four words, no figure ("Tema kuminsá", "Threids stairtit").
_BARE_LABEL_RE = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[ \t][^\W\d_][^\W\d_'’-]*){0,3}[:：]?$")
# A whole count and nothing else ("1.847", "2,653", "112").
_FIGURE_RE = re.compile(r"^\d{1,3}(?:[.,'\u00a0\u202f ]\d{3})+$|^\d{1,7}$")
# Lines a label is at the most: a longer one is a sentence.
_MAX_LABEL = 40


def figure_rows(lines: list[str], labelled: list[tuple[int, str]]) -> list[int]:
    """The indices of the lines of the statistics: those of the ``labelled`` counts (line index,
    value) when any, else every whole figure's line under a label of a few words."""
    if labelled:
        return [i for i, _ in labelled]
    return [i + 1 for i in range(len(lines) - 1) if len(lines[i]) <= _MAX_LABEL
            and _FIGURE_RE.match(lines[i + 1]) and _BARE_LABEL_RE.match(lines[i])]
