"""Blocks that are a page's layout regions, not a grid's cards: a page whose header, main column
and footer each show a price (a balance in the header, the item's price in the main column, an
exchange rate in the footer) still has no card of a list there.

    >>> from parsers.dom import load
    >>> doc = load(b"<body><div id='top'>x</div><div id='main'>y</div><div id='foot'>z</div></body>")
    >>> page_regions(list(doc.root.find("body")))
    True
    >>> doc = load(b"<ul><li id='item-4'>x</li><li id='item-5'>y</li><li id='item-6'>z</li></ul>")
    >>> page_regions(list(doc.root.iter("li")))
    False
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["page_regions"]

_WORD_RE = re.compile(r"[^\W\d_]+")


def page_regions(blocks: list[Any]) -> bool:
    """Whether ``blocks`` (two or more) each carry an id whose first word is its own ('topbar',
    'wrapper', 'footer') and share no class: a template names its regions apart, while the cards
    of a grid share their id's word and differ by a number or a key ('item-4', 'item-5'), or
    share a class when their ids are the items' names ('<div class=product id=green-tea>')."""
    if len(blocks) < 2:
        return False
    words = set()
    for block in blocks:
        found = _WORD_RE.search(block.get("id") or "")
        if found is None:
            return False
        words.add(found.group(0).casefold())
    if len(words) != len(blocks):
        return False
    shared = set.intersection(*((set((b.get("class") or "").split())) for b in blocks))
    return not shared
