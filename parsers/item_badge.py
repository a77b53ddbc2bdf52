"""An item page's category shown as a badge beside its heading: an element of text alone (no
link, no label) next to the item's heading whose words are one of the site's category names, as
the page's links into category pages and its category filter's choices name them
(:func:`parsers.filter_options.option_categories`), whatever their language.

    >>> from parsers.dom import load
    >>> doc = load(b"<nav><a href='/category/2'>Teekannen</a> <a href='/category/3'>Tassen</a></nav>"
    ...            b"<div><span class='tag'>Teekannen</span><h1>Glaskanne 1 l</h1><p>19 EUR</p></div>")
    >>> badge_category(doc, doc.root.find(".//h1"))
    'Teekannen'

The badge stands in the heading's own block (its parent or the parent's parent), never in a menu,
a link, a form's choices or a button: the menu's own link to the category is no badge.
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import Doc, clean
from parsers.filter_options import option_categories
from parsers.market_names import CATEGORY_URL_RE

__all__ = ["badge_category", "site_categories"]

_LEVELS = 2
_MAX_NAME = 60
_NOT_BADGES = frozenset({"a", "nav", "menu", "select", "option", "button", "script", "style", "title"})
_COUNT_SUFFIX_RE = re.compile(r"\s*[(\[]\d[\d,.\s]*[)\]]\s*$")


def site_categories(doc: Doc) -> frozenset[str]:
    """Lower-cased texts of the page's links into category pages and its category filter's choices."""
    key = "site_categories"
    if key in doc.memo:
        cached: frozenset[str] = doc.memo[key]
        return cached
    names = set(option_categories(doc))
    for a in doc.tagged("a"):
        if CATEGORY_URL_RE.search(a.get("href") or ""):
            text = _COUNT_SUFFIX_RE.sub("", clean(a.text_content())).lower()
            if 1 < len(text) <= _MAX_NAME:
                names.add(text)
    found = frozenset(names)
    doc.memo[key] = found
    return found


def _badge(el: Any, names: frozenset[str]) -> str | None:
    if len(el) or not isinstance(el.tag, str) or el.tag in _NOT_BADGES:
        return None
    text = clean(el.text_content())
    if not 1 < len(text) <= _MAX_NAME or text.lower() not in names:
        return None
    if any(anc.tag in _NOT_BADGES for anc in el.iterancestors()):
        return None
    return text


def badge_category(doc: Doc, heading: Any) -> str | None:
    """The category a badge beside the item's ``heading`` names (see the module), or None."""
    if heading is None:
        return None
    names = site_categories(doc)
    if not names:
        return None
    title = clean(heading.text_content()).lower()
    box = heading
    for _ in range(_LEVELS):
        box = box.getparent()
        if box is None or box.tag in ("body", "html"):
            return None
        for el in box.iter():
            if el is heading:
                continue
            found = _badge(el, names)
            if found and found.lower() != title:
                return found
    return None
