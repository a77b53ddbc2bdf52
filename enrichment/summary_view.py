"""One call from a crawl's records to the intelligence view the demo and the CLI print.

    >>> from parsers.records import Vendor
    >>> view = summarise([Vendor(market="a", name="NightOwl", pgp_fingerprint="AB" * 20),
    ...                   Vendor(market="b", name="night_0wl", pgp_fingerprint="AB" * 20)], enriched=True)
    >>> view["actors_linked"], view["linked_vendors"][0]["aliases"]
    (1, [['a', 'NightOwl'], ['b', 'night_0wl']])
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from enrichment.demand import estimate_demand
from enrichment.identity import Alias, alias_of, link_vendors
from enrichment.linkgraph import find_mirrors, link_graph
from enrichment.markets import canonical_sites
from enrichment.producers import score_authors
from parsers.records import Entity, Listing, Page, Vendor


def split_records(records: Iterable[Any]) -> dict[str, list[Any]]:
    """Records by kind; a standalone entity is attached to the record before it (its page's record)."""
    kinds: dict[str, list[Any]] = defaultdict(list)
    owner: Any = None
    for record in records:
        if isinstance(record, Entity):
            kinds["entity"].append(record)
            known = {(e.entity_type, e.value) for e in getattr(owner, "entities", [])}
            fresh = (record.entity_type, record.value) not in known
            if owner is not None and hasattr(owner, "entities") and fresh:
                owner.entities.append(record)
            continue
        owner = record
        kinds[getattr(record, "kind", "other")].append(record)
    return kinds


def summarise(records: Iterable[Any], *, enriched: bool = False, top: int = 10,
              settings: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """actors_linked, entities, top_producers, linked_vendors, demand_by_category and more."""
    from enrichment import enrich_records

    records = list(records)
    if not enriched:
        records = enrich_records(records, settings=settings)
    kinds = split_records(records)
    vendors: list[Vendor] = kinds["vendor"]
    listings: list[Listing] = kinds["listing"]
    pages: list[Page] = kinds["page"]

    # Mirrors of one market are one market, for vendors and listings that name none.
    mirrors = find_mirrors(pages)
    sites = canonical_sites([m.hosts for m in mirrors], Counter(p.site for p in pages if p.site))
    # Entities of a vendor's profile page count for that vendor.
    page_entities: dict[str, list[Entity]] = {p.url: p.entities for p in pages if p.url}
    by_alias: dict[Alias, list[Entity]] = defaultdict(list)
    for vendor in vendors:
        if vendor.url and vendor.url in page_entities:
            by_alias[alias_of(vendor, sites)].extend(page_entities[vendor.url])
    actors = link_vendors(vendors, listings, by_alias, sites=sites)
    linked = [a for a in actors if len(a.markets) >= 2]

    unique: dict[tuple[str, str], Entity] = {}
    for record in records:
        for ent in [record] if isinstance(record, Entity) else getattr(record, "entities", []):
            unique.setdefault((ent.entity_type, ent.value), ent)
    by_kind = Counter(kind for kind, _ in unique)

    scores = score_authors(kinds["thread"], kinds["post"], kinds["author"])
    producers = [s for s in scores if s.role == "producer"][:top]
    demand = estimate_demand(vendors, listings, sites=sites)
    graph = link_graph(pages)
    return {
        "records": {kind: len(items) for kind, items in sorted(kinds.items()) if items},
        "entities": len(unique),
        "entities_by_kind": dict(sorted(by_kind.items())),
        "actors": len(actors),
        "actors_linked": len(linked),
        "linked_vendors": [{
            "actor_id": a.actor_id, "markets": a.markets, "aliases": [list(x) for x in a.aliases],
            "links": [{"a": list(link.a), "b": list(link.b), "evidence": link.evidence,
                       "confidence": link.confidence} for link in a.links],
        } for a in linked],
        "top_producers": [{"name": s.name, "site": s.site, "score": s.score, "role": s.role,
                           "reasons": s.reasons} for s in producers],
        "authors_scored": len(scores),
        "demand_by_category": demand.by_category,
        "demand_by_category_range": {k: [demand.by_category_low[k], demand.by_category_high[k]]
                                     for k in demand.by_category},
        "demand_by_market": demand.by_market,
        "demand_total_usd": demand.total_usd,
        "link_graph": {"hosts": len(graph.nodes), "edges": len(graph.edges)},
        "mirrors": [{"hosts": m.hosts, "shared_pages": m.shared_pages, "method": m.method} for m in mirrors],
    }

