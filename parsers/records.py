"""The record model of onionscope, defined once.

Every package speaks these types: parsers produce them, the crawler yields them as Scrapy items,
enrichment fills their optional fields, index stores them and the lab's ground truth is written in
their JSON form. This module imports nothing but the standard library.

Example::

    >>> from parsers.records import Listing, to_json, from_json
    >>> rec = Listing(title="Fictional tea, 10 g", price=12.5, currency="EUR", vendor="leafy")
    >>> d = to_json(rec)
    >>> d["type"], d["price"], d["ships_to"]
    ('listing', 12.5, [])
    >>> from_json(d) == rec
    True

The JSON form is the contract of ``onionscope parse --json``: a ``type`` key naming the record kind
and one key per field, ``null`` where a value is absent.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

PageType = Literal[
    "listing",
    "listing_index",
    "vendor",
    "feedback",
    "thread",
    "forum_index",
    "profile",
    "login",
    "captcha",
    "ddos_protection",
    "directory",
    "error",
    "other",
]
PAGE_TYPES: tuple[str, ...] = PageType.__args__  # type: ignore[attr-defined]
#: Page types that stop a crawler: the site wants a human (login, captcha, queue), never attacked.
INTERSTITIAL_TYPES: frozenset[str] = frozenset({"login", "captcha", "ddos_protection"})


@dataclass(kw_only=True)
class Record:
    """Fields every record carries: where it was seen and when."""

    kind: ClassVar[str] = "record"
    #: URL of the page the record was extracted from.
    url: str | None = None
    #: Onion host (``xxxx.onion``) or other host of that page.
    site: str | None = None
    #: UTC capture time, ISO 8601.
    captured_at: str | None = None
    #: Legal scope under which the page was collected.
    scope_id: str | None = None
    #: Language code (ISO 639-1) of the record's own text, filled by enrichment.
    lang: str | None = None
    #: Entities found in the record (see :class:`Entity`), filled by enrichment.
    entities: list[Entity] = field(default_factory=list)


@dataclass(kw_only=True)
class Page(Record):
    """One fetched or parsed page."""

    kind: ClassVar[str] = "page"
    page_type: str = "other"
    #: Forum engine or market family detected from markup (``phpbb``, ``xenforo2``, ...).
    engine: str | None = None
    title: str | None = None
    #: Visible text, for full-text search.
    text: str | None = None
    status: int | None = None
    content_type: str | None = None
    #: Real file type (python-magic) of the body.
    mime: str | None = None
    #: True when the declared type (Content-Type header, URL extension) disagrees with ``mime``.
    mime_mismatch: bool | None = None
    sha256: str | None = None
    size: int | None = None
    #: Links found on the page, absolute.
    links: list[str] = field(default_factory=list)
    #: Next-page link of a paginated index or thread.
    next_page: str | None = None
    warc_file: str | None = None
    warc_offset: int | None = None
    #: Why extraction gave up or was partial (broken markup, too large...).
    error: str | None = None


@dataclass(kw_only=True)
class Listing(Record):
    """An item offered on a market."""

    kind: ClassVar[str] = "listing"
    title: str | None = None
    #: Primary displayed price, as a number.
    price: float | None = None
    #: ISO 4217 code or crypto ticker (USD, EUR, GBP, BTC, XMR...).
    currency: str | None = None
    #: Other displayed prices, ``{"BTC": 0.0012, ...}``.
    alt_prices: dict[str, float] = field(default_factory=dict)
    price_usd: float | None = None
    vendor: str | None = None
    category: str | None = None
    #: Category mapped to the common taxonomy by enrichment.
    category_norm: str | None = None
    ships_from: str | None = None
    ships_to: list[str] = field(default_factory=list)
    stock: int | None = None
    escrow: bool | None = None
    #: Feedback (reviews) shown for this listing; one line is one sale for demand estimates.
    feedback_count: int | None = None
    description: str | None = None
    quantity: float | None = None
    unit: str | None = None
    #: The listing's own page: the page itself for a detail page, the card's link on an index page.
    listing_url: str | None = None
    market: str | None = None


@dataclass(kw_only=True)
class Feedback:
    """One feedback line on a vendor profile or feedback page."""

    rating: str | None = None  # positive / neutral / negative or a star count as text
    text: str | None = None
    date: str | None = None
    listing: str | None = None
    buyer: str | None = None


@dataclass(kw_only=True)
class Vendor(Record):
    """A seller's profile on one market."""

    kind: ClassVar[str] = "vendor"
    name: str | None = None
    feedback_count: int | None = None
    #: Positive-feedback percentage.
    rating: float | None = None
    member_since: str | None = None
    #: 40-hex fingerprint of the primary key of an armored PGP key on the page; when no armored
    #: key decodes, the one the page prints under a fingerprint label (a claim, not computed).
    #: ``has_pgp_key`` says whether an armored key is shown at all.
    pgp_fingerprint: str | None = None
    has_pgp_key: bool | None = None
    pgp_key: str | None = None
    feedback: list[Feedback] = field(default_factory=list)
    market: str | None = None
    #: Cross-market actor id, filled by identity linking.
    actor_id: str | None = None


@dataclass(kw_only=True)
class Thread(Record):
    """A forum thread (one per thread page)."""

    kind: ClassVar[str] = "thread"
    title: str | None = None
    board: str | None = None
    author: str | None = None
    thread_url: str | None = None


@dataclass(kw_only=True)
class Post(Record):
    """One post of a thread, in page order."""

    kind: ClassVar[str] = "post"
    author: str | None = None
    posted_at: str | None = None
    #: Position of the post on its page, from 0.
    index: int | None = None
    #: Body text without quotes and signatures.
    body: str | None = None
    #: Authors quoted by the post.
    quotes: list[str] = field(default_factory=list)
    #: ``index`` of the post on the same page that this one answers, where the page shows it (a
    #: reply nested in its parent, an "in reply to" link); None for a top-level post.
    reply_to: int | None = None
    thread: str | None = None
    thread_url: str | None = None
    links: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class Author(Record):
    """A forum member whose stats are shown."""

    kind: ClassVar[str] = "author"
    name: str | None = None
    post_count: int | None = None
    joined: str | None = None
    #: Producer score and its explanation, filled by enrichment.
    producer_score: float | None = None
    producer_reasons: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class Entity:
    """A validated identifier found in text: wallet, onion address, PGP key, contact handle."""

    kind: ClassVar[str] = "entity"
    #: btc, xmr, eth, ltc, onion, pgp, email, phone, telegram, session, wickr, xmpp, signal
    entity_type: str
    value: str
    #: A few words around the match.
    context: str | None = None
    #: Extra facts from validation (network, key id, creation date, user ids...).
    details: dict[str, Any] = field(default_factory=dict)


RECORD_TYPES: dict[str, type] = {
    cls.kind: cls for cls in (Page, Listing, Vendor, Thread, Post, Author, Entity)
}
AnyRecord = Page | Listing | Vendor | Thread | Post | Author | Entity


def to_json(record: Any) -> dict[str, Any]:
    """The contract's JSON form of a record: ``type`` first, then every field."""
    out: dict[str, Any] = {"type": record.kind}
    out.update(dataclasses.asdict(record))
    return out


def from_json(data: dict[str, Any]) -> Any:
    """Build a record from its JSON form; unknown keys are ignored (the contract allows more)."""
    cls = RECORD_TYPES[data["type"]]
    names = {f.name for f in dataclasses.fields(cls)}
    values = {k: v for k, v in data.items() if k in names}
    if "entities" in values:
        values["entities"] = [e if isinstance(e, Entity) else from_json({"type": "entity", **e})
                              for e in values["entities"]]
    if cls is Vendor and "feedback" in values:
        values["feedback"] = [f if isinstance(f, Feedback) else Feedback(**f) for f in values["feedback"]]
    return cls(**values)
