"""Pages the structural author reader must not take for threads, though their rows are dated and signed.

Two kinds of page show repeated blocks that each hold a date and a name, as a thread's posts do:

- a forum's index or topic list: each row a linked board or topic title, its counts (topics and
  posts, replies and views) and its last post's date and poster. Its rows are told by their
  structure: every row shows two bare counts or more beside a link to a board or topic address.
- a seller's page: its reviews are dated and signed. Told by what no thread shows outside its
  posts: an armoured PGP key, prices, or plain market content (:func:`parsers.markets.looks_like_market`).

    >>> from parsers.dom import load
    >>> doc = load(b'<table><tr><td><a href="viewforum.php?f=2">Bees and hives</a></td><td>41</td>'
    ...            b'<td>388</td><td>18.11.2026 19:02 by ann</td></tr></table>')
    >>> index_rows(list(doc.root.iter("tr")))
    False
    >>> index_rows(list(doc.root.iter("tr")) * 2)
    True
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from parsers.dom import Doc, clean
from parsers.index_shape import index_row
from parsers.markets import looks_like_market
from parsers.pgp import find_armored_keys
from parsers.post_parts import WORDY_RE
from parsers.post_read import THREAD_HREF_RE
from parsers.prices import find_prices
from parsers.thread_records import FORUM_HREF_RE

__all__ = ["index_rows", "market_evidence"]

# A count a column shows: digits alone, with thousands separators ("1,532", "12 408").
_COUNT_RE = re.compile(r"^\d{1,3}(?:[ ,.\u00a0\u202f]?\d{3})*$")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# Tags whose text is a row's cell or a count's box.
_CELL_TAGS = ("td", "dd", "span", "div", "li", "strong", "b", "small", "a", "p")
# Rows of a category's box of boards at the most (its table is read row by row).
_BOX_ROWS = 60
# Words (of three letters or more) of a cell of prose, a post's words.
_PROSE_WORDS = 12


def _counts(block: Any) -> int:
    """The bare counts a block shows, each the whole text of an element of its own: not a
    labelled "Posts: 215" (the number is a tail), not a number inside a longer text."""
    found = 0
    for el in block.iter(_CELL_TAGS):
        if not _COUNT_RE.match((el.text or "").strip()) or _labelled(el):
            continue
        # "41 <dfn>Topics</dfn>": a column's count may name itself after the number.
        if len(el) == 0 or (len(el) == 1 and len(clean(el[0].text_content()).split()) <= 2
                            and not (el[0].tail or "").strip()):
            found += 1
    return found


def _labelled(el: Any) -> bool:
    """Whether a number follows its label ("<dt>Posts</dt><dd>215</dd>", "Posts: <b>215</b>"):
    a member's statistic, not a column's count."""
    before = el.getprevious()
    if before is not None:
        said = clean(before.text_content())
        # A label is a few words and no link (a "dt" holding a board's linked title is none).
        short = len(said.split()) <= 4 and next(before.iter("a"), None) is None
        return bool((before.tail or "").strip()) or said.endswith(":") \
            or (before.tag in ("dt", "th", "label") and short)
    parent = el.getparent()
    return parent is not None and bool((parent.text or "").strip())


def _titled(block: Any) -> bool:
    """Whether a block links a board or topic address with a title of words (not a "#2"
    permalink, not a date)."""
    for a in block.iter("a"):
        href = a.get("href") or ""
        if (FORUM_HREF_RE.search(href) or THREAD_HREF_RE.search(href)) \
                and len(_WORD_RE.findall(clean(a.text_content()))) >= 2:
            return True
    return False


def index_rows(blocks: list[Any], now: str | None = None) -> bool:
    """Whether dated blocks are an index's rows, not posts: two thirds of them or more (two at
    least) each show two bare counts or more and link a board or topic by its title."""
    rows = sum(1 for block in blocks if _counts(block) >= 2 and _titled(block))
    if rows >= 2 and rows * 3 >= len(blocks) * 2:
        return True
    # Rows of a table known by their shape, whatever their links' addresses: a linked title
    # opening each, counts or a date in cells of their own.
    shaped = sum(1 for block in blocks if _shaped(block, now))
    return shaped >= 2 and shaped * 3 >= len(blocks) * 2


def _shaped(block: Any, now: str | None) -> bool:
    """Whether a block is an index's row by its shape, a run of rows (a topic's title row over
    its last post's row) holding one that links another page, or a box around an index's table."""
    if block.tag == "tr":
        return index_row(block, now) is not None
    if block.tag != "tbody":
        return _boxed_index(block, now)
    found = False
    for row in block.iterchildren("tr"):
        link = index_row(row, now)
        if link is not None and not (link.get("href") or "#").startswith("#"):
            found = True
        elif any(len(WORDY_RE.findall(cell.text_content())) >= _PROSE_WORDS for cell in row):
            # A row of prose under a linked name and a date is a post's words: a topic's row
            # under its title shows its last post's name and date, a few words.
            return False
    return found


def _boxed_index(block: Any, now: str | None) -> bool:
    """Whether a block is a box around an index's table (a category's heading over its boards'
    rows): a table in it whose every row of cells is an index's row, linking other pages by
    their titles, with a cell of a bare count, holds most of the block's words. A post's words
    are not a table of links and counts."""
    tables = list(islice(block.iter("table"), 3))
    if not tables:
        return False
    said = len(clean(block.text_content()))
    for table in tables:
        # Rows of one cell are a category's name spanning the columns, no board.
        rows = [tr for tr in table.iter("tr") if sum(c.tag == "td" for c in tr) >= 2
                and next(tr.iterancestors("table"), None) is table]
        if not rows or len(rows) > _BOX_ROWS or 2 * len(clean(table.text_content())) < said:
            continue
        links = [index_row(tr, now) for tr in rows]
        if all(link is not None and not (link.get("href") or "#").startswith("#") for link in links) \
                and all(_bare_count(tr) for tr in rows):
            return True
    return False


def _bare_count(tr: Any) -> bool:
    """Whether a row shows a cell that is a count and nothing else (a board's topics, a topic's
    replies): a post's row beside its poster's panel shows none (its words are never a number)."""
    return any(c.tag == "td" and _COUNT_RE.match(clean(c.text_content())) for c in tr)


def market_evidence(doc: Doc, bodies: list[str]) -> bool:
    """Whether a page read as posts shows, outside those posts' ``bodies``, what a market's page
    shows and a thread's does not: an armoured PGP key, two prices or more, or a price and plain
    market content (priced cards, a labelled price beside a buy control or a vendor label). A key
    or a price a member posts is in a body, and says nothing."""
    text = doc.text or ""
    said = "\n".join(bodies)
    if "-----BEGIN PGP" in text and len(find_armored_keys(text)) > said.count("BEGIN PGP PUBLIC KEY"):
        return True
    stated = find_prices(said)
    # A reply quoting a post repeats its price ("12,90 €" in each quote box below it): a price of
    # the amount and currency a post states is that post's words, quoted, wherever it shows.
    posted = {(p.amount, p.currency) for p in stated}
    outside = sum(1 for p in find_prices(text) if (p.amount, p.currency) not in posted)
    # Market content asked of the whole page only when a price shows outside the posts: a
    # member's "Price: $100" offer in a thread is no market page.
    return outside >= 2 or (outside >= 1 and looks_like_market(doc))
