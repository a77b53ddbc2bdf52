"""The cards' seller named after a label no vocabulary knows, read by how a list shows it: every
card writes the same short label and, set apart in an element of its own right after it, a handle
("Firoşkar: <a href='/firoskar/Kulavci_Wan'>Kulavci_Wan</a>", "Сатушы: <strong>Oyu_Sheberkhana
</strong>"). A handle is one token shaped as site names are, not as words are: words joined by an
underscore, run together ("GreenLeaf") or holding a figure ("tea4you"). The label is the card's
seller's whatever its words, since the only handles a list of items names on each card are its
sellers'; a label a vocabulary knows for another field (a category, a price) is not.

    >>> from parsers.dom import load
    >>> doc = load("".join(f"<div class=c><a href='/p/{n}'>Tea {n}</a> 4 EUR <p>Prodava: <b>{h}</b></p></div>"
    ...                    for n, h in ((1, "Zeleni_Caj"), (2, "TeaHouse7"))).encode())
    >>> labelled_handles(doc.root.xpath("//div[@class='c']"))
    ['Zeleni_Caj', 'TeaHouse7']

Only when every card shows one such label and handle; a label with words as its values on any card
("Vrsta: <b>Zeleni</b>") names no seller.
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import clean
from parsers.labels import LABELS
from parsers.market_names import vendor_name
from parsers.records import Listing

__all__ = ["labelled_handles", "mend_labelled_handles"]

# A handle's shape: words run together ("GreenLeaf"), joined by an underscore, or holding a figure
# (parsers.shop_paths'), three letters at least.
_HANDLE_RE = re.compile(r"^(?=.*(?:[a-zà-ÿ][A-ZÀ-Þ]|_|\d))(?=(?:.*[^\W\d_]){3})[^\W_]+(?:[_.-][^\W_]+)*$")
# A label: one to three words of letters and a colon ending the text before the handle.
_LABEL_RE = re.compile(r"^([^\W\d_][^\W\d_'’.-]*(?: [^\W\d_][^\W\d_'’.-]*){0,2})\s*[:：]$")
# The elements a handle is set apart in.
_HOLDERS = ("a", "strong", "b", "em", "span", "i")
# Fields a label may name that no seller is.
_OTHER_FIELDS = ("category", "price", "ships_from", "ships_to", "stock", "escrow")


def _card_handles(card: Any) -> dict[str, str]:
    """Label (casefolded) -> the handle after it, of each label in ``card`` a handle follows."""
    found: dict[str, str] = {}
    for el in card.iter(*_HOLDERS):
        parent = el.getparent()
        if parent is None or len(el):
            continue  # a handle is an element's words alone, not a box of elements
        before = el.getprevious()
        lead = clean((before.tail if before is not None else parent.text) or "")
        label = _LABEL_RE.match(lead)
        if label is None:
            continue
        handle = clean(el.text_content())
        if _HANDLE_RE.match(handle) and not handle.isdigit() and vendor_name(handle) == handle:
            found.setdefault(label.group(1).casefold(), handle)
    return found


def labelled_handles(cards: list[Any]) -> list[str] | None:
    """Each card's seller, the handle every card sets apart after one label (see the module), in
    card order; None when the cards show no such label."""
    if len(cards) < 2:
        return None
    per_card = []
    for card in cards:
        found = _card_handles(card)
        if not found:
            return None  # a card without one: no label every card shows
        per_card.append(found)
    shared = set(per_card[0]).intersection(*per_card[1:])
    for label in sorted(shared):
        if not any(LABELS[name].match(label) for name in _OTHER_FIELDS):
            return [found[label] for found in per_card]
    return None


def mend_labelled_handles(cards: list[Any], listings: list[Listing]) -> None:
    """Give ``listings`` (one per card of ``cards``) the sellers their cards name alike, when no
    listing has a seller yet."""
    if len(listings) < 2 or len(listings) != len(cards) or any(r.vendor for r in listings):
        return
    for listing, handle in zip(listings, labelled_handles(cards) or [], strict=False):
        listing.vendor = handle
