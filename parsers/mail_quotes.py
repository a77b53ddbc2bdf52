"""A mailing list's ways shown on a web page of its mails (HyperKitty, a forum fed by mail): the
attribution line a mail client writes over the quoted words as plain text just before the quote
block ("T, 17. nov 2026 kell 21:14 kirjutas Jaan Tamm:" in any language: a line ending in a colon
that holds a day and names the quoted), and the signature after a "-- " line.

    >>> from parsers.dom import load
    >>> doc = load(b'<div id=m>Am 17.11.2026 um 21:14 schrieb Hans Meyer:'
    ...            b'<div class=quoted>Frost tonight?</div>Yes, cover the leeks.</div>')
    >>> box = doc.root.get_element_by_id("m")
    >>> [(head.text, name) for head, name in text_heads([box[0]], None).values()]
    [('Am 17.11.2026 um 21:14 schrieb Hans Meyer:', 'Hans Meyer')]
    >>> without_signature("Yes, cover the leeks.\\n--\\nHans Meyer\\nKambja")
    'Yes, cover the leeks.'
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dates import parse_date
from parsers.mail_message import quoted_name

__all__ = ["text_heads", "without_signature"]

# Letters of any script: a toggle over a quote ("...", an arrow) says none.
_LETTER_RE = re.compile(r"[^\W\d_]")


def _before(quote: Any) -> tuple[Any, str]:
    """The element whose text (its own or its tail) runs just before ``quote``, past siblings that
    say no word (a toggle "<div class=quoted-switch>...</div>"), and that text."""
    prev = quote.getprevious()
    while prev is not None and not (prev.tail or "").strip() and isinstance(prev.tag, str) \
            and len(prev) <= 2 and not _LETTER_RE.search(prev.text_content()):
        prev = prev.getprevious()
    if prev is None:
        parent = quote.getparent()
        return parent, (parent.text or "") if parent is not None else ""
    return prev, prev.tail or ""


def text_heads(quotes: list[Any], now: str | None) -> dict[Any, tuple[Any, str | None]]:
    """Each quote of ``quotes`` (blocks of quoted words) that a plain-text line just before it
    attributes, written as a mail client writes one (ending in a colon, holding a day and the
    quoted one's name): the line, wrapped in a span of its own so that readers can leave it out
    of the post's words, and the name."""
    heads: dict[Any, tuple[Any, str | None]] = {}
    for quote in quotes:
        holder, text = _before(quote)
        stripped = text.rstrip()
        if holder is None or not stripped.endswith((":", "：")):
            continue
        if not _LETTER_RE.search(quote.text_content()):
            continue  # a toggle over the quote, no quoted words
        cut = stripped.rfind("\n") + 1
        line = " ".join(stripped[cut:].split())
        if not 8 <= len(line) <= 200 or not any(c.isdigit() for c in line):
            continue
        if len(parse_date(line, now) or "") < 10:
            continue  # a colon after a day's words: "He said:" alone is no mail's attribution
        name = quoted_name(line)
        if not name:
            continue
        span = quote.makeelement("span", {})
        span.text = line
        span.tail = text[len(stripped):]
        if holder is quote.getparent():
            holder.text = text[:cut]
            holder.insert(0, span)
        else:
            holder.tail = text[:cut]
            holder.addnext(span)
        heads[quote] = (span, name)
    return heads


def without_signature(text: str) -> str:
    """A post's words without the signature a mail closes with: the lines after a line of "--"
    alone (the "-- " delimiter), when they are a few short lines at the end."""
    if "\n--\n" not in text:
        return text
    head, _, tail = text.rpartition("\n--\n")
    lines = tail.split("\n")
    if len(lines) > 4 or any(len(line) > 80 for line in lines) or not head.strip():
        return text
    return head
