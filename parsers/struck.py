"""Struck-out prices: a sale shows the old price crossed out beside the current one, and the
crossed-out amount is never the price (cards and detail pages of any shop script).

    >>> from lxml import html
    >>> from parsers.struck import drop_struck_prices
    >>> root = html.fromstring("<p class='price'><del>£12.00</del> <ins>£9.75</ins></p>")
    >>> drop_struck_prices(root), root.text_content().strip()
    (1, '£9.75')
    >>> root = html.fromstring("<div><span class='regular-price'>32,90 zł</span> "
    ...                        "<span class='price'>26,32 zł</span></div>")
    >>> drop_struck_prices(root), root.text_content().strip()
    (1, '26,32 zł')
    >>> root = html.fromstring("<div><span id='old'><del>18,50 €</del></span><div>Soldes</div> "
    ...                        "<span id='price'>14,90 €</span></div>")
    >>> drop_struck_prices(root), " ".join(root.text_content().split())
    (1, 'Soldes 14,90 €')

A struck-out element is ``<del>``/``<s>``/``<strike>``, an element styled ``line-through``, or one
whose class names an old price ("old-price", "price-old", "oldPrice", "was-price", "was",
"price--line-through", "compare-at-price", "original-price"). It is dropped only when it holds a
price and little else ("was £12.00", "statt 29,90 €") and a current price stands beside it in the
same price block, or follows it closely (a struck price alone in its own element, a promotion
label, then the price: Sylius); struck-out words in a forum post, or a crossed-out price that no
price follows, stay. An element whose id names an old price counts as one whose class does. A price
classed "regular-price" (PrestaShop 1.7+ prints the pre-discount price so, struck only by its CSS;
Magento 1 and others name the one current price so) is the old one only when a LOWER price in the
same currency stands beside it: a sale, never an alternative price (BTC beside euros). Text for
screen readers only ("screen-reader-text", "sr-only", "visually-hidden") that repeats a price
beside a shown one goes too: WooCommerce spells its sales out so ("Original price was: £12.00.").

A struck bare amount, no currency mark (in digits of any script), right before a price is that
price's old amount and goes too: read with it, "<s>1,050</s> 890 €" would be one number.

Market pages only call it (:func:`without_struck_prices`, before their prices are read).
"""

from __future__ import annotations

import re
from typing import Any

from parsers.discounts import drop_discounted, drop_percent_off, has_negative_price
from parsers.dom import Doc
from parsers.market_prices import page_has_marker
from parsers.prices import find_prices
from parsers.struck_styles import struck_classes

__all__ = ["drop_struck_prices", "without_struck_prices"]

# Pages whose markup names no such class (most) are only searched for the three tags, in C. The
# test looks at the few bytes around each "price" of the markup ("old-price", "price--old",
# "oldPrice", "price-was", "compare-at-price", "original-price"), and for a handful of rarer
# marks: a handful of substring searches, far cheaper than a walk of every element in Python.
_BEFORE = (b"old", b"old-", b"old_", b"was", b"was-", b"was_", b"at-", b"at_", b"original-", b"original_",
          b"regular-", b"regular_", b"normal", b"normal-", b"normal_")
_AFTER = (b"old", b"was", b"original", b"compare")
_STYLE_RE = re.compile(rb"style\s*=\s*[\"'][^\"'>]*line-through", re.IGNORECASE)


def _marked(raw: bytes) -> bool:
    for word in (b"price", b"Price"):
        i = raw.find(word)
        while i >= 0:
            if raw[max(0, i - 9) : i].lower().endswith(_BEFORE) or raw[i + 5 : i + 15].lower().lstrip(
                b"-_"
            ).startswith(_AFTER):
                return True
            i = raw.find(word, i + 5)
    if b'"was"' in raw or b"screen-reader" in raw or b"sr-only" in raw or b"visually-hidden" in raw:
        return True
    return b"line-through" in raw and _STYLE_RE.search(raw) is not None


_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:old|was)[-_]?price|price[-_]*(?:old|was|original|compare)(?:$|[\s_-])|"
    r"(?:^|\s)(?:old|was|strike|strikethrough|crossed)(?:$|\s)|line-?through|"
    r"compare[-_]?at|original[-_]?price|regular-price-old",
    re.IGNORECASE,
)

# What may stand beside the struck amount inside its element: "was", "statt", "UVP", "old price:".
_LABEL_RE = re.compile(
    r"\b(?:was|old|price|original|regular|list|rrp|msrp|uvp|statt|vorher|avant|prix|antes|de|prima|"
    r"era|цена|старая|было|вместо)\b|[:*()\-–—/]",
    re.IGNORECASE,
)

_PRICE_BLOCK_DEPTH = 3

# How much of the text that follows a lone struck price is searched for the current price: a
# promotion label ("Soldes d'hiver - Jusqu'au 31 décembre") may stand between the two.
_AFTER_CHARS = 300


def _text_after(el: Any, limit: int = _AFTER_CHARS) -> str:
    """Up to about ``limit`` characters of the text that follows ``el`` in document order (its
    tail, its following siblings, then those of its ancestors)."""
    parts: list[str] = []
    size, node = 0, el
    while node is not None and size < limit:
        if node.tail:
            parts.append(node.tail)
            size += len(node.tail)
        for sib in node.itersiblings():
            if size >= limit:
                break
            text = sib.text_content() if isinstance(sib.tag, str) else ""
            parts.append(text[:limit])
            parts.append(sib.tail or "")
            size += min(len(text), limit) + len(sib.tail or "")
        node = node.getparent()
    return "".join(parts)[:limit]


# Text for screen readers only, which sighted visitors never see: WooCommerce 8.3+ repeats a sale
# as "Original price was: £12.00." / "Current price is: £9.75." in span.screen-reader-text (and its
# translations: "O preço original era: R$ 189,90."). The shown prices say the same.
_HIDDEN_CLASS_RE = re.compile(r"screen-reader-text|sr-only|visually-?hidden|screenreader", re.IGNORECASE)


def _struck(el: Any, styled: frozenset[str] = frozenset()) -> bool:
    if el.tag in ("del", "s", "strike"):
        return True
    if "line-through" in (el.get("style") or ""):
        return True
    if styled and not styled.isdisjoint((el.get("class") or "").split()):
        return True  # a class the page's style sheet strikes through
    # An id names the old price as well as a class does (Sylius: span#product-original-price).
    return bool(_CLASS_RE.search(el.get("class") or "") or _CLASS_RE.search(el.get("id") or ""))


# A weaker mark: "regular-price" names the pre-discount price on a sale (PrestaShop 1.7+; Zen Cart
# says "normalprice" beside its "productSpecialPrice") but the only, current price elsewhere
# (Magento 1 without a sale); it is struck only beside a lower price.
_REGULAR_RE = re.compile(r"(?:^|\s)(?:regular[-_]|normal[-_]?)price(?:$|\s)", re.IGNORECASE)


def _regular(el: Any) -> bool:
    return bool(_REGULAR_RE.search(el.get("class") or ""))


def _hidden(el: Any) -> bool:
    return bool(_HIDDEN_CLASS_RE.search(el.get("class") or ""))


def _price_only(text: str) -> int:
    """How many prices ``text`` holds when it holds prices and at most a short label, else 0."""
    prices = find_prices(text, limit=4)
    if not prices:
        return 0
    rest = text
    for p in reversed(prices):
        rest = rest[: p.start] + rest[p.end :]
    return len(prices) if len(_LABEL_RE.sub("", rest).strip()) <= 3 else 0


def drop_struck_prices(root: Any, raw: bytes | None = None) -> int:
    """Remove struck-out old prices, and screen-reader copies of prices, that stand beside a
    shown price; returns how many.
    ``raw``: the page's markup, when known (a cheap test whether any element is classed so)."""
    dropped = 0
    tags = ("del", "s", "strike")
    candidates = list(root.iter(tags))
    styled = struck_classes(raw)
    if raw is None or styled or _marked(raw):
        candidates += [
            el for el in root.iter()
            if isinstance(el.tag, str) and el.tag not in tags
            and (_struck(el, styled) or _hidden(el) or _regular(el))
        ]
    for el in candidates:
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        struck = _struck(el, styled)
        regular = not struck and _regular(el)
        struck = struck or regular
        if not struck and not _hidden(el):
            continue
        text = el.text_content()
        if len(text) > 80:
            continue
        # A struck element holds a price and a short label at most; a hidden one may say more
        # around it ("O preço original era: R$ 189,90.").
        own = _price_only(text) if struck else sum(1 for p in find_prices(text, limit=4) if p.amount > 0)
        if not own:
            if struck and not regular and _BARE_AMOUNT_RE.match(text) and _priced_tail(el):
                el.drop_tree()  # "<s>1,050</s> 890 THB": the old amount in the price's currency
                dropped += 1
            continue
        block, depth, beside = el.getparent(), 0, False
        while block is not None and depth < _PRICE_BLOCK_DEPTH:
            around = block.text_content()
            if len(around) > 400:
                break
            shown = [p for p in find_prices(around, limit=8) if p.amount > 0]
            if regular:
                mine = find_prices(text, limit=1)[0]
                beside = any(p.currency == mine.currency and p.amount < mine.amount for p in shown)
            else:
                beside = len(shown) > own
            if beside:
                break
            block, depth = block.getparent(), depth + 1
        # No current price in its block: a struck price that stands alone in its own element
        # (Sylius: span#product-original-price > del, then a promotion label, then
        # span#product-price) is still the old one when a shown price follows it closely.
        # A "regular-price" is not: Magento 1 names every card's one price so, and the next
        # card's price follows it closely.
        if beside or (struck and not regular and _price_follows(el)):
            el.drop_tree()  # keeps the tail: text after it stays
            dropped += 1
    return dropped


# A bare amount, no currency mark, in digits of any script ("1,050", "๑,๐๕๐", "١٢٠"): struck right
# before a price, it is that price's old amount in its currency, and read with it as one number
# ("1,050 890 THB" as 1.05089) when it stays.
_BARE_AMOUNT_RE = re.compile(r"^\s*\d[\d\s.,'\u00a0\u202f]*\s*$")


def _priced_tail(el: Any) -> bool:
    """Whether the text right after ``el`` (its tail) opens with a shown price."""
    tail = (el.tail or "").strip()
    found = find_prices(tail, limit=1) if tail and tail[0].isdigit() else []
    return bool(found) and found[0].start == 0 and found[0].amount > 0


def _price_follows(el: Any) -> bool:
    """Whether a shown (positive) price follows ``el`` within a short stretch of text."""
    return any(p.amount > 0 for p in find_prices(_text_after(el), limit=4))


def without_struck_prices(doc: Doc) -> None:
    """Drop ``doc``'s struck-out old prices once, before prices are read from it (market pages
    only: the test costs a scan of the markup, and forum pages need none); what was computed
    from the tree before is forgotten when anything was dropped."""
    if "struck" in doc.memo:
        return
    if not page_has_marker(doc):
        doc.memo["struck"] = 0  # no price anywhere: none to strike (and no markup scan to pay)
        return
    negative = has_negative_price(doc.text_lines)
    dropped = drop_struck_prices(doc.root, doc.raw)
    if negative:
        # A price before a discount, the discount and the price after it, in one block.
        dropped += drop_discounted(doc.root) + drop_percent_off(doc.root)
    if dropped:
        doc.forget_derived()
    doc.memo["struck"] = dropped
