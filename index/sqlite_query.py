"""SQL of the SQLite backend: filters, keyset pagination, facets and ecosystem aggregations.

Example::

    >>> from index.base import Query
    >>> from index.text import parse_text
    >>> from index.sqlite_query import filters, fts_expression
    >>> fts_expression(parse_text('green "black tea" sa*'))
    '"green" AND "black tea" AND "sa"*'
    >>> filters(Query(site="m1.onion", price_max=20), [])
    (['d.site = ?', 'd.price_usd <= ?'], ['m1.onion', 20.0])

Each function mirrors a piece of :mod:`index.cluster_query`, so both backends select, order and
count the same documents.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from typing import Any

from index.base import Query
from index.docs import PRICE_FACTOR, USD_FACTOR, iso_ms, scaled_bounds
from index.ecosystem import INTERVALS, average, check_params, money
from index.errors import BadQuery
from index.text import Clause

#: Sort keys: (SQL expression, descending?) — NULLs always last, then the id as tie-breaker.
SORT_KEYS: dict[str, list[tuple[str, bool]]] = {
    "relevance": [("score", True), ("date", True)],
    "date": [("date", True)],
    "date_asc": [("date", False)],
    "price": [("{price}", False)],
    "price_desc": [("{price}", True)],
}
_FACET_COLUMNS = {"type", "site", "market", "vendor", "author", "category", "lang", "currency", "scope_id"}


def _fts_clause(c: Clause) -> str:
    if c.kind == "prefix":
        return f'"{c.terms[0]}"*'
    return '"' + " ".join(c.terms) + '"'


def fts_expression(clauses: list[Clause], column: str | None = None) -> str:
    """FTS5 MATCH string requiring every clause (optionally all within one column)."""
    expr = " AND ".join(_fts_clause(c) for c in clauses)
    return f"{column} : ({expr})" if column else expr


def encode_cursor(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode()


def decode_cursor(cursor: str) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, TypeError) as exc:
        raise BadQuery("the search_after cursor is not one this index gave out") from exc
    if not isinstance(values, list):
        raise BadQuery("the search_after cursor is not one this index gave out")
    return values


def filters(q: Query, clauses: list[Clause]) -> tuple[list[str], list[Any]]:
    """WHERE conditions (on ``docs d``) and their arguments for a query's text and filters."""
    where: list[str] = []
    args: list[Any] = []
    positive = [c for c in clauses if not c.negate]
    negative = [c for c in clauses if c.negate]
    if positive:
        where.append("d.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
        args.append(fts_expression(positive))
    if negative:
        where.append("d.rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
        args.append(" OR ".join(_fts_clause(c) for c in negative))
    if q.types:
        where.append(f"d.type IN ({', '.join('?' * len(q.types))})")
        args += q.types
    for col, val in (
        ("site", q.site),
        ("category", q.category),
        ("lang", q.lang),
        ("scope_id", q.scope_id),
        ("author", q.author),
    ):
        if val:
            where.append(f"d.{col} = ?")
            args.append(val)
    if q.vendor:
        where.append("d.vendor_key = ?")
        args.append(q.vendor.strip().casefold())
    if q.entity:
        where.append("d.rowid IN (SELECT doc_rowid FROM doc_values WHERE field='entity_value' AND value=?)")
        args.append(q.entity)
    if q.currency:
        where.append("d.currency = ?")
        args.append(q.currency)
    if q.price_min is not None or q.price_max is not None:
        col, factor = ("price", PRICE_FACTOR) if q.currency else ("price_usd", USD_FACTOR)
        lo, hi = scaled_bounds(q.price_min, q.price_max, factor)
        if lo is not None:
            where.append(f"d.{col} >= ?")
            args.append(lo)
        if hi is not None:
            where.append(f"d.{col} <= ?")
            args.append(hi)
    for bound, op, end in ((q.date_from, ">=", False), (q.date_to, "<=", True)):
        if bound:
            iso, _ = iso_ms(bound, end_of_day=end)
            if iso is None:
                raise BadQuery(f"not an ISO 8601 date: {bound!r}")
            where.append(f"d.date {op} ?")
            args.append(iso)
    return where, args


def keyset_after(keys: list[tuple[str, bool]], cursor: list[Any]) -> tuple[str, list[Any]]:
    # Keyset condition "strictly after the cursor" for keys sorted with NULLs last.
    ors: list[str] = []
    args: list[Any] = []
    prefix: list[str] = []
    prefix_args: list[Any] = []
    for (expr, desc), value in zip(keys, cursor, strict=False):
        if value is None:
            # every later row also has NULL here: nothing after on this key alone
            prefix.append(f"{expr} IS NULL")
            continue
        op = "<" if desc else ">"
        ors.append("(" + " AND ".join([*prefix, f"({expr} {op} ? OR {expr} IS NULL)"]) + ")")
        args += [*prefix_args, value]
        prefix.append(f"{expr} = ?")
        prefix_args.append(value)
    ors.append("(" + " AND ".join([*prefix, "id > ?"]) + ")")
    args += [*prefix_args, cursor[-1]]
    return "WHERE " + " OR ".join(ors), args


def facet(
    db: sqlite3.Connection, name: str, where_sql: str, args: list[Any], size: int
) -> list[tuple[str, int]]:
    """Counts of one facet over the matching documents: by count, then value."""
    if name == "entity_type":
        sql = (
            f"SELECT v.value AS k, count(*) AS n FROM docs d JOIN doc_values v ON v.doc_rowid = d.rowid "
            f"AND v.field='entity_type' WHERE {where_sql} GROUP BY k ORDER BY n DESC, k ASC LIMIT ?"
        )
    elif name in _FACET_COLUMNS:
        sql = (
            f"SELECT d.{name} AS k, count(*) AS n FROM docs d WHERE {where_sql} AND d.{name} IS NOT NULL "
            "GROUP BY k ORDER BY n DESC, k ASC LIMIT ?"
        )
    else:
        raise BadQuery(f"unknown facet {name!r}")
    return [(r["k"], r["n"]) for r in db.execute(sql, [*args, size])]


def ecosystem(db: sqlite3.Connection, kind: str, **params: Any) -> list[dict[str, Any]]:
    """An ecosystem query (see :mod:`index.ecosystem`) in SQL."""
    p = check_params(kind, params)
    if kind == "top-vendors":
        where, args = ["type='listing'", "category IS NOT NULL", "vendor_key IS NOT NULL"], []
        if p["site"]:
            where.append("site = ?")
            args.append(p["site"])
        if p["category"]:
            where.append("category = ?")
            args.append(p["category"])
        w = " AND ".join(where)
        sql = (
            f"WITH c AS (SELECT category, count(*) AS n FROM docs WHERE {w} GROUP BY category), "
            f"v AS (SELECT category, vendor_key, count(*) AS listings, count(DISTINCT site) AS markets, "
            "sum(price_usd) AS sum_usd, count(price_usd) AS n_usd "
            f"FROM docs WHERE {w} GROUP BY category, vendor_key), "
            "r AS (SELECT v.*, c.n, row_number() OVER (PARTITION BY v.category ORDER BY v.listings DESC, "
            "v.vendor_key ASC) AS rk FROM v JOIN c USING(category)) "
            "SELECT * FROM r WHERE rk <= ? ORDER BY n DESC, category ASC, rk ASC"
        )
        return [
            {
                "category": r["category"],
                "vendor": r["vendor_key"],
                "listings": r["listings"],
                "markets": r["markets"],
                "avg_price_usd": average(r["sum_usd"], r["n_usd"]),
            }
            for r in db.execute(sql, [*args, *args, p["limit"]])
        ]
    if kind == "market-shares":
        where, args = ["type='listing'", "site IS NOT NULL"], []
        if p["category"]:
            where.append("category = ?")
            args.append(p["category"])
        w = " AND ".join(where)
        rows = db.execute(
            f"SELECT site, count(*) AS n, count(DISTINCT vendor_key) AS vendors, sum(price_usd) AS vol "
            f"FROM docs WHERE {w} GROUP BY site ORDER BY n DESC, site ASC",
            args,
        ).fetchall()
        total = sum(r["n"] for r in rows)
        return [
            {
                "site": r["site"],
                "listings": r["n"],
                "vendors": r["vendors"],
                "share": round(r["n"] / total, 4),
                "volume_usd": money(r["vol"]) or 0.0,
            }
            for r in rows
        ]
    chars, _ = INTERVALS[p["interval"]]
    where, args = ["type='listing'", "category IS NOT NULL", "captured_at IS NOT NULL"], []
    if p["category"]:
        where.append("category = ?")
        args.append(p["category"])
    rows = db.execute(
        f"SELECT substr(captured_at, 1, {chars}) AS period, category, "
        "count(DISTINCT doc_id) AS listings, "
        "count(*) AS obs, sum(price_usd) AS sum_usd, count(price_usd) AS n_usd "
        f"FROM history WHERE {' AND '.join(where)} "
        "GROUP BY period, category ORDER BY period ASC, obs DESC, category ASC",
        args,
    ).fetchall()
    return [
        {
            "period": r["period"],
            "category": r["category"],
            "listings": r["listings"],
            "observations": r["obs"],
            "avg_price_usd": average(r["sum_usd"], r["n_usd"]),
        }
        for r in rows
    ]
