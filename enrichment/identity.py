"""Vendor identity resolution across markets: links with evidence and confidence, clusters as actors.

Two vendor profiles are linked when they share hard identifiers (the same PGP fingerprint, a wallet,
a contact handle); similar handles ("NightOwl", "night_0wl") add weight but never link on their own,
since generated or common handles collide between unrelated people. Evidence from independent
kinds combines as ``1 - prod(1 - c)``; pairs at or above ``threshold`` are joined, and each
connected cluster becomes an :class:`Actor` whose id is written to ``vendor.actor_id``.

    >>> from parsers.records import Vendor
    >>> a = Vendor(site="a.onion", market="alpha", name="NightOwl", pgp_fingerprint="AB" * 20)
    >>> b = Vendor(site="b.onion", market="beta", name="night_0wl", pgp_fingerprint="AB" * 20)
    >>> c = Vendor(site="b.onion", market="beta", name="CopperKettle")
    >>> [sorted(x.aliases) for x in link_vendors([a, b, c]) if len(x.aliases) > 1]
    [[('alpha', 'NightOwl'), ('beta', 'night_0wl')]]
    >>> a.actor_id == b.actor_id != c.actor_id
    True
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from enrichment.entities import CONTACT_TYPES, WALLET_TYPES
from enrichment.markets import market_of
from parsers.records import Entity, Listing, Vendor

#: Confidence one piece of evidence of each kind carries on its own.
CONFIDENCE = {"pgp": 0.97, "wallet": 0.90, "contact": 0.80, "handle": 0.35, "handle_similar": 0.20}
DEFAULT_THRESHOLD = 0.5
# 1, l, i, | and ! stand in for each other in handles, so all fold to "i".
_LEET = str.maketrans({"0": "o", "1": "i", "l": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                       "9": "g", "@": "a", "$": "s", "!": "i", "|": "i"})
_SEPARATORS = re.compile(r"[\s._\-+~*]+")
_TRAILING_DIGITS = re.compile(r"\d+$")

Alias = tuple[str, str]


@dataclass
class Link:
    """Why two aliases are believed to be one actor."""

    a: Alias
    b: Alias
    evidence: list[str]
    confidence: float


@dataclass
class Actor:
    """One real-world seller behind one or more vendor profiles."""

    actor_id: str
    aliases: list[Alias]
    links: list[Link] = field(default_factory=list)
    #: Identifiers the aliases showed (``"pgp:ABCD..."``, ``"btc:1..."``, ``"telegram:@x"``).
    identifiers: list[str] = field(default_factory=list)

    @property
    def markets(self) -> list[str]:
        return sorted({market for market, _ in self.aliases})


def handle_skeleton(handle: str) -> str:
    """A handle with case, separators and leetspeak folded: ``N1ght_0wl`` -> ``nightowi``."""
    lowered = _SEPARATORS.sub("", handle.casefold())
    # Digits at the end are usually a counter, not a letter in disguise ("owl77").
    core = _TRAILING_DIGITS.sub("", lowered) or lowered
    return core.translate(_LEET)


def alias_of(vendor: Vendor, sites: Mapping[str, str] | None = None) -> Alias:
    """(market, handle) naming a vendor profile; mirrors of one market share an alias (see
    :func:`enrichment.markets.market_of`)."""
    return (market_of(vendor, sites), vendor.name or "?")


def _identifiers(entities: Iterable[Entity]) -> set[tuple[str, str]]:
    out = set()
    for ent in entities:
        if ent.entity_type in WALLET_TYPES:
            out.add(("wallet", f"{ent.entity_type}:{ent.value}"))
        elif ent.entity_type in CONTACT_TYPES:
            # A phone number is the same contact whether it is labelled Signal or phone.
            value = ent.value.casefold()
            kind = "phone" if value.startswith("+") else ent.entity_type
            out.add(("contact", f"{kind}:{value}"))
        elif ent.entity_type == "pgp":
            out.add(("pgp", f"pgp:{ent.value.upper()}"))
    return out


def _describe(kind: str, value: str) -> str:
    subtype, _, ident = value.partition(":")
    if kind == "pgp":
        return f"same PGP key {ident}"
    if kind == "wallet":
        return f"shared {subtype} wallet {ident}"
    return f"shared {subtype} contact {ident}"


def _combine(confidences: Iterable[float]) -> float:
    remaining = 1.0
    for c in confidences:
        remaining *= 1.0 - c
    return round(1.0 - remaining, 4)


def link_vendors(vendors: list[Vendor], listings: Iterable[Listing] = (),
                 entities: Mapping[Alias, Iterable[Entity]] | None = None, *,
                 threshold: float = DEFAULT_THRESHOLD, sites: Mapping[str, str] | None = None) -> list[Actor]:
    """Cluster vendor profiles into actors; sets ``vendor.actor_id`` on every vendor given.

    ``listings`` contribute the entities of each vendor's listings; ``entities`` adds entities per
    alias found elsewhere (the vendor's profile page text, say). ``sites`` maps mirror onions to
    their market's main onion for records without a ``market``. Every alias ends up in exactly one
    actor, singletons included.
    """
    ids: dict[Alias, set[tuple[str, str]]] = defaultdict(set)
    for vendor in vendors:
        alias = alias_of(vendor, sites)
        ids[alias] |= _identifiers(vendor.entities)
        if vendor.pgp_fingerprint:
            ids[alias].add(("pgp", f"pgp:{vendor.pgp_fingerprint.upper()}"))
    for listing in listings:
        if listing.vendor:
            alias = (market_of(listing, sites), listing.vendor)
            if alias in ids:
                ids[alias] |= _identifiers(listing.entities)
    for alias, extra in (entities or {}).items():
        if alias in ids:
            ids[alias] |= _identifiers(extra)

    aliases = sorted(ids)
    # Candidate pairs come from shared identifiers and equal handle skeletons (no all-pairs scan).
    by_identifier: dict[tuple[str, str], list[Alias]] = defaultdict(list)
    by_skeleton: dict[str, list[Alias]] = defaultdict(list)
    for alias in aliases:
        for ident in ids[alias]:
            by_identifier[ident].append(alias)
        by_skeleton[handle_skeleton(alias[1])].append(alias)
    evidence: dict[tuple[Alias, Alias], dict[str, tuple[float, str]]] = defaultdict(dict)
    for (kind, value), group in by_identifier.items():
        # An identifier on 20+ profiles is a market's own (escrow wallet, support mail), not a person's.
        if len(group) < 2 or len(group) > 20:
            continue
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                evidence[(a, b)][f"{kind}:{value}"] = (CONFIDENCE[kind], _describe(kind, value))
    for group in by_skeleton.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a[0] != b[0]:
                    evidence[(a, b)]["handle"] = (CONFIDENCE["handle"],
                                                  f"similar handles {a[1]!r} ~ {b[1]!r} (same skeleton)")
    # Looser handle similarity only strengthens pairs that already share something.
    for (a, b), found in evidence.items():
        if "handle" not in found:
            ratio = SequenceMatcher(None, handle_skeleton(a[1]), handle_skeleton(b[1])).ratio()
            if ratio >= 0.8:
                found["handle"] = (CONFIDENCE["handle_similar"],
                                   f"similar handles {a[1]!r} ~ {b[1]!r} (similarity {ratio:.2f})")

    parent = {alias: alias for alias in aliases}

    def find(x: Alias) -> Alias:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    accepted: list[Link] = []
    for (a, b), found in sorted(evidence.items()):
        confidence = _combine(c for c, _ in found.values())
        if confidence >= threshold:
            accepted.append(Link(a=a, b=b, evidence=sorted(text for _, text in found.values()),
                                 confidence=confidence))
            parent[find(a)] = find(b)

    clusters: dict[Alias, list[Alias]] = defaultdict(list)
    for alias in aliases:
        clusters[find(alias)].append(alias)
    actors: dict[Alias, Actor] = {}
    for root, members in clusters.items():
        members.sort()
        digest = hashlib.sha1("|".join(f"{m}/{h}" for m, h in members).encode()).hexdigest()[:12]
        idents = sorted({value for m in members for _, value in ids[m]})
        actors[root] = Actor(actor_id=f"actor-{digest}", aliases=members, identifiers=idents)
    for link in accepted:
        actors[find(link.a)].links.append(link)
    for vendor in vendors:
        vendor.actor_id = actors[find(alias_of(vendor, sites))].actor_id
    return sorted(actors.values(), key=lambda actor: (-len(actor.aliases), actor.actor_id))
