"""Whether a member's profile page is a vendor's: a forum reader finds a post count and a join date
on it (a market's "Messages 0" inbox link, "Member since"), yet it shows what only a seller has.
A commerce count (sales or orders, a feedback count, tab or positive percentage) together with one
more seller's sign (a seller word as a label or heading, an armoured PGP key, priced items) makes
it a vendor page; a forum member's profile shows neither.

    >>> from parsers.dom import load
    >>> from parsers.market_profile import market_profile
    >>> doc = load(b"<html><body><p>Vendor</p><h2>leafy</h2><p>Member since</p><p>3 Mar 2025</p>"
    ...            b"<p>Total Sales</p><p>812</p><p>Positive feedback</p><p>98.4%</p></body></html>")
    >>> market_profile(doc)
    True
    >>> forum = load(b"<html><body><h2>Profile of ann</h2><p>Posts: 88</p><p>Joined: 3 Mar 2025</p>"
    ...              b"</body></html>")
    >>> market_profile(forum)
    False
"""

from __future__ import annotations

import re

from parsers.cards import find_cards
from parsers.dom import Doc
from parsers.labels import FEEDBACK_WORDS, SALES_WORDS, iter_labels, label_re

__all__ = ["commerce_count", "market_profile"]

_SALES = label_re(
    (*SALES_WORDS, "total sales", "total orders", "completed orders", "sold", "verkauft", "vendus",
     "vendidos", "venduti", "продано")
)
_FEEDBACK = label_re(
    (*FEEDBACK_WORDS, "positive feedback", "positive", "positiv", "positivo", "positif", "положительные",
     "положительных отзывов", "rating", "bewertung", "calificación", "valutazione", "рейтинг")
)
# A count, a percentage or a score: "812", "1,204", "98.4%", "4.9/5", "4.9 ★".
_VALUE_RE = re.compile(r"^\s*\(?\s*\d[\d,.\u00a0 ]*\s*(?:%|/\s*\d+(?:[.,]\d+)?|[★⭐])?\s*\)?\s*$")
# A tab or heading counting feedback or sales, separators of a tab row around it: "Feedback (318) ·".
_TAB_RE = re.compile(
    r"^[·•|/\s]*(?:" + "|".join(re.escape(w) for w in FEEDBACK_WORDS + SALES_WORDS)
    + r")\s*[(\[]\s*\d[\d,.]*\s*[)\]]\s*[·•|/]?\s*$",
    re.IGNORECASE,
)
# A seller's badge, heading or label on its own line: "Vendor", "Trusted Merchant", "Verkäufer".
_TAB_SEP_RE = re.compile(r"\s+[·•|]\s+")  # tabs in one row: "About · Feedback (57) · PGP"
_SELLER_WORDS = (
    "vendor", "seller", "merchant", "store", "shop", "dealer", "vendeur", "verkäufer", "händler",
    "anbieter", "vendedor", "venditore", "verkoper", "sprzedawca", "продавец", "магазин", "поставщик",
)
_SELLER_LINE_RE = re.compile(
    r"^(?:(?:trusted|verified|top|pro|level\s*\d+)\s+)?(?:"
    + "|".join(_SELLER_WORDS)
    + r")(?:\s+(?:level\s*\d+|profile|info|#?\d+))?\s*:?$",
    re.IGNORECASE,
)


def commerce_count(lines: list[str]) -> bool:
    """Whether ``lines`` show a seller's commerce figures: a labelled count of sales or orders, a
    labelled feedback count, rating or percentage, or a feedback / sales tab with its count."""
    for pattern in (_SALES, _FEEDBACK):
        for _, value in iter_labels(lines, pattern, strict=False, max_line=80):
            if _VALUE_RE.match(value):
                return True
    return any(
        len(part) < 40 and _TAB_RE.match(part)
        for line in lines
        if len(line) < 120
        for part in _TAB_SEP_RE.split(line)
    )


def _seller_sign(doc: Doc, lines: list[str]) -> bool:
    if "PGP PUBLIC KEY BLOCK" in doc.text:
        return True
    if any(len(line) < 40 and _SELLER_LINE_RE.match(line) for line in lines):
        return True  # "Vendor", "Trusted Merchant", "Verkäufer Level 3": a seller's badge or label
    return bool(find_cards(doc))


def market_profile(doc: Doc) -> bool:
    """Whether a page a forum reader takes for a member's profile is a vendor's page: it shows a
    commerce count and one more seller's sign (see the module docstring). For the page reader,
    which asks it before typing a page "profile"."""
    lines = doc.head_lines
    return commerce_count(lines) and _seller_sign(doc, lines)
