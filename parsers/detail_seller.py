"""The seller of an item's own page when no label names it: the store the item's address lies under,
the handle its <title> names beside the item, else a name linked near its title, never a
reviewer's (:func:`reviewers`: their links show below the item too).

    >>> from parsers.dom import load
    >>> from parsers.detail_seller import detail_seller
    >>> doc = load(b"<html><head><title>Green tea</title></head><body><h1>Green tea</h1>"
    ...            b"<p><a href=/vendor/leafy>leafy</a></p><p>12 EUR</p></body></html>",
    ...            url="http://x.onion/item/7")
    >>> detail_seller(doc, "Green tea", doc.text_lines, [])
    'leafy'
"""

from __future__ import annotations

import re

from parsers.dom import Doc, clean
from parsers.market_names import (
    LISTING_URL_RE,
    TITLE_SEP_RE,
    vendor_anchors,
    vendor_links,
    vendor_name,
)
from parsers.market_seller import whole_names
from parsers.vendor_page import page_owner, vendor_from_url

__all__ = ["detail_seller", "reviewers", "titled_seller"]


# A short label of any language and its value ("Sælger: leafy (4.9)", "Myyjä: leafy").
_LABELLED_RE = re.compile(r"^[^\W\d_][^:：\d]{0,30}[:：]\s*(\S+)")

# A vendor link's whole text: the name alone or with its stats ("leafy (99%)", "leafy [4.9]").
_LINKED_NAME_RE = re.compile(r"^\S+(?:\s*[(\[][^)\]]{0,20}[)\]])*$")


def _linked_seller(doc: Doc, near: list[str], before: list[str] | None = None) -> str | None:
    """An unlabelled seller: a link to a vendor profile whose name stands near the title
    ("by leafy", "leafy (12)"); else a seller's card shown just before the title ("@leafy" over
    a "View profile" link to /user/leafy), ``before`` being those lines nearest first."""
    names = {vendor_name(text) for text in vendor_links(doc) if _LINKED_NAME_RE.match(text)}
    names.discard(None)
    found = reviewers(doc) if names else frozenset()
    names -= found
    whole = whole_names(doc)
    for line in near if names or whole else ():
        match = re.match(r"^(?:by|from|von|par|de|от)?\s*(\S+)", line, re.IGNORECASE)
        token = vendor_name(match.group(1)) if match else None
        if token in names:
            return token
        # "Sælger: <a href=/user/x>leafy</a>": a profile's link under a label of any language;
        # "Nome: <a href=/user/profile/231>Ana Lima</a>": a person's whole name, when the link
        # shows the whole value.
        match = _LABELLED_RE.match(line)
        token = vendor_name(match.group(1)) if match else None
        if token in names:
            return token
        if match and line[match.start(1) :] in whole:
            return line[match.start(1) :]
    # A vendor link that holds more than a name ("hanfhof 312 4 Shipping From: ..."): the name
    # its URL gives, when a line of its own shows it.
    sellers = _seller_handles(doc) - found
    for line in near:
        if line in sellers:
            return line
    if not before:
        return None
    for line in before:
        token = vendor_name(line) if len(line.split()) == 1 else None
        if token in sellers:
            return token
    return None


# Blocks of buyers' words about the item: reviews, comments, testimonials (the names linked
# there are the reviewers', never the seller's).
_REVIEW_BLOCK_RE = re.compile(
    r"comment|review|testimonial|otzyv|bewertung|rezension|avis|opini|recensi", re.IGNORECASE
)


def reviewers(doc: Doc) -> frozenset[str]:
    """Names whose every profile link stands inside a review or comment block (computed once)."""
    found = doc.memo.get("reviewers")
    if found is None:
        inside: set[str] = set()
        outside: set[str] = set()
        for a, _ in vendor_anchors(doc):
            text = clean(a.text_content())
            name = vendor_name(text) if _LINKED_NAME_RE.match(text) else None
            if name is None:
                continue
            marks = (f"{anc.get('class') or ''} {anc.get('id') or ''}" for anc in a.iterancestors())
            in_review = any(_REVIEW_BLOCK_RE.search(mark) for mark in marks if mark != " ")
            (inside if in_review else outside).add(name)
        found = doc.memo["reviewers"] = frozenset(inside - outside)
    return frozenset(found)


def titled_seller(doc: Doc, title: str | None) -> str | None:
    """A seller that the <title> names as a handle beside the item ("Green tea — @leafy —
    Market") and a link to a profile shows: the item's seller, before names linked nearer the
    title (its reviewers')."""
    if not doc.title or not title or "@" not in doc.title:
        return None
    parts = [clean(p) for p in TITLE_SEP_RE.split(doc.title) if p.startswith("@") and p != title]
    linked = vendor_links(doc) if parts else frozenset()
    return next((vendor_name(p) for p in parts if p in linked or p[1:] in linked), None)


# Site chrome: the menus and header that show the logged-in user's own profile link.
_CHROME_RE = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|header|topbar|account)(?:$|[\s_-])", re.IGNORECASE)


def _seller_handles(doc: Doc) -> set[str]:
    """Names that links to a profile outside the page's menus give: the link's text when it is a
    handle, else the name its URL holds ("View profile" -> /user/leafy -> "leafy")."""
    out = set()
    for a, href in vendor_anchors(doc):
        if LISTING_URL_RE.search(href):
            continue
        if any(anc.tag in ("nav", "header") or _CHROME_RE.search(anc.get("class") or "")
               for anc in a.iterancestors()):
            continue
        text = clean(a.text_content())
        name = vendor_name(text) if _LINKED_NAME_RE.match(text) else vendor_from_url(doc.absolute(href))
        if name:
            out.add(name)
    return out


def detail_seller(doc: Doc, title: str | None, near: list[str], before: list[str]) -> str | None:
    """The unlabelled seller of an item's page: the store whose address the item's lies under
    (/store/leafy/item/7 links /store/leafy), the handle the <title> names beside the item, else a
    name linked near the title (:func:`reviewers`' never: their links show below the item too).
    ``near`` are the lines from the title on, ``before`` those before it, nearest first."""
    return page_owner(doc) or titled_seller(doc, title) or _linked_seller(doc, near, before)
