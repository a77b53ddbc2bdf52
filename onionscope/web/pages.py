"""HTML bodies of the pages (the layout around them is :func:`onionscope.web.render.layout`).

Example::

    >>> from onionscope.web.pages import error, label
    >>> error("no page /nowhere")
    '<p class="error">no page /nowhere</p>'
    >>> label({"title": "  Fictional   <b>tea</b> "})
    'Fictional <b>tea</b>'

Every value from the index is escaped here (:func:`~onionscope.web.render.esc`); addresses are
shown as text, never as links: a click must not send a browser to an onion site outside Tor
and outside a legal scope.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from index.base import DOC_TYPES, SORTS, Query, SearchResult
from onionscope.web.params import FACET_FILTERS, FILTERS, query_params
from onionscope.web.render import (
    esc,
    fingerprint,
    hidden,
    link,
    marked,
    money,
    pairs,
    path_for,
    short_host,
    table,
    url,
    value_html,
    when,
)

SIZES = (10, 20, 50, 100)


def label(rec: Mapping[str, Any]) -> str:
    """A record's one-line name (title, name, value, body or URL), at most 100 characters."""
    text = rec.get("title") or rec.get("name") or rec.get("value") or rec.get("body") or rec.get("url") or ""
    return " ".join(str(text).split())[:100] or "(untitled)"


def error(line: str) -> str:
    return f'<p class="error">{esc(line)}</p>'


def vendor_link(name: Any) -> str:
    return link(path_for("vendor", str(name)), name) if name else ""


def search_link(param: str, value: Any, text: Any = None) -> str:
    return link(url("/search", [("q", ""), (param, value)]), value if text is None else text) if value else ""


# -- search ------------------------------------------------------------------------------------
def _field(name: str, title: str, value: Any, kind: str = "text", placeholder: str = "") -> str:
    ph = f' placeholder="{esc(placeholder)}"' if placeholder else ""
    if kind == "number":
        ph += ' step="any"'  # prices have decimals
    v = "" if value is None else (f"{value:g}" if isinstance(value, float) else value)
    return (
        f'<div><label for="f-{name}">{esc(title)}</label>'
        f'<input id="f-{name}" name="{name}" type="{kind}" value="{esc(v)}"{ph}></div>'
    )


def _select(name: str, title: str, options: list[tuple[str, str]], current: Any) -> str:
    opts = "".join(
        f'<option value="{esc(v)}"{" selected" if str(current) == v else ""}>{esc(t)}</option>'
        for v, t in options
    )
    select = f'<select id="f-{name}" name="{name}">{opts}</select>'
    return f'<div><label for="f-{name}">{esc(title)}</label>{select}</div>'


def search_form(q: Query | None) -> str:
    q = q or Query()
    types = "".join(
        f'<label class="chk"><input type="checkbox" name="type" value="{t}"'
        f"{' checked' if t in (q.types or []) else ''}> {t}</label>"
        for t in DOC_TYPES
    )
    fields = [
        '<div class="wide"><label for="f-q">Words, "phrases", prefix*, -excluded</label>'
        f'<input id="f-q" name="q" type="search" value="{esc(q.text or "")}" autofocus></div>',
        f'<div class="wide">{types}</div>',
        _field("site", "Site (onion host)", q.site),
        _field("vendor", "Vendor", q.vendor),
        _field("author", "Forum author", q.author),
        _field("category", "Category", q.category),
        _field("min_price", "Lowest price", q.price_min, "number"),
        _field("max_price", "Highest price", q.price_max, "number"),
        _field("currency", "Prices in currency", q.currency, placeholder="USD when empty"),
        _field("lang", "Language", q.lang, placeholder="en, de..."),
        _field("from", "From date", q.date_from, placeholder="2026-01-31"),
        _field("to", "To date (inclusive)", q.date_to, placeholder="2026-02-28"),
        _field("scope", "Legal scope id", q.scope_id),
        _field("entity", "Identifier (wallet, PGP, onion...)", q.entity),
        _select("sort", "Sort", [(s, s.replace("_", " ")) for s in SORTS], q.sort),
        '<div><label class="chk"><input type="checkbox" name="stem" value="1"'
        f"{' checked' if q.stem else ''}> stemmed words (cluster index only)</label></div>",
        _select("size", "Per page", [(str(n), str(n)) for n in SIZES], q.size),
    ]
    keep = hidden(("facet", f) for f in q.facets) if q.facets and q.text is not None else ""
    return (
        f'<form class="search" method="get" action="/search">{"".join(fields)}{keep}'
        '<div><label>&nbsp;</label><button type="submit">Search</button></div></form>'
    )


def _hit(h: Any) -> str:
    r = h.record
    meta = [f'<span class="type">{esc(h.type)}</span>']
    if r.get("site"):
        meta.append(search_link("site", r["site"]))
    if r.get("vendor"):
        meta.append("vendor " + vendor_link(r["vendor"]))
    if h.type == "vendor" and r.get("name"):
        meta.append(vendor_link(r["name"]) + " on all markets")
    if r.get("author"):
        meta.append("by " + search_link("author", r["author"]))
    if r.get("price") is not None:
        meta.append(esc(money(r["price"], r.get("currency"))))
    if r.get("category_norm") or r.get("category"):
        meta.append(esc(r.get("category_norm") or r.get("category")))
    at = r.get("posted_at") or r.get("captured_at")
    if at:
        meta.append(when(at))
    frags = [marked(f) for fs in h.highlight.values() for f in fs][:2]
    frag_html = "".join(f'<div class="frag">{f}</div>' for f in frags)
    return (
        f'<div class="hit"><div>{link(path_for("record", h.id), label(r))}</div>'
        f'<div class="meta">{" · ".join(meta)}</div>{frag_html}</div>'
    )


def _facets(q: Query, res: SearchResult) -> str:
    base = [(k, v) for k, v in query_params(q)]
    boxes = []
    for name, buckets in res.facets.items():
        if not buckets:
            continue
        param = FACET_FILTERS.get(name)
        items = []
        for value, n in buckets:
            text = f"{value} ({n})"
            if param is None:
                items.append(f"<li>{esc(text)}</li>")
                continue
            current = q.types or [] if param == "type" else [getattr(q, FILTERS.get(param, param), None)]
            if value in current or (
                param == "vendor" and q.vendor and q.vendor.casefold() == value.casefold()
            ):
                rest = [(k, v) for k, v in base if not (k == param and v.casefold() == value.casefold())]
                items.append(f"<li>✓ {link(url('/search', rest), text)}</li>")
            else:
                items.append(f"<li>{link(url('/search', [*base, (param, value)]), text)}</li>")
        boxes.append(f'<div class="facet"><b>{esc(name)}</b><ul>{"".join(items)}</ul></div>')
    return f'<div class="facets">{"".join(boxes)}</div>' if boxes else ""


def search_results(q: Query, res: SearchResult, next_url: str | None, prev_url: str | None) -> str:
    first = (q.page - 1) * q.size + 1 if q.search_after is None else None
    if not res.hits:
        shown = "nothing matches"
    elif first is not None:
        shown = f"showing {first}–{first + len(res.hits) - 1}"
    else:
        shown = f"showing {len(res.hits)} more"
    nav = " ".join(
        x
        for x in (
            link(prev_url, "← previous") if prev_url else "",
            link(next_url, "next →") if next_url else "",
        )
        if x
    )
    return (
        search_form(q)
        + f"<p><b>{res.total}</b> hit(s), {shown}.</p>"
        + _facets(q, res)
        + "".join(_hit(h) for h in res.hits)
        + (f'<p class="pages">{nav}</p>' if nav else "")
    )


def home(routes: Mapping[str, str]) -> str:
    rows = [[esc(path), esc(what)] for path, what in routes.items()]
    return (
        search_form(None)
        + '<p class="note">Every consultation is written to the tamper-evident audit log with your '
        "name and justification. Every page is also JSON: add <code>.json</code> to the path "
        "or <code>_format=json</code>.</p>" + table(["Page", "What"], rows)
    )


# -- vendor, record ----------------------------------------------------------------------------
def _series(points: list[dict[str, Any]], key: str) -> str:
    """The values over time, each change once ("15.08 → 14.50"; a price that never moved is one
    number, however many captures saw it)."""
    values = [p.get(key) for p in points if p.get(key) is not None]
    changes = [v for i, v in enumerate(values) if i == 0 or v != values[i - 1]]
    return esc(" → ".join(f"{v:g}" if isinstance(v, float) else str(v) for v in changes))


def vendor(view: Mapping[str, Any]) -> str:
    out = [
        f"<p>{len(view['identities'])} profile(s) on {len(view['markets'])} market(s): "
        + ", ".join(search_link("site", m) for m in view["markets"])
        + ". Names: "
        + esc(", ".join(view["names"]))
        + ". Everything naming them: "
        + ", ".join(link(url("/search", [("q", ""), ("vendor", n)]), n) for n in view["names"])
        + ".</p>"
    ]
    rows = [
        [
            search_link("site", i["site"], short_host(i["site"])),
            link(path_for("record", i["id"]), i["name"]),
            esc(i["link"]),
            esc(i["rating"]),
            esc(i["feedback_count"]),
            _series(i["history"], "feedback_count"),
            esc(i["actor_id"]),
            fingerprint(i["pgp_fingerprint"]),
            when(i["first_seen"]),
            when(i["last_seen"]),
        ]
        for i in view["identities"]
    ]
    out += [
        "<h2>Profiles</h2>",
        table(
            [
                "Market",
                "Name",
                "Linked by",
                "Rating",
                "Feedback",
                "Feedback over time",
                "Actor",
                "PGP",
                "First seen",
                "Last seen",
            ],
            rows,
            numeric=(3, 4),
        ),
    ]
    rows = [
        [
            search_link("site", x["site"], short_host(x["site"])),
            link(path_for("record", x["id"]), x["title"] or "(untitled)"),
            search_link("category", x["category"]),
            esc(money(x["price"], x["currency"])),
            _series(x["history"], "price"),
            esc(x["stock"]),
            esc(x["feedback_count"]),
            when(x["captured_at"]),
        ]
        for x in view["listings"]
    ]
    out += [
        f"<h2>Listings ({len(rows)})</h2>",
        table(
            ["Market", "Title", "Category", "Price", "Price over time", "Stock", "Feedback", "Seen"],
            rows,
            numeric=(5, 6),
        )
        if rows
        else "<p>No listing.</p>",
    ]
    if view["categories"]:
        out.append(
            "<h2>Categories</h2>"
            + table(
                ["Category", "Listings"],
                [[search_link("category", c), esc(n)] for c, n in view["categories"].items()],
                numeric=(1,),
            )
        )
    if view["entities"]:
        out.append(
            "<h2>Identifiers</h2><ul>"
            + "".join(f'<li class="onion">{search_link("entity", e)}</li>' for e in view["entities"])
            + "</ul>"
        )
    return "".join(out)


def record(data: Mapping[str, Any]) -> str:
    rec = data["record"]
    facts = [
        (k, value_html(data.get(k)))
        for k in ("id", "type", "site", "market", "captured_at", "date", "scope_id", "lang", "version")
        if data.get(k) is not None
    ]
    if data.get("site"):
        facts[[k for k, _ in facts].index("site")] = ("site", search_link("site", data["site"]))
    out = [pairs(facts)]
    who = rec.get("vendor") or (rec.get("name") if data.get("type") == "vendor" else None)
    if who:
        out.append(f"<p>Vendor across markets: {vendor_link(who)}</p>")
    fields = [
        (k, value_html(v))
        for k, v in rec.items()
        if k not in ("entities", "feedback") and v not in (None, "", [], {})
    ]
    out += [
        "<h2>Record</h2>",
        pairs(fields),
        '<p class="note">Addresses are shown as text, never as links: open them only through Tor, '
        "under a legal scope.</p>",
    ]
    if rec.get("entities"):
        rows = [
            [
                esc(e.get("entity_type")),
                f'<span class="onion">{search_link("entity", e.get("value"))}</span>',
                esc(e.get("context")),
            ]
            for e in rec["entities"]
        ]
        out += ["<h2>Identifiers</h2>", table(["Type", "Value", "Context"], rows)]
    if rec.get("feedback"):
        rows = [[esc(f.get(k)) for k in ("rating", "text", "date", "buyer")] for f in rec["feedback"]]
        out += [f"<h2>Feedback ({len(rows)})</h2>", table(["Rating", "Text", "Date", "Buyer"], rows)]
    if data["history"]:
        cols = [
            c
            for c in ("captured_at", "price", "currency", "price_usd", "stock", "feedback_count", "rating")
            if any(p.get(c) is not None for p in data["history"])
        ]
        rows = [[value_html(p.get(c)) for c in cols] for p in data["history"]]
        out += [f"<h2>History ({len(rows)} captures)</h2>", table(cols, rows, numeric=range(1, len(cols)))]
    return "".join(out)


# -- ecosystem ---------------------------------------------------------------------------------
def ecosystem_list(kinds: Mapping[str, Mapping[str, Any]]) -> str:
    rows = [
        [
            link(path_for("ecosystem", k), k),
            esc(", ".join(f"{p}={v}" if v is not None else p for p, v in params.items())),
        ]
        for k, params in kinds.items()
    ]
    return table(["View", "Parameters (defaults)"], rows)


def ecosystem(kind: str, params: Mapping[str, Any], rows: list[dict[str, Any]]) -> str:
    fields = []
    for name, value in params.items():
        if name == "interval":
            fields.append(_select(name, name, [(v, v) for v in ("day", "month", "year")], value))
        else:
            fields.append(_field(name, name, value, "number" if name == "limit" else "text"))
    form = (
        f'<form class="search" method="get" action="{esc(path_for("ecosystem", kind))}">{"".join(fields)}'
        '<div><label>&nbsp;</label><button type="submit">Show</button></div></form>'
    )
    if not rows:
        return form + "<p>No data.</p>"
    cols = list(rows[0])

    def cell(col: str, value: Any) -> str:
        if col == "vendor":
            return vendor_link(value)
        if col in ("site", "category"):
            return search_link(col, value)
        return value_html(value)

    body = [[cell(c, r[c]) for c in cols] for r in rows]
    numeric = [i for i, c in enumerate(cols) if isinstance(rows[0][c], (int, float))]
    return form + table(cols, body, numeric=numeric)


def health(data: Mapping[str, Any]) -> str:
    idx = data["index"]
    state = '<p class="ok">Ready.</p>' if data["ok"] else f'<p class="bad">{esc(idx.get("error"))}</p>'
    facts = [
        ("Index", esc(idx["target"])),
        ("Engine", esc(idx.get("engine"))),
        ("Audit log", esc(data["audit_log"]["path"])),
    ]
    counts = idx.get("counts") or {}
    return (
        state
        + pairs(facts)
        + (
            table(["Type", "Documents"], [[esc(k), esc(v)] for k, v in counts.items()], numeric=(1,))
            if counts
            else ""
        )
    )
