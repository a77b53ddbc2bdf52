"""An edit note run into a post's last paragraph as its last line: "...die Oberseite.<br><br>[Bearbeitet
um 11/19/26 21:10 von Leimzwinge_Ute]" (glFusion appends it inside the words' own paragraph, so no
element of its own holds it for :func:`parsers.post_notes.edit_notes`).

Known by its shape, whatever its language: the post's last line, wholly in brackets of any
script, names one of the page's posters and holds a date, and few words besides; the post keeps
words of its own without it.

    >>> note_line("Oil the underside too.\\n[Edited on 19.11.2026 21:10 by ann]", None, ["ann"])
    'Oil the underside too.'
    >>> note_line("Oil the underside too.\\n[see the photo, ann]", None, ["ann"])
    'Oil the underside too.\\n[see the photo, ann]'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from parsers.dates import parse_date

__all__ = ["note_line"]

#: Characters a note's line holds at the most.
_NOTE_CHARS = 200
#: Words of letters a note says besides its poster's name and its date at the most ("Last edited
#: by", "Bearbeitet um ... von", the month's name).
_NOTE_WORDS = 8
_LETTERS_RE = re.compile(r"[^\W\d_]{2,}")
_YEAR_ONLY_RE = re.compile(r"^\D*\d{4}\D*$")
# The closing brackets a note's line may end with (checked first: most posts end otherwise).
_CLOSERS = (")", "]", "）", "］", "】", "」", "』", "〕", "〉", "》", "}")


def note_line(text: str | None, now: str | None, names: Collection[str]) -> str | None:
    """``text`` without its last line when that line is a bracketed edit note naming one of
    ``names`` (the page's posters) and dated; ``text`` as it is otherwise."""
    if not text or "\n" not in text or not text.rstrip().endswith(_CLOSERS):
        return text
    head, _, last = text.rstrip().rpartition("\n")
    last = last.strip()
    if not head.strip() or len(last) > _NOTE_CHARS or len(last) < 3 \
            or unicodedata.category(last[0]) != "Ps" or unicodedata.category(last[-1]) != "Pe":
        return text
    inner = last[1:-1]
    named = [n for n in names if n and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", inner, re.IGNORECASE)]
    if not named:
        return text
    rest = inner
    for name in sorted(named, key=len, reverse=True):
        rest = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", rest, flags=re.IGNORECASE)
    if not any(c.isdigit() for c in rest) or _YEAR_ONLY_RE.match(rest) or parse_date(rest, now) is None:
        return text
    if len(_LETTERS_RE.findall(rest)) > _NOTE_WORDS:
        return text
    return head.rstrip()
