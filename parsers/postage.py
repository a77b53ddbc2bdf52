"""Postage prices a market page shows beside its item's price: priced ``<option>`` choices of a
form and the priced cells of tables headed by a shipping method (computed once per page).

>>> from parsers.dom import load
>>> from parsers.postage import postage_lines
>>> doc = load(b"<p>Price: 19.90 EUR</p><select><option>Letter - 3 days - 2.50 EUR</option></select>")
>>> sorted(postage_lines(doc))
['Letter - 3 days - 2.50 EUR']
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import Doc
from parsers.market_prices import has_marker, marked_indexes
from parsers.prices import find_prices

__all__ = ["postage_lines", "priced_options"]


def priced_options(doc: Doc) -> frozenset[str]:
    """Texts of the page's ``<option>`` elements that hold a price: postage or variant choices of
    a form ("Großbrief - 3 Tage - 2.50 €"), never the item's price while another price shows
    (computed once per page)."""
    found = doc.memo.get("priced_options")
    if found is None:
        found = frozenset()
        raw = doc.raw or b""
        if b"<option" in raw or b"<OPTION" in raw:
            # An option holds its text itself as a rule; a page's country lists have hundreds,
            # so they are looked at one by one only when their text has a currency marker at all.
            texts = [" ".join((el.text_content() if len(el) else el.text or "").split())
                     for el in doc.root.iter("option")]
            if has_marker("\n".join(texts)):
                found = frozenset(t for i in marked_indexes(texts) if find_prices(t := texts[i], limit=1))
        doc.memo["priced_options"] = found
    return found


# A column header that names a shipping method: the rows under it are postage choices, with their
# prices ("Versandname | Dauer | Preis": Eckmar's delivery tab).
_POSTAGE_HEADER_RE = re.compile(
    r"^(?:shipping|shipping (?:method|option|name|type|service)s?|postage(?: options?)?|"
    r"delivery(?: method| option)?s?|versand|versandart|versandname|versandoption|versandmethode|"
    r"livraison|mode de livraison|envío|envio|método de envío|forma de envío|spedizione|"
    r"metodo di spedizione|доставка|способ доставки)$",
    re.IGNORECASE,
)


def _postage_table(table: Any) -> bool:
    """Whether a table's first row names a shipping method in one of its cells."""
    head = next(table.iter("tr"), None)
    if head is None:
        return False
    names = (" ".join(c.text_content().split()) for c in head if c.tag in ("th", "td"))
    return any(_POSTAGE_HEADER_RE.match(name) for name in names)


def postage_lines(doc: Doc) -> frozenset[str]:
    """:func:`priced_options` and the priced cells of tables whose header names a shipping method
    (as the page's lines show them): postage prices, never the item's while another price shows
    (computed once per page)."""
    found = doc.memo.get("postage_lines")
    if found is None:
        cells: set[str] = set(priced_options(doc))
        raw = doc.raw or b""
        if b"<table" in raw or b"<TABLE" in raw:
            for table in doc.root.iter("table"):
                if not _postage_table(table):
                    continue
                for td in table.iter("td"):
                    lines = Doc.lines(td)
                    if lines and find_prices("\n".join(lines), limit=1):
                        cells.add("\n".join(lines))
                        cells.update(lines)
        found = doc.memo["postage_lines"] = frozenset(cells)
    return found
