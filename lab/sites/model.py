"""The pieces every lab site is made of: responses, page models, ground-truth record dicts.

A site's route returns a :class:`PageModel`: its status, page type, ground-truth records and
links are computed without rendering HTML (so ground truth for 10^5 pages is quick), and
``render()`` produces the bytes only when a request asks for them.

    >>> r = rec("listing", title="Fictional tea", price=4.5, currency="EUR")
    >>> r["type"], r["ships_to"], r["vendor"]
    ('listing', [], None)
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from parsers.records import Author, Entity, Listing, Post, Thread, Vendor, to_json

from .errors import SitesError

_TEMPLATES: dict[str, dict[str, Any]] = {
    "listing": to_json(Listing()),
    "vendor": to_json(Vendor()),
    "thread": to_json(Thread()),
    "post": to_json(Post()),
    "author": to_json(Author()),
    "entity": to_json(Entity(entity_type="", value="")),
}

#: Fields whose default is a list or dict: every record gets its own.
_MUTABLE: dict[str, list[tuple[str, type]]] = {
    kind: [(k, type(v)) for k, v in t.items() if isinstance(v, list | dict)] for kind, t in _TEMPLATES.items()
}


def rec(kind: str, **fields: Any) -> dict[str, Any]:
    """A record dict in exactly ``parsers.records.to_json`` form, with unknown fields refused."""
    template = _TEMPLATES[kind]
    unknown = fields.keys() - template.keys()
    if unknown:
        raise SitesError(f"{kind} record has no field {sorted(unknown)[0]!r}")
    out = dict(template)
    for key, factory in _MUTABLE[kind]:
        out[key] = factory()
    out.update(fields)
    return out


def entity(kind: str, value: str, context: str | None = None) -> dict[str, Any]:
    return rec("entity", entity_type=kind, value=value, context=context)


@dataclass
class Response:
    """What a site answers; ``delay`` is seconds the server waits before sending (slow endpoint)."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    delay: float = 0.0

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


@dataclass
class PageModel:
    """One page: ground truth (type, records, links) plus a lazy renderer for the body."""

    status: int = 200
    page_type: str = "other"
    lang: str | None = None
    records: list[dict[str, Any]] = field(default_factory=list)
    #: Absolute URLs the page links to (canonical: no session id).
    links: list[str] = field(default_factory=list)
    render: Callable[[], bytes] | None = None
    body: bytes | None = None
    content_type: str = "text/html; charset=utf-8"
    extra_headers: list[tuple[str, str]] = field(default_factory=list)
    delay: float = 0.0
    #: Messiness tags (``malformed``, ``large``, ``wrong_content_type``, ``redirect``...).
    notes: list[str] = field(default_factory=list)
    title: str | None = None
    #: Next page of a paginated index, feedback list or thread (absolute), None on the last page.
    next_page: str | None = None

    def bytes(self) -> bytes:
        if self.body is not None:
            return self.body
        return self.render() if self.render else b""


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def rng(*parts: object) -> random.Random:
    """A private random stream for one generated thing, independent of generation order."""
    return random.Random(":".join(str(p) for p in parts))


def mix(*parts: int) -> int:
    """A cheap deterministic integer hash (for layout decisions made for every item at scale)."""
    h = 0x9E3779B97F4A7C15
    for p in parts:
        h ^= p + 0x9E3779B97F4A7C15 + ((h << 6) & 0xFFFFFFFFFFFFFFFF) + (h >> 2)
        h = (h * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        h ^= h >> 31
    return h


def page_shell(title: str, lang: str, body: str, css: str = "", head_extra: str = "") -> bytes:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title>{head_extra}<style>{css}</style></head>"
        f"<body>{body}</body></html>\n"
    ).encode()
