"""The name of the item a market page shows, and where it stands among the page's lines: the
heading that the ``<title>`` repeats, else the run of the title's parts that the page shows as a
line, a breadcrumb's last item, the first heading that is not the site's name...

    >>> from parsers.dom import load
    >>> from parsers.item_title import listing_title
    >>> doc = load(b"<title>Tea shop - Green tea</title><h1>Tea shop</h1><h2>Green tea</h2><p>5 EUR</p>")
    >>> listing_title(doc, doc.text_lines)
    ('Green tea', 1)
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dates import parse_date
from parsers.dom import Doc, clean, xpath
from parsers.labels import CONTROL_WORDS
from parsers.market_names import (
    GENERIC_HEADING_RE,
    TITLE_SEP_RE,
    breadcrumb_current,
    headings,
    home_link_texts,
    named_heading,
)
from parsers.market_prices import is_rate
from parsers.prices import find_prices

__all__ = ["listing_title", "titled_offer"]


def listing_title(doc: Doc, lines: list[str]) -> tuple[str | None, int]:
    """The listing's title and the line where it appears (prices are searched after it)."""
    title = doc.title
    parts = [clean(p) for p in TITLE_SEP_RE.split(title) if clean(p)] if title else []
    candidates = [text for text, _ in headings(doc)]
    chosen = None
    # A heading that the <title> repeats is the listing's name; the longest such heading, since
    # the site's own name is repeated too and is usually the shorter.
    repeated = [text for text in candidates if title and text in title and len(text) >= 4]
    if not repeated and title:
        # A heading with a badge inside ("<h2>Green tea <span class=label>Physical</span></h2>"):
        # its own words, without those of its child elements, are what the <title> repeats.
        owns = (_own_text(el) for _, el in headings(doc) if len(el))
        repeated = [text for text in owns if len(text) >= 4 and text in title]
    if repeated:
        chosen = max(repeated, key=len)
    if chosen is None and parts:
        # Else the longest run of the title's parts that the page shows as a line of its own: a
        # name may hold the separator itself ("Blotter 100ug - Forest Batch - Some Market"). A
        # run that a home link shows is the site's name ("<a href=/>Some Market</a>").
        home, shown = home_link_texts(doc), _line_set(doc, lines)
        runs = [run for run in _title_runs(title) if run in shown and run.casefold() not in home]
        if runs:
            chosen = max(runs, key=len)
    if chosen is None:
        # A breadcrumb ending in the page's own name, not a link: the item's name.
        chosen = breadcrumb_current(doc)
    if chosen is None:
        # The first heading that is not the site's name: a logo heading links home, or the
        # <title> names it beside another part ("EXAMPLE MARKET" in "Example Market - Details").
        site_parts = {p.casefold() for p in parts} if len(parts) > 1 else set()
        chosen = next(
            (
                text
                for text, el in headings(doc)
                if text.casefold() not in site_parts
                and not GENERIC_HEADING_RE.match(text)
                and text.casefold() not in CONTROL_WORDS  # "<h3>Buy</h3>" over an order form
                and not any(_HOME_HREF_RE.match(a.get("href") or "x") for a in el.iter("a"))
            ),
            None,
        )
    if chosen is None:
        # Bootstrap-style headings: "<span class='h3'>name</span>".
        texts = (clean(e.text_content()) for e in _CLASS_HEADINGS(doc.root))
        chosen = next((t for t in texts if t), None)
    if chosen is None and (named := named_heading(doc)) is not None:
        chosen = named[0]  # "<td class=pageHeading>name<br>[model]</td>"
    if chosen is None and parts:
        chosen = max(parts, key=len)
    index = 0
    if chosen:
        try:
            index = lines.index(chosen)
        except ValueError:
            # The heading's line goes on with its badge ("Green tea Physical"), or a breadcrumb's
            # item holds its separator before the name ("> Green tea").
            index = next((i for i, line in enumerate(lines) if line.startswith(chosen + " ")
                          or (line.endswith(" " + chosen) and not line[: -len(chosen)].strip(_SEPS))), 0)
    return chosen, index


_SEPS = " >»›/|·•→\\–—-"


def _own_text(el: Any) -> str:
    """An element's words outside its child elements ("Green tea" of "Green tea <span>x</span>")."""
    return clean(" ".join([el.text or "", *(child.tail or "" for child in el)]))




# (An element whose class holds no "h1", "h2" or "h3" at all is passed over before its class is
# taken apart word by word: the same elements, found at a fraction of the cost.)
_CLASS_HEADINGS = xpath(
    "/descendant::*[contains(@class, 'h1') or contains(@class, 'h2') or contains(@class, 'h3')]"
    "[contains(concat(' ', normalize-space(@class), ' '), ' h1 ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' h2 ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' h3 ')][position() <= 3]"
)


_HOME_HREF_RE = re.compile(r"^(?:https?://[^/]+)?(?:/|\./|/?index\.\w+)?$", re.IGNORECASE)


def _line_set(doc: Doc, lines: list[str]) -> frozenset[str]:
    """``lines`` as a set, kept for the page's own lines (several readers look lines up)."""
    if lines is not doc.text_lines and lines is not doc.head_lines:
        return frozenset(lines)
    key = "line_set" if lines is doc.text_lines else "head_line_set"
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = frozenset(lines)
    return found


def _title_runs(title: str) -> list[str]:
    """Every run of consecutive parts of a <title> split at its separators, the whole excepted."""
    spans, start = [], 0
    for sep in TITLE_SEP_RE.finditer(title):
        spans.append((start, sep.start()))
        start = sep.end()
    spans.append((start, len(title)))
    return [
        clean(title[spans[i][0] : spans[j][1]])
        for i in range(len(spans))
        for j in range(i, len(spans))
        if (i, j) != (0, len(spans) - 1) or len(spans) == 1
    ]


def titled_offer(doc: Doc, title: str | None, heading: Any, own: list[str]) -> bool:
    """Whether an item's page shows itself by its SHAPE: its heading ``heading`` (whose text
    ``title`` the <title> repeats) and, within the few lines after it in document order (``own``:
    the lines from the title on, cut before any grid of other items' cards), a line that is a
    price and nothing more ("52,90 lei", "Price: 12 €", "0.004 BTC / 1.20 XMR"). A line of prose
    that names a price ("Tea now costs $5 a pound") is no offer."""
    if not title or not doc.title or title not in doc.title or not own:
        return False
    if heading is None and (title == clean(doc.title) or len(title) < 8):
        # No heading element: a line of its own that repeats a part of the <title> (the name
        # in a styled block), never the whole <title> or a short word of it.
        return False
    if GENERIC_HEADING_RE.match(title) or own[0] != title:
        return False
    # Without a heading element the price stands right under the name, no date between them (a
    # thread's title over its first post's date and a price in it is no item).
    for line in own[1:12] if heading is not None else own[1:5]:
        if heading is None and len(line) <= 40 and len(parse_date(line) or "") >= 10:
            return False
        if len(line) > 60:
            continue
        prices = find_prices(line, limit=3)
        if not prices or prices[0].amount <= 0 or is_rate(line):
            continue
        rest = line
        for p in reversed(prices):
            rest = rest[: p.start] + rest[p.end :]
        # What the line holds besides its prices: a short label at most ("Price:", "Pris:").
        rest = rest.strip(" -–—/|.,:()*")
        if len(rest) <= 12 and len(rest.split()) <= 2:
            return True
    return False
