"""An item's seller named by a link to a profile address near the item's heading, in any language:
the link's text is the handle its address names ("<a href=/usr/leafy>leafy</a>"), or holds it among
words of its own ("Visit leafy's store", "Kunjungi toko leafy"), or is a control beside the
seller's name when the address holds an opaque id ("Leafy Tea Co <a href=/store/Qm8x..>Go to
store</a>").

    >>> from parsers.dom import load
    >>> page = load(b"<h1>Green tea</h1><p>4 EUR</p><div><a href='/vendeur/leafy'>Voir la boutique de "
    ...             b"leafy</a></div>")
    >>> profile_link_seller(page, page.root.find(".//h1"))
    'leafy'

Links in the page's menus and header, in review blocks, or to item addresses are never the
seller's; of the others, the one nearest the heading in document order wins, within a window.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urlsplit

from parsers.dom import Doc, clean, xpath
from parsers.market_names import LISTING_URL_RE, TITLE_SEP_RE, VENDOR_URL_RE, vendor_links, vendor_name

__all__ = ["home_seller", "profile_link_seller", "whole_names"]

# Profile and shop address segments in several languages, beside those VENDOR_URL_RE knows.
_SEGMENTS = frozenset({
    "vendor", "vendors", "seller", "sellers", "user", "users", "u", "usr", "profile", "profiles",
    "shop", "shops", "store", "stores", "v", "member", "members", "vendeur", "vendeurs", "boutique",
    "vendedor", "vendedores", "tienda", "loja", "verkaeufer", "verkäufer", "haendler", "händler",
    "venditore", "negozio", "sprzedawca", "sklep", "verkoper", "winkel", "toko", "penjual",
    "prodavec", "продавец", "магазин",
})
_SEGMENT_RE = re.compile(r"/(?:" + "|".join(re.escape(s) for s in sorted(_SEGMENTS)) + r")/[^/?#]+",
                         re.IGNORECASE)
_CHROME_RE = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|header|topbar|account|footer)(?:$|[\s_-])",
                        re.IGNORECASE)
_REVIEW_RE = re.compile(r"comment|review|testimonial|feedback|bewertung|avis|opini|recensi|reseñ|отзыв",
                        re.IGNORECASE)
# Addresses of the visitor's own account pages, under the same segments as profiles.
_ACCOUNT_WORDS = frozenset({
    "me", "my", "self", "account", "settings", "profile", "edit", "login", "logout", "register",
    "signin", "signup", "messages", "inbox", "orders", "cart", "wishlist", "notifications", "dashboard",
})
#: How far (elements in document order) from the heading a seller's link may stand.
_WINDOW = 600


def _handle(href: str) -> str | None:
    """The handle the address names: the segment after a profile segment."""
    segs = [unquote(s) for s in urlsplit(href).path.split("/") if s]
    for i, seg in enumerate(segs[:-1]):
        if seg.casefold() in _SEGMENTS:
            nxt = segs[i + 1]
            return None if nxt.isdigit() or len(nxt) > 80 else nxt
    return None


def _opaque(handle: str) -> bool:
    """An id no person would type: long, letters and digits mixed, no separators."""
    return (len(handle) >= 20 and handle.isalnum() and any(c.isdigit() for c in handle)
            and any(c.isupper() for c in handle) and any(c.islower() for c in handle))


def _name_of(a: Any, handle: str) -> str | None:
    text = clean(a.text_content())
    if not text:
        return None
    if _opaque(handle):
        # The link is a control ("Go to store"); the seller's name is the words before it.
        parent = a.getparent()
        before = clean(parent.text or "") if parent is not None and a.getprevious() is None else ""
        if before and len(before) <= 60 and len(before.split()) <= 6 and not any(c.isdigit() for c in before):
            return before
        return None
    folded = handle.casefold()
    if folded in _ACCOUNT_WORDS or vendor_name(handle) is None:
        return None  # the visitor's own pages (/user/settings, /user/login), not a seller
    if text.lstrip("@").casefold() == folded:
        return vendor_name(text)
    words = re.findall(r"[\w.-]+", text.casefold())
    if folded in words or any(w.startswith(folded + "'") for w in text.casefold().split()):
        return handle
    if any(c.isdigit() for c in handle) and _seller_marked(a) and len(text.split()) <= 4:
        # An address of an id ("/user/7b3e02c1/profile") in a block the template names for the
        # seller ("seller-info-name"): the link's words, a person's name, are the seller's.
        return text if not any(c.isdigit() for c in text) and len(text) <= 60 else None
    return None


_SELLER_MARK_RE = re.compile(r"seller|vendor|merchant|owner|продав|satıcı|verkäufer|vendeur", re.IGNORECASE)


def _seller_marked(a: Any) -> bool:
    """Whether the link or one of its three nearest ancestors is classed for the seller."""
    for el in (a, *list(a.iterancestors())[:3]):
        mark = f"{el.get('class') or ''} {el.get('id') or ''}"
        if mark.strip() and _SELLER_MARK_RE.search(mark):
            return True
    return False


def _outside(a: Any) -> bool:
    for anc in a.iterancestors():
        if anc.tag in ("nav", "header", "footer"):
            return False
        mark = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if mark.strip() and (_CHROME_RE.search(mark) or _REVIEW_RE.search(mark)):
            return False
    return True


_HOLDS = xpath(
    "descendant::*[self::h1 or self::h2 or self::h3 or self::div or self::span or self::p or self::td]"
    "[count(*) <= 3][contains(., $w)]"
)


def _title_element(doc: Doc, title: str) -> Any:
    """The element that shows the item's title (its text the title, maybe after a hidden prefix
    such as "Details about"), where no heading does."""
    # Only elements whose words hold the title's last word are read (found in C, not by reading
    # every element's words in Python).
    last = title.split()[-1] if title.split() else title
    for el in _HOLDS(doc.root, w=last):
        if len(el) > 3:
            continue
        text = clean(el.text_content())
        if text == title or (text.endswith(title) and len(text) <= len(title) + 30):
            return el
    return None


def profile_link_seller(doc: Doc, heading: Any, title: str | None = None) -> str | None:
    """The seller a profile link near the item's ``heading`` (else the element showing its
    ``title``) names (see the module), or None."""
    if heading is None and title:
        heading = _title_element(doc, title)
    if heading is None:
        return None
    order: dict[Any, int] = {}
    at = None
    for i, el in enumerate(doc.root.iter()):
        if el is heading:
            at = i
        elif el.tag == "a":
            order[el] = i
        elif at is not None and i > at + _WINDOW:
            break  # no link further on stands within the window
    if at is None:
        return None
    best: tuple[int, str] | None = None
    for a, i in order.items():
        if abs(i - at) > _WINDOW or (best is not None and abs(i - at) >= best[0]):
            continue
        href = a.get("href") or ""
        if not href or LISTING_URL_RE.search(href):
            continue
        if not (VENDOR_URL_RE.search(href) or _SEGMENT_RE.search(href)):
            continue
        handle = _handle(href)
        if handle is None or not _outside(a):
            continue
        name = _name_of(a, handle)
        if name:
            best = abs(i - at), name
    return best[1] if best else None


def whole_names(doc: Doc) -> frozenset[str]:
    """Names of two to four words, no digits, that links to a profile show outside the page's
    menus and its review blocks ("Ana Lima"): a person's name as a classifieds site links it
    (computed once per page)."""
    found = doc.memo.get("whole_names")
    if found is None:
        out = {t for t in vendor_links(doc) if 2 <= len(t.split()) <= 4 and not any(c.isdigit() for c in t)}
        if out:
            for a in doc.root.iter("a"):
                text = clean(a.text_content())
                if text in out and not _outside(a):
                    out.discard(text)  # a menu's or a reviewer's link: no seller
        found = doc.memo["whole_names"] = frozenset(out)
    return frozenset(found)


_HOME_RE = re.compile(r"^(?:https?://[^/]+)?(?:/|\./|/?index\.\w+)?$", re.IGNORECASE)
# A short label of any language and what follows it: "Mai sayarwa: KanoDigital An tabbatar".
_LABEL_LINE_RE = re.compile(r"^[^\W\d_][^:：\d]{0,30}[:：]\s*")


def home_seller(doc: Doc, near: list[str]) -> str | None:
    """The seller of a one-seller shop's item: a short label of any language in ``near`` (the
    lines from the item's title on) before a link HOME whose words are the shop's name, one part
    of the <title> ("Mai sayarwa: <a href='/'>KanoDigital</a>" on "Item | KanoDigital"). A
    market of many sellers links its sellers' profiles, not its home page."""
    if not doc.title:
        return None
    parts = {clean(p) for p in TITLE_SEP_RE.split(doc.title)}
    names = set()
    for a in doc.root.iter("a"):
        text = clean(a.text_content())
        if text in parts and _HOME_RE.match(a.get("href") or "x") and len(text.split()) <= 5:
            names.add(text)
    if not names:
        return None
    for line in near:
        label = _LABEL_LINE_RE.match(line)
        rest = line[label.end() :] if label else ""
        for name in names:
            if rest == name or rest.startswith(name + " "):
                return name
    return None
