"""The pages: each checks its parameters, asks for a justification, calls the library, logs.

Example::

    >>> from onionscope.web.views import ROUTES
    >>> ROUTES["/search"]
    'full-text search with filters, facets and pages (a consultation)'

Every view that shows data from the index or the audit log follows the CLI's order: check the
request, require the justification, run the library call, write the audit entry
(:meth:`~onionscope.web.app.Context.log`), and only then answer. If the entry cannot be written
nothing is shown (503). The home page, the ecosystem list, ``/why`` and ``/health`` show no
collected data and are not logged.
"""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from ethics import paths
from ethics.audit import read_entries, verify
from ethics.errors import EthicsError
from ethics.report import report
from ethics.retention import ErasableStore, Holds
from ethics.scope import find_scope
from index.base import DOC_TYPES, MAX_WINDOW
from index.ecosystem import KINDS
from index.errors import IndexBackendError
from index.export import FORMATS as GRAPH_FORMATS
from index.export import render
from onionscope.consultation import describe_search
from onionscope.web import legal_pages, pages
from onionscope.web.errors import BadRequest, NotFound, Unavailable
from onionscope.web.export import HIT_COLUMNS, hit_rows
from onionscope.web.lookup import fetch_document
from onionscope.web.params import ecosystem_params, query_params, search_query
from onionscope.web.render import url
from onionscope.web.request import clean_justification
from onionscope.web.response import Reply, Response

if TYPE_CHECKING:
    from onionscope.web.app import Context

ROUTES: dict[str, str] = {
    "/": "this page: the search form",
    "/search": "full-text search with filters, facets and pages (a consultation)",
    "/vendor/<name>": "a vendor across markets: profiles, listings, prices, feedback (a consultation)",
    "/record/<id>": "one document and its history (a consultation)",
    "/ecosystem/<kind>": f"{', '.join(KINDS)} (a consultation)",
    "/audit": "audit log: chain verification and figures (a consultation)",
    "/audit/report/<scope>": "the legal officer's report on one scope (a consultation)",
    "/export/graph": "vendors, markets and shared identifiers as GraphML, GEXF or JSON (a disclosure)",
    "/health": "index reachable, document counts (not logged)",
    "/why": "set or change the justification kept for this browser session",
}
#: Consultations listed on the audit page by default.
RECENT = 50


def _page(title: str, data: Any, body: Any, status: int = 200) -> Reply:
    return Reply(title, data, body, status)


def _engine(ctx: Context) -> str:
    return ctx.index().engine


def home(ctx: Context, _: dict[str, str]) -> Reply:
    ctx.req.check_known(())
    data = {"name": "onionscope", "index": ctx.app.describe_index(), "routes": ROUTES}
    return _page("Search the index", data, lambda: pages.home(ROUTES))


def search(ctx: Context, _: dict[str, str]) -> Reply:
    q = search_query(ctx.req)
    if q is None:
        if ctx.req.format == "json":
            raise BadRequest("a search needs q= (may be empty: everything) or a filter such as site=")
        return _page("Search", {}, lambda: pages.search_form(None))
    ctx.require_justification()
    idx = ctx.index()
    res = idx.search(q)
    described = describe_search(q)
    entry = ctx.log(
        described,
        scope_id=q.scope_id,
        outcome=f"{res.total} hits",
        details={"index": idx.engine, "returned": len(res.hits)},
    )
    base = query_params(q)
    next_url = prev_url = None
    # page numbers while they reach (as on the cluster), then the cursor; after a cursor the
    # position is unknown, so a full page offers the next one
    more = q.page * q.size < res.total if q.search_after is None else res.next_cursor is not None
    if more and q.search_after is None and (q.page + 1) * q.size <= MAX_WINDOW:
        next_url = url("/search", [*base, ("page", q.page + 1)])
    elif more and res.next_cursor:
        next_url = url("/search", [*base, ("after", res.next_cursor)])
    if q.page > 1 and q.search_after is None:
        prev_url = url("/search", [*base, ("page", q.page - 1)])
    data = {
        "query": json.loads(described.removeprefix("search: ")),
        **res.to_json(),
        "next_url": next_url,
        "prev_url": prev_url,
        "audit_entry": entry["seq"],
    }
    page = _page("Search", data, lambda: pages.search_results(q, res, next_url, prev_url))
    page.table = lambda: (HIT_COLUMNS, hit_rows(res))
    return page


def vendor(ctx: Context, args: dict[str, str]) -> Reply:
    ctx.req.check_known(())
    name = args["name"].strip()
    ctx.require_justification()
    view = ctx.index().vendor_view(name)
    entry = ctx.log(
        f"vendor: {name}",
        outcome="found" if view["found"] else "not found",
        details={"index": _engine(ctx), "markets": len(view["markets"])},
    )
    if not view["found"]:
        raise NotFound(f"no vendor named {name!r} in the index")
    return _page(f"Vendor {name}", {**view, "audit_entry": entry["seq"]}, lambda: pages.vendor(view))


def record(ctx: Context, args: dict[str, str]) -> Reply:
    ctx.req.check_known(())
    doc_id = args["doc_id"].strip().lower()
    ctx.require_justification()
    idx = ctx.index()
    doc = fetch_document(idx, doc_id)
    history = idx.history(doc_id) if doc is not None else []
    entry = ctx.log(
        f"record: {doc_id}",
        scope_id=doc.get("scope_id") if doc else None,
        outcome="found" if doc else "not found",
        details={"index": idx.engine, **({"type": doc["type"]} if doc else {})},
    )
    if doc is None:
        raise NotFound(f"no record {doc_id!r} in the index")
    keys = ("id", "type", "site", "market", "url", "captured_at", "date", "scope_id", "lang", "version")
    data = {**{k: doc.get(k) for k in keys}, "record": doc["record"], "history": history}
    data["audit_entry"] = entry["seq"]
    return _page(f"{doc['type'].capitalize()} {pages.label(doc['record'])}", data, lambda: pages.record(data))


def ecosystem_list(ctx: Context, _: dict[str, str]) -> Reply:
    ctx.req.check_known(())
    data = {kind: {"parameters": dict(params)} for kind, params in KINDS.items()}
    return _page("Ecosystem", data, lambda: pages.ecosystem_list(KINDS))


def ecosystem(ctx: Context, args: dict[str, str]) -> Reply:
    kind = args["kind"]
    params = ecosystem_params(kind, ctx.req)
    ctx.require_justification()
    idx = ctx.index()
    rows = idx.ecosystem(kind, **params)
    entry = ctx.log(
        f"ecosystem: {kind} {json.dumps(params, sort_keys=True)}",
        outcome=f"{len(rows)} rows",
        details={"index": idx.engine},
    )
    data = {"kind": kind, "params": params, "rows": rows, "audit_entry": entry["seq"]}
    page = _page(f"Ecosystem: {kind}", data, lambda: pages.ecosystem(kind, params, rows))
    cols = list(rows[0]) if rows else []
    page.table = lambda: (cols, [[r[c] for c in cols] for r in rows])
    return page


def export_graph(ctx: Context, _: dict[str, str]) -> Reply | Response:
    """Without ``format``: what can be downloaded. With it: the graph, logged as a disclosure."""
    ctx.req.check_known(("format",))
    fmt = ctx.req.one("format") or ("json" if ctx.req.format == "json" else None)
    if fmt is None:
        return _page("Export the ecosystem graph", {"formats": list(GRAPH_FORMATS)}, legal_pages.export_form)
    if fmt not in GRAPH_FORMATS:
        raise BadRequest(f"unknown graph format {fmt!r}; use {', '.join(GRAPH_FORMATS)}")
    ctx.require_justification()
    idx = ctx.index()
    graph = idx.graph()
    text = render(graph, fmt)
    ctx.log(
        f"export graph ({fmt}) to a web download",
        operation="disclosure",
        outcome="exported",
        details={"nodes": len(graph.nodes), "edges": len(graph.edges), "index": idx.engine},
    )
    ctype = "application/json" if fmt == "json" else "application/xml"
    disposition = f'attachment; filename="onionscope-graph.{fmt}"'
    return Response(
        200, text.encode("utf-8"), f"{ctype}; charset=utf-8", [("Content-Disposition", disposition)]
    )


def _audit_path(ctx: Context) -> Any:
    return ctx.app.audit_log or paths.audit_log_path()


def audit(ctx: Context, _: dict[str, str]) -> Reply:
    ctx.req.check_known(("limit",))
    limit = ctx.req.integer("limit", RECENT)
    if limit < 1:
        raise BadRequest("limit must be at least 1")
    ctx.require_justification()
    ctx.require_officer("audit: chain verification and summary")
    log_path = _audit_path(ctx)
    # Logged first, so the figures and the verification include this very consultation.
    entry = ctx.log("audit: chain verification and summary", outcome="viewed")
    try:
        result = verify(log_path)
        entries = list(read_entries(log_path))
    except EthicsError as exc:
        raise Unavailable(f"cannot read the audit log: {exc}") from None
    data = _audit_summary(entries, limit)
    data = {"log": str(log_path), "integrity": result.as_dict(), **data, "audit_entry": entry["seq"]}
    return _page("Audit log", data, lambda: legal_pages.audit(data))


def _audit_summary(entries: list[dict[str, Any]], limit: int) -> dict[str, Any]:
    people = [
        e for e in entries if e.get("op") in ("consultation", "disclosure", "combination", "alteration")
    ]
    scopes = Counter(str(e["scope_id"]) for e in entries if e.get("scope_id"))
    return {
        "entries": len(entries),
        "first": entries[0].get("ts") if entries else None,
        "last": entries[-1].get("ts") if entries else None,
        "by_operation": dict(Counter(str(e.get("op")) for e in entries).most_common()),
        "consultations_by_actor": dict(Counter(str(e.get("actor")) for e in people).most_common()),
        "scopes": dict(sorted(scopes.items())),
        "recent": [
            {
                k: e.get(k)
                for k in ("seq", "ts", "op", "actor", "justification", "scope_id", "object", "outcome")
            }
            for e in reversed(people[-limit:])
        ],
    }


def audit_report(ctx: Context, args: dict[str, str]) -> Reply | Response:
    ctx.req.check_known(())
    scope_id = args["scope_id"].strip()
    ctx.require_justification()
    ctx.require_officer(f"audit report: {scope_id}")
    log_path = _audit_path(ctx)
    ctx.log(f"audit report: {scope_id}", scope_id=scope_id, outcome="viewed")
    stores: list[ErasableStore] = []
    # the report is still worth having without the "due for erasure" count
    with contextlib.suppress(IndexBackendError, Unavailable):
        stores.append(ctx.index())
    try:
        rep = report(
            log_path,
            find_scope(scope_id, paths.scopes_dirs()),
            scope_id=scope_id,
            holds=Holds(paths.holds_path()),
            stores=stores,
        )
    except (EthicsError, IndexBackendError) as exc:
        raise Unavailable(f"cannot build the report: {exc}") from None
    return _page(f"Audit report for scope {scope_id}", rep.data, lambda: legal_pages.audit_report(rep))


def health(ctx: Context, _: dict[str, str]) -> Reply:
    ctx.req.check_known(())
    log_path = _audit_path(ctx)
    data: dict[str, Any] = {"ok": True, "index": {"target": ctx.app.describe_index()}}
    try:
        idx = ctx.index()
        counts = {t: idx.count(t) for t in DOC_TYPES}
        counts["total"] = idx.count()
        data["index"] |= {"engine": idx.engine, "reachable": True, "counts": counts}
    except (IndexBackendError, Unavailable) as exc:
        data["ok"] = False
        data["index"] |= {"reachable": False, "error": " ".join(str(exc).split())}
    data["audit_log"] = {"path": str(log_path), "exists": log_path.exists()}
    return _page("Health", data, lambda: pages.health(data), 200 if data["ok"] else 503)


def why(ctx: Context, _: dict[str, str]) -> Reply | Response:
    """GET: the form (``clear=1`` forgets the justification); POST: keep it and go back."""
    req = ctx.req
    if req.method == "POST":
        form = req.form()
        text = clean_justification((form.get("why") or [""])[-1])
        target = _safe_next((form.get("next") or ["/"])[-1])
        if not text:
            raise BadRequest("the justification is empty: give a case reference or a reason")
        ctx.set_cookie = text
        return Response(303, b"", "text/plain; charset=utf-8", [("Location", target)])
    req.check_known(("next", "clear"))
    if req.flag("clear"):
        ctx.set_cookie = ""
        ctx.justification = None
    target = _safe_next(req.one("next") or "/")
    data = {"user": ctx.user, "justification": ctx.justification}
    return _page("Justification", data, lambda: legal_pages.why_form(ctx.justification, target))


def _safe_next(target: str) -> str:
    # Only a path of this app: never another site (no scheme, no //host, no backslash tricks).
    if not target.startswith("/") or target.startswith("//") or "\\" in target or "\n" in target:
        return "/"
    return target


#: Pages that also answer as CSV (``.csv`` or ``_format=csv``).
CSV_VIEWS: frozenset[Any] = frozenset({search, ecosystem})
