"""Records to index documents: deterministic ids, search text, filter fields, history points.

Example::

    >>> from parsers.records import Listing
    >>> from index.docs import to_document
    >>> rec = Listing(site="abc.onion", title="Fictional tea", vendor="Leafy", price=12.5,
    ...               currency="EUR", price_usd=13.5, captured_at="2026-01-05T10:00:00Z")
    >>> doc, point = to_document(rec)
    >>> doc["id"] == to_document(rec)[0]["id"], doc["vendor_key"], doc["captured_at"]
    (True, 'leafy', '2026-01-05T10:00:00.000Z')
    >>> point["price_usd"], point["doc_id"] == doc["id"]
    (13.5, True)

A document is a flat dict both backends store the same way; ``record`` keeps the record's full
JSON form. The id is a sha1 of (type, site, natural key), so indexing the same record twice
changes nothing, and a later capture of the same listing is merged into the current document
(:mod:`index.merge`: newer values win, unknown ones do not erase) while its price, stock and
feedback are kept as one history point per capture.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from index.text import normalize
from parsers.records import Author, Entity, Listing, Page, Post, Thread, Vendor

#: Searchable text columns and their weight in the shared relevance score.
TEXT_FIELDS: tuple[tuple[str, int], ...] = (("t_title", 3), ("t_meta", 2), ("t_body", 1))
PRICE_FACTOR = 100_000_000  # displayed prices: 8 decimals, enough for BTC
USD_FACTOR = 100  # price_usd: cents
#: Erasure ids of single history points (``history:<point id>``), next to plain document ids.
HISTORY_PREFIX = "history:"


def iso_ms(value: str | datetime | None, *, end_of_day: bool = False) -> tuple[str | None, int | None]:
    """``(ISO 8601 UTC with milliseconds, epoch ms)`` of a date or time, or ``(None, None)``.

    A date without time means midnight UTC, or the day's last millisecond with ``end_of_day``;
    a time without zone is UTC.
    """
    if not value:
        return None, None
    if isinstance(value, datetime):
        value = value.isoformat()
    if not isinstance(value, str):
        return None, None
    text = value.strip().replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return None, None
    date_only = len(text) <= 10
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    dt = dt.astimezone(UTC)
    if date_only and end_of_day:
        dt = dt.replace(hour=23, minute=59, second=59, microsecond=999_000)
    dt = dt.replace(microsecond=dt.microsecond // 1000 * 1000)
    millis = int(dt.timestamp() * 1000)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z", millis


def scaled_bounds(lo: float | None, hi: float | None, factor: int) -> tuple[float | None, float | None]:
    """Range bounds on the grid of stored prices, so both backends cut the range at the same cent."""
    lo_b = math.ceil(lo * factor - 1e-6) / factor if lo is not None else None
    hi_b = math.floor(hi * factor + 1e-6) / factor if hi is not None else None
    return lo_b, hi_b


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _lower(v: str | None) -> str:
    return (v or "").strip().casefold()


def doc_id(kind: str, site: str | None, *key: Any) -> str:
    """The deterministic id of a document."""
    raw = "\x1f".join([kind, _lower(site)] + ["" if k is None else str(k) for k in key])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def natural_key(rec: Any, site: str | None) -> str:
    """Id of a record from its natural key (see the module docstring)."""
    if isinstance(rec, Listing):
        if rec.listing_url:
            return doc_id("listing", site, rec.listing_url)
        if rec.title or rec.vendor:
            return doc_id("listing", site, _lower(rec.title), _lower(rec.vendor))
        return doc_id("listing", site, rec.url)
    if isinstance(rec, Vendor):
        return doc_id("vendor", site, _lower(rec.name))
    if isinstance(rec, Author):
        return doc_id("author", site, _lower(rec.name))
    if isinstance(rec, Thread):
        return doc_id("thread", site, rec.thread_url or rec.url)
    if isinstance(rec, Post):
        return doc_id("post", site, rec.thread_url or rec.thread, rec.url, rec.index, _lower(rec.author))
    if isinstance(rec, Entity):
        return doc_id("entity", None, rec.entity_type, rec.value)
    return doc_id("page", site, rec.url)


def _entities(rec: Any) -> list[Entity]:
    return [] if isinstance(rec, Entity) else list(rec.entities or [])


_FIELDS: dict[type, tuple[str, ...]] = {}


def record_json(rec: Any) -> dict[str, Any]:
    """:func:`parsers.records.to_json` without ``dataclasses.asdict``'s deep copies (5x faster)."""
    return {"type": rec.kind, **_fields(rec)}


def _fields(obj: Any) -> dict[str, Any]:
    cls = type(obj)
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(obj))
    out: dict[str, Any] = {}
    for name in names:
        v = getattr(obj, name)
        if isinstance(v, list | dict):
            v = _plain(v)
        out[name] = v
    return out


def _plain(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_plain(x) for x in v]
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return _fields(v)
    return v


def _round(v: float | None, nd: int) -> float | None:
    return None if v is None else round(float(v), nd)


def to_document(rec: Any) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """``(document, history point or None)`` of one record."""
    kind = rec.kind
    url = getattr(rec, "url", None)
    site = getattr(rec, "site", None) or _host(url)
    captured, version = iso_ms(getattr(rec, "captured_at", None))
    ents = _entities(rec)
    doc: dict[str, Any] = {
        "id": natural_key(rec, site),
        "type": kind,
        "site": site,
        "market": getattr(rec, "market", None) or site,
        "url": url,
        "captured_at": captured,
        "date": captured,
        "version": version or 0,
        "scope_id": getattr(rec, "scope_id", None),
        "lang": getattr(rec, "lang", None),
        "title": None,
        "vendor": None,
        "vendor_key": None,
        "author": None,
        "category": None,
        "price": None,
        "currency": None,
        "price_usd": None,
        "stock": None,
        "feedback_count": None,
        "rating": None,
        "actor_id": None,
        "pgp_fingerprint": None,
        "entity_values": sorted({e.value for e in ents}),
        "entity_types": sorted({e.entity_type for e in ents}),
    }
    title = meta_parts = body = None
    meta: list[str | None] = [e.value for e in ents]
    if isinstance(rec, Listing):
        title, body = rec.title, rec.description
        category = rec.category_norm or rec.category
        doc.update(
            title=rec.title,
            vendor=rec.vendor,
            vendor_key=_lower(rec.vendor) or None,
            category=category,
            price=_round(rec.price, 8),
            currency=(rec.currency or None),
            price_usd=_round(rec.price_usd, 2),
            stock=rec.stock,
            feedback_count=getattr(rec, "feedback_count", None),
        )
        if doc["currency"]:
            doc["currency"] = doc["currency"].upper()
        meta += [rec.vendor, rec.category, rec.category_norm, rec.market, rec.ships_from, *rec.ships_to]
    elif isinstance(rec, Vendor):
        title = rec.name
        body = "\n".join(f.text for f in rec.feedback if f.text) or None
        doc.update(
            title=rec.name,
            vendor=rec.name,
            vendor_key=_lower(rec.name) or None,
            feedback_count=rec.feedback_count,
            rating=_round(rec.rating, 4),
            actor_id=rec.actor_id,
            pgp_fingerprint=(rec.pgp_fingerprint or "").upper() or None,
        )
        meta += [rec.market, rec.pgp_fingerprint]
    elif isinstance(rec, Thread):
        title = rec.title
        doc.update(title=rec.title, author=rec.author)
        meta += [rec.board, rec.author]
    elif isinstance(rec, Post):
        body = rec.body
        posted, _ = iso_ms(rec.posted_at)
        doc.update(title=rec.thread, author=rec.author, date=posted or captured)
        meta += [rec.thread, rec.author, *rec.quotes]
    elif isinstance(rec, Author):
        title = rec.name
        doc.update(title=rec.name, author=rec.name)
        meta += list(rec.producer_reasons)
    elif isinstance(rec, Entity):
        title, body = rec.value, rec.context
        doc.update(
            title=rec.value, entity_values=[rec.value], entity_types=[rec.entity_type], site=None, market=None
        )
        meta += [rec.entity_type]
    elif isinstance(rec, Page):
        title, body = rec.title, rec.text
        doc.update(title=rec.title)
        meta += [rec.page_type, rec.engine]
    else:
        raise TypeError(f"not a record: {type(rec).__name__}")
    meta_parts = normalize(*meta)
    doc["t_title"] = normalize(title)
    doc["t_meta"] = meta_parts
    doc["t_body"] = normalize(body)
    #: original text for the cluster's per-language analysed sub-fields
    doc["text_orig"] = "\n".join(p for p in (title, body) if p) or None
    doc["record"] = record_json(rec)
    return doc, _history_point(doc)


def _history_point(doc: dict[str, Any]) -> dict[str, Any] | None:
    # every capture of a listing is a point (a listing seen without a price still counts in the
    # category trends); a vendor's only when the page showed its stats
    if doc["type"] == "vendor" and doc["feedback_count"] is None and doc["rating"] is None:
        return None
    if doc["type"] not in ("listing", "vendor"):
        return None
    return {
        "id": hashlib.sha1(f"{doc['id']}\x1f{doc['captured_at']}".encode()).hexdigest(),
        "doc_id": doc["id"],
        "type": doc["type"],
        "site": doc["site"],
        "vendor_key": doc["vendor_key"],
        "category": doc["category"],
        "captured_at": doc["captured_at"],
        "price": doc["price"],
        "currency": doc["currency"],
        "price_usd": doc["price_usd"],
        "stock": doc["stock"],
        "feedback_count": doc["feedback_count"],
        "rating": doc["rating"],
        "scope_id": doc["scope_id"],
    }
