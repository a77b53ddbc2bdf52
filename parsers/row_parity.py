"""Rows told apart by their parity only are rows of one kind: a table or list that stripes its
rows classes them "odd" and "even" ("productListing-odd", "row_even", "odd"), so the first class
that names a template's block (:func:`parsers.dom.element_kind`) differs every other row.

    >>> from lxml import html
    >>> rows = html.fromstring("<table><tr class='list-odd'><td>a</td></tr>"
    ...                        "<tr class='list-even'><td>b</td></tr></table>").findall(".//tr")
    >>> row_kind(rows[0]) == row_kind(rows[1]), row_kind(rows[0])
    (True, ('tr', 'list-'))
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["row_kind"]

# A parity word closing a class, alone or after a separator: "odd", "row-even", "Listing_odd".
_PARITY_RE = re.compile(r"(?:^|(?<=[-_]))(?:odd|even)$", re.IGNORECASE)


def row_kind(el: Any) -> tuple[str, str]:
    """:func:`parsers.dom.element_kind` with a closing parity word dropped from the class."""
    # element_kind's two lines inline: the card finder asks of every element up a page's tree.
    classes = (el.get("class") or "").split()
    tag, cls = el.tag, classes[0] if classes else ""
    if cls and ("dd" in cls or "ven" in cls):  # a substring test first: most classes have neither
        cls = _PARITY_RE.sub("", cls)
    return tag, cls
