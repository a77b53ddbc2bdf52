"""The seller whose shop front a page is, known by its items' addresses: the page's main heading
(its first h1, outside the cards) is a handle, and every card's item lies under that handle
("<h1>KaarsenmakerijVeluwe</h1>" over cards linking /product/KaarsenmakerijVeluwe/...), as a
shop's items do on markets that file them under their seller, whatever the page's language.

    >>> from parsers.dom import load
    >>> cards = "".join(f"<div class=c><a href='/p/Bergtee_Hof/{n}'>Tee {n}</a> 4 EUR</div>" for n in (1, 2))
    >>> doc = load(f"<h1>Bergtee_Hof</h1>{cards}".encode())
    >>> path_owner(doc, doc.root.xpath("//div[@class='c']"))
    'Bergtee_Hof'

A category's page files its items under the category's word ("<h1>Candles</h1>", /candles/...):
a handle is joined words, an underscore or a figure ("GreenLeaf", "kamiya_washi", "tea4you"),
never a word of the language alone, so such a page names no seller.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urlsplit

from parsers.dom import Doc, clean

__all__ = ["path_owner"]

# A handle's shape: words run together ("GreenLeaf"), joined by an underscore, or holding a figure.
_HANDLE_RE = re.compile(r"^(?=.*(?:[a-zà-ÿ][A-ZÀ-Þ]|_|\d))[^\W_]+(?:[_.-][^\W_]+)*$|^[^\W\d]+_\w+$")


def _segments(href: str) -> set[str]:
    return {unquote(s).casefold() for s in urlsplit(href).path.split("/") if s}


def path_owner(doc: Doc, cards: list[Any]) -> str | None:
    """The handle the page's first h1 shows when each of two ``cards`` or more links an address
    that holds it as a path segment; else None."""
    if len(cards) < 2:
        return None
    head = next(iter(doc.tagged("h1")), None)
    if head is None or head.find(".//a") is not None:
        return None
    members = set(cards)
    if head in members or any(a in members for a in head.iterancestors()):
        return None
    text = clean(head.text_content()).lstrip("@")
    if not 2 < len(text) <= 40 or not _HANDLE_RE.match(text):
        return None
    want = text.casefold()
    for card in cards:
        if not any(want in _segments(a.get("href") or "") for a in card.iter("a")):
            return None
    return text
