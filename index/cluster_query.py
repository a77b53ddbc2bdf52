"""Query DSL for the cluster backend, mirroring the SQL of :mod:`index.sqlite` clause by clause.

Example::

    >>> from index.base import Query
    >>> from index.cluster_query import search_body
    >>> body = search_body(Query(text="tea", types=["listing"]).normalized())
    >>> body["sort"][0], body["track_total_hits"]
    ({'_score': 'desc'}, True)

Relevance is a sum of ``constant_score`` boosts (3 when every positive clause matches the title,
2 for the meta field, 1 for the body), exactly the score SQLite computes.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from index.base import Query
from index.docs import PRICE_FACTOR, TEXT_FIELDS, USD_FACTOR, iso_ms, scaled_bounds
from index.ecosystem import INTERVALS, MAX_BUCKETS, average, money
from index.errors import BadQuery
from index.text import Clause, parse_text

#: Facet name -> keyword field.
FACET_FIELDS = {
    "type": "type",
    "site": "site",
    "market": "market",
    "vendor": "vendor",
    "author": "author",
    "category": "category",
    "lang": "lang",
    "currency": "currency",
    "scope_id": "scope_id",
    "entity_type": "entity_types",
}
#: Fields never sent back with hits (search text and analysed copies).
SOURCE_EXCLUDES = ["t_title", "t_meta", "t_body", "lang_text"]


def _clause(c: Clause, field: str) -> dict[str, Any]:
    if c.kind == "prefix":
        return {"prefix": {field: c.terms[0]}}
    if c.kind == "phrase":
        return {"match_phrase": {field: " ".join(c.terms)}}
    return {"term": {field: c.terms[0]}}


def _any_field(c: Clause, stem: bool = False) -> dict[str, Any]:
    should = [_clause(c, f) for f, _ in TEXT_FIELDS]
    if stem and c.kind != "prefix":
        # also the record's text analysed in its own language: "teas" finds "tea", "Kräutern" "Kräuter"
        should.append(
            {
                "multi_match": {
                    "query": " ".join(c.terms),
                    "fields": ["lang_text.*"],
                    "operator": "and",
                    "type": "phrase" if c.kind == "phrase" else "best_fields",
                }
            }
        )
    return {"bool": {"should": should, "minimum_should_match": 1}}


def _range(lo: float | None, hi: float | None, factor: int) -> dict[str, float]:
    # scaled_float rounds bounds up/down to its grid; nudge them so the cut is the one SQLite makes
    lo_b, hi_b = scaled_bounds(lo, hi, factor)
    out: dict[str, float] = {}
    if lo_b is not None:
        out["gte"] = lo_b - 0.1 / factor
    if hi_b is not None:
        out["lte"] = hi_b + 0.1 / factor
    return out


def filters(q: Query, clauses: list[Clause]) -> dict[str, Any]:
    """The bool query of a search: text clauses, filters and the relevance boosts."""
    positive = [c for c in clauses if not c.negate]
    flt: list[dict[str, Any]] = [_any_field(c, q.stem) for c in positive]
    must_not = [_any_field(c) for c in clauses if c.negate]
    if q.types:
        flt.append({"terms": {"type": list(q.types)}})
    for field, val in (
        ("site", q.site),
        ("category", q.category),
        ("lang", q.lang),
        ("scope_id", q.scope_id),
        ("author", q.author),
        ("currency", q.currency),
        ("entity_values", q.entity),
    ):
        if val:
            flt.append({"term": {field: val}})
    if q.vendor:
        flt.append({"term": {"vendor_key": q.vendor.strip().casefold()}})
    if q.price_min is not None or q.price_max is not None:
        field, factor = ("price", PRICE_FACTOR) if q.currency else ("price_usd", USD_FACTOR)
        flt.append({"range": {field: _range(q.price_min, q.price_max, factor)}})
    dates: dict[str, Any] = {}
    for bound, op, end in ((q.date_from, "gte", False), (q.date_to, "lte", True)):
        if bound:
            iso, _ = iso_ms(bound, end_of_day=end)
            if iso is None:
                raise BadQuery(f"not an ISO 8601 date: {bound!r}")
            dates[op] = iso
    if dates:
        flt.append({"range": {"date": dates}})
    should = (
        [
            {
                "constant_score": {
                    "filter": {"bool": {"filter": [_clause(c, f) for c in positive]}},
                    "boost": w,
                }
            }
            for f, w in TEXT_FIELDS
        ]
        if positive
        else []
    )
    # filter context only (match_all when nothing else): no clause scores, as in SQLite
    return {"bool": {"filter": flt or [{"match_all": {}}], "must_not": must_not, "should": should}}


def sort_clause(q: Query) -> list[dict[str, Any]]:
    price = "price" if q.currency else "price_usd"
    orders: dict[str, list[dict[str, Any]]] = {
        "relevance": [{"_score": "desc"}, {"date": {"order": "desc", "missing": "_last"}}],
        "date": [{"date": {"order": "desc", "missing": "_last"}}],
        "date_asc": [{"date": {"order": "asc", "missing": "_last"}}],
        "price": [{price: {"order": "asc", "missing": "_last"}}],
        "price_desc": [{price: {"order": "desc", "missing": "_last"}}],
    }
    return [*orders[q.sort], {"id": "asc"}]


def encode_cursor(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode()


def decode_cursor(cursor: str, length: int) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, TypeError) as exc:
        raise BadQuery("the search_after cursor is not one this index gave out") from exc
    if not isinstance(values, list) or len(values) != length:
        raise BadQuery("the search_after cursor does not fit this sort")
    return values


def search_body(q: Query, clauses: list[Clause] | None = None) -> dict[str, Any]:
    """The ``_search`` body of a normalised query."""
    clauses = parse_text(q.text) if clauses is None else clauses
    sort = sort_clause(q)
    body: dict[str, Any] = {
        "query": filters(q, clauses),
        "sort": sort,
        "size": q.size,
        "track_total_hits": True,
        "track_scores": True,
        "_source": {"includes": ["id", "type", "record"]},
    }
    if q.search_after:
        body["search_after"] = decode_cursor(q.search_after, len(sort))
    else:
        body["from"] = (q.page - 1) * q.size
    if q.facets:
        body["aggs"] = {
            f: {
                "terms": {
                    "field": FACET_FIELDS[f],
                    "size": q.facet_size,
                    "order": [{"_count": "desc"}, {"_key": "asc"}],
                }
            }
            for f in q.facets
        }
    return body


def _terms(field: str, size: int = MAX_BUCKETS, **extra: Any) -> dict[str, Any]:
    return {"field": field, "size": size, "order": [{"_count": "desc"}, {"_key": "asc"}], **extra}


def ecosystem_body(kind: str, p: dict[str, Any]) -> dict[str, Any]:
    """Aggregation body of an ecosystem query (parameters already checked)."""
    flt: list[dict[str, Any]] = [{"term": {"type": "listing"}}]
    if p.get("category"):
        flt.append({"term": {"category": p["category"]}})
    if kind == "top-vendors":
        if p.get("site"):
            flt.append({"term": {"site": p["site"]}})
        flt += [{"exists": {"field": "category"}}, {"exists": {"field": "vendor_key"}}]
        aggs = {
            "cat": {
                "terms": _terms("category"),
                "aggs": {
                    "vendor": {
                        "terms": _terms("vendor_key", p["limit"]),
                        "aggs": {
                            "markets": {"cardinality": {"field": "site", "precision_threshold": 40000}},
                            "sum_usd": {"sum": {"field": "price_usd"}},
                            "n_usd": {"value_count": {"field": "price_usd"}},
                        },
                    }
                },
            }
        }
    elif kind == "market-shares":
        aggs = {
            "site": {
                "terms": _terms("site"),
                "aggs": {
                    "vendors": {"cardinality": {"field": "vendor_key", "precision_threshold": 40000}},
                    "vol": {"sum": {"field": "price_usd"}},
                },
            }
        }
    else:
        _, fmt = INTERVALS[p["interval"]]
        flt += [{"exists": {"field": "category"}}, {"exists": {"field": "captured_at"}}]
        aggs = {
            "period": {
                "date_histogram": {
                    "field": "captured_at",
                    "calendar_interval": p["interval"],
                    "format": fmt,
                    "min_doc_count": 1,
                },
                "aggs": {
                    "cat": {
                        "terms": _terms("category"),
                        "aggs": {
                            "listings": {"cardinality": {"field": "doc_id", "precision_threshold": 40000}},
                            "sum_usd": {"sum": {"field": "price_usd"}},
                            "n_usd": {"value_count": {"field": "price_usd"}},
                        },
                    }
                },
            }
        }
    return {"size": 0, "track_total_hits": True, "query": {"bool": {"filter": flt}}, "aggs": aggs}


def ecosystem_rows(kind: str, aggs: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows of an ecosystem query from the aggregations of :func:`ecosystem_body`."""
    if kind == "top-vendors":
        return [
            {
                "category": c["key"],
                "vendor": v["key"],
                "listings": v["doc_count"],
                "markets": v["markets"]["value"],
                "avg_price_usd": average(v["sum_usd"]["value"], v["n_usd"]["value"]),
            }
            for c in aggs["cat"]["buckets"]
            for v in c["vendor"]["buckets"]
        ]
    if kind == "market-shares":
        buckets = aggs["site"]["buckets"]
        total = sum(b["doc_count"] for b in buckets)
        return [
            {
                "site": b["key"],
                "listings": b["doc_count"],
                "vendors": b["vendors"]["value"],
                "share": round(b["doc_count"] / total, 4),
                "volume_usd": money(b["vol"]["value"]) or 0.0,
            }
            for b in buckets
        ]
    return [
        {
            "period": per["key_as_string"],
            "category": c["key"],
            "listings": c["listings"]["value"],
            "observations": c["doc_count"],
            "avg_price_usd": average(c["sum_usd"]["value"], c["n_usd"]["value"]),
        }
        for per in aggs["period"]["buckets"]
        for c in per["cat"]["buckets"]
    ]
