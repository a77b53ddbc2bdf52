"""An item page's category filed under the item: a link to a category's address that follows a
short label of any language ("Category:", "Kategorie:", "කාණ්ඩය:") inside the element that holds
the item's heading (its article, its product block), not in the page's menus. For pages whose
label words no vocabulary knows and that show no breadcrumb. A taxonomy term's link (Drupal's
"/taxonomy/term/4") is a category's too, and a label in an element of its own before the link's
box needs no colon.

    >>> from parsers.dom import load
    >>> doc = load(b"<nav><a href='/category/books'>Books</a></nav><article><h1>Bread</h1>"
    ...            b"<p>4 EUR</p><footer>Kategoria: <a href='/category/baking'>Baking</a></footer></article>")
    >>> filed_category(doc, doc.root.find(".//h1"))
    'Baking'
"""

from __future__ import annotations

import re
from itertools import chain
from typing import Any

from parsers.dom import Doc, clean
from parsers.market_names import category_url

__all__ = ["filed_category"]

# A label and nothing more: a few words of any script ending in a colon, no figure.
_LABEL_RE = re.compile(r"^[^\W\d_][^\d:：|]{0,30}[:：]$")
# A taxonomy term's address (Drupal's "/taxonomy/term/4"): a category whatever its words.
_TERM_RE = re.compile(r"/taxonomy/term/\d+(?:$|[/?#])")
# Ancestors of the heading looked in: its header, its article; not the whole page.
_LEVELS = 4
_MENUS = frozenset({"nav", "header", "aside", "menu", "select"})


def _labelled(a: Any) -> bool:
    """Whether the text right before link ``a`` (on its parent) is a label alone."""
    before = a.getprevious()
    lead = (before.tail if before is not None else a.getparent().text) or ""
    if before is not None and before.tag != "br" and lead.strip():
        return False
    if before is not None and not lead.strip():
        return False  # another element right before it: a list of links, not a label's value
    return bool(_LABEL_RE.match(clean(lead))) or _label_before_box(a)


def _label_before_box(a: Any) -> bool:
    """Whether link ``a`` is all its box holds and the element before the box is a label alone
    ("<div class=field__label>Ụdị</div><div class=field__item><a>...</a></div>"): a colon is
    not needed when the label stands in an element of its own."""
    text = clean(a.text_content())
    box = a.getparent()
    # The box may sit in a wrapper of the field's items holding nothing else (Drupal 7's
    # "field-items" around "field-item"): the label stands before the wrapper then.
    for _ in range(2):
        if box is None or clean(box.text_content()) != text:
            return False
        before = box.getprevious()
        if before is not None and isinstance(before.tag, str) and not len(before):
            label = clean(before.text_content()).rstrip(":：").strip()
            return bool(label) and bool(_LABEL_RE.match(label + ":"))
        box = box.getparent()
    return False


def _in_menu(a: Any, top: Any) -> bool:
    """Whether link ``a`` stands in a menu (a nav, an aside) inside ``top``."""
    for anc in a.iterancestors():
        if anc is top:
            return False
        if anc.tag in _MENUS:
            return True
    return False


def filed_category(doc: Doc, heading: Any) -> str | None:
    """The category an item's block files it under after a short label, or None."""
    if heading is None:
        return None
    body = doc.root.find("body")
    el, prev = heading, None
    for _ in range(_LEVELS):
        el, inner = el.getparent(), prev
        if el is None or el is body or el.tag in ("body", "html"):
            return None
        prev = el
        # The links of the level below were read there and failed (a menu between a link and
        # the level below is one between it and this level too): each link is read once.
        links = el.iter("a") if inner is None else chain(
            [el] if el.tag == "a" else [], *(child.iter("a") for child in el if child is not inner))
        for a in links:
            href = a.get("href") or ""
            if not (category_url(href) or _TERM_RE.search(href)) or a.getparent() is None:
                continue
            if _in_menu(a, el):
                continue
            text = clean(a.text_content())
            if 1 < len(text) <= 60 and _labelled(a):
                return text
    return None
