"""Topics found only in a page's menus (a shop's header listing its departments at "/t/clothes",
an address shaped like a forum's topic): a site's navigation, no topic list, so the page is read
for what else it shows (an item, its price).

    >>> from parsers.dom import load
    >>> from parsers.records import Thread
    >>> doc = load(b"<header><nav><ul><li><a href='/t/tea'>Tea</a></li><li><a href='/t/jam'>Jam</a></li>"
    ...            b"</ul></nav></header><h1>Sencha</h1><p>Price 4 EUR</p>", url="http://x.onion/p/1")
    >>> only_in_menus(doc, [Thread(thread_url="http://x.onion/t/tea"), Thread(thread_url="http://x.onion/t/jam")])
    True
"""

from __future__ import annotations

from typing import Any

from parsers.dom import Doc
from parsers.records import Thread

__all__ = ["only_in_menus"]

_MENUS = frozenset({"nav", "header", "menu"})


def _in_menu(el: Any) -> bool:
    return any(isinstance(up.tag, str) and up.tag in _MENUS for up in el.iterancestors())


def only_in_menus(doc: Doc, topics: list[Thread]) -> bool:
    """Whether every link to one of ``topics`` sits in the page's header or navigation."""
    wanted = {t.thread_url for t in topics if t.thread_url}
    if not wanted or len(wanted) < len(topics):
        return False
    seen = False
    for a in doc.tagged("a"):
        href = a.get("href")
        if href and doc.absolute(href) in wanted:
            if not _in_menu(a):
                return False
            seen = True
    return seen
