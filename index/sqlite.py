"""The embedded default backend: one SQLite file, FTS5 full-text index, WAL journal.

Example::

    >>> import tempfile, pathlib
    >>> from parsers.records import Listing
    >>> from index.sqlite import SQLiteBackend
    >>> from index.base import Query
    >>> db = SQLiteBackend(pathlib.Path(tempfile.mkdtemp()) / "index.sqlite")
    >>> db.add([Listing(site="m1.onion", title="Fictional green tea", vendor="leafy", price=9.0,
    ...                 currency="USD", price_usd=9.0, captured_at="2026-01-05")])
    1
    >>> [h.record["title"] for h in db.search(Query(text="green")).hits]
    ['Fictional green tea']
    >>> db.close()

Tables: ``docs`` (current state of every document, record JSON included), ``fts`` (normalised
title/meta/body text, rowid = docs.rowid), ``doc_values`` (multi-valued keywords: entity values
and types), ``history`` (one point per capture of a listing or vendor) and ``meta`` (schema
version).
"""

from __future__ import annotations

import functools
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from index.base import Graph, Hit, Query, SearchResult
from index.docs import (
    HISTORY_PREFIX,
    TEXT_FIELDS,
    iso_ms,
    to_document,
)
from index.errors import BadQuery, IndexBackendError
from index.merge import merge_update
from index.sqlite_query import (
    SORT_KEYS,
    decode_cursor,
    ecosystem,
    encode_cursor,
    facet,
    filters,
    fts_expression,
    keyset_after,
)
from index.text import parse_text
from index.views import add_highlights, graph_from_docs, vendor_view

SCHEMA_VERSION = 1
F = TypeVar("F", bound=Callable[..., Any])
COLUMNS: tuple[str, ...] = (
    "id",
    "type",
    "site",
    "market",
    "url",
    "captured_at",
    "date",
    "version",
    "scope_id",
    "lang",
    "title",
    "vendor",
    "vendor_key",
    "author",
    "category",
    "price",
    "currency",
    "price_usd",
    "stock",
    "feedback_count",
    "rating",
    "actor_id",
    "pgp_fingerprint",
    "record",
)
HISTORY_COLUMNS: tuple[str, ...] = (
    "id",
    "doc_id",
    "type",
    "site",
    "vendor_key",
    "category",
    "captured_at",
    "price",
    "currency",
    "price_usd",
    "stock",
    "feedback_count",
    "rating",
    "scope_id",
)
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS docs(rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, {", ".join(COLUMNS[1:])});
CREATE INDEX IF NOT EXISTS docs_type ON docs(type);
CREATE INDEX IF NOT EXISTS docs_vendor ON docs(vendor_key, type);
CREATE INDEX IF NOT EXISTS docs_actor ON docs(actor_id);
CREATE INDEX IF NOT EXISTS docs_pgp ON docs(pgp_fingerprint);
CREATE INDEX IF NOT EXISTS docs_scope ON docs(scope_id, captured_at);
CREATE INDEX IF NOT EXISTS docs_date ON docs(date);
CREATE TABLE IF NOT EXISTS doc_values(doc_rowid INTEGER NOT NULL, field TEXT NOT NULL,
                                      value TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS doc_values_lookup ON doc_values(field, value);
CREATE INDEX IF NOT EXISTS doc_values_doc ON doc_values(doc_rowid);
CREATE TABLE IF NOT EXISTS history(id TEXT PRIMARY KEY, {", ".join(HISTORY_COLUMNS[1:])});
CREATE INDEX IF NOT EXISTS history_doc ON history(doc_id, captured_at);
CREATE INDEX IF NOT EXISTS history_type ON history(type, captured_at);
CREATE VIRTUAL TABLE IF NOT EXISTS fts
    USING fts5(t_title, t_meta, t_body, tokenize = 'unicode61 remove_diacritics 0');
"""


def _locked(method: F) -> F:
    @functools.wraps(method)
    def run(self: SQLiteBackend, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)

    return cast(F, run)


class SQLiteBackend:
    """:class:`index.base.IndexBackend` on one SQLite file (created if missing)."""

    name = "index"
    engine = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # one connection shared by threads (web app, pipelines) behind self._lock
            self.db = sqlite3.connect(str(self.path), timeout=30, check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(_SCHEMA)
            row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None:
                self.db.execute("INSERT INTO meta VALUES('schema_version', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) > SCHEMA_VERSION:
                raise IndexBackendError(f"{self.path} was written by a newer onionscope (schema {row[0]})")
            self.db.commit()
        except (sqlite3.Error, OSError) as exc:
            raise IndexBackendError(f"cannot open the index {self.path}: {exc}") from exc

    # -- writing -------------------------------------------------------------------------------
    @_locked
    def add(self, records: Iterable[Any]) -> int:
        try:
            return self.add_documents(to_document(rec) for rec in records)
        except sqlite3.Error as exc:
            raise IndexBackendError(f"cannot write to the index {self.path}: {exc}") from exc

    @_locked
    def add_documents(self, pairs: Iterable[tuple[dict[str, Any], dict[str, Any] | None]]) -> int:
        """Like :meth:`add` for documents already built by :func:`index.docs.to_document`."""
        n = 0
        with self.db:
            for doc, point in pairs:
                self._write(doc)
                if point is not None:
                    self.db.execute(
                        f"INSERT OR REPLACE INTO history VALUES({', '.join('?' * len(HISTORY_COLUMNS))})",
                        [point[c] for c in HISTORY_COLUMNS],
                    )
                n += 1
        return n

    def _write(self, doc: dict[str, Any]) -> None:
        row = self.db.execute("SELECT rowid, version, record FROM docs WHERE id=?", (doc["id"],)).fetchone()
        if row is not None:
            # another capture of the same document: merged, so what it leaves unknown stays known
            merged = merge_update(json.loads(row["record"]), row["version"], doc)
            if merged is None:
                return  # nothing new: the stored document stays as it is
            doc = merged
        values = [json.dumps(doc["record"], ensure_ascii=False) if c == "record" else doc[c] for c in COLUMNS]
        if row is None:
            cur = self.db.execute(
                f"INSERT INTO docs({', '.join(COLUMNS)}) VALUES({', '.join('?' * len(COLUMNS))})", values
            )
            rowid = cur.lastrowid
        else:
            rowid = row["rowid"]
            self.db.execute(
                f"UPDATE docs SET {', '.join(c + '=?' for c in COLUMNS)} WHERE rowid=?", [*values, rowid]
            )
            self.db.execute("DELETE FROM fts WHERE rowid=?", (rowid,))
            self.db.execute("DELETE FROM doc_values WHERE doc_rowid=?", (rowid,))
        self.db.execute(
            "INSERT INTO fts(rowid, t_title, t_meta, t_body) VALUES(?, ?, ?, ?)",
            (rowid, doc["t_title"], doc["t_meta"], doc["t_body"]),
        )
        self.db.executemany(
            "INSERT INTO doc_values VALUES(?, ?, ?)",
            [(rowid, "entity_value", v) for v in doc["entity_values"]]
            + [(rowid, "entity_type", v) for v in doc["entity_types"]],
        )

    @_locked
    def flush(self) -> None:
        self.db.commit()

    # -- searching -----------------------------------------------------------------------------
    @_locked
    def search(self, query: Query) -> SearchResult:
        q = query.normalized()
        if q.stem:
            raise BadQuery("stemmed search needs a cluster index (--index http://host:port)")
        clauses = parse_text(q.text)
        if q.text and not clauses:
            return SearchResult(hits=[], total=0, facets={f: [] for f in q.facets})
        where, args = filters(q, clauses)
        positive = [c for c in clauses if not c.negate]
        score_parts, score_args = [], []
        for col, weight in TEXT_FIELDS:
            if positive:
                score_parts.append(f"{weight} * (d.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?))")
                score_args.append(fts_expression(positive, col))
        score = " + ".join(score_parts) or "0"
        where_sql = " AND ".join(where) or "1"
        price_col = "price" if q.currency else "price_usd"
        keys = [(e.replace("{price}", price_col), desc) for e, desc in SORT_KEYS[q.sort]]
        order = []
        for expr, desc in keys:
            order += [f"({expr} IS NULL)", f"{expr} {'DESC' if desc else 'ASC'}"]
        order.append("id ASC")
        base = (
            f"WITH hits AS (SELECT d.*, CAST({score} AS REAL) AS score FROM docs d WHERE {where_sql}) "
            "SELECT * FROM hits"
        )
        base_args = [*score_args, *args]
        page_where, offset = "", (q.page - 1) * q.size
        page_args: list[Any] = []
        if q.search_after:
            cursor = decode_cursor(q.search_after)
            if len(cursor) != len(keys) + 1:
                raise BadQuery("the search_after cursor does not fit this sort")
            page_where, page_args = keyset_after(keys, cursor)
            offset = 0
        try:
            total = self.db.execute(f"SELECT count(*) FROM docs d WHERE {where_sql}", args).fetchone()[0]
            rows = self.db.execute(
                f"{base} {page_where} ORDER BY {', '.join(order)} LIMIT ? OFFSET ?",
                [*base_args, *page_args, q.size, offset],
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise BadQuery(f"the index cannot run this query: {exc}") from exc
        hits = [
            Hit(id=r["id"], type=r["type"], score=float(r["score"]), record=json.loads(r["record"]))
            for r in rows
        ]
        if q.highlight:
            add_highlights(hits, clauses)
        next_cursor = None
        if rows and len(rows) == q.size:
            last = rows[-1]
            next_cursor = encode_cursor([last[e] for e, _ in keys] + [last["id"]])
        facets = {f: facet(self.db, f, where_sql, args, q.facet_size) for f in q.facets}
        return SearchResult(hits=hits, total=total, facets=facets, next_cursor=next_cursor)

    # -- views ---------------------------------------------------------------------------------
    def _fetch(self, field: str, values: list[str], types: list[str]) -> list[dict[str, Any]]:
        if field not in ("vendor_key", "actor_id", "pgp_fingerprint", "site") or not values:
            return []
        rows = self.db.execute(
            f"SELECT * FROM docs WHERE {field} IN ({', '.join('?' * len(values))}) "
            f"AND type IN ({', '.join('?' * len(types))}) ORDER BY id",
            [*values, *types],
        ).fetchall()
        return [self._doc(r) for r in rows]

    def _doc(self, row: sqlite3.Row) -> dict[str, Any]:
        d = dict(row)
        d.pop("rowid", None)
        d["record"] = json.loads(d["record"])
        ents = d["record"].get("entities") or []
        d["entity_values"] = sorted({e["value"] for e in ents}) if d["type"] != "entity" else [d["title"]]
        return d

    @_locked
    def get(self, doc_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM docs WHERE id = ?", (doc_id,)).fetchone()
        return self._doc(row) if row is not None else None

    @_locked
    def history(self, doc_id: str) -> list[dict[str, Any]]:
        return self._history_of([doc_id])

    def _history_of(self, ids: list[str]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            out += [
                dict(r)
                for r in self.db.execute(
                    f"SELECT * FROM history WHERE doc_id IN ({', '.join('?' * len(chunk))}) "
                    "ORDER BY captured_at, id",
                    chunk,
                )
            ]
        out.sort(key=lambda p: (p["captured_at"] or "", p["id"]))
        return out

    @_locked
    def vendor_view(self, name: str) -> dict[str, Any]:
        return vendor_view(name, self._fetch, self._history_of)

    @_locked
    def graph(self) -> Graph:
        rows = self.db.execute(
            "SELECT * FROM docs WHERE (type IN ('vendor', 'listing') AND vendor_key IS NOT NULL)"
            " OR type = 'post' ORDER BY id"
        )
        return graph_from_docs(self._doc(r) for r in rows)

    @_locked
    def ecosystem(self, kind: str, **params: Any) -> list[dict[str, Any]]:
        return ecosystem(self.db, kind, **params)

    # -- retention -----------------------------------------------------------------------------
    @_locked
    def records_before(self, scope_id: str, cutoff: str | datetime) -> Iterator[str]:
        iso, _ = iso_ms(cutoff)
        if iso is None:
            raise BadQuery(f"not an ISO 8601 date: {cutoff!r}")
        docs = [
            r["id"]
            for r in self.db.execute(
                "SELECT id FROM docs WHERE scope_id = ? AND captured_at < ? ORDER BY id", (scope_id, iso)
            )
        ]
        gone = set(docs)
        points = [
            f"{HISTORY_PREFIX}{r['id']}"
            for r in self.db.execute(
                "SELECT id, doc_id FROM history WHERE scope_id = ? AND captured_at < ? ORDER BY id",
                (scope_id, iso),
            )
            if r["doc_id"] not in gone
        ]
        return iter(docs + points)

    @_locked
    def erase(self, ids: Iterable[str]) -> int:
        n = 0
        with self.db:
            for doc_id in ids:
                if doc_id.startswith(HISTORY_PREFIX):
                    n += self.db.execute(
                        "DELETE FROM history WHERE id=?", (doc_id[len(HISTORY_PREFIX) :],)
                    ).rowcount
                    continue
                row = self.db.execute("SELECT rowid FROM docs WHERE id=?", (doc_id,)).fetchone()
                self.db.execute("DELETE FROM history WHERE doc_id=?", (doc_id,))
                if row is None:
                    continue
                self.db.execute("DELETE FROM fts WHERE rowid=?", (row["rowid"],))
                self.db.execute("DELETE FROM doc_values WHERE doc_rowid=?", (row["rowid"],))
                self.db.execute("DELETE FROM docs WHERE rowid=?", (row["rowid"],))
                n += 1
        return n

    @_locked
    def count(self, type: str | None = None) -> int:
        if type:
            return int(self.db.execute("SELECT count(*) FROM docs WHERE type=?", (type,)).fetchone()[0])
        return int(self.db.execute("SELECT count(*) FROM docs").fetchone()[0])

    @_locked
    def close(self) -> None:
        try:
            self.db.commit()
            self.db.close()
        except sqlite3.ProgrammingError:
            pass  # already closed

    def __enter__(self) -> SQLiteBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
