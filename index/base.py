"""The backend contract: :class:`IndexBackend`, :class:`Query` in and :class:`SearchResult` out.

Example::

    >>> from index.base import Query
    >>> q = Query(text="tea", types=["listing"], price_max=50, facets=["site"])
    >>> q.normalized().sort
    'relevance'

Both backends (SQLite and the cluster) give the same hits in the same order and the same facet
counts for the same :class:`Query`: relevance is a field-weighted score (a match in the title
outranks one in the vendor/category/identifier fields, which outranks one in the body), computed
identically on both, with ties broken by date (newest first) then by document id.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from index.errors import BadQuery

#: Sort orders every backend understands.
SORTS: tuple[str, ...] = ("relevance", "date", "date_asc", "price", "price_desc")
#: Fields a facet can be asked for (each a keyword field of the document).
FACETS: tuple[str, ...] = (
    "type",
    "site",
    "market",
    "vendor",
    "author",
    "category",
    "lang",
    "currency",
    "scope_id",
    "entity_type",
)
#: Document types, one per record kind.
DOC_TYPES: tuple[str, ...] = ("page", "listing", "vendor", "thread", "post", "author", "entity")
#: Largest page a search may return; deeper results are reached with ``search_after``.
MAX_SIZE = 1000
#: Deepest ``page * size`` reachable by page numbers (as on the cluster); beyond, use the cursor.
MAX_WINDOW = 10_000


@dataclass
class Query:
    """One search: free text plus filters, sort, pagination, facets and highlights.

    ``text`` understands words (all must match, in any field), ``"quoted phrases"``, ``prefix*``
    and ``-excluded`` words. Prices: with ``currency`` the range applies to the displayed price in
    that currency, without it to ``price_usd``. Dates are ISO 8601 and filter the record's date
    (``posted_at`` for posts, the capture time otherwise).
    """

    text: str | None = None
    types: list[str] | None = None
    site: str | None = None
    vendor: str | None = None
    category: str | None = None
    price_min: float | None = None
    price_max: float | None = None
    currency: str | None = None
    lang: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    scope_id: str | None = None
    #: Exact identifier value (wallet, onion, PGP fingerprint...) the record must mention.
    entity: str | None = None
    author: str | None = None
    sort: str = "relevance"
    page: int = 1
    size: int = 20
    #: Opaque cursor from a previous :attr:`SearchResult.next_cursor` (deep pagination).
    search_after: str | None = None
    facets: list[str] = field(default_factory=list)
    facet_size: int = 20
    highlight: bool = True
    #: Also match stemmed words in the record's own language (cluster only: its language
    #: analyzers; SQLite refuses). Off by default, so both backends answer alike.
    stem: bool = False

    def normalized(self) -> Query:
        """A checked copy; raises :class:`BadQuery` with a one-line reason."""
        q = dataclasses.replace(self)
        if q.sort not in SORTS:
            raise BadQuery(f"unknown sort {q.sort!r}; use one of {', '.join(SORTS)}")
        for t in q.types or []:
            if t not in DOC_TYPES:
                raise BadQuery(f"unknown record type {t!r}; use one of {', '.join(DOC_TYPES)}")
        for f in q.facets:
            if f not in FACETS:
                raise BadQuery(f"unknown facet {f!r}; use one of {', '.join(FACETS)}")
        if not 1 <= q.size <= MAX_SIZE:
            raise BadQuery(f"page size must be between 1 and {MAX_SIZE}")
        if q.page < 1:
            raise BadQuery("page numbers start at 1")
        if q.search_after is None and q.page * q.size > MAX_WINDOW:
            raise BadQuery(f"pages beyond {MAX_WINDOW} hits need the search_after cursor")
        if q.price_min is not None and q.price_max is not None and q.price_min > q.price_max:
            raise BadQuery("the minimum price is above the maximum price")
        if q.currency:
            q.currency = q.currency.upper()
        from index.docs import iso_ms  # docs imports the records; base stays light for importers

        for bound in (q.date_from, q.date_to):
            if bound and iso_ms(bound)[0] is None:
                raise BadQuery(f"not an ISO 8601 date: {bound!r}")
        return q


@dataclass
class Hit:
    """One matching record: its document id, type, score, highlighted fragments and JSON form."""

    id: str
    type: str
    score: float
    record: dict[str, Any]
    highlight: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class SearchResult:
    """Hits of one page, the exact total, facet counts and the cursor of the next page."""

    hits: list[Hit]
    total: int
    #: ``{facet: [(value, count), ...]}``, by count descending then value.
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    next_cursor: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "hits": [dataclasses.asdict(h) for h in self.hits],
            "facets": {k: [[v, c] for v, c in vs] for k, vs in self.facets.items()},
            "next_cursor": self.next_cursor,
        }


@dataclass
class Graph:
    """Nodes and edges of the ecosystem: vendors, markets, actors and shared identifiers."""

    #: ``{node_id: {"kind": ..., "label": ..., more attributes}}``
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: ``[(source, target, {"kind": ..., "weight": ...})]``
    edges: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)


@runtime_checkable
class IndexBackend(Protocol):
    """What the crawler pipeline, enrichment, the CLI and the demo call on an index."""

    #: ``"index"``: the store name retention writes in audit entries (``index:<doc id>``).
    name: str
    #: ``"sqlite"``, ``"opensearch"`` or ``"elasticsearch"``.
    engine: str

    def add(self, records: Iterable[Any]) -> int:
        """Queue records (from :mod:`parsers.records`) for indexing; returns how many were taken."""
        ...

    def flush(self) -> None:
        """Make everything added so far durable and searchable."""
        ...

    def search(self, query: Query) -> SearchResult: ...

    def vendor_view(self, name: str) -> dict[str, Any]:
        """Every market a vendor (or its linked identities) sells on, its listings and history."""
        ...

    def ecosystem(self, kind: str, **params: Any) -> list[dict[str, Any]]:
        """``top-vendors``, ``market-shares`` or ``category-trends`` (see :mod:`index.ecosystem`)."""
        ...

    def graph(self) -> Graph: ...

    def get(self, doc_id: str) -> dict[str, Any] | None:
        """One stored document (``type``, ``site``, ``captured_at``... and ``record``) by its id,
        or ``None``."""
        ...

    def history(self, doc_id: str) -> list[dict[str, Any]]:
        """Time series (price, stock, feedback...) of one listing or vendor, oldest first."""
        ...

    def records_before(self, scope_id: str, cutoff: str | datetime) -> Iterator[str]:
        """Ids of documents of a scope captured strictly before ``cutoff`` (aware datetime or ISO 8601).

        With :meth:`erase`, this is :class:`ethics.retention.ErasableStore`.
        """
        ...

    def erase(self, ids: Iterable[str]) -> int:
        """Delete documents and their history; returns how many documents went."""
        ...

    def count(self, type: str | None = None) -> int: ...

    def close(self) -> None: ...
