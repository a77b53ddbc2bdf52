"""Decimal and group separators that are not ASCII, as the Unicode CLDR (Babel) gives them for the
numbering systems it knows, rewritten to the ASCII marks the price readers understand:

    >>> ascii_separators("۰٫۱۲۵ XMR"), ascii_separators("۳٬۴۰۰٬۰۰۰ تومان")
    ('۰.۱۲۵ XMR', '۳,۴۰۰,۰۰۰ تومان')

Persian and Arabic pages write "٫" (U+066B) between a number's whole part and its fraction and "٬"
(U+066C) between its thousands; read as no mark at all, "۰٫۱۲۵" would be two numbers, 0 and 125.
Only a separator standing between two digits is rewritten, one character for one, so positions in
the text do not move. Symbols the CLDR gives one locale as decimal and another as group (the
Arabic comma "،", also a list's comma) and spaces are left as they are. The full-width and small
forms of "," and "." ("１，２０４") are those marks by Unicode's compatibility mapping, and the
apostrophe the CLDR groups Swiss thousands with is that mark when typeset as "’" (U+2019):

    >>> ascii_separators("1’240.00 CHF")
    '1,240.00 CHF'
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["ascii_separators", "separator_table"]

# A mark that is neither ASCII, a letter, a digit nor a space, between two digits of any script:
# the cheap test run before the CLDR's table is ever loaded.
_BETWEEN_DIGITS_RE = re.compile(r"(?<=\d)[^\w\s\x00-\x7f](?=\d)")


@functools.lru_cache(maxsize=1)
def separator_table() -> dict[int, str]:
    """Code point -> "." or "," for the CLDR root locale's non-ASCII decimal and group symbols of
    every numbering system; a symbol used both ways is left out."""
    from babel import Locale

    decimal: set[str] = set()
    group: set[str] = set()
    for symbols in Locale.parse("root").number_symbols.values():
        for key, out in (("decimal", decimal), ("group", group)):
            mark = symbols.get(key) or ""
            if len(mark) == 1 and not mark.isascii() and not mark.isspace() and not mark.isalnum():
                out.add(mark)
    table = {ord(m): "." for m in decimal - group}
    table.update({ord(m): "," for m in group - decimal})
    # The full-width and small forms of "," and "." ("１，２０４"): the same marks, by Unicode's
    # compatibility mapping (NFKC).
    for cp in (*range(0xFE50, 0xFE70), *range(0xFF00, 0xFF10)):
        if (mark := unicodedata.normalize("NFKC", chr(cp))) in (",", "."):
            table.setdefault(cp, mark)
    # The apostrophe the CLDR groups Swiss thousands with ("1'240.00": de_CH, fr_CH, it_CH, gsw)
    # as typesetting writes an apostrophe: "’" (U+2019, Unicode's preferred apostrophe), "1’386".
    if Locale.parse("de_CH").number_symbols["latn"].get("group") == "'":
        table.setdefault(0x2019, ",")
    return table


def ascii_separators(text: str) -> str:
    """``text`` with the CLDR's non-ASCII decimal and group marks between digits made ASCII ("."
    and ","), same length; ``text`` itself when it holds none."""
    if not text or _BETWEEN_DIGITS_RE.search(text) is None:
        return text
    table = separator_table()
    return _BETWEEN_DIGITS_RE.sub(lambda m: table.get(ord(m.group(0)), m.group(0)), text)
