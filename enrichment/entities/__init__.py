"""Validated entities in text: wallets, onion names, PGP keys and contact handles.

``extract_entities`` runs every finder; ``EntityPipeline`` fills ``record.entities`` from the text
fields of a record (page text, listing title and description, post body, vendor key and feedback).

    >>> [(e.entity_type, e.value) for e in extract_entities("BTC: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")]
    [('btc', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')]
    >>> extract_entities("BTC: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")
    []
"""

from __future__ import annotations

from typing import Any

from enrichment.entities.bitcoin import find_bitcoin, validate_bitcoin
from enrichment.entities.contacts import find_contacts
from enrichment.entities.ethereum import find_ethereum, validate_ethereum
from enrichment.entities.litecoin import find_litecoin, validate_litecoin
from enrichment.entities.monero import find_monero, validate_monero
from enrichment.entities.onion import find_onions
from enrichment.entities.pgp import find_pgp_fingerprints, find_pgp_keys
from enrichment.pipeline import RecordPipeline
from parsers.records import Entity, Listing, Page, Post, Thread, Vendor

__all__ = [
    "ENTITY_TYPES",
    "EntityPipeline",
    "extract_entities",
    "record_text",
    "validate_bitcoin",
    "validate_ethereum",
    "validate_litecoin",
    "validate_monero",
]

ENTITY_TYPES = ("btc", "xmr", "eth", "ltc", "onion", "pgp", "email", "phone", "telegram", "session", "wickr",
                "xmpp", "signal")
WALLET_TYPES = frozenset({"btc", "xmr", "eth", "ltc"})
CONTACT_TYPES = frozenset({"email", "phone", "telegram", "session", "wickr", "xmpp", "signal"})
_FINDERS = (find_pgp_keys, find_pgp_fingerprints, find_bitcoin, find_litecoin, find_monero, find_ethereum,
            find_onions, find_contacts)


def extract_entities(text: str | None) -> list[Entity]:
    """Every validated entity in ``text``, each value once per kind (first context kept)."""
    if not text:
        return []
    seen: set[tuple[str, str]] = set()
    out = []
    for finder in _FINDERS:
        for item in finder(text):
            key = (item.entity_type, item.value)
            if key not in seen:
                seen.add(key)
                out.append(item)
    return out


def record_text(record: Any) -> str:
    """The free text of a record that entities can hide in, fields joined by blank lines."""
    parts: list[str | None] = []
    if isinstance(record, Page):
        # Links name onions (mirrors, partners) the visible text may not spell out.
        parts = [record.title, record.text, *record.links]
    elif isinstance(record, Listing):
        parts = [record.title, record.description]
    elif isinstance(record, Post):
        parts = [record.body, *record.links]
    elif isinstance(record, Thread):
        parts = [record.title]
    elif isinstance(record, Vendor):
        parts = [record.pgp_key, *(f.text for f in record.feedback)]
    return "\n\n".join(p for p in parts if p)


class EntityPipeline(RecordPipeline):
    """Fill ``record.entities`` with the validated entities of its text; existing ones are kept."""

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if not hasattr(item, "entities"):
            return item
        known = {(e.entity_type, e.value) for e in item.entities}
        for found in extract_entities(record_text(item)):
            if (found.entity_type, found.value) not in known:
                known.add((found.entity_type, found.value))
                item.entities.append(found)
        if isinstance(item, Vendor) and item.pgp_fingerprint is None:
            keys = [e for e in item.entities if e.entity_type == "pgp"]
            if keys:
                item.pgp_fingerprint = keys[0].value
                item.has_pgp_key = True
        return item
