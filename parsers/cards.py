"""Index and search pages: repeated blocks (cards, rows, list items) that each hold a price and a
link, read into listings; table rows by their header's column names.

    >>> from parsers.dom import load
    >>> from parsers.cards import find_cards, card_listing
    >>> doc = load(b"<ul>" + b"".join(b"<li><a href='/item/%d'>Tea %d</a> %d,50 EUR</li>" % (i, i, i)
    ...                               for i in range(1, 4)) + b"</ul>")
    >>> [(r.title, r.price) for r in (card_listing(doc, c) for c in find_cards(doc))]
    [('Tea 1', 1.5), ('Tea 2', 2.5), ('Tea 3', 3.5)]
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from parsers.card_facts import class_category, marked_category, taught_category
from parsers.card_fields import (
    card_vendor,
    category_names,
    class_places,
    known_category,
    linked_category,
    preposition_category,
)
from parsers.card_links import ACTION_RE, absolute_href, card_link, first_href, link_title
from parsers.card_places import card_places
from parsers.card_prices import amount_then_mark, element_price, split_price
from parsers.card_regions import page_regions
from parsers.cldr_dates import current_language
from parsers.column_cells import column_cells
from parsers.dash_pieces import piece_fields, piece_lines, piece_route
from parsers.dom import Doc, clean
from parsers.labels import LABELS
from parsers.market_fields import escrow_value, labelled
from parsers.market_names import vendor_name
from parsers.market_places import (
    first_place,
    from_to,
    from_to_pairs,
    labelled_places,
    origin_above,
    places,
    route,
    route_columns,
    ships_from_value,
)
from parsers.market_prices import (
    alt_prices,
    marked_indexes,
    marker_search,
    page_has_marker,
    positive_price,
    price_from_lines,
)
from parsers.page_chrome import in_frame
from parsers.pair_spans import pair_lines
from parsers.piece_prices import first_piece_price, mend_integral
from parsers.postage import priced_options
from parsers.prices import find_prices, parse_number
from parsers.records import Listing
from parsers.route_sentence import sentence_route
from parsers.row_parity import row_kind
from parsers.table_groups import group_row

__all__ = ["card_listing", "category_names", "find_cards", "found_cards", "header_columns"]

_MAX_CARD_TEXT = 2000


_SAMPLE = 100


_COUSINS = object()  # group-key tag: blocks repeated across same-looking rows of a grid


# A category written as a tag ("#Tea", a link to the category): the tag's word is the category.
_HASHTAG_RE = re.compile(r"^#(?=[^\W\d_])")
_COLUMN_FIELDS = ("vendor", "price", "ships_from", "origin", "ships_to", "category", "stock", "escrow")


def find_cards(doc: Doc, *, min_cards: int = 1) -> list[Any]:
    """Repeated sibling blocks that each contain a price and a text link: listing cards or rows
    (found once per page; several readers ask)."""
    key = f"cards:{min_cards}"
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = tuple(_find_cards(doc, min_cards))
    return list(found)


def found_cards(doc: Doc) -> list[Any] | None:
    """The cards :func:`find_cards` found on the page, or None when no reader has asked yet (for
    readers that use cards only when they are at hand: the search costs more than they do)."""
    found = doc.memo.get("cards:1")
    return None if found is None else list(found)


def _find_cards(doc: Doc, min_cards: int) -> list[Any]:
    body = doc.root.find("body")
    if body is None:
        body = doc.root
    holders: list[Any] = []
    marker = marker_search()
    if not page_has_marker(doc) and not (body.tail and marker(body.tail)):
        return []  # no currency marker anywhere: one search instead of one per text node
    # A cheap marker regex first; only text with a currency marker goes through the price regex.
    for node, text, is_tail in _marked_texts(body):
        if not is_tail:
            if not isinstance(node.tag, str):
                continue
            if positive_price(text):
                holders.append(node)
            elif len(text) <= 8 and split_price(node, text):
                holders.append(node.getparent())
        elif positive_price(text) or amount_then_mark(node, text):
            parent = node.getparent()
            if parent is not None:
                holders.append(parent)
    if len(holders) < min_cards:
        return []
    groups: dict[tuple[Any, ...], dict[Any, Any]] = defaultdict(dict)
    for holder in holders:
        el, depth = holder, 0
        while el is not None and el is not body and depth < 12:
            parent = el.getparent()
            if parent is None:
                break
            sig = row_kind(el)
            groups[(parent, *sig)][el] = el
            # Grids laid out as several rows of N cards: the cards are cousins (same-looking
            # children of same-looking rows), not siblings, so they are grouped under the grid too.
            grand = parent.getparent()
            if grand is not None and grand is not body:
                groups[(_COUSINS, grand, *row_kind(parent), *sig)][el] = el
            el, depth = parent, depth + 1
    best: list[Any] = []
    best_score = 0.0
    best_key: tuple[Any, ...] = ()
    # Largest groups first: a group's score never exceeds its size, so smaller ones can stop us.
    for key, members in sorted(groups.items(), key=lambda kv: len(kv[1]), reverse=True):
        cards = list(members.values())
        if len(cards) < min_cards or len(cards) < best_score:
            break
        if len(cards) > _SAMPLE:
            # Huge lists (thousands of rows): judge the group on a sample, keep every member.
            sample = [c for c in cards[:_SAMPLE] if card_link(doc, c) is not None]
            good = cards if len(sample) >= 0.8 * _SAMPLE else []
        else:
            sample = good = [c for c in cards if card_link(doc, c) is not None]
        # A price in the page's frame (a balance in its banner) is no card's.
        if len(good) < min_cards or page_regions(good) or in_frame(good[0]):
            continue
        # Prefer many cards, each with its own price, whose text stays card-sized.
        sizes = [len(c.text_content()) for c in sample]
        if max(sizes) > _MAX_CARD_TEXT * 3:
            continue
        score = len(good) - 0.001 * (sum(sizes) / len(sizes))
        if key[0] is _COUSINS:
            # Equal counts: the plain sibling group (e.g. whole table rows, not one cell of each)
            # is the better card.
            score -= 0.5
        if score > best_score:
            best, best_score, best_key = good, score, key
    if not best:
        return _linkless_cards(groups)
    return _with_unpriced(doc, best, best_key)


def _marked_texts(body: Any) -> list[tuple[Any, str, bool]]:
    """(node, text, is its tail) of every text and tail under ``body`` that holds a currency
    marker, in the order ``body.iter()`` visits them (a node's text, then its tail, then its
    children's): the texts are searched in one pass (:func:`marked_indexes`), not one by one.
    A text of white space alone (the markup's indentation, most of a page's texts) holds none."""
    owners: list[Any] = []
    texts: list[str] = []
    tails: list[bool] = []
    for node in body.iter():
        text, tail = node.text, node.tail
        if text and not text.isspace():
            owners.append(node)
            texts.append(text)
            tails.append(False)
        if tail and not tail.isspace():
            owners.append(node)
            texts.append(tail)
            tails.append(True)
    return [(owners[i], texts[i], tails[i]) for i in marked_indexes(texts)]


def _with_unpriced(doc: Doc, cards: list[Any], key: tuple[Any, ...]) -> list[Any]:
    """``cards`` with the same-looking blocks beside them that show no price (a sold-out item
    whose price the shop hides): a card by its place and look, in document order. Only beside
    two priced cards or more, each with a title link, and never more than doubling the list."""
    if len(cards) < 2:
        return cards
    if key[0] is _COUSINS:
        rows = [row for row in key[1] if row_kind(row) == key[2:4]]
        around = [el for row in rows for el in row if row_kind(el) == key[4:6]]
    else:
        around = [el for el in key[0] if row_kind(el) == key[1:3]]
    if len(around) <= len(cards) or len(around) > 2 * len(cards):
        return cards
    members = set(cards)
    extra = {el for el in around if el not in members and card_link(doc, el) is not None}
    if not extra:
        return cards
    return [el for el in around if el in members or el in extra]


_WORDS_RE = re.compile(r"[^\W\d_]{2,}")


def _linkless_cards(groups: dict[tuple[Any, ...], dict[Any, Any]]) -> list[Any]:
    """For a page where no repeated block holds a text link: three sibling blocks or more that
    each hold a price and a link of any kind (an image's, an "Order" button's) and whose first
    line is words (not a price, not a control), a different one in each: cards whose titles are
    words beside their links ("<tr><td>Tea</td><td>5 €</td><td><a>Order</a></td></tr>")."""
    for key, members in sorted(groups.items(), key=lambda kv: len(kv[1]), reverse=True):
        cards = list(members.values())
        if len(cards) < 3:
            break
        if key[0] is _COUSINS or len(cards) > 500:
            continue
        firsts = set()
        for card in cards:
            first = _word_title(card) if len(Doc.lines(card)) <= 40 else None
            if first is None or first_href(card) is None:
                break
            firsts.add(first)
        else:
            if len(firsts) == len(cards):
                return cards
    return []


def _word_title(card: Any) -> str | None:
    """A card's title where no link holds it: the first element (in document order) whose words
    hold no price and name no control ("<td>Tea</td>", "<span class=name>Widget</span>" run
    into its price's span without a space between them)."""
    for el in card.iter():
        if el is card or not isinstance(el.tag, str):
            continue
        text = clean(el.text_content())
        if _WORDS_RE.search(text) and len(text) <= 300 and not find_prices(text, limit=1):
            return None if ACTION_RE.match(text) else text
    return None


def _td_header(row: Any) -> Any:
    """A table's first row used as its header with plain cells: short texts without digits,
    two of them field names ("PRODUCT | PRICE | VENDOR")."""
    parent = row.getparent()
    first = next(parent.iter("tr"), None) if parent is not None else None
    if first is None or first is row:
        return None
    texts = [clean(c.text_content()) for c in first if c.tag in ("td", "th")]
    if any(len(t) > 30 or any(ch.isdigit() for ch in t) for t in texts):
        return None
    named = sum(1 for t in texts if t and any(LABELS[f].match(t) for f in _COLUMN_FIELDS))
    return first if named >= 2 else None


def header_row(row: Any) -> Any:
    """The header row of ``row``'s table (th cells, else a first row of field names), or None. A
    group row ("<tr><th colspan=5>Tea</th></tr>") heads items, not columns."""
    header = None
    for n, prev in enumerate(row.itersiblings(preceding=True)):
        if prev.tag == "tr" and prev.find("th") is not None and group_row(prev) is None:
            header = prev
            break
        if n > 50:
            break
    if header is None:
        parent = row.getparent()
        if parent is not None and parent.tag in ("tbody", "table"):
            table = parent if parent.tag == "table" else parent.getparent()
            head = table.find(".//thead/tr") if table is not None else None
            header = head
    return header if header is not None else _td_header(row)


def header_columns(row: Any) -> dict[str, int]:
    """Field -> column index from the header row of ``row``'s table (th cells or first row)."""
    header = header_row(row)
    if header is None:
        return {}
    cols: dict[str, int] = {}
    heads = [clean(cell.text_content()) for cell in header if cell.tag in ("th", "td")]
    for i, text in enumerate(heads):
        for name in _COLUMN_FIELDS:
            match = LABELS[name].match(text)
            if match and not match["value"] and name not in cols:
                cols[name] = i
                break
    if "ships_from" not in cols and "ships_to" not in cols:
        cols.update(route_columns(heads))
    return cols


def _bare_route(doc: Doc, lines: list[str]) -> tuple[str, list[str]] | None:
    """A card's "From: X" / "To: Y" lines; a "From:" alone counts where the page's cards show
    such pairs (Agora: a card without "To:" ships from its "From:" to nowhere shown)."""
    found = from_to(lines)
    if found is not None:
        return found
    alone = from_to(lines, pairs_shown=True)
    if alone is not None and "from_to_pairs" not in doc.memo:
        doc.memo["from_to_pairs"] = from_to_pairs(doc.text_lines)
    return alone if alone is not None and doc.memo["from_to_pairs"] else None


def card_listing(
    doc: Doc,
    card: Any,
    categories: set[str] | None = None,
    columns: dict[str, int] | None = None,
    link: Any = _COUSINS,
) -> Listing:
    """The listing a card shows; ``link`` its title link when :func:`title_links` found it."""
    lines = Doc.lines(card)
    lines = pair_lines(card, lines) or lines  # "<span>From: X</span> <span>To: Y</span>" read apart
    if link is _COUSINS:
        link = card_link(doc, card)
    title = link_title(link) if link is not None else (_word_title(card) or (lines[0] if lines else None))
    price = price_from_lines(lines, avoid=priced_options(doc))
    if price is None and link is None:
        price = element_price(card)
    price = mend_integral(price, card) if price is not None else first_piece_price(card, limit=200)
    cat = labelled(lines, "category")
    values: dict[str, str] = {}
    if card.tag == "tr":
        cells = [c for c in card if c.tag in ("td", "th")]
        for name, i in (columns if columns is not None else header_columns(card)).items():
            if i < len(cells):
                values[name] = clean(cells[i].text_content())
    if values.get("price") and find_prices(values["price"]):
        p = find_prices(values["price"])[0]
        price = (p.amount, p.currency)
    if cat is None and values.get("category"):
        cat = values["category"]
    if cat is None:
        cat = linked_category(card) or preposition_category(card) or class_category(card)
        cat = cat or taught_category(doc, card, lines)
    if cat is None and categories:
        cat = known_category(lines, title, categories) or marked_category(card, title, categories)
    vendor = vendor_name(values["vendor"]) if values.get("vendor") else card_vendor(card, lines)
    stock = parse_number(values["stock"]) if values.get("stock") else None
    # A label's value ends where the line's next labelled piece starts ("X: A — Y: B").
    split = piece_lines(lines) or lines
    ships_to = places(values.get("ships_to") or labelled_places(split, "ships_to"))
    # An origin column counts beside a destination column, as an origin label does beside a
    # destination label (ships_from_value).
    origin = values.get("ships_from") or (values.get("origin") if values.get("ships_to") else None)
    ships_from = first_place(origin or ships_from_value(split))
    if ships_to and ships_from is None:
        ships_from = origin_above(split)  # the labelled place above the destinations' label
    if ships_from is None and not ships_to:
        found = route(lines) or _bare_route(doc, lines) or class_places(card)
        # Labels of any language: a value that is a CLDR country, or an element classed "from".
        # "Da: Toscana · Per: In tutto il mondo", "대한민국 발송 · 배송지역: 전 세계": one line.
        lang = current_language()
        # A market's table names each row's seller: a country under its column's header of any
        # words is where the item ships from (a shop's "Origine" column alone is the product's).
        headed = column_cells(doc, card) if vendor else None
        found = found or piece_route(lines, lang) or card_places(card, lines, lang, headed)
        if found:
            ships_from, ships_to = found
    if (cat is None or (ships_from is None and not ships_to)) and len(lines) <= 3:
        # One row of pieces between dashes ("Title — $14 — sold by x — Crafts — ships from A to B").
        piece_cat, piece_from, piece_to = piece_fields(lines, title, vendor)
        cat = cat or piece_cat
        if ships_from is None and not ships_to and piece_to:
            ships_from, ships_to = piece_from, piece_to
    if not ships_to and (found := sentence_route(lines, current_language(), ships_from)):
        ships_from, ships_to = found  # "Sendes fra Danmark til Norden"
    return Listing(
        title=title,
        price=price[0] if price else None,
        currency=price[1] if price else None,
        alt_prices=alt_prices(lines, price, anywhere=True),
        vendor=vendor,
        category=_HASHTAG_RE.sub("", clean(cat)) if cat else None,
        ships_from=ships_from,
        ships_to=ships_to,
        stock=int(stock) if stock is not None and 0 <= stock < 1e9 else None,
        escrow=escrow_value(values.get("escrow") or labelled(lines, "escrow")),
        listing_url=doc.absolute(link.get("href")) if link is not None else absolute_href(doc, card),
        url=doc.url,
    )
