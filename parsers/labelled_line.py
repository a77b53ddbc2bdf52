"""A post header's one line of labelled pieces ("Wysłany: 17.11.2026 o 07:12 · Temat: Zimowla w ulu
wielkopolskim", "Posted: Nov 17, 2026 6:40 pm  Subject: Winter feeding of weak colonies"): the
date is one piece's value, read alone when the line as a whole is too long to be a date's.

    >>> from parsers.labelled_line import labelled_values
    >>> labelled_values("Wysłany: 17.11.2026 o 07:12   Temat: Zimowla w ulu wielkopolskim")
    [('Wysłany:', '17.11.2026 o 07:12'), ('Temat:', 'Zimowla w ulu wielkopolskim')]
"""

from __future__ import annotations

import re

__all__ = ["labelled_values"]

# A label: one or two words of letters ending in a colon that a space follows, at the line's
# start or after a space ("Temat:", "Posted on:"); "07:12" (digits) and "http://" are none.
_LABEL_RE = re.compile(r"(?<!\S)[^\W\d_][^\W\d_.-]{0,19}(?: [^\W\d_][^\W\d_.-]{0,19})?:(?=\s|$)")


def labelled_values(line: str) -> list[tuple[str, str]]:
    """The labels and values of a line made of two labelled pieces or more, in order (``[]`` for
    any other line: one label only, or words before the first label)."""
    if line.count(":") < 2:
        return []
    marks = list(_LABEL_RE.finditer(line))
    if len(marks) < 2 or marks[0].start() != 0:
        return []
    ends = [m.start() for m in marks[1:]] + [len(line)]
    return [(m.group(), line[m.end():end].strip(" \t\xa0|·•-–—")) for m, end in zip(marks, ends, strict=True)]
