"""The site's category names as its listing page counts them, whatever their words and addresses:
a list beside the cards whose every item is one link followed by a count of the items filed there
("<li><a href='/rubrik/te'>Te</a> (214)</li>", "<li><a href='/mawd/x'>ผ้าทอ</a> (๒๔)</li>", the
count in digits of any script), the links' addresses branches of one path ("/rubrik/te",
"/rubrik/kaffe"). A card's element of those words alone, not its title nor its seller, is the
card's category: a chip, a badge, a link to the category's page.

    >>> from parsers.dom import load
    >>> items = "".join(f"<li><a href='/rubrik/{w}'>{w}</a> ({n})</li>"
    ...                 for w, n in (("Te", 4), ("Kaffe", 9), ("Kakao", 2)))
    >>> doc = load(f"<ul>{items}</ul><div><b>Kaffe</b><a href='/vara/1'>Java, 250 g</a> 9 kr</div>".encode())
    >>> names = facet_names(doc, [])
    >>> sorted(names)
    ['kaffe', 'kakao', 'te']
    >>> facet_category(doc.root.find(".//div"), "Java, 250 g", None, names)
    'Kaffe'

A list counted so that names places ("Sweden (12)": where items ship from) names no category.
Pages whose markup shows no link followed by a bracket pay one regex search.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any
from urllib.parse import urlsplit

from parsers.cldr_dates import current_language
from parsers.dom import Doc, clean
from parsers.place_words import is_place
from parsers.records import Listing

__all__ = ["facet_category", "facet_names", "mend_facet_categories"]

# A link closed, then maybe an element opened, then a bracket: where a count may follow a link.
_GATE_RE = re.compile(rb"</a>\s*(?:<[a-z]+\b[^>]*>\s*)?[(\[]")
# A count of items in brackets, in digits of any script ("(214)", "(1.038)", "(๒๔)").
_COUNT_RE = re.compile(r"^[(\[]\s*\d[\d.,'\s\u00a0\u202f]*[)\]]$")
_MIN_ITEMS = 3
_MAX_NAME = 40
# A card's elements that may hold its category's name alone.
_LEAVES = ("a", "span", "b", "strong", "em", "i", "small", "mark", "div", "p", "li", "label")


def _path(href: str) -> str:
    return urlsplit(href).path.rstrip("/")


def _counted(a: Any) -> str | None:
    """The text of link ``a`` when its list item is that link and a count, nothing more."""
    li = a.getparent()
    if li is None or li.tag != "li" or sum(1 for _ in li.iter("a")) != 1:
        return None
    text = clean(a.text_content())
    whole = clean(li.text_content())
    if not 1 < len(text) <= _MAX_NAME or not whole.startswith(text):
        return None
    return text if _COUNT_RE.match(whole[len(text):].strip()) else None


def _branches(paths: list[str]) -> bool:
    """Whether ``paths`` are distinct branches under one path of a segment or more."""
    if len(set(paths)) != len(paths) or not all(paths):
        return False
    heads = {p.rsplit("/", 1)[0] for p in paths}
    if len(heads) == 1:
        return bool(heads.pop().strip("/"))
    # A tree's levels side by side ("/k/te", "/k/te/gront"): one first segment for all.
    firsts = {p.strip("/").split("/", 1)[0] for p in paths}
    return len(firsts) == 1 and all(p.strip("/").count("/") >= 1 for p in paths)


def facet_names(doc: Doc, cards: list[Any]) -> frozenset[str]:
    """The casefolded category names of the page's counted lists of links (see the module),
    outside the ``cards``; empty when the page shows none (read once per page)."""
    key = "facet_names"
    cached: frozenset[str] | None = doc.memo.get(key)
    if cached is not None:
        return cached
    found: set[str] = set()
    if _GATE_RE.search(doc.raw or b""):
        members = set(cards)
        lists: dict[Any, list[tuple[str, str]]] = defaultdict(list)
        for a in doc.tagged("a"):
            text = _counted(a)
            if text is not None:
                lists[a.getparent().getparent()].append((text, _path(a.get("href") or "")))
        lang = current_language()
        for box, items in lists.items():
            items_all = sum(1 for li in box if li.tag == "li")
            if len(items) < _MIN_ITEMS or len(items) < 0.8 * items_all:
                continue
            if not _branches([path for _, path in items]):
                continue
            if box in members or any(anc in members for anc in box.iterancestors()):
                continue
            if sum(1 for text, _ in items if is_place(text, lang)) * 2 >= len(items):
                continue  # places counted: a filter of where items ship from
            found.update(text.casefold() for text, _ in items)
    doc.memo[key] = result = frozenset(found)
    return result


def facet_category(card: Any, title: str | None, vendor: str | None, names: frozenset[str]) -> str | None:
    """The text of an element of ``card`` that holds one of the ``names`` alone and is neither the
    card's ``title`` nor its ``vendor``, or None."""
    for el in card.iter(*_LEAVES):
        if len(el):
            continue  # words alone, not a box of others
        text = clean(el.text_content())
        if text and text.casefold() in names and text != title and text != vendor:
            return text
    return None


def mend_facet_categories(doc: Doc, cards: list[Any], listings: list[Listing]) -> None:
    """Give each of ``listings`` (one per card of ``cards``) that has no category the one its card
    shows by a counted category name of the page (:func:`facet_category`)."""
    if all(r.category is not None for r in listings):
        return
    names = facet_names(doc, cards)
    if not names:
        return
    for card, listing in zip(cards, listings, strict=False):
        if listing.category is None:
            listing.category = facet_category(card, listing.title, listing.vendor, names)
