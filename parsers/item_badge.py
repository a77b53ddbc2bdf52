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
from parsers.filter_options import categories_among, option_categories
from parsers.market_names import category_url

__all__ = ["badge_category", "site_categories"]

_LEVELS = 2
_MAX_NAME = 60
_NOT_BADGES = frozenset({"a", "nav", "menu", "select", "option", "button", "script", "style", "title"})
_COUNT_SUFFIX_RE = re.compile(r"\s*[(\[]\d[\d,.\s]*[)\]]\s*$")


def _link_names(doc: Doc) -> frozenset[str]:
    """Lower-cased texts of the page's links into category pages (a name's length), read once per
    page: a badge's reader and :func:`site_categories` both ask."""
    key = "category_link_names"
    cached: frozenset[str] | None = doc.memo.get(key)
    if cached is not None:
        return cached
    names = set()
    for a in doc.tagged("a"):
        if category_url(a.get("href") or ""):
            # As a filter's choices are read (parsers.filter_options): .text of a link of text alone,
            # the count's regex only on a text that ends as a count does.
            text = clean(a.text_content() if len(a) else a.text)
            if text.endswith((")", "]")):
                text = _COUNT_SUFFIX_RE.sub("", text)
            text = text.lower()
            if 1 < len(text) <= _MAX_NAME:
                names.add(text)
    found = doc.memo[key] = frozenset(names)
    return found


def site_categories(doc: Doc) -> frozenset[str]:
    """Lower-cased texts of the page's links into category pages and its category filter's choices."""
    key = "site_categories"
    if key in doc.memo:
        cached: frozenset[str] = doc.memo[key]
        return cached
    found = option_categories(doc) | _link_names(doc)
    doc.memo[key] = found
    return found


def _shown(el: Any) -> str | None:
    """The text of ``el`` when it could be a badge: an element of text alone, of a name's length."""
    if len(el) or not isinstance(el.tag, str) or el.tag in _NOT_BADGES:
        return None
    text = clean(el.text_content())
    return text if 1 < len(text) <= _MAX_NAME else None


def _site_names(doc: Doc, wanted: frozenset[str]) -> frozenset[str]:
    """``site_categories(doc) & wanted``: only the filters offering one of ``wanted`` are tested."""
    cached: frozenset[str] | None = doc.memo.get("site_categories")
    if cached is not None:
        return cached & wanted
    return categories_among(doc, wanted) | (_link_names(doc) & wanted)


def badge_category(doc: Doc, heading: Any) -> str | None:
    """The category a badge beside the item's ``heading`` names (see the module), or None."""
    if heading is None:
        return None
    # The texts that could be badges first, nearest block first: the site's names are then
    # sought among them only (a filter's choices are tested for places only when one is there).
    shown: list[tuple[Any, str]] = []
    box = heading
    for _ in range(_LEVELS):
        box = box.getparent()
        if box is None or box.tag in ("body", "html"):
            break
        shown.extend((el, text) for el in box.iter() if el is not heading and (text := _shown(el)))
    if not shown:
        return None
    title = clean(heading.text_content()).lower()
    wanted = frozenset(text.lower() for _, text in shown) - {title}
    names = _site_names(doc, wanted) if wanted else frozenset()
    for el, text in shown:
        if text.lower() in names and not any(anc.tag in _NOT_BADGES for anc in el.iterancestors()):
            return text
    return None
