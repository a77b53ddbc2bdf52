"""An item page's seller recognised by what stands with the name, not by the label's words nor a
known profile address: a link whose text is the last step of its own address (a page named for
a handle: "/gwerzher/leafy", "/m/leafy") shown with the seller's statistics, a share of positive
feedback ("98,6 %") beside it in the same value ("leafy (214 · 98,6 %)", "leafy <span>99%
positiivinen</span>"). A buyer's or a reviewer's link carries no share of its own.

>>> from parsers.dom import load
>>> doc = load(b"<h1>Old book</h1><table><tr><th>Myyj\\xc3\\xa4</th><td><a href='/myyjat/kirja_ukko'>"
...            b"kirja_ukko</a> (52 / 97 %)</td></tr></table>")
>>> stats_seller(doc)
'kirja_ukko'
>>> stats_seller(load(b"<p><a href='/u/ann'>ann</a> wrote: 50% off!</p><p><a href='/u/bob'>bob</a> (12)</p>"))
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urlsplit

from parsers.dom import Doc, clean
from parsers.market_names import LISTING_URL_RE
from parsers.rated_handle import spells_handle

__all__ = ["HANDLE_RE", "named_page", "stats_seller"]

# A share: a number up to 100 with a percent sign ("98,6 %", "99%", "%97" in Turkish).
_SHARE_RE = re.compile(r"(?<![\d.,])(?:100|\d{1,2})(?:[.,]\d{1,2})?\s*[%٪]|[%٪]\s*(?:100|\d{1,2})(?![\d])")
# A handle: one token of letters, figures, "_", "-" or ".".
HANDLE_RE = re.compile(r"^[\w.-]{2,40}$")
_SENTENCE_RE = re.compile(r"[:：!?！？]|\.\s")
_MENUS = frozenset({"nav", "header", "footer", "aside", "menu", "form"})
# The seller's value holds the name and its statistics: a short text.
_MAX_VALUE = 100
# Blocks of buyers' words (reviews, comments): the links there are the reviewers'.
_REVIEW_RE = re.compile(r"comment|review|feedback|testimonial|rating", re.IGNORECASE)


def named_page(href: str, text: str, steps: int = 1) -> bool:
    """Whether ``href``'s last path step is ``text`` (a page named for the handle it links), the
    path holding ``steps`` slashes at the least ("/leafy" one, "/seller/leafy" two)."""
    path = unquote(urlsplit(href).path).rstrip("/")
    step = path.rsplit("/", 1)[-1]
    # An address often spells the handle without its accents ("/Knygynelis_Uzupis").
    return path.count("/") >= steps and spells_handle(step.casefold(), text.casefold())


def _value_box(a: Any) -> Any | None:
    """The smallest element around link ``a`` that holds more words than the link's."""
    text = clean(a.text_content())
    box = a.getparent()
    for _ in range(3):
        if box is None:
            return None
        if clean(box.text_content()) != text:
            return box
        box = box.getparent()
    return None


def _share_after(box: Any, a: Any) -> bool:
    """Whether ``box``'s words after link ``a`` (and no other link's) show a share."""
    if sum(1 for link in box.iter("a") if link.get("href")) != 1:
        return False
    words = clean(box.text_content())
    if len(words) > _MAX_VALUE:
        return False
    name = clean(a.text_content())
    _, _, after = words.partition(name)
    # Statistics, not a sentence ("ann wrote: 50% off!"): no colon, no sentence's end.
    return not _SENTENCE_RE.search(after) and bool(_SHARE_RE.search(after))


# A sentence about the seller may run longer: its name, then its share and its count of sales.
_MAX_SENTENCE = 240
_FIGURE_RE = re.compile(r"(?<![\d.,])\d[\d.,\u00a0 ]*")


def _stated_after(box: Any, a: Any) -> bool:
    """Whether ``box`` is a sentence that names the seller by link ``a`` and states its figures
    after the name: a positive share and a count besides ("Šią prekę parduoda <a>name</a>, ...
    Įvertinimas 99,2 %, 412 pardavimų."), where a post's "ann wrote: 50% off!" states one."""
    if sum(1 for link in box.iter("a") if link.get("href")) != 1:
        return False
    words = clean(box.text_content())
    if len(words) > _MAX_SENTENCE:
        return False
    _, _, after = words.partition(clean(a.text_content()))
    share = _SHARE_RE.search(after)
    if share is None:
        return False
    rest = after[: share.start()] + " " + after[share.end():]
    return len(_FIGURE_RE.findall(rest)) >= 1 and len(_SENTENCE_RE.findall(after)) <= 3


def stats_seller(doc: Doc) -> str | None:
    """The handle of the first link named for its address and shown with a positive share, outside
    the page's menus and its reviews; None when no link is."""
    raw = doc.raw or b""
    if b"%" not in raw and "٪".encode() not in raw:
        return None  # no share is written: the tree is not walked
    for a in doc.root.iter("a"):
        href = a.get("href") or ""
        # Cheap first: the address ends on the link's own words (most links' do not).
        words = (a.text or (a[0].text if len(a) == 1 else None) or "").strip()
        end = (unquote(href) if "%" in href else href).rstrip("/").casefold()
        tail = words.casefold()[-3:]
        if not words or not (end.endswith(tail) or (not tail.isascii() and spells_handle(end[-3:], tail))):
            continue
        text = clean(a.text_content())
        if not HANDLE_RE.match(text) or not named_page(href, text) or LISTING_URL_RE.search(href):
            continue
        box = _value_box(a)
        if box is None or not (_share_after(box, a) or _stated_after(box, a)):
            continue
        if any(anc.tag in _MENUS or _REVIEW_RE.search(anc.get("class") or "") for anc in a.iterancestors()):
            continue
        return text
    return None
