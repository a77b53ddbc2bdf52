"""The page's frame around its content: the banner at its top (the visitor's account, a balance,
a notification bell, an exchange rate), its menus and its footer, as HTML marks them (the
``<header>``, ``<nav>`` and ``<footer>`` elements of the page, or the landmark roles ``banner``,
``navigation`` and ``contentinfo``). A price shown there ("Balance 0.4182 XMR") is no item's.

A ``<header>`` or ``<footer>`` inside an article or a section is that part's own (a card's
heading, a post's signature line), not the page's frame.

    >>> from parsers.dom import load
    >>> doc = load(b"<header><div><a href='/n'>3</a> Balance 0.41 XMR</div></header>"
    ...            b"<main><article><header><b>Tea</b> 4 EUR</header></article></main>")
    >>> [in_frame(el) for el in doc.root.iter("div", "b")]
    [True, False]
"""

from __future__ import annotations

from typing import Any

__all__ = ["in_frame"]

_FRAME_TAGS = frozenset({"header", "nav", "footer"})
_FRAME_ROLES = frozenset({"banner", "navigation", "contentinfo"})
# Elements whose own header or footer is theirs, not the page's (HTML's sectioning content).
_PARTS = frozenset({"article", "section", "main", "aside"})


def in_frame(el: Any) -> bool:
    """Whether ``el`` stands in the page's frame: is or is below a ``<header>``, ``<nav>`` or ``<footer>``
    (or an element of such a landmark role), with no article, section, main column or aside
    around it."""
    framed = False
    for anc in (el, *el.iterancestors()):
        tag = anc.tag
        if tag in _PARTS:
            return False
        framed = framed or tag in _FRAME_TAGS or anc.get("role") in _FRAME_ROLES
    return framed
