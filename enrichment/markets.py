"""Which market a record belongs to: its ``market`` field, else its site with mirrors folded together.

Parsers often know only the onion a page came from; the same market answers on several onions
(mirrors). :func:`canonical_sites` turns mirror groups from :func:`enrichment.linkgraph.find_mirrors`
into a site -> market map, so one market's vendors and sales are not counted once per mirror.

    >>> from parsers.records import Vendor
    >>> sites = canonical_sites([["b.onion", "a.onion"]], {"a.onion": 10, "b.onion": 3})
    >>> sites
    {'b.onion': 'a.onion'}
    >>> market_of(Vendor(site="b.onion"), sites), market_of(Vendor(site="b.onion", market="Tessera"), sites)
    ('a.onion', 'Tessera')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def canonical_sites(groups: Iterable[Iterable[str]], pages_per_site: Mapping[str, int] | None = None
                    ) -> dict[str, str]:
    """Map every mirror onto the member with the most pages (ties: the first by name)."""
    counts = pages_per_site or {}
    out: dict[str, str] = {}
    for group in groups:
        hosts = sorted(group)
        main = min(hosts, key=lambda h: (-counts.get(h, 0), h))
        out.update({h: main for h in hosts if h != main})
    return out


def market_of(record: Any, sites: Mapping[str, str] | None = None) -> str:
    """The record's market: its own ``market``, else its (canonical) site, else ``"?"``."""
    if getattr(record, "market", None):
        return str(record.market)
    site = getattr(record, "site", None)
    if not site:
        return "?"
    return (sites or {}).get(site, site)
