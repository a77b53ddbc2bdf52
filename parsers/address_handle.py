"""The owner of a page named by its address's last part, written there in ASCII while the page
writes it with its own letters ("/myyja/Kuusamon_Kehraaja" for "Kuusamon_Kehrääjä"): the name as
the page's <title> shows it, its accents folded away, equal to that part.

    >>> folded("Kuusamon_Kehrääjä") == folded("kuusamon_kehraaja")
    True
    >>> title_handle("Yömarkkinat :: myyjä Kuusamon_Kehrääjä", "http://x.onion/myyja/Kuusamon_Kehraaja")
    'Kuusamon_Kehrääjä'

A market's address for a seller ends with the seller's handle under a word in the site's
language ("myyja", "prodavac", "verkaeufer"); no word list is needed when the handle itself
stands in the title: a token of the title that folds to the address's last part, with letters
the address could not hold, is the handle (one the address repeats as written may be a word of an
item's title that its slug repeats: "/k/91/teh" under "Teh hijau Cameron").
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

__all__ = ["folded", "title_handle"]

_TOKEN_RE = re.compile(r"[^\s:|/\\()\[\]«»\"']+")


def folded(text: str) -> str:
    """``text`` casefolded, its letters' accents and marks dropped ("Kehrääjä" -> "kehraaja")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def title_handle(title: str | None, url: str | None) -> str | None:
    """The token of ``title`` that the last part of ``url``'s path names, folded alike but written
    otherwise (letters the address cannot hold); None when none does, or the part is a number (an
    id the title cannot show) or shorter than three letters."""
    if not title or not url:
        return None
    segs = [s for s in urlsplit(url).path.split("/") if s]
    if not segs:
        return None
    last = folded(unquote(segs[-1]))
    if len(last) < 3 or last.isdigit():
        return None
    for token in _TOKEN_RE.findall(title):
        # Only a name the address could not write as the page does: a word of an item's title
        # that its slug repeats ("/k/91/teh" under "Teh hijau Cameron") is no handle.
        if folded(token) == last and token.casefold() != unquote(segs[-1]).casefold():
            return token
    return None
