"""Where an item ships to, read from its shipping options when no label says so: the options of a
shipping select that name places ("España (+0.00006 BTC)", "EU - 5-8 days - 4 €": the place
without its price or time), or the header rows of a shipping table, one per destination, alike
but for their first cell ("España | Delivery time | Price", "Unión Europea | Delivery time |
Price").

    >>> from parsers.dom import load
    >>> doc = load(b"<select name='shipping'><option value=''>Choose</option>"
    ...            b"<option value='1'>Germany - 2 days - 4.90 EUR</option>"
    ...            b"<option value='2'>EU (+9.90 EUR)</option></select>")
    >>> option_places(doc)
    ['Germany', 'EU']

An option or a first cell that names no place (a price, a time, a courier's name with a number)
is no destination; a select that is no shipping select (its name, id or label says nothing of
shipping) is never read.
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import Doc, clean
from parsers.prices import find_prices

__all__ = ["option_places"]

_SHIPPING_RE = re.compile(
    r"ship|postage|deliver|destination|versand|liefer|livraison|expédi|envío|envio|entrega|"
    r"spedizion|consegna|wysyłk|dostaw|doprav|verzend|bezorg|pengiriman|kirim|доставк|отправк",
    re.IGNORECASE,
)
# Not "country": an address form's country select is the buyer's, not a shipping option.
# What follows the place in an option: a price or time in parentheses, or after a dash.
_TAIL_RE = re.compile(r"\s*(?:\(.*\)|\s[-–—|:]\s.*)$")
_MAX_OPTIONS = 40


def _place(text: str) -> str | None:
    text = clean(text)
    if not text:
        return None
    text = _TAIL_RE.sub("", text).strip(" -–—:|")
    if not text or len(text) > 40 or any(ch.isdigit() for ch in text) or find_prices(text, limit=1):
        return None
    return text if any(ch.isalpha() for ch in text) else None


def _select_places(doc: Doc) -> list[str]:
    for select in doc.root.iter("select"):
        marks = " ".join(select.get(a) or "" for a in ("name", "id", "class", "aria-label"))
        label = select.getprevious()
        if label is not None and label.tag == "label":
            marks += " " + clean(label.text_content())
        if not _SHIPPING_RE.search(marks):
            continue
        options = [o for o in select.iter("option") if (o.get("value") or "").strip()]
        if len(options) > _MAX_OPTIONS:
            continue  # a list of every country (an address form's), not a seller's options
        found = [_place(o.text_content()) for o in options]
        if found and all(found):
            return list(dict.fromkeys(p for p in found if p))
    return []


def _header_rows(doc: Doc) -> list[str]:
    for el in doc.root.iter():
        kids = [c for c in el if isinstance(c.tag, str)]
        if len(kids) < 2:
            continue
        groups: dict[tuple[str, str], list[Any]] = {}
        for c in kids:
            if len(c) >= 3 and c.get("class"):
                groups.setdefault((c.tag, c.get("class") or ""), []).append(c)
        for rows in groups.values():
            if len(rows) < 2:
                continue
            rests = {tuple(clean(cell.text_content()) for cell in row[1:]) for row in rows}
            firsts = [clean(row[0].text_content()) for row in rows]
            if len(rests) != 1 or len(set(firsts)) != len(firsts):
                continue
            found = [_place(f) for f in firsts]
            if all(found):
                return [p for p in found if p]
    return []


def option_places(doc: Doc, *, rows: bool = True) -> list[str]:
    """The destinations a page's shipping options name (see the module), or []; with ``rows``
    the header rows of a shipping table too (a walk of the whole tree)."""
    if b"<select" in (doc.raw or b"") or b"<SELECT" in (doc.raw or b""):
        found = _select_places(doc)
        if found:
            return found
    return _header_rows(doc) if rows else []
