"""Labelled field values shared by the market extractors: a label's value, escrow, armored keys.

>>> from parsers.market_fields import escrow_value, labelled
>>> labelled(["Ships from: Germany"], "ships_from"), escrow_value("No (FE)"), escrow_value("Escrow")
('Germany', False, True)
"""

from __future__ import annotations

from typing import Any

from parsers.dom import Doc, clean
from parsers.labels import LABELS, iter_labels
from parsers.market_prices import labelled_price
from parsers.pgp import find_armored_keys, parse_armored_keys

__all__ = ["armored_keys", "escrow_value", "labelled", "linked_text", "priced_detail"]


_YES = frozenset({"yes", "ja", "sí", "si", "oui", "да", "true", "enabled", "escrow", "sim", "tak"})


_NO = frozenset({"no", "nein", "non", "нет", "false", "disabled", "fe", "finalize early", "não", "nie"})


def labelled(lines: list[str], field: str) -> str | None:
    for _, value in iter_labels(lines, LABELS[field]):
        if value and len(value) <= 200:
            return value
    return None


def escrow_value(value: str | None) -> bool | None:
    if not value:
        return None
    word = clean(value).lower().split("(")[0].strip(" .:")
    if word in _YES or word.startswith(("yes", "ja", "sí", "oui", "да")):
        return True
    if word in _NO or word.startswith(("no", "nein", "non", "нет")):
        return False
    return None


def armored_keys(doc: Doc) -> tuple[list[str], list[Any]]:
    """Armored keys as the page shows them (raw text, line breaks kept) and the readable ones."""
    if "PGP PUBLIC KEY BLOCK" not in doc.text:
        return [], []
    body = doc.root.find("body")
    raw = (body if body is not None else doc.root).text_content()
    keys = find_armored_keys(raw)
    return keys, parse_armored_keys(raw) if keys else []


def priced_detail(lines: list[str]) -> bool:
    """Whether the page's main content is an item's label/value table: a labelled price and a
    seller label ("Цена:", "Продавец:"). Its reviews ("Отзывы о товаре (41)") are the item's,
    so a reviews heading below does not make it a feedback page."""
    if labelled_price(lines) is None:
        return False
    return next(iter_labels(lines, LABELS["vendor"]), None) is not None


def linked_text(doc: Doc, value: str) -> bool:
    """Whether one link's whole text is ``value``: a labelled name with spaces ("Seller: <a>Sample
    Tea House</a>") is whole when one link shows it, where a bare value's first word is the handle."""
    return any(clean(a.text_content()) == value for a in doc.root.iter("a"))
