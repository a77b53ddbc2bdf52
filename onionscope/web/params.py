"""Page parameters to library calls: a search's :class:`index.base.Query`, ecosystem parameters.

Example::

    >>> from onionscope.web.request import Request
    >>> from onionscope.web.params import search_query
    >>> q = search_query(Request({"QUERY_STRING": "q=tea&max_price=50&sort=price&facet=site"}))
    >>> q.text, q.price_max, q.sort, q.facets
    ('tea', 50.0, 'price', ['site'])

The names are the CLI's options without dashes (``min_price``, ``from``, ``to``, ``scope``...),
so a search reads the same on the command line, in a URL and in the audit log.
"""

from __future__ import annotations

from typing import Any

from index.base import DOC_TYPES, Query
from index.ecosystem import KINDS, check_params
from index.errors import BadQuery
from onionscope.web.errors import BadRequest, NotFound
from onionscope.web.request import Request

#: URL parameter -> Query field, for the single-valued filters.
FILTERS: dict[str, str] = {
    "site": "site",
    "vendor": "vendor",
    "author": "author",
    "category": "category",
    "currency": "currency",
    "lang": "lang",
    "from": "date_from",
    "to": "date_to",
    "scope": "scope_id",
    "entity": "entity",
}
SEARCH_PARAMS: frozenset[str] = frozenset(
    {"q", "type", "min_price", "max_price", "stem", "sort", "page", "size", "after", "facet", *FILTERS}
)
#: Facets counted when the URL names none.
DEFAULT_FACETS: tuple[str, ...] = ("type", "site", "vendor", "category", "lang")
#: Facet -> the URL parameter that filters on its value (facets without one are counts only).
FACET_FILTERS: dict[str, str] = {
    "type": "type",
    "site": "site",
    "vendor": "vendor",
    "author": "author",
    "category": "category",
    "lang": "lang",
    "currency": "currency",
    "scope_id": "scope",
}
DEFAULT_SIZE = 20


def search_query(req: Request) -> Query | None:
    """The search the URL asks for, checked; None when it asks for none (the bare form)."""
    req.check_known(SEARCH_PARAMS)
    if not req.has_any(SEARCH_PARAMS):
        return None
    types = req.many("type")
    for t in types:
        if t not in DOC_TYPES:
            raise BadRequest(f"unknown record type {t!r}; use one of {', '.join(DOC_TYPES)}")
    facets = req.many("facet")
    if facets == ["none"]:
        facets = []
    elif not facets:
        facets = list(DEFAULT_FACETS)
    filters: dict[str, Any] = {field: req.one(name) for name, field in FILTERS.items()}
    q = Query(
        text=req.one("q"),
        types=list(dict.fromkeys(types)) or None,
        price_min=req.number("min_price"),
        price_max=req.number("max_price"),
        stem=req.flag("stem"),
        sort=req.one("sort") or "relevance",
        page=req.integer("page", 1),
        size=req.integer("size", DEFAULT_SIZE),
        search_after=req.one("after"),
        facets=list(dict.fromkeys(facets)),
        **filters,
    )
    try:
        return q.normalized()
    except BadQuery as exc:
        raise BadRequest(str(exc)) from None


def query_params(q: Query) -> list[tuple[str, str]]:
    """URL parameters that ask for ``q`` again (the inverse of :func:`search_query`)."""
    out: list[tuple[str, str]] = [("q", q.text or "")]
    out += [("type", t) for t in q.types or []]
    for name, field in FILTERS.items():
        value = getattr(q, field)
        if value:
            out.append((name, str(value)))
    for name, value in (("min_price", q.price_min), ("max_price", q.price_max)):
        if value is not None:
            out.append((name, f"{value:g}"))
    if q.stem:
        out.append(("stem", "1"))
    if q.sort != "relevance":
        out.append(("sort", q.sort))
    if q.size != DEFAULT_SIZE:
        out.append(("size", str(q.size)))
    if q.facets != list(DEFAULT_FACETS):
        out += [("facet", f) for f in q.facets] or [("facet", "none")]
    return out


def ecosystem_params(kind: str, req: Request) -> dict[str, Any]:
    """Parameters of an ecosystem query (defaults filled); 404 for an unknown kind, 400 for mistakes."""
    if kind not in KINDS:
        raise NotFound(f"no ecosystem view {kind!r}; there are {', '.join(KINDS)}")
    names = ("category", "site", "limit", "interval")
    req.check_known(names)
    given: dict[str, Any] = {n: req.one(n) for n in names if req.one(n) is not None}
    if "limit" in given:
        given["limit"] = req.integer("limit", 10)
    try:
        return check_params(kind, given)
    except BadQuery as exc:
        raise BadRequest(str(exc)) from None
