"""A label and the line after it that are two entries of one menu are no label and its value:
a market's menu links "Verkäufer" (its sellers' list) above "So funktioniert Escrow", and a
profile reader that takes a label standing alone for a term over its definition would name the
seller "So". Entries of one menu are links whose whole text is the line, in one list or
navigation block. Likewise a sidebar widget's heading ("Verkäufer kontaktieren" over a contact
form) is no heading of the profile.

    >>> from parsers.dom import load
    >>> doc = load(b"<nav><ul><li><a href='/s/'>Seller</a></li><li><a href='/faq'>How escrow works</a>"
    ...            b"</li></ul></nav><dl><dt>Seller</dt><dd><a href='/u/leafy'>leafy</a></dd></dl>")
    >>> menu_entries(doc, "Seller", "How escrow works"), menu_entries(doc, "Seller", "leafy")
    (True, False)
"""

from __future__ import annotations

from typing import Any

from parsers.dom import Doc, clean

__all__ = ["menu_entries", "widget_heading"]

_MENUS = ("ul", "ol", "nav", "menu")


def _menus(doc: Doc, text: str) -> set[Any]:
    """The lists and navigation blocks that hold a link whose whole text is ``text``."""
    found: set[Any] = set()
    for a in _links_by_text(doc).get(text, ()):
        found.update(a.iterancestors(*_MENUS))
    return found


def _links_by_text(doc: Doc) -> dict[str, list[Any]]:
    """The page's links by their whole text, computed once per page: each pair of lines asked
    about would read every link's text again."""
    found = doc.memo.get("links_by_text")
    if found is None:
        found = doc.memo["links_by_text"] = {}
        for a in doc.tagged("a"):
            found.setdefault(clean(a.text_content()), []).append(a)
    return found


def menu_entries(doc: Doc, label: str, value: str) -> bool:
    """Whether ``label`` and ``value`` are the whole texts of two links in one menu."""
    if not label or not value or label == value:
        return False
    return bool(_menus(doc, label) & _menus(doc, value))


def widget_heading(el: Any) -> bool:
    """Whether a heading titles a sidebar's widget (in an <aside> or a block marked
    role="complementary"): "Verkäufer kontaktieren", "Contact the seller" over a form names an
    action beside the page's subject, never the profile's owner."""
    return any(a.tag == "aside" or a.get("role") == "complementary" for a in el.iterancestors())
