"""Vendor profile pages read from their labels and structure: name, feedback count, positive
rating, member-since date and PGP key, in several languages and layouts.

    >>> from parsers.dom import load
    >>> from parsers.vendor_page import vendor_detail
    >>> page = (b"<html><body><h1>Vendor: leafy</h1><p>Member since: 12 March 2021</p>"
    ...         b"<p>Positive feedback: 98.5%</p><p>Feedbacks: 1,204</p></body></html>")
    >>> v = vendor_detail(load(page, url="http://example.onion/vendor/leafy"), now=None)
    >>> v.name, v.feedback_count, v.rating, v.member_since
    ('leafy', 1204, 98.5, '2021-03-12')
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, parse_qsl, unquote, urlsplit

from parsers.dates import parse_date
from parsers.dom import Doc, clean, xpath
from parsers.labels import FEEDBACK_WORDS, LABELS, SALES_WORDS, iter_labels, label_re
from parsers.market_fields import armored_keys, labelled
from parsers.market_names import (
    GENERIC_HEADING_RE,
    LISTING_URL_RE,
    TITLE_SEP_RE,
    VENDOR_URL_RE,
    headings,
    vendor_links,
    vendor_name,
)
from parsers.pgp import shown_fingerprint
from parsers.prices import parse_number
from parsers.records import Vendor

__all__ = ["page_owner", "profile_heading", "vendor_detail", "vendor_from_url"]

_NAME_LABEL = label_re(
    (
        "username",
        "user name",
        "vendor name",
        "seller name",
        "name",
        "benutzername",
        "nutzername",
        "nom d'utilisateur",
        "pseudo",
        "usuario",
        "nombre de usuario",
        "пользователь",
        "логин",
        "ник",
        "vendor",
        "seller",
        "verkäufer",
        "vendeur",
        "vendedor",
        "продавец",
    )
)


_PROFILE_HEAD_RE = re.compile(
    r"^(?:(?P<a>[^|:\-–]{2,40}?)\s*(?:\||-|–|:|'s)\s*(?:user |vendor |seller )?(?:profile|store|shop)\b.*|"
    r"(?:(?:user |vendor |seller )?profile|vendor|seller|shop|store|профиль|продавец|магазин|profil|perfil|"
    r"verkäufer|vendeur|vendedor)\s*(?:of|de|von|:|-|–)?\s*(?P<b>[^\s|,:]{2,40}).*)$",
    re.IGNORECASE,
)


_TITLE_CONTACT_RE = re.compile(
    r"^(?:contact|profile of|profile|vendor|seller|user)\s*[:\-]?\s*(?P<n>[^\s|]{2,40})$", re.IGNORECASE
)


_PERCENT_RE = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)\s*%")


_COUNT_BEFORE_WORD_RE = re.compile(
    r"(?<![\d.,~\u2013-])(\d[\d,.\u00a0 ]*)\s+(?:feedbacks?|reviews?|ratings?|sales|orders|"
    r"отзыв\w*|продаж\w*|bewertungen|verkäufe|opiniones|valoraciones|ventas|avis|ventes|recensioni)\b",
    re.IGNORECASE,
)
_PAREN_COUNT_RE = re.compile(r"^\S+\s*\(\s*(\d[\d,.]*)\s*\)")
# Positive and negative counts as signed numbers beside the name: "leafy +123 / -2".
_SIGNED_PAIR_RE = re.compile(r"^\S+\s+\+\s?(\d[\d,]*)\s*[/|]\s*[-\u2212\u2013]\s?(\d[\d,]*)\s*$")


# A count is one exact number: a range ("40~55", "40-55", "10+": Agora's "40~55 deals") or a
# score over its scale ("5/5", "4.91/5": one review's stars) is never a feedback count.
_COUNT_VALUE_RE = re.compile(r"^\s*\(?\s*\d[\d,.\u00a0 ]*\)?\s*(?![~+]|[/\u2013-]\s*\d)(?:$|[^\d%.,])")




_RATING_WORD_RE = re.compile(r"positiv|рейтинг|rating|score|satisf", re.IGNORECASE)


_FEEDBACK_LABEL = label_re(FEEDBACK_WORDS)
_WORD_PAREN_COUNT_RE = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in FEEDBACK_WORDS) + r")\s*\(\s*(\d[\d,.]*)\s*\)$", re.IGNORECASE
)
_SALES_LABEL = label_re(SALES_WORDS)
# A menu entry or tab that counts the feedback it leads to: "Отзывы 216" (the count in a badge),
# "Reviews (12)", "Bewertungen: 88".
_MENU_COUNT_RE = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in FEEDBACK_WORDS) + r")\s*[:(\[]?\s*(\d[\d,.]*)\s*[)\]]?$",
    re.IGNORECASE,
)
_ENTRIES = xpath("//body//*[self::a or self::button or self::li][string-length(normalize-space()) < 40]")


def _menu_count(doc: Doc, name: str) -> int | None:
    """The count a menu entry or tab shows beside a feedback word ("<a>Отзывы <span>216</span></a>",
    "<li>Reviews (12)</li>"): the word and its badge are one entry, each a text of its own. The
    entry leads to the vendor's feedback: a tab of this page ("#feedback", "?tab=reviews") or an
    address that names the vendor (/store/leafy/reviews), never the visitor's own ("/my/feedback")."""
    for el in _ENTRIES(doc.root):
        text = " ".join(" ".join(el.itertext()).split())
        match = _MENU_COUNT_RE.match(text) if text[:1].isalpha() else None
        if match and all(_to_vendor(a.get("href") or "", name) for a in el.iter("a")):
            return _count(match.group(1))
    return None


def _to_vendor(href: str, name: str) -> bool:
    """Whether a link stays on the page (a tab) or leads to an address that names ``name``."""
    return not href or href.startswith(("#", "?")) or name.casefold() in unquote(href).casefold()


# One line of a feedback breakdown: "Positive : 43", "Negativ (2)", "Нейтральные: 0".
_RATED_WORDS = (
    "positive",
    "positiv",
    "positivo",
    "positif",
    "positifs",
    "positivas",
    "положительные",
    "положительных",
    "neutral",
    "neutro",
    "neutre",
    "neutrales",
    "нейтральные",
    "нейтральных",
    "negative",
    "negativ",
    "negativo",
    "négatif",
    "negatif",
    "négatifs",
    "negativas",
    "отрицательные",
    "отрицательных",
)
_RATED_LABEL = label_re(_RATED_WORDS)
_RATED_RE = re.compile(
    r"^(?P<kind>posit\w*|neutr\w*|n[eé]gati\w*|положит\w*|нейтрал\w*|отрицат\w*)\s*(?:feedbacks?|ratings?)?"
    r"\s*[:=(\-–]?\s*(?P<n>\d[\d,.]*)\s*\)?$",
    re.IGNORECASE,
)
_KIND = {
    "pos": "positive",
    "poz": "positive",
    "neu": "neutral",
    "neg": "negative",
    "nég": "negative",
    "пол": "positive",
    "ней": "neutral",
    "отр": "negative",
}


_URL_KEYS = ("vendor", "seller", "user", "username", "u", "name", "u_id", "user_id", "seller_id", "vendor_id")


_URL_SEGMENTS = frozenset(
    {"vendor", "vendors", "seller", "sellers", "user", "users", "u", "profile", "v", "shop"}
)


def profile_heading(text: str) -> str | None:
    """The vendor a heading names as a profile's or store's ("Vendor profile: leafy", "leafy's
    store", "Profil von leafy"), or None.

    >>> profile_heading("leafy's store"), profile_heading("Green tea, 100 g")
    ('leafy', None)
    """
    match = _PROFILE_HEAD_RE.match(text)
    return vendor_name(match["a"] or match["b"]) if match and not GENERIC_HEADING_RE.match(text) else None


def vendor_from_url(url: str | None) -> str | None:
    """The vendor a profile URL names ("/vendor/leafy", "user.php?u_id=leafy"), or None."""
    if not url:
        return None
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    for key in _URL_KEYS:
        if query.get(key) and not query[key][0].isdigit():
            return unquote(query[key][0])
    segs = [s for s in parts.path.split("/") if s]
    for i, seg in enumerate(segs[:-1]):
        if seg.lower() in _URL_SEGMENTS:
            nxt = unquote(segs[i + 1])
            if not nxt.isdigit() and len(nxt) <= 60:
                return nxt
    return None


# A link's whole text when it is a handle: the name alone, "@name", or with its stats "leafy (12)".
_HANDLE_TEXT_RE = re.compile(r"^@?[^\s@]+(?:\s*[(\[][^)\]]{0,20}[)\]])*$")


def page_owner(doc: Doc, *, under: bool = True) -> str | None:
    """The handle that a link to the page's own vendor address shows ("@leafy" linking
    /store/leafy on /store/leafy?section=contacts): the owner of a profile page. With ``under``,
    a link to an address the page's lies under counts too (/store/leafy on /store/leafy/item/9c1e):
    the seller of the item the page shows. The handle must be the one the link's address names
    (its last path segment or a query value), so a menu's "Store" or "My account" never is.

    >>> from parsers.dom import load
    >>> page = b"<a href='/user/bob'>@bob</a> <a href='/vendor/leafy'>@leafy</a>"
    >>> page_owner(load(page, url="http://m.onion/vendor/leafy/item/7"))
    'leafy'
    """
    if not doc.url:
        return None
    key = f"page_owner:{under}"
    if key in doc.memo:
        return doc.memo[key]
    page = urlsplit(doc.url)
    path = page.path.rstrip("/")
    found = None
    # Only a page at a vendor's address (or under one) has a link to it: most pages stop here.
    if VENDOR_URL_RE.search(page.path) or (page.query and VENDOR_URL_RE.search("?" + page.query)):
        query = set(parse_qsl(page.query))
        for a in doc.root.iter("a"):
            href = a.get("href") or ""
            if not href or not VENDOR_URL_RE.search(href) or LISTING_URL_RE.search(href):
                continue
            link = urlsplit(doc.absolute(href))
            if link.netloc != page.netloc:
                continue
            own = link.path.rstrip("/")
            if not own or not (own == path or (under and path.startswith(own + "/"))):
                continue
            pairs = parse_qsl(link.query)
            if not set(pairs) <= query:
                continue  # user.php?u_id=bob is not the page user.php?u_id=leafy
            text = clean(a.text_content())
            name = vendor_name(text) if _HANDLE_TEXT_RE.match(text) else None
            named = {unquote(own.rsplit("/", 1)[-1]).casefold(), *(v.casefold() for _, v in pairs)}
            if name and name.casefold() in named and own.count("/") >= 2 - bool(pairs):
                found = name
                break
    doc.memo[key] = found
    return found


def _name(doc: Doc, lines: list[str]) -> tuple[str | None, str | None]:
    """(the profile owner's name, the line that labels it) from labels, headings, <title>, URL."""
    for i, value in iter_labels(lines, _NAME_LABEL, strict=True):
        name = vendor_name(value)
        if name:
            return name, lines[i]
    for text, _ in headings(doc):
        name = profile_heading(text)
        if name:
            return name, None
    if doc.title:
        # "Contact leafy", "Hansa - vendor leafy": any part of the <title>, but a section's
        # name ("Contact information", "Vendor profile").
        for part in (p.strip() for p in [doc.title, *TITLE_SEP_RE.split(doc.title)]):
            match = _TITLE_CONTACT_RE.match(part) if not GENERIC_HEADING_RE.match(part) else None
            name = vendor_name(match["n"]) if match else None
            if name:
                return name, None
    return vendor_from_url(doc.url) or _titled_handle(doc), None


def _titled_handle(doc: Doc) -> str | None:
    """A handle the <title> shows as a part of its own that a link to a profile shows too
    ("@leafy — Contacts — Market" over "<a href=/store/leafy>@leafy</a>")."""
    if not doc.title or "@" not in doc.title:
        return None
    parts = [clean(p) for p in TITLE_SEP_RE.split(doc.title) if p.startswith("@")]
    linked = vendor_links(doc) if parts else frozenset()
    return next((vendor_name(p) for p in parts if p in linked or p[1:] in linked), None)


def _count(value: str) -> int | None:
    number = parse_number(value) if _COUNT_VALUE_RE.match(value) else None
    return int(number) if number is not None and number < 1e9 else None


def _breakdown(lines: list[str]) -> int | None:
    """Positive + neutral + negative counts shown as labelled lines ("Positive : 43"), or with
    the count before the word ("212 Positivas", "212" over "Positivas")."""
    found = _breakdown_of(_rated_lines(lines))
    return found if found is not None else _breakdown_of(_counted_kinds(lines))


def _breakdown_of(rated: list[tuple[int, re.Match[str]]]) -> int | None:
    total: dict[str, int] = {}
    last = -1
    for i, match in rated:
        if last >= 0 and i - last > 6:
            break  # another block of the page: the breakdown is one group of nearby lines
        count = _count(match["n"])
        kind = _KIND[match["kind"][:3].lower()]
        if count is None or kind in total:
            break
        total[kind] = count
        last = i
    return sum(total.values()) if {"positive", "negative"} <= total.keys() else None


# The count before the kind: "212 Positivas", "3 neutral ratings", "1 avis négatif", "5 positive
# Bewertungen", "12 положительных отзывов"; or the count alone on the line before the kind.
_KIND_WORD = (
    r"(?P<kind>posit\w*|pozit\w*|pozyt\w*|neutr\w*|n[eé]gati\w*|negatyw\w*|положит\w*|нейтрал\w*|"
    r"отрицат\w*)"
)
_NOUN = (
    r"(?:feedbacks?|ratings?|reviews?|bewertungen|valoraciones|opiniones|calificaciones|avis|évaluations|"
    r"recensioni|valutazioni|avaliações|beoordelingen|opinie|opinii|oceny|ocen|komentarze|hodnocení|"
    r"отзыв\w*|оцен\w*)"
)
_KIND_FIRST_RE = re.compile(rf"^(?:{_NOUN}\s+)?{_KIND_WORD}(?:\s+{_NOUN})?$", re.IGNORECASE)
_COUNT_FIRST_RE = re.compile(
    rf"^(?P<n>\d[\d,.]*)\s+(?:{_NOUN}\s+)?{_KIND_WORD}(?:\s+{_NOUN})?$", re.IGNORECASE
)
_BARE_COUNT_RE = re.compile(r"^\d[\d,.]*$")


def _counted_kinds(lines: list[str]) -> list[tuple[int, re.Match[str]]]:
    out = []
    for i, line in enumerate(lines):
        if not line[:1].isdigit() or len(line) > 40:
            continue
        match = _COUNT_FIRST_RE.match(line)
        if match is None and i + 1 < len(lines) and _BARE_COUNT_RE.match(line):
            kind = _KIND_FIRST_RE.match(lines[i + 1]) if len(lines[i + 1]) <= 40 else None
            # The two lines read as one: "212" then "Positivas".
            match = _COUNT_FIRST_RE.match(f"{line} {lines[i + 1]}") if kind else None
        if match is not None:
            out.append((i, match))
    return out


# Icon classes of a feedback breakdown shown as icons and bare counts (Font Awesome, Glyphicons,
# Semantic UI, Material: "fa-thumbs-o-up", "glyphicon-thumbs-down", "thumbs up icon", "thumb_up";
# Eckmar's "fa-plus-circle" / "fa-stop-circle" / "fa-minus-circle").
_ICON_KIND_RE = re.compile(
    r"(?P<positive>thumbs?[-_ ]?(?:o[-_])?up|smile|positive|plus-circle)|"
    r"(?P<negative>thumbs?[-_ ]?(?:o[-_])?down|frown|negative|minus-circle)|"
    r"(?P<neutral>meh|neutral|circle-o|stop-circle|dot-circle)",
    re.IGNORECASE,
)
_ICONS = xpath(
    "(//body//*[self::i or self::span or self::em][contains(@class, 'thumb') or contains(@class, 'smile')"
    " or contains(@class, 'frown') or contains(@class, 'meh') or contains(@class, 'neutral')"
    " or contains(@class, 'circle-o') or contains(@class, 'positive') or contains(@class, 'negative')"
    " or contains(@class, 'plus-circle') or contains(@class, 'minus-circle')"
    " or contains(@class, 'stop-circle') or contains(@class, 'dot-circle')])"
    "[position() <= 60]"
)


def _icon_count(icon: Any) -> int | None:
    """The bare number a mark shows: its own text (a badge), else right after it (an icon's
    tail, else the next element's text)."""
    text = clean(icon.text_content()) if len(icon) == 0 else ""
    if not text:
        text = (icon.tail or "").strip()
    if not text:
        nxt = icon.getnext()
        text = clean(nxt.text_content()) if nxt is not None else ""
    return int(text.replace(",", "")) if re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", text) else None


def _icon_breakdown(doc: Doc) -> int | None:
    """Positive + neutral + negative counts shown beside thumbs-up / neutral / thumbs-down icons
    in one block of the page (no words: "<i class='fa fa-thumbs-o-up'></i> <strong>212</strong>")."""
    counts: dict[str, list[tuple[Any, int]]] = {"positive": [], "negative": [], "neutral": []}
    for icon in _ICONS(doc.root):
        match = _ICON_KIND_RE.search(icon.get("class") or "")
        number = _icon_count(icon) if match else None
        if match and number is not None:
            counts[match.lastgroup or ""].append((icon, number))
    if len(counts["positive"]) != 1 or len(counts["negative"]) != 1:
        return None  # one breakdown only: feedback rows with one icon each are not one
    (pos, npos), (neg, nneg) = counts["positive"][0], counts["negative"][0]
    # The neutral count is the one inside the smallest block holding the other two.
    block = next((a for a in pos.iterancestors() if neg in set(a.iterdescendants())), None)
    if block is None:
        return None
    inside = set(block.iterdescendants())
    neutral = [n for icon, n in counts["neutral"] if icon in inside]
    return npos + nneg + (neutral[0] if len(neutral) == 1 else 0)


def _rated_lines(lines: list[str]) -> list[tuple[int, re.Match[str]]]:
    out = []
    for i, _ in iter_labels(lines, _RATED_LABEL, max_line=40):
        match = _RATED_RE.match(lines[i])
        if match:
            out.append((i, match))
    return out


def _feedback_count(doc: Doc, lines: list[str], name: str, name_line: str | None) -> int | None:
    # "name (385)" next to the name, then a positive/neutral/negative breakdown, then a count
    # labelled as feedback, then one labelled as sales or orders (with a colon: menus show "Orders 0").
    for line in ([name_line] if name_line else []) + [ln for ln in lines if ln.startswith(name)][:3]:
        match = _PAREN_COUNT_RE.match(line)
        if match:
            return _count(match.group(1))
        signed = _SIGNED_PAIR_RE.match(line)
        if signed:
            pos, neg = _count(signed.group(1)), _count(signed.group(2))
            if pos is not None and neg is not None:
                return pos + neg
    found = _breakdown(lines)
    if found is None:
        found = _icon_breakdown(doc)
    if found is not None:
        return found
    for strict, label in ((False, _FEEDBACK_LABEL), (True, _SALES_LABEL)):
        for _, value in iter_labels(lines, label, strict=strict):
            found = _count(value)
            if found is not None:
                return found
        if label is _FEEDBACK_LABEL:
            for line in lines:  # a tab or heading that counts its entries: "Feedback (27)"
                match = _WORD_PAREN_COUNT_RE.match(line) if len(line) < 40 else None
                if match:
                    return _count(match.group(1))
    found = _menu_count(doc, name)
    if found is not None:
        return found
    for line in lines:  # "1,234 feedbacks", "532 отзыва"
        match = _COUNT_BEFORE_WORD_RE.search(line) if len(line) < 80 else None
        if match:
            return _count(match.group(1))
    return None


def _rating(lines: list[str]) -> float | None:
    for _, value in iter_labels(lines, LABELS["rating"]):
        match = _PERCENT_RE.search(value)
        if match and len(value) < 40:
            return float(match.group(1).replace(",", "."))
    for line in lines:
        if len(line) <= 90 and _RATING_WORD_RE.search(line):
            match = _PERCENT_RE.search(line)
            if match and "(0%" not in line:
                share = float(match.group(1).replace(",", "."))
                if 0 <= share <= 100:
                    return share
    return None


def vendor_detail(doc: Doc, lines: list[str] | None = None, now: str | None = None) -> Vendor | None:
    """The vendor a profile page shows, or None when the page does not look like a profile."""
    lines = doc.text_lines if lines is None else lines
    name, name_line = _name(doc, lines)
    since_val = labelled(lines, "member_since")
    member_since = parse_date(since_val, now) if since_val else None
    member_since = member_since[:10] if member_since else None  # a day: "2019-04-15 13:19:58" too
    keys, parsed = armored_keys(doc)
    url_hint = bool(doc.url and VENDOR_URL_RE.search(doc.url))
    if name is None and (member_since or keys) and url_hint:
        # A link to the page's own address (or one it lies under: the profile's tabs) showing
        # the handle that address names: the owner's card ("@leafy" -> /store/leafy). An item's
        # page lies under its seller's address too, and is not the seller's profile.
        parts = urlsplit(doc.url or "")
        name = page_owner(doc, under=not LISTING_URL_RE.search(f"{parts.path}?{parts.query}"))
    if name is None and (member_since or keys) and url_hint:
        # A profile that shows its owner only as a bare heading ("<h1>leafy <span>Level 3</span>");
        # a heading that ends with a colon is a label ("User Profile :").
        for text, _ in headings(doc)[:3]:
            token = vendor_name(text) if not GENERIC_HEADING_RE.match(text) else None
            if token and len(text.split()) <= 4 and not text.endswith(":"):
                name = token
                break
    if name is None or not (member_since or keys or url_hint):
        return None
    return Vendor(
        name=name,
        feedback_count=_feedback_count(doc, lines, name, name_line),
        rating=_rating(lines),
        member_since=member_since,
        # A decodable armored key's own fingerprint, else one the page prints under its label.
        pgp_fingerprint=parsed[0].fingerprint if parsed else shown_fingerprint("\n".join(lines)),
        has_pgp_key=bool(keys),
        pgp_key=keys[0] if keys else None,
        url=doc.url,
    )
