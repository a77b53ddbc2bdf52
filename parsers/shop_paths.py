"""The seller whose shop front a page is, known by its items' addresses: the page's main heading
(its first h1, outside the cards) is a handle, and every card's item lies under that handle
("<h1>KaarsenmakerijVeluwe</h1>" over cards linking /product/KaarsenmakerijVeluwe/...), as a
shop's items do on markets that file them under their seller, whatever the page's language.

    >>> from parsers.dom import load
    >>> cards = "".join(f"<div class=c><a href='/p/Bergtee_Hof/{n}'>Tee {n}</a> 4 EUR</div>" for n in (1, 2))
    >>> doc = load(f"<h1>Bergtee_Hof</h1>{cards}".encode())
    >>> path_owner(doc, doc.root.xpath("//div[@class='c']"))
    'Bergtee_Hof'

Without such addresses, the <title> may name the shop's handle the heading shows, alone or with a
word or two saying the page is its shop ("Strikkestua_Voss sin butikk — Nordlysbua", "Tienda de
lana_fina · Mercado"), on a page that links no seller's profile and names the handle nowhere as
the site's own (a link home, the address's host, a copyright line): :func:`titled_owner`.

A category's page files its items under the category's word ("<h1>Candles</h1>", /candles/...):
a handle is joined words, an underscore or a figure ("GreenLeaf", "kamiya_washi", "tea4you"),
never a word of the language alone, so such a page names no seller.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urlsplit

from parsers.dom import Doc, clean
from parsers.market_names import TITLE_SEP_RE, home_link_texts, vendor_links

__all__ = ["path_owner", "titled_owner"]

# A handle's shape: words run together ("GreenLeaf"), joined by an underscore, or holding a figure.
_HANDLE_RE = re.compile(r"^(?=.*(?:[a-zà-ÿ][A-ZÀ-Þ]|_|\d))[^\W_]+(?:[_.-][^\W_]+)*$|^[^\W\d]+_\w+$")


def _segments(href: str) -> set[str]:
    return {unquote(s).casefold() for s in urlsplit(href).path.split("/") if s}


def _head_handle(doc: Doc, cards: list[Any]) -> str | None:
    """The handle the page's first h1 shows, outside the ``cards`` (two or more) and links."""
    if len(cards) < 2:
        return None
    head = next(iter(doc.tagged("h1")), None)
    if head is None or head.find(".//a") is not None:
        return None
    members = set(cards)
    if head in members or any(a in members or a.tag == "a" for a in head.iterancestors()):
        return None
    text = clean(head.text_content()).lstrip("@")
    return text if 2 < len(text) <= 40 and _HANDLE_RE.match(text) else None


def path_owner(doc: Doc, cards: list[Any]) -> str | None:
    """The handle the page's first h1 shows when each of two ``cards`` or more links an address
    that holds it as a path segment; else None."""
    text = _head_handle(doc, cards)
    if text is None:
        return None
    want = text.casefold()
    for card in cards:
        if not any(want in _segments(a.get("href") or "") for a in card.iter("a")):
            return None
    return text


# A copyright line names the site's owner ("© 2026 Nordbasar").
_COPYRIGHT_RE = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)


def titled_owner(doc: Doc, cards: list[Any]) -> str | None:
    """The handle the page's first h1 shows (outside the ``cards``) when a part of the <title> is
    it, or it and one or two words more ("X sin butikk", "Tienda de X"), on a page that links no
    seller's profile and does not name the handle as the site's own; else None."""
    if not doc.title:
        return None
    text = _head_handle(doc, cards)
    if text is None or vendor_links(doc):
        return None
    words = text.casefold().split()
    for part in TITLE_SEP_RE.split(doc.title):
        rest = clean(part).casefold().split()
        spare = len(rest) - len(words)
        if 0 <= spare <= 2 and any(rest[i : i + len(words)] == words for i in range(spare + 1)):
            break
    else:
        return None
    want = text.casefold()
    if want in home_link_texts(doc) or (doc.url and want in (urlsplit(doc.url).hostname or "").casefold()):
        return None  # the site's own name
    if any(want in line.casefold() and _COPYRIGHT_RE.search(line) for line in doc.text_lines):
        return None
    return text
