"""Discounted price blocks: a shop that shows the price before a discount, the discount as a
negative amount and the price after it, all as labelled lines of one block, asks the price after.

    >>> from lxml import html
    >>> root = html.fromstring("<div><div>Base: <b>6,20 €</b></div><div>Sale: <b>5,27 €</b></div>"
    ...                        "<div>Discount: <b>-0,93 €</b></div></div>")
    >>> drop_discounted(root), " ".join(root.text_content().split())
    (2, 'Sale: 5,27 €')

A percent-off badge works alike ("24,90 €", "-30 %", "17,43 €"): the price it leads to, less the
share, is asked, and the price before goes (:func:`drop_percent_off`).

The block is known by its arithmetic, whatever its labels' language: a negative amount, a larger
amount of the same currency, and another amount of the block equal to the larger one less the
discount. The larger amount (the price before) and the discount go, so that a card's or an item's
first price is the one asked. Quantity tiers (10 €, 20 €, 30 €) hold no negative amount and are left.
"""

from __future__ import annotations

import re
from typing import Any

from parsers.prices import find_prices

__all__ = ["drop_discounted", "drop_percent_off", "has_negative_price"]

# A minus sign just before an amount (a currency sign may stand between): "-0,93 €", "− $2.50".
_MINUS_BEFORE_RE = re.compile(r"[-−–]\s?(?:[^\d\s]{1,4}\s?)?$")

# A line that holds a negative amount: the cheap test before any walk of the tree.
_NEGATIVE_LINE_RE = re.compile(r"(?:^|[\s:(])[-−]\s?(?:[^\d\s]{1,4}\s?)?\d")

# A share off: "-30 %", "−15%", "Ale -30 %" (a minus sign before a whole or decimal share).
_PERCENT_OFF_RE = re.compile(r"(?:^|[\s:(])[-−]\s?(\d{1,2}(?:[.,]\d{1,2})?)\s?%")

_LINE_CHARS = 60
_BLOCK_CHARS = 400
_DEPTH = 3


def _negative(text: str) -> tuple[float, str] | None:
    """The one amount of a short ``text`` when a minus sign stands before it."""
    prices = find_prices(text, limit=3)
    if len(prices) != 1:
        return None
    p = prices[0]
    return (p.amount, p.currency) if _MINUS_BEFORE_RE.search(text[max(0, p.start - 6) : p.start]) else None


def has_negative_price(lines: list[str]) -> bool:
    """Whether a short line of ``lines`` shows an amount or a share with a minus sign before it."""
    # One search over the page's text first: most pages show no minus sign before a digit at all.
    text = "\n".join(lines)
    if not (_NEGATIVE_LINE_RE.search(text) or _PERCENT_OFF_RE.search(text)):
        return False
    # Both patterns need a minus sign: a line without one is passed over before either runs.
    return any(
        len(line) <= _LINE_CHARS
        and ("-" in line or "−" in line)
        and ((_NEGATIVE_LINE_RE.search(line) and _negative(line)) or _PERCENT_OFF_RE.search(line))
        for line in lines
    )


def _spaced(el: Any) -> str:
    """``el``'s text with its pieces apart: cells glued together ("Preis32,00 €") hide prices."""
    return " ".join(el.itertext())


def _one_price(el: Any) -> float | None:
    text = _spaced(el)
    if len(text) > _LINE_CHARS:
        return None
    prices = find_prices(text, limit=3)
    return prices[0].amount if len(prices) == 1 else None


def _settle(neg_el: Any, amount: float, currency: str) -> int:
    """Drop the price before and the discount of the block ``neg_el`` lies in; how many went."""
    child, block = neg_el, neg_el.getparent()
    for _ in range(_DEPTH):
        text = _spaced(block) if block is not None else ""
        if block is None or len(text) > _BLOCK_CHARS:
            return 0
        shown = [p.amount for p in find_prices(text, limit=8) if p.currency == currency]
        before = max(shown, default=0.0)
        after = round(before - amount, 2)
        if after > 0 and any(abs(a - after) < 0.005 for a in shown):
            olds = [c for c in block if isinstance(c.tag, str) and c is not child and _one_price(c) == before]
            if not olds:
                return 0
            for el in [*olds, child]:
                el.drop_tree()
            return len(olds) + 1
        child, block = block, block.getparent()
    return 0


def drop_discounted(root: Any) -> int:
    """Remove the price before a discount and the discount itself from every block that shows
    the price after it too; returns how many elements went."""
    dropped = 0
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or len(el) > 2:
            continue
        text = _spaced(el)
        if len(text) > _LINE_CHARS or not _NEGATIVE_LINE_RE.search(text):
            continue
        found = _negative(text)
        if not found:
            continue
        # The element that holds the discount with its label ("Rabatt" | "- 8,00 €" in one row),
        # not the amount's own <span>.
        while (parent := el.getparent()) is not None and len(_spaced(parent)) <= _LINE_CHARS and (
            len(prices := find_prices(_spaced(parent), limit=3)) == 1
            and (prices[0].amount, prices[0].currency) == found
        ):
            el = parent
        if el.getparent() is not None:
            dropped += _settle(el, *found)
    return dropped


def _price_element(block: Any, amount: float, currency: str) -> Any:
    """The largest element under ``block`` that holds this one price and no other, or None."""
    for el in block.iterdescendants():
        if not isinstance(el.tag, str):
            continue
        text = _spaced(el)
        prices = find_prices(text, limit=3) if len(text) <= _LINE_CHARS else []
        if len(prices) == 1 and (prices[0].amount, prices[0].currency) == (amount, currency):
            return el
    return None


def drop_percent_off(root: Any) -> int:
    """Remove the price before a percent-off badge from every block that shows the price after
    it (the one before less the share, to a cent or half a percent: shops round); returns how
    many went. A share with no minus sign (a tax rate) or one that no pair of prices bears out
    leaves the block as it is."""
    dropped = 0
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or len(el) > 2:
            continue
        text = _spaced(el)
        match = _PERCENT_OFF_RE.search(text) if len(text) <= _LINE_CHARS else None
        if not match or find_prices(text, limit=1):
            continue
        off = float(match.group(1).replace(",", ".")) / 100
        block = el.getparent()
        for _ in range(_DEPTH):
            if block is None or len(_spaced(block)) > _BLOCK_CHARS:
                break
            prices = find_prices(_spaced(block), limit=8)
            pair = next(
                ((hi, lo) for hi in prices for lo in prices
                 if hi.currency == lo.currency and lo.amount < hi.amount
                 and abs(lo.amount - hi.amount * (1 - off)) <= max(0.011, 0.005 * hi.amount)),
                None,
            )
            if pair:
                old = _price_element(block, pair[0].amount, pair[0].currency)
                if old is not None and old.getparent() is not None:
                    old.drop_tree()
                    dropped += 1
                break
            block = block.getparent()
    return dropped
