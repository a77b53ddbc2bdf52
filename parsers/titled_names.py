"""A profile owner's name told by the page's <title>: a part of the title that a heading, an
element of the body or a profile link shows too (the vendor page's last resorts when no label,
heading or address names the owner).

    >>> from parsers.dom import load
    >>> from parsers.titled_names import titled_element, titled_heading
    >>> doc = load(b"<html><head><title>leafy | Market</title></head><body><h3>leafy</h3></body></html>")
    >>> titled_heading(doc)
    'leafy'
    >>> doc = load(b"<html><head><title>Golden Leaf - seller - Market</title></head>"
    ...            b"<body><div class=big>Golden Leaf</div></body></html>")
    >>> titled_element(doc)
    'Golden Leaf'
"""

from __future__ import annotations

from parsers.dom import Doc, clean
from parsers.market_names import (
    GENERIC_HEADING_RE,
    TITLE_SEP_RE,
    headings,
    home_link_texts,
    vendor_links,
    vendor_name,
)
from parsers.title_labels import label_phrase

__all__ = ["title_names", "titled_element", "titled_handle", "titled_heading"]


def titled_heading(doc: Doc) -> str | None:
    """A handle that a heading shows and the <title> repeats as one of its parts ("leafy |
    Market" over "<h3>leafy</h3>"), not the site's name (a heading linking home)."""
    if not doc.title:
        return None
    parts = {clean(p) for p in TITLE_SEP_RE.split(doc.title)} - {clean(doc.title)}
    for text, el in headings(doc):
        if text in parts and not GENERIC_HEADING_RE.match(text) and el.find(".//a") is None \
                and not label_phrase(text):
            name = vendor_name(text)
            if name == text:
                return name
    return None


_HEADS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

_SKIP_TAGS = frozenset({"a", "title", "option", "script", "style", "button", "label", "pre", "textarea"})


def title_names(doc: Doc) -> set[str]:
    """The parts of the <title> that may be a name: one to four words, no generic heading
    ("Profile", "Reviews"), not the site's name (a link home shows it)."""
    if not doc.title:
        return set()
    parts = [clean(p) for p in TITLE_SEP_RE.split(doc.title)]
    wanted = {
        p for p in parts
        if len(parts) >= 2 and 2 <= len(p) <= 40 and len(p.split()) <= 4 and any(c.isalpha() for c in p)
        and not GENERIC_HEADING_RE.match(p) and not label_phrase(p)
    }
    return wanted - {p for p in wanted if p.casefold() in home_link_texts(doc)}


def titled_element(doc: Doc) -> str | None:
    """A name that the <title> shows as a part of its own and an element of the body shows whole
    as its own text, outside links (the site's name links home), of one to four words: a
    seller's name in a styled block ("<div class=big>Golden Leaf</div>" under "Golden Leaf —
    seller — Market")."""
    wanted = title_names(doc)
    if not wanted:
        return None
    body = doc.root.find("body")
    for el in (body if body is not None else doc.root).iter():
        text = el.text.strip() if isinstance(el.tag, str) and el.text else ""
        # A heading may run its badges after the name ("<h2>leafy <span>Level 4</span></h2>"):
        # its own text before them is the name all the same.
        if not text or el.tag in _SKIP_TAGS or (len(el) and el.tag not in _HEADS):
            continue
        if text not in wanted and not (el.tag in _HEADS and _titled_words(text, wanted)):
            continue
        if any(a.tag in _SKIP_TAGS for a in el.iterancestors()):
            continue
        return text
    return None


def _titled_words(text: str, wanted: set[str]) -> bool:
    """Whether a heading's text ends or starts a part of the <title> whose other words are one
    or two (a word that says what the page is: "Sprzedawca leafy", "leafy shop")."""
    words = text.split()
    for part in wanted:
        rest = part.split()
        if 1 <= len(rest) - len(words) <= 2 and (rest[-len(words):] == words or rest[:len(words)] == words):
            return True
    return False


def titled_handle(doc: Doc) -> str | None:
    """A handle the <title> shows as a part of its own that a link to a profile shows too
    ("@leafy — Contacts — Market" over "<a href=/store/leafy>@leafy</a>")."""
    if not doc.title or "@" not in doc.title:
        return None
    parts = [clean(p) for p in TITLE_SEP_RE.split(doc.title) if p.startswith("@")]
    linked = vendor_links(doc) if parts else frozenset()
    return next((vendor_name(p) for p in parts if p in linked or p[1:] in linked), None)
