"""A card's seller named only by a wordless link's title: an avatar linked to the seller's page.

Cards often show the seller as a small picture linked to the seller's page, the name only in the
link's ``title`` (or the picture's ``alt``): ``<a href="/venditore/Cartiera_Amalfi"
title="Cartiera_Amalfi"><img ...></a>``. The link says it names a person when the last part of
its address is that very name, whatever the address's words are in the site's language.

    >>> from lxml import html
    >>> card = html.fromstring('<div><a href="/prodavac/Mlin_7" title="Mlin_7"><img src="a.png"></a>'
    ...                        '<a href="/item/3">Flour</a></div>')
    >>> titled_handle(card)
    'Mlin_7'

Or as a badge that writes the handle after an at sign, linked to the handle's page
(``<a href="/prodavac/mlin_7">@mlin_7</a>``): the at sign marks a person's handle in any language.

    >>> at_handle(html.fromstring('<div><a href="/s/mlin_7">@mlin_7</a><a href="/i/3">Flour</a></div>'))
    'mlin_7'
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urlsplit

from parsers.dom import clean

__all__ = ["at_handle", "titled_handle"]


# A handle: one word of letters, digits, dots, dashes or underscores, as site names are.
_HANDLE_RE = re.compile(r"^[^\W_][\w.-]{1,39}$")


def titled_handle(card: Any) -> str | None:
    """The name a wordless link of ``card`` gives in its title (or its picture's alt) when its
    address ends with that name; None otherwise."""
    for a in card.iter("a"):
        if clean(a.text_content()):
            continue
        img = a.find(".//img")
        name = clean(a.get("title")) or (clean(img.get("alt")) if img is not None else "")
        if not name or not _HANDLE_RE.match(name) or name.isdigit():
            continue
        path = unquote(urlsplit(a.get("href") or "").path).rstrip("/")
        if path.rsplit("/", 1)[-1].casefold() == name.casefold():
            return name
    return None


def at_handle(card: Any) -> str | None:
    """The handle a link of ``card`` writes after an at sign ("@mlin_7") when its address ends
    with that handle; None otherwise (an "@" written with no such link names no seller)."""
    for a in card.iter("a"):
        text = clean(a.text_content())
        if not text.startswith("@"):
            continue
        name = text[1:]
        if not _HANDLE_RE.match(name) or name.isdigit():
            continue
        path = unquote(urlsplit(a.get("href") or "").path).rstrip("/")
        if path.count("/") >= 2 and path.rsplit("/", 1)[-1].casefold() == name.casefold():
            return name
    return None
