"""Backend-independent assembly: highlights, the vendor view and the ecosystem graph.

Example::

    >>> from index.views import graph_from_docs
    >>> g = graph_from_docs([{"type": "vendor", "site": "m1.onion", "vendor_key": "leafy",
    ...     "vendor": "Leafy", "actor_id": None, "pgp_fingerprint": "AB" * 20, "record": {}}])
    >>> sorted(g.nodes)
    ['market:m1.onion', 'pgp:ABABABABABABABABABABABABABABABABABABABAB', 'vendor:m1.onion/leafy']

Backends fetch documents (exact-term lookups and scans); what is made of them is computed here
once, so SQLite and the cluster give the same vendor view and the same graph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from index.base import Graph, Hit
from index.text import Clause, highlight

#: Record fields highlighted for each document type.
HIGHLIGHT_FIELDS: dict[str, tuple[str, ...]] = {
    "listing": ("title", "description"),
    "vendor": ("name",),
    "thread": ("title",),
    "post": ("body",),
    "page": ("title", "text"),
    "author": ("name",),
    "entity": ("value", "context"),
}
#: Identifier types drawn as shared-identifier nodes of the graph.
GRAPH_ENTITY_TYPES = frozenset(
    {
        "btc",
        "xmr",
        "eth",
        "ltc",
        "pgp",
        "email",
        "phone",
        "telegram",
        "session",
        "wickr",
        "xmpp",
        "signal",
        "onion",
    }
)


def add_highlights(hits: list[Hit], clauses: list[Clause]) -> None:
    """Fill each hit's ``highlight`` from its record and the query's positive clauses."""
    positive = [c for c in clauses if not c.negate]
    if not positive:
        return
    for hit in hits:
        for name in HIGHLIGHT_FIELDS.get(hit.type, ()):
            value = hit.record.get(name)
            frags = highlight(value, positive) if isinstance(value, str) else []
            if frags:
                hit.highlight[name] = frags


Fetch = Callable[[str, list[str], list[str]], list[dict[str, Any]]]
HistoryOf = Callable[[list[str]], list[dict[str, Any]]]


def _series(points: list[dict[str, Any]], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{k: p.get(k) for k in ("captured_at", *keys)} for p in points]


def vendor_view(name: str, fetch: Fetch, history_of: HistoryOf) -> dict[str, Any]:
    """Everything known about a vendor name and its linked identities (same actor id or PGP key).

    ``fetch(field, values, types)`` returns documents whose keyword ``field`` is one of ``values``;
    ``history_of(doc_ids)`` returns their history points.
    """
    key = name.strip().casefold()
    vendors = {d["id"]: (d, "name") for d in fetch("vendor_key", [key], ["vendor"])}
    actors = sorted({d["actor_id"] for d, _ in vendors.values() if d.get("actor_id")})
    fprs = sorted({d["pgp_fingerprint"] for d, _ in vendors.values() if d.get("pgp_fingerprint")})
    if actors:
        for d in fetch("actor_id", actors, ["vendor"]):
            vendors.setdefault(d["id"], (d, "actor_id"))
    if fprs:
        for d in fetch("pgp_fingerprint", fprs, ["vendor"]):
            vendors.setdefault(d["id"], (d, "pgp"))
    names = sorted({key} | {d["vendor_key"] for d, _ in vendors.values() if d.get("vendor_key")})
    listings = fetch("vendor_key", names, ["listing"])
    ids = sorted(vendors) + [d["id"] for d in listings]
    points: dict[str, list[dict[str, Any]]] = {}
    for p in sorted(history_of(ids), key=lambda p: (p.get("captured_at") or "", p["id"])):
        points.setdefault(p["doc_id"], []).append(p)

    identities = []
    for d, link in vendors.values():
        rec = d["record"]
        series = points.get(d["id"], [])
        seen = [p["captured_at"] for p in series if p.get("captured_at")] or [d.get("captured_at")]
        identities.append(
            {
                "id": d["id"],
                "name": rec.get("name"),
                "site": d.get("site"),
                "market": d.get("market"),
                "link": link,
                "actor_id": d.get("actor_id"),
                "pgp_fingerprint": d.get("pgp_fingerprint"),
                "rating": d.get("rating"),
                "feedback_count": d.get("feedback_count"),
                "member_since": rec.get("member_since"),
                "first_seen": min(s for s in seen if s) if any(seen) else None,
                "last_seen": d.get("captured_at"),
                "history": _series(series, ("feedback_count", "rating")),
            }
        )
    identities.sort(key=lambda i: ({"name": 0, "actor_id": 1, "pgp": 2}[i["link"]], i["site"] or "", i["id"]))
    out_listings = []
    categories: dict[str, int] = {}
    for d in sorted(listings, key=lambda d: (d.get("site") or "", d.get("title") or "", d["id"])):
        if d.get("category"):
            categories[d["category"]] = categories.get(d["category"], 0) + 1
        out_listings.append(
            {
                "id": d["id"],
                "title": d.get("title"),
                "vendor": d.get("vendor"),
                "site": d.get("site"),
                "category": d.get("category"),
                "price": d.get("price"),
                "currency": d.get("currency"),
                "price_usd": d.get("price_usd"),
                "stock": d.get("stock"),
                "feedback_count": d.get("feedback_count"),
                "captured_at": d.get("captured_at"),
                "url": d.get("url"),
                "history": _series(
                    points.get(d["id"], []), ("price", "currency", "price_usd", "stock", "feedback_count")
                ),
            }
        )
    entities = sorted(
        {v for d, _ in vendors.values() for v in d.get("entity_values") or []}
        | {v for d in listings for v in d.get("entity_values") or []}
    )
    markets = sorted(
        {i["site"] for i in identities if i["site"]} | {x["site"] for x in out_listings if x["site"]}
    )
    return {
        "name": name,
        "found": bool(identities or out_listings),
        "names": names,
        "actor_ids": actors,
        "markets": markets,
        "identities": identities,
        "listings": out_listings,
        "categories": dict(sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))),
        "entities": entities,
    }


def _answers(posts: list[dict[str, Any]]) -> Iterator[tuple[str, str]]:
    """(member, member answered) per answer: a post's reply to another post of its page, and
    each member it quotes; answering oneself is no edge."""
    on_page: dict[tuple[str, Any, Any], str] = {}
    for d in posts:
        rec = d.get("record") or {}
        if rec.get("author") and rec.get("index") is not None:
            on_page[(d.get("site") or "?", d.get("url") or rec.get("url"), rec["index"])] = rec["author"]
    for d in posts:
        rec = d.get("record") or {}
        site, author = d.get("site") or "?", rec.get("author")
        if not author:
            continue
        answered = set(rec.get("quotes") or [])
        if rec.get("reply_to") is not None:
            parent = on_page.get((site, d.get("url") or rec.get("url"), rec["reply_to"]))
            if parent:
                answered.add(parent)
        for name in sorted(answered - {author}):
            yield f"member:{site}/{author}", f"member:{site}/{name}"


def graph_from_docs(docs: Iterable[dict[str, Any]]) -> Graph:
    """The ecosystem graph from vendor, listing and post documents.

    Nodes: ``vendor:<site>/<name>`` (one per vendor profile), ``market:<site>``, ``actor:<id>``,
    one node per shared identifier (``pgp:<fingerprint>``, ``btc:<address>``...) and
    ``member:<site>/<name>`` for forum members who answer or are answered. Edges: ``sells_on``
    (vendor -> market, weight = listings), ``is`` (vendor -> actor), ``uses`` (vendor ->
    identifier, weight = documents mentioning it) and ``answers`` (member -> member, weight =
    posts: a reply to another's post, by ``reply_to``, or a quote of them).
    """
    g = Graph()
    weights: dict[tuple[str, str, str], int] = {}

    def edge(src: str, dst: str, kind: str, n: int = 1) -> None:
        weights[(src, dst, kind)] = weights.get((src, dst, kind), 0) + n

    ent_types: dict[str, str] = {}
    posts: list[dict[str, Any]] = []
    for d in docs:
        if d.get("type") == "post":
            posts.append(d)
            continue
        site, key = d.get("site") or "?", d.get("vendor_key")
        if not key:
            continue
        vnode = f"vendor:{site}/{key}"
        node = g.nodes.setdefault(
            vnode, {"kind": "vendor", "label": d.get("vendor") or key, "site": site, "listings": 0}
        )
        g.nodes.setdefault(f"market:{site}", {"kind": "market", "label": site})
        if d["type"] == "listing":
            node["listings"] += 1
            edge(vnode, f"market:{site}", "sells_on")
        else:
            node["label"] = d.get("vendor") or key
            weights.setdefault((vnode, f"market:{site}", "sells_on"), 0)
            if d.get("actor_id"):
                g.nodes.setdefault(f"actor:{d['actor_id']}", {"kind": "actor", "label": d["actor_id"]})
                edge(vnode, f"actor:{d['actor_id']}", "is")
            if d.get("pgp_fingerprint"):
                ent_types[d["pgp_fingerprint"]] = "pgp"
                edge(vnode, f"pgp:{d['pgp_fingerprint']}", "uses")
        for ent in (d.get("record") or {}).get("entities") or []:
            typ, value = ent.get("entity_type"), ent.get("value")
            if typ in GRAPH_ENTITY_TYPES and value:
                ent_types[value] = typ
                edge(vnode, f"{typ}:{value}", "uses")
    for src, dst in _answers(posts):
        edge(src, dst, "answers")
    for value, typ in ent_types.items():
        g.nodes.setdefault(f"{typ}:{value}", {"kind": "identifier", "label": value, "identifier_type": typ})
    for src, dst, kind in weights:
        if kind == "answers":
            for member in (src, dst):
                site, _, name = member[len("member:"):].partition("/")
                g.nodes.setdefault(member, {"kind": "member", "label": name, "site": site})
    for (src, dst, kind), n in sorted(weights.items()):
        g.edges.append((src, dst, {"kind": kind, "weight": n}))
    return g
