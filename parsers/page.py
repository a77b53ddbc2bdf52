"""``parse_page``: page bytes to a :class:`~parsers.records.Page` and its records. Never raises.

>>> from parsers.page import parse_page
>>> result = parse_page(b"<html><body><h1>DDoS protection</h1>Please wait...</body></html>")
>>> result.page.page_type, result.records
('ddos_protection', [])
>>> parse_page(b"").page.page_type
'other'
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ethics.onion import normalise_host
from parsers.bylines import byline_thread
from parsers.chat_log import chat_log
from parsers.classify import directory_like, error_like, interstitial_type
from parsers.cldr_dates import page_language
from parsers.currency_marks import page_locale
from parsers.date_order import page_date_order
from parsers.dom import MAX_BYTES, Doc, load
from parsers.engines import ENGINES, detect_engine
from parsers.forums import extract_thread, first_match
from parsers.future_posts import future_dated
from parsers.generic_forum import (
    generic_profile,
    generic_thread,
    generic_topics,
    headed_thread,
    posts_outweigh_topics,
)
from parsers.image_captcha import image_captcha
from parsers.index_shape import shaped_index, shaped_topics
from parsers.labelled_heads import labelled_thread
from parsers.labels import LABELS, find_label
from parsers.mail_message import mail_thread
from parsers.market_profile import market_profile
from parsers.markets import extract_as, extract_market, looks_like_market
from parsers.member_card import member_card
from parsers.menu_topics import only_in_menus
from parsers.numbered_posts import numbered_thread
from parsers.page_lang import page_lang
from parsers.pagination import next_page
from parsers.panel_cards import posts_over_cards
from parsers.post_names import aligned_thread
from parsers.post_rows import row_thread
from parsers.prices import parse_number
from parsers.records import Author, Listing, Page
from parsers.thread_records import FORUM_HREF_RE as _FORUM_HREF_RE
from parsers.tooltip_stats import tooltip_card
from parsers.topic_rows import listed_index, rows_taken_for_posts, topics_over_cards

__all__ = ["ParseResult", "classify", "parse_page"]

_MARKET_TYPES = frozenset({"listing", "listing_index", "vendor", "feedback"})
#: A topic list this short may be a thread's links to other threads: its posts are read too.
_FEW_TOPICS = 12
#: Seconds one page may take before extraction stops with what it has.
TIME_BUDGET = 2.0
_PROFILE_URL_RE = re.compile(
    r"memberlist\.php\?mode=viewprofile|member\.php\?|/members?/|/User-|/profile/|"
    r"action=profile|/user/|/u/",
    re.IGNORECASE,
)
# Leading bytes of common binary files that onion sites serve next to their pages.
_BINARY_MAGIC = (b"%PDF-", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b",
                 b"Rar!", b"7z\xbc\xaf", b"RIFF", b"\x00\x00\x01\x00", b"OggS", b"ID3", b"\x7fELF", b"MZ")


@dataclass
class ParseResult:
    """What a page yields: the page record and the records extracted from it, in page order."""

    page: Page
    records: list[Any] = field(default_factory=list)


def _note(page: Page, message: str) -> None:
    """Add a reason to ``page.error`` (a page can be both truncated and out of time)."""
    if page.error and message not in page.error:
        page.error = f"{page.error}; {message}"
    elif not page.error:
        page.error = message


def _forum_nonthread(doc: Doc, engine: str, now: str | None) -> tuple[str, list[Any]]:
    spec = ENGINES[engine]
    url = doc.url or ""
    lines = doc.text_lines
    if _PROFILE_URL_RE.search(url) or re.search(
        r"\bprofile\b|профиль|profil", doc.title or "", re.IGNORECASE
    ):
        posts_val = find_label(lines, LABELS["posts"])
        joined_val = find_label(lines, LABELS["member_since"])
        if posts_val or joined_val:
            from parsers.dates import parse_date

            number = parse_number(posts_val) if posts_val else None
            name = None
            for text in [h.text_content() for h in doc.tagged("h1", "h2", "h3")[:6]]:
                match = re.search(
                    r"(?:profile|профиль|profil)\s*(?:of|:|-)?\s*(\S+)", " ".join(text.split()), re.IGNORECASE
                )
                if match:
                    name = match.group(1)
                    break
            author = Author(
                name=name,
                post_count=int(number) if number is not None else None,
                joined=parse_date(joined_val, now) if joined_val else None,
                url=doc.url,
            )
            return "profile", [author]
        return "profile", []
    if spec.thread_link and sum(1 for link in doc.links if spec.thread_link in link) >= 3:
        return "forum_index", []
    if first_match(doc, spec.title, doc.root):
        return "forum_index", []
    return "other", []


def classify(
    body: bytes,
    *,
    url: str | None = None,
    content_type: str | None = None,
    captured_at: str | None = None,
    profile: str | None = None,
) -> str:
    """The page type of ``body`` (one of :data:`parsers.records.PAGE_TYPES`)."""
    return parse_page(
        body, url=url, content_type=content_type, captured_at=captured_at, profile=profile
    ).page.page_type


def _extract(
    doc: Doc,
    page: Page,
    raw: bytes,
    now: str | None,
    profile: str | None,
    deadline: float,
    use_profiles: bool = True,
) -> list[Any]:
    from parsers import profiles as _profiles

    prof = None
    if profile:
        prof = _profiles.get(profile)
        if prof is None:
            _note(page, f"unknown profile {profile!r}")
    elif use_profiles:
        prof = _profiles.match(doc.url, raw)
    if prof is not None:
        page_type, records = prof.apply(doc, now=now)
        if page_type:
            if page_type in _MARKET_TYPES:
                # The profile knows what the page is: read it generically as that type only,
                # without the cascade of detectors that would find it out.
                generic = extract_as(doc, page_type, now=now)
            else:
                generic = _generic(doc, page, raw, now, deadline)
                if page.page_type != page_type:
                    generic = []
            page.engine = prof.engine or prof.name
            page.page_type = page_type
            if prof.precedence == "generic":
                return _merge(generic, records) if generic else records
            return _merge(records, generic)
    return _generic(doc, page, raw, now, deadline)


def _merge(preferred: list[Any], generic: list[Any]) -> list[Any]:
    """Profile records take precedence field by field; generic values fill the profile's gaps."""
    out = []
    by_kind: dict[str, list[Any]] = {}
    for rec in generic:
        by_kind.setdefault(rec.kind, []).append(rec)
    used: dict[str, int] = {}
    for rec in preferred:
        pool = by_kind.get(rec.kind, [])
        i = used.get(rec.kind, 0)
        if i < len(pool):
            base = pool[i]
            for name in rec.__dataclass_fields__:
                value = getattr(rec, name)
                if value not in (None, [], {}, ""):
                    setattr(base, name, value)
            rec = base
        used[rec.kind] = i + 1
        out.append(rec)
    kinds = {r.kind for r in preferred}
    out += [r for r in generic if r.kind not in kinds]
    return out


def _generic(doc: Doc, page: Page, raw: bytes, now: str | None, deadline: float) -> list[Any]:
    wall = interstitial_type(doc) or ("captcha" if image_captcha(doc) else None)
    if wall:
        page.page_type = wall
        return []
    engine = detect_engine(raw)
    if engine:
        page.engine = engine
        records = extract_thread(doc, engine, now=now)
        if records:
            page.page_type = "thread"
            return records
    records = (
        chat_log(doc, now=now)
        or generic_thread(doc, now=now, min_posts=1 if engine else 2) or headed_thread(doc)
        or byline_thread(doc, now=now) or mail_thread(doc, now=now) or labelled_thread(doc, now=now)
    )
    if records and future_dated(records, now):
        records = []  # "UID: 2046" taken for a year: no posts (a member's page)
    # A market page can look like posts to the generic reader (a seller link and dated feedback,
    # "Logged in as <user>"): plain market content wins. Asked only when posts were found.
    if records and not looks_like_market(doc, now):
        # A list's rows read as posts (a board's name, its counts, "last post by ann, 10:02"): the
        # list's shape wins, a board list giving no records.
        listed = rows_taken_for_posts(doc, records)
        page.page_type = "thread" if listed is None else "forum_index"
        return records if listed is None else listed
    if time.monotonic() > deadline:
        _note(page, "time budget exceeded")
        return []
    author = generic_profile(doc, now=now) or member_card(doc, now=now) or tooltip_card(doc, now=now)
    if author is not None and not market_profile(doc):  # a seller's profile is a vendor page
        page.page_type = "profile"
        return [author]
    topics = generic_topics(doc)
    if topics and only_in_menus(doc, topics):
        topics = []  # a shop's departments in its header at "/t/..." addresses: no topic list
    if topics:
        # A few links to threads beside a thread's posts (its tags, related topics): the posts
        # read by structure win when they outnumber the topics and say something of their own.
        if len(topics) <= _FEW_TOPICS:
            records = aligned_thread(doc, now=now)
            if posts_outweigh_topics(records, topics):
                page.page_type = "thread"
                return records
        page.page_type = "forum_index"
        return topics
    if engine:
        page.page_type, records = _forum_nonthread(doc, engine, now)
        if page.page_type != "other":
            return records
    if error_like(doc, page.status):
        page.page_type = "error"
        return []
    if time.monotonic() > deadline:
        _note(page, "time budget exceeded")
        return []
    kind, records = extract_market(doc, now=now, deadline=deadline)
    if time.monotonic() > deadline:
        _note(page, "time budget exceeded")
    # A topic list whose one row's title names a price ("... (up to 80 €)"): its rows win.
    priced = topics_over_cards(doc, records) if kind == "listing_index" else None
    if priced:
        page.page_type = "forum_index"
        return priced
    # A thread's posts taken for cards titled by their posters' panels ("Posts: 214"): posts win.
    posted = posts_over_cards(doc, records, now) if kind == "listing_index" else None
    if posted:
        page.page_type = "thread"
        return posted
    if kind:
        page.page_type = kind
        return records
    if directory_like(doc):
        page.page_type = "directory"  # its links' "last checked" dates are no posts
        return []
    if time.monotonic() > deadline:
        _note(page, "time budget exceeded")
        return []
    # A topic list in lists or divisions (rows of a title, members, counts, few words) before
    # the structural post readers, which would take its signed and dated rows for posts.
    listed = listed_index(doc)
    if listed is not None:
        page.page_type = "forum_index"
        return listed
    # Posts as runs of table rows (a date row, a panel and words row, an icons row) first: their
    # rows read one by one make a post of each row.
    # Last, an imageboard's or textboard's numbered posts (a name and date header, ">>N" refs).
    records = row_thread(doc, now=now) or aligned_thread(doc, now=now) or numbered_thread(doc, now=now)
    if records:
        page.page_type = "thread"
        return records
    # A topic list's rows give their topics, known by their structure whatever their addresses
    # (a starter, the topic's own last post); a board list's rows give none.
    if len({link for link in doc.links if _FORUM_HREF_RE.search(link)}) >= 3:
        page.page_type = "forum_index"
        return list(shaped_topics(doc, now=now))
    if shaped_index(doc, now=now):
        page.page_type = "forum_index"
        return list(shaped_topics(doc, now=now))
    return []


def parse_page(
    body: bytes,
    *,
    url: str | None = None,
    content_type: str | None = None,
    captured_at: str | None = None,
    profile: str | None = None,
    status: int | None = None,
    max_bytes: int = MAX_BYTES,
    time_budget: float = TIME_BUDGET,
    use_profiles: bool = True,
) -> ParseResult:
    """Parse one page. Never raises: failures give page type ``error``/``other`` with ``.error`` set.

    ``profile`` names a site profile to apply; otherwise the first bundled profile that matches the
    page is used, unless ``use_profiles`` is False (generic extraction only, to measure it).
    """
    started = time.monotonic()
    site = None
    if url:
        try:
            site = normalise_host(urlsplit(url).hostname or "") or None
        except ValueError:
            site = None
    if not isinstance(body, bytes | bytearray | memoryview):
        body = str(body).encode("utf-8", "replace")
    body = bytes(body)
    page = Page(
        url=url,
        site=site,
        captured_at=captured_at,
        content_type=content_type,
        size=len(body),
        sha256=hashlib.sha256(body).hexdigest(),
        status=status,
    )
    if not body.strip():
        page.error = "empty body"
        return ParseResult(page)
    if body.startswith(_BINARY_MAGIC):
        return ParseResult(page)  # images, PDFs, archives: a page of type "other", nothing to parse
    try:
        doc = load(body, url=url, content_type=content_type, max_bytes=max_bytes)
    except Exception as exc:  # lxml refuses some inputs outright (only NULs, control bytes...)
        page.page_type = "other"
        page.error = f"unparseable markup: {type(exc).__name__}: {exc}"[:300]
        return ParseResult(page)
    records: list[Any] = []
    try:
        page.title = doc.title or None
        page.text = doc.text
        page.links = doc.links
        page.lang = page_lang(doc)
        page.next_page = next_page(doc)
        if doc.truncated:
            page.error = f"truncated at {max_bytes} bytes"
        # "Rs" and "kr" name the currency of the page's language or country (parsers.currency_marks).
        # Dates in the page's language are read with its CLDR words too (parsers.cldr_dates).
        tag = doc.root.get("lang") or doc.root.get("xml:lang")
        with page_locale(page.lang, host=site, text=doc.text, tag=tag), page_language(page.lang), \
                page_date_order(doc.text, tag):
            records = _extract(doc, page, body, captured_at, profile, started + time_budget, use_profiles)
    except Exception as exc:  # extraction bugs must not lose the page
        _note(page, f"extraction failed: {type(exc).__name__}: {exc}"[:300])
        if page.page_type == "other":
            page.page_type = "error" if not page.text else "other"
        records = []
    for rec in records:
        rec.url = rec.url or url
        rec.site = rec.site or site
        rec.captured_at = rec.captured_at or captured_at
        if isinstance(rec, Author) and rec.joined:
            rec.joined = rec.joined[:10]  # a join date (some boards show the time of day too)
        if page.page_type == "listing" and isinstance(rec, Listing) and not rec.listing_url:
            # The listing's own page: the same key as the index cards that link to it.
            rec.listing_url = url
    return ParseResult(page, records)
