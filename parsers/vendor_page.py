"""Vendor profile pages read from their labels and structure: name, feedback count, positive
rating, member-since date and PGP key, in several languages and layouts.

``rating`` is a positive-feedback PERCENTAGE only. A star score ("4.8/5", "4,8 out of 5",
"★★★★☆") is a mean of scores, another measure: it is never converted into a share (4.8/5 is no
96 % of positive reviews), so a page that shows only stars gives no rating, and one that shows
both gives its percentage (tests/test_parsers_vendor_rating.py; every round's truth reads so).

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
from itertools import pairwise
from urllib.parse import parse_qs, parse_qsl, unquote, urlsplit

from parsers.address_handle import title_handle
from parsers.dated_elements import is_dated
from parsers.dates import parse_date
from parsers.dom import Doc, clean, element_kind
from parsers.dot_leaders import leader_lines
from parsers.glued_labels import unglued
from parsers.kind_breakdown import kind_share
from parsers.kind_counts import missing_figures
from parsers.kind_rows import kind_rows
from parsers.labels import LABELS, iter_labels, label_re
from parsers.market_buy import BUY_RE, buy_form
from parsers.market_fields import armored_keys, labelled
from parsers.market_names import (
    GENERIC_HEADING_RE,
    LISTING_URL_RE,
    TITLE_SEP_RE,
    VENDOR_URL_RE,
    headings,
    home_link_texts,
    vendor_name,
)
from parsers.menu_pairs import menu_entries, widget_heading
from parsers.native_figures import ascii_figures
from parsers.period_table import period_figures
from parsers.pgp import shown_fingerprint
from parsers.records import Vendor
from parsers.share_count import count_before_share
from parsers.since_line import since_line
from parsers.stat_rows import cell_rows, stat_joined, stat_rows, stat_share, stat_share_count
from parsers.stat_tiles import tile_value
from parsers.title_labels import label_phrase, label_rest, label_word
from parsers.titled_names import title_names, titled_element, titled_handle, titled_heading
from parsers.vendor_counts import feedback_count

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
    r"^(?:contact|profile of|profile|vendor|seller|user)(?![\w'’])\s*[:\-]?\s*(?P<n>[^\s|]{2,40})$",
    re.IGNORECASE,
)
# What names the vendor after a heading's label phrase ("Vendor: leafy", "Profil von leafy").
_AFTER_LABEL_RE = re.compile(r"^(?:\s+(?:of|de|von)\s+|\s*[:\-–]\s*|\s+)(?P<b>[^\s|,:]{2,40})", re.IGNORECASE)


_PERCENT_RE = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)\s*%")


_RATING_WORD_RE = re.compile(r"positi[vf]|pozitiv|pozytyw|рейтинг|rating|score|satisf", re.IGNORECASE)


_URL_KEYS = ("vendor", "seller", "user", "username", "u", "name", "u_id", "user_id", "seller_id", "vendor_id")


_URL_SEGMENTS = frozenset(
    {"vendor", "vendors", "seller", "sellers", "user", "users", "u", "profile", "v", "shop"}
)


def profile_heading(text: str) -> str | None:
    """The vendor a heading names as a profile's or store's ("Vendor profile: leafy", "leafy's
    store", "Profil von leafy"), or None.

    >>> profile_heading("leafy's store"), profile_heading("Green tea, 100 g")
    ('leafy', None)

    Labels are whole words: a label phrase alone ("Perfil del vendedor", "Vendedores", "Profil
    sprzedawcy") or one that makes a title's part of its own ("Sellers - Market") names nobody.
    """
    match = _PROFILE_HEAD_RE.match(text)
    if not match or GENERIC_HEADING_RE.match(text):
        return None
    if match["a"]:
        name = vendor_name(match["a"])
        return None if name and label_word(name) else name
    # The name after the whole label phrase ("Perfil del vendedor elsolar"), not a word of it.
    rest = label_rest(text)
    named = _AFTER_LABEL_RE.match(rest) if rest and not TITLE_SEP_RE.match(rest) else None
    return vendor_name(named["b"]) if named else None


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
        if name and not (i and value == lines[i] and menu_entries(doc, lines[i - 1], value)):
            return name, lines[i]
    for text, el in headings(doc):
        name = profile_heading(text)
        if name and not widget_heading(el):
            return name, None
    if doc.title:
        # "Contact leafy", "Hansa - vendor leafy": any part of the <title>, but a section's
        # name ("Contact information", "Vendor profile").
        for part in (p.strip() for p in [doc.title, *TITLE_SEP_RE.split(doc.title)]):
            if label_phrase(part):
                continue  # "Perfil del vendedor", "Sellers": a page's label names nobody
            match = _TITLE_CONTACT_RE.match(part) if not GENERIC_HEADING_RE.match(part) else None
            # "Bohemia - leafy's Profile": a part that names a profile's or store's owner.
            name = vendor_name(match["n"]) if match else profile_heading(part)
            if name:
                return name, None
    from_url = vendor_from_url(doc.url)
    if from_url and (from_url in doc.text or _shown(doc, from_url)):
        return from_url, None
    # An address that holds an id the page never shows ("/user/9b1e77a0d2") names no one: the
    # heading that the <title> repeats as a part of its own is the owner's name.
    # Else the owner's card or bare heading (vendor_detail), the id itself as the last resort.
    return titled_heading(doc) or titled_handle(doc), None


def _shown(doc: Doc, name: str) -> bool:
    """Whether the page's lines show ``name`` in any case ("Leafy" for /vendor/leafy)."""
    folded = name.casefold()
    return any(folded in line.casefold() for line in doc.text_lines if len(line) >= len(name))


def _item_shape(doc: Doc) -> bool:
    """Whether the page looks like an item's (at an item's address, with a buy form or a buy
    button): its seller's key shown beside the item makes no seller's page of it."""
    parts = urlsplit(doc.url or "")
    if LISTING_URL_RE.search(f"{parts.path}?{parts.query}") or buy_form(doc) is not None:
        return True
    # A button that buys, not a review's words ("will buy again"): buttons and submits only.
    buttons = [clean(b.text_content()) for b in doc.root.iter("button")]
    buttons += [i.get("value") or "" for i in doc.root.iter("input") if (i.get("type") or "") == "submit"]
    return any(BUY_RE.search(text) for text in buttons if 0 < len(text) < 40)


def _lone_key(doc: Doc, now: str | None) -> bool:
    """Whether the page's armoured key stands in no dated repeated block: no ancestor of it has
    a same-looking sibling that shows a date (a post that quotes a key has: the other posts)."""
    # The key may follow a link inside its element (a text-mode page's <pre>): a child's tail.
    holder = next((el for el in doc.root.iter("pre", "div", "p", "textarea", "td", "span", "code")
                   if any("BEGIN PGP PUBLIC KEY" in (t or "") for t in (el.text, *(c.tail for c in el)))),
                  None)
    if holder is None:
        return False
    for anc in (holder, *holder.iterancestors()):
        parent = anc.getparent()
        if parent is None or anc.tag == "body":
            break
        sig = element_kind(anc)
        for sib in parent:
            if sib is anc or not isinstance(sib.tag, str) or element_kind(sib) != sig:
                continue
            if any(is_dated(t.strip(), now) for t in sib.itertext() if 6 <= len(t.strip()) <= 60):
                return False
    return True


def _rating(lines: list[str]) -> float | None:
    for _, value in iter_labels(lines, LABELS["rating"]):
        match = _PERCENT_RE.search(value)
        if match and len(value) < 40:
            return float(match.group(1).replace(",", "."))
    for line, caption in pairwise(lines):
        # A statistic's tile: the share alone, its caption under it ("96.5%" / "Positive feedback").
        if "%" in line and len(line) <= 8 and len(caption) <= 40 and _RATING_WORD_RE.search(caption):
            match = _PERCENT_RE.fullmatch(line)
            if match and 0 <= float(match.group(1).replace(",", ".")) <= 100:
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
    # A tile's label run into its value ("Reviews<b>2 731</b>") read as "label: value".
    lines = unglued(doc, doc.text_lines if lines is None else lines)
    lines = leader_lines(lines)  # "Palautteita ...... 1 842": a text-mode page's labels
    since_val = labelled(lines, "member_since")
    keys, parsed = armored_keys(doc)
    url_hint = bool(doc.url and VENDOR_URL_RE.search(doc.url))
    if since_val is None and not keys and not url_hint:
        return None  # no join date, key or profile address: no profile, whatever its name
    name, name_line = _name(doc, lines)
    if since_val is not None or keys or url_hint:
        # A tile of a date over its caption ("03.06.2021" / "Member since"): the caption is no
        # label of the line after it (the next tile's value).
        since_val = tile_value(doc, LABELS["member_since"]) or since_val
    member_since = parse_date(since_val, now) if since_val else None
    member_since = member_since[:10] if member_since else None  # a day: "2019-04-15 13:19:58" too
    rows = None
    if member_since is None and url_hint and not keys:
        # At a seller's address, a join date under a label in no known language, read by its
        # form, lets its heading name the seller (below) as a labelled one does.
        rows = lines if stat_rows(lines) else cell_rows(doc)
        member_since = stat_joined(rows, now)
    if name is None and (member_since or keys) and url_hint:
        # A link to the page's own address (or one it lies under: the profile's tabs) showing
        # the handle that address names: the owner's card ("@leafy" -> /store/leafy). An item's
        # page lies under its seller's address too, and is not the seller's profile.
        parts = urlsplit(doc.url or "")
        name = page_owner(doc, under=not LISTING_URL_RE.search(f"{parts.path}?{parts.query}"))
    if name is None and (member_since or keys) and url_hint:
        # A profile that shows its owner only as a bare heading ("<h1>leafy <span>Level 3</span>");
        # a heading that ends with a colon is a label ("User Profile :").
        home = home_link_texts(doc)  # a logo heading linking home names the site, not the owner
        for text, _ in [h for h in headings(doc) if h[0].casefold() not in home][:3]:
            labelled_only = GENERIC_HEADING_RE.match(text) or label_phrase(text)  # "Perfil del vendedor"
            token = vendor_name(text) if not labelled_only else None
            if token and len(text.split()) <= 4 and not text.endswith(":"):
                # A name of several words that the <title> repeats whole is the name, whole
                # ("Abebe Buna" under "Abebe Buna – seller – Market"); else its first word (a
                # heading runs a handle into its badges: "leafy Level 3").
                name = text if token != text and text in title_names(doc) else token
                break
    if name is None and keys and not _item_shape(doc) and _lone_key(doc, now):
        # A seller's page known by its shape: its key stands alone (in no dated repeated block,
        # as a key posted in a forum thread does) and an element shows a part of the <title>
        # whole, a shop's name of several words too ("Golden Leaf — seller — Market").
        name = titled_element(doc)
    if name is None:
        name = vendor_from_url(doc.url)  # an id the page does not show: better than no name
    if name is None and keys:
        name = title_handle(doc.title, doc.url)  # "/myyja/Kuusamon_Kehraaja" in the <title>
    if name is None or not (member_since or keys or url_hint):
        return None
    figures = ascii_figures(lines)  # "٩٨٫٣٪": a script's own figures read as ASCII ones
    rating = _rating(figures)
    count = None
    period = period_figures(doc) if rating is None else None
    if period:
        # Feedback counted by period in a table: the widest period's figures, not the first's.
        count, rating = period
    if member_since is None or rating is None:
        # Statistics under labels in no known language, read by their values' form: label /
        # value lines, else rows of two cells whose labels need no colon.
        rows = rows if rows is not None else (lines if stat_rows(lines) else cell_rows(doc))
        member_since = member_since or stat_joined(rows, now)
        rating = stat_share(rows) if rating is None else rating
    if rating is None:
        rating = kind_share(figures)  # "97,9% pozitív, 1,4% semleges, 0,7% negatív"
    if rating is None and (kinds := kind_rows(lines)) is not None:  # "Positiivisia: 98,7 %" rows
        count, rating = (count if count is not None else kinds[0]), kinds[1]
    count = count if count is not None else feedback_count(doc, figures, name, name_line, now)
    if count is None:
        # The count in brackets beside the positive share ("98.6% ດີ (512)"): what it is a share of.
        rows = rows if rows is not None else (lines if stat_rows(lines) else cell_rows(doc))
        count = stat_share_count(rows)
    # Counts by kind under words in no known language, beside the positive one's share.
    count, rating = missing_figures(figures, count, rating)
    if count is None and rating is not None:  # "Hevitra: 1 873" over "Tsara: 98,6 %"
        rows = rows if rows is not None else (lines if stat_rows(lines) else cell_rows(doc))
        count = count_before_share(rows)
    if member_since is None and keys and (count is not None or rating is not None):
        # A profile's statistics read beside its key: "На площадке с 14 февраля 2021" among them
        # is its join day (a shop's showcase of cards shows such a head too: no profile for it).
        member_since = since_line(lines, now)
    return Vendor(
        name=name,
        feedback_count=count,
        rating=rating,
        member_since=member_since,
        # A decodable armored key's own fingerprint, else one the page prints under its label.
        pgp_fingerprint=parsed[0].fingerprint if parsed else shown_fingerprint("\n".join(lines)),
        has_pgp_key=bool(keys),
        pgp_key=keys[0] if keys else None,
        url=doc.url,
    )
