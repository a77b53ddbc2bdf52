"""A list page's category as its breadcrumb's last, unlinked step when the page's heading names
it too ("Home :: Crafts :: <span>Straw gardens</span>" over <h1>Straw gardens</h1>): the
category every card of a category's page belongs to, when the cards name none themselves.

    >>> from parsers.dom import load
    >>> doc = load(b"<p><a href='/'>Start</a> &gt; <a href='/c/1'>Food</a> &gt; <span>Teas</span></p>"
    ...            b"<h1>Teas</h1><div><a href='/p/1'>Sencha</a> 4 EUR</div>")
    >>> heading_crumb(doc)
    'Teas'
"""

from __future__ import annotations

from typing import Any

from parsers.crumb_trail import home_paths
from parsers.dom import Doc, clean
from parsers.records import Listing

__all__ = ["heading_crumb", "mend_heading_category"]


def heading_crumb(doc: Doc) -> str | None:
    """The page's one heading's words when a path from home ends there, unlinked; else None."""
    heads = doc.tagged("h1")
    if len(heads) != 1:
        return None
    heading = clean(heads[0].text_content())
    if not heading:
        return None
    for _box, steps in home_paths(doc):
        text, linked = steps[-1]
        if not linked and clean(text) == heading:
            return heading
    return heading if _home_trail(doc, heads[0], heading) else None


def _home_trail(doc: Doc, head: Any, heading: str) -> bool:
    """Whether a box of links just before ``head`` starts at the page's first link (the site's
    home, whatever its address: "home.php", the logo's) and ends at ``heading``, unlinked."""
    links = doc.tagged("a")
    if not links or not links[0].get("href"):
        return False
    home = links[0].get("href")
    box = head.getprevious()
    for _ in range(3):
        if box is None:
            return False
        if not isinstance(box.tag, str):
            box = box.getprevious()
            continue
        anchors = box.findall(".//a")
        if len(anchors) >= 2 and anchors[0].get("href") == home:
            words = clean(box.text_content())
            return words.endswith(heading) and all(clean(a.text_content()) != heading for a in anchors)
        box = box.getprevious()
    return False


def mend_heading_category(doc: Doc, cards: list[Any], out: list[Listing]) -> None:
    """Give every card the page's category (``heading_crumb``) when no card names one."""
    if len(out) < 2 or len(out) != len(cards) or any(r.category for r in out):
        return
    category = heading_crumb(doc)
    if category:
        for r in out:
            r.category = category
