"""A card's links: its title link (by score inside the card, and by ALIGNMENT across the cards
of a list: the title column is one tag path in every card, a button's words are the same in
every card), and a lone priced block that is an item's own price box, not a card.

    >>> from parsers.dom import load
    >>> from parsers.card_links import title_links
    >>> doc = load(b"<ul>" + b"".join(b"<li><a href='/t/%d'>Tea %d</a> %d EUR <a href='/o/%d'>Pedir</a></li>"
    ...                               % (i, i, i, i) for i in range(1, 4)) + b"</ul>")
    >>> [a.text for a in title_links(doc, list(doc.root.iter("li")))]
    ['Tea 1', 'Tea 2', 'Tea 3']
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from parsers.dom import Doc, clean
from parsers.market_names import LISTING_URL_RE, VENDOR_URL_RE, category_url
from parsers.prices import find_prices

__all__ = [
    "ACTION_RE", "absolute_href", "card_link", "first_href", "item_hrefs", "link_title", "price_box",
    "title_links",
]

_RANGE_WORDS_RE = re.compile(r"\b(?:from|to|ab|bis|von|de|à|a|desde|hasta|da|от|до)\b", re.IGNORECASE)


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


# Buttons, not titles: "Add to cart", "Buy now", "View details", "Купить".
ACTION_RE = re.compile(
    r"^(?:add to (?:cart|basket|favou?rites|wishlist)|buy(?: now)?|order(?: now)?|purchase|view(?: details)?|"
    r"details|more(?: info)?|read more|select options|in den warenkorb|kaufen|acheter|comprar|купить|"
    r"заказать|подробнее)$",
    re.IGNORECASE,
)


def first_href(card: Any) -> Any:
    """A card's first real link of any kind (an image's, an "Order" button's), or None."""
    for a in card.iter("a"):
        href = a.get("href") or "#"
        if not href.startswith(("#", "javascript:")):
            return a
    return None


def item_hrefs(card: Any) -> frozenset[str]:
    """The card's own item address, known by its picture: a link of the card holds an image, and
    the card's longest link of words (no image) goes to the same address (the item's picture and
    its name, in either order). Its words say nothing of it: a shop's product at "/shop/<slug>",
    or one carrying the category it was reached from ("?category=3"), is neither a seller's link
    nor a category's."""
    pictured: set[str] = set()
    # The name is the card's longest link of words: a seller's avatar and handle linking one
    # profile beside the item's title ("<img>" "Tomato seeds, 50 pcs" "by leafy") are no item's.
    longest, size = None, 2
    for a in card.iter("a"):
        href = a.get("href")
        if not href or href.startswith(("#", "javascript:")):
            continue
        if next(a.iter("img"), None) is not None:
            pictured.add(href)
            continue
        text = clean(a.text_content())
        if len(text) > size:
            longest, size = a, len(text)
    if longest is None or longest.get("href") not in pictured:
        return frozenset()
    return frozenset((longest.get("href"),))


_DIGIT_RE = re.compile(r"\d")  # the digits the price reader's amounts are made of


def _price_only(text: str) -> bool:
    """A price button's text: "25 $", "от 1 500 руб. до 2 800 руб.", "from $5 to $9"."""
    if _DIGIT_RE.search(text) is None:
        return False  # no amount without a digit: most links' words
    prices = find_prices(text, limit=4)
    if not prices:
        return False
    rest = text
    for p in reversed(prices):
        rest = rest[: p.start] + rest[p.end :]
    return len(_RANGE_WORDS_RE.sub("", rest).strip(" -–—/|.,:()")) < 3


def card_link(doc: Doc, card: Any) -> Any:
    """The card's title link (see :func:`title_links`), or None; found once per card and page
    (the card search judges a card in several groups, then the listing is read from it)."""
    memo = doc.memo.get("card_link")
    if memo is None:
        memo = doc.memo["card_link"] = {}
    found = memo.get(card, _UNSET)
    if found is _UNSET:
        found = memo[card] = _card_link(doc, card)
    return found


_UNSET = object()


def _card_link(doc: Doc, card: Any) -> Any:
    best, best_len = None, 0
    first = True
    own: frozenset[str] | None = None  # the card's item address, sought only when needed
    for a in card.iter("a"):
        href = a.get("href") or ""
        text = clean(a.text_content())
        if not href or href.startswith(("#", "javascript:")) or len(text) < 3:
            continue
        if _price_only(text) or ACTION_RE.match(text):
            continue
        listing = LISTING_URL_RE.search(href) is not None
        if not listing and (VENDOR_URL_RE.search(href) or category_url(href)):
            own = item_hrefs(card) if own is None else own
            if href not in own:
                continue
            listing = True
        score = min(len(text), 300) + (50 if listing else 0)
        # Opaque links tell nothing by their address: the title is the card's first text link, in
        # its biggest heading ("<h4>title</h4>" over "<h5>shop</h5>").
        score += 30 if first else 0
        first = False
        level = next((int(anc.tag[1]) for anc in a.iterancestors(*_HEADINGS)), None)
        inner = next(a.iter(*_HEADINGS), None)  # (C iteration; find() parses a path)
        if level is None and inner is not None:
            level = int(inner.tag[1])  # "<a><img><h2>title</h2><span>$4</span></a>"
        score += (7 - level) * 20 if level else 0
        if inner is None and next(a.iter("p", "div", "li"), None) is not None:
            score -= 1000  # a link wrapped around the whole card: its title link is inside
        if best is None or score > best_len:
            best, best_len = a, score
    return best


def _path(el: Any, top: Any) -> tuple[str, ...]:
    """The tags from ``top`` (a card) down to ``el``: where in its card an element stands."""
    tags = [el.tag]
    for anc in el.iterancestors():
        if anc is top:
            break
        tags.append(anc.tag)
    return tuple(reversed(tags))


def title_links(doc: Doc, cards: list[Any]) -> list[Any]:
    """Each card's title link, found by ALIGNMENT: the cards of one list put their titles at the
    same place, so the title column is the place (tag path inside the card) of a card's best link
    that the most cards hold a text link at; a card whose best link stands elsewhere (an
    out-of-stock card's longer "notify me" button) takes its link in that column. A link whose
    words are the same in every card ("Pedir", "Bestellen") is a button, never a title: without
    another column of links, the cards' titles are their first lines (None here)."""
    links = [card_link(doc, card) for card in cards]
    if len(cards) < 3 or len(cards) > 2000:
        return links
    texts = {clean(a.text_content()) if a is not None else None for a in links}
    same = len(texts) == 1 and None not in texts
    paths = [_path(a, card) if a is not None else None for a, card in zip(links, cards, strict=True)]
    if len(set(paths)) == 1 and not same:
        return links  # every card agrees: the usual case, one pass
    held: list[dict[tuple[str, ...], Any]] = []
    words: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for card in cards:
        at: dict[tuple[str, ...], Any] = {}
        for a in card.iter("a"):
            text = clean(a.text_content())
            if len(text) >= 3 and a.get("href") and not _price_only(text) and not ACTION_RE.match(text):
                where = _path(a, card)
                if where not in at:
                    at[where] = a
                    words[where].add(text)
        held.append(at)
    votes: dict[tuple[str, ...], int] = defaultdict(int)
    for path in paths:
        if path is not None and len(words[path]) > 1:
            votes[path] += 1
    if same and not votes:
        # Every card's best link is one button ("Падрабязней пра тавар", more about the item): the
        # title is the first column of links to the button's own address whose words differ
        # from card to card (not a seller's or a category's link beside it).
        for at, link in zip(held, links, strict=True):
            for path, a in at.items():
                if len(words[path]) > 1 and a.get("href") == link.get("href"):
                    votes.setdefault(path, 0)
    column = max(votes, key=lambda p: (sum(p in at for at in held), votes[p]), default=None)
    if column is None or sum(column in at for at in held) < 0.8 * len(cards):
        return [None] * len(cards) if same else links
    return [
        link if path == column else at.get(column, None if same else link)
        for at, link, path in zip(held, links, paths, strict=True)
    ]


def price_box(doc: Doc, cards: list[Any]) -> bool:
    """Whether the cards found are one item's own price box, not a list: a lone block (nothing
    repeats it) whose only text link follows its price ("Price: 0.004 BTC | Order"), an action
    on the item, where a card's title stands before its price."""
    if len(cards) != 1:
        return False
    link = card_link(doc, cards[0])
    if link is None:
        return True
    text = clean(cards[0].text_content())
    prices = find_prices(text, limit=1)
    at = text.find(clean(link.text_content()))
    return bool(prices) and at >= prices[0].end


def absolute_href(doc: Doc, card: Any) -> str | None:
    a = first_href(card)
    return doc.absolute(a.get("href")) if a is not None else None


def link_title(link: Any) -> str:
    """A title link's text, or its heading's when it wraps the whole card (image, stars, price);
    without a heading, the line of the card its ``title`` names, else its first line of words
    that is no price ("<a title='Felt rug'><span>-20%</span><div>Felt rug</div><p>Seller: x</p>
    <div>9 800 ₸</div></a>": a card's fields each a block of their own, the link around them)."""
    inner = next(link.iter(*_HEADINGS), None)
    if inner is None and next(link.iter("p", "div", "li"), None) is not None:
        lines = Doc.lines(link)
        named = clean(link.get("title") or "")
        if named in lines:
            return named
        words = (ln for ln in lines if _LETTERS_RE.search(ln) and not find_prices(ln, limit=1))
        return next(words, clean(link.text_content()))
    return clean((inner if inner is not None else link).text_content())


_LETTERS_RE = re.compile(r"[^\W\d_]{2}")
