"""PGP public key blocks, decoded by :mod:`parsers.pgp` to fingerprint, key id, date and user ids.

    >>> find_pgp_keys("no key here")
    []
"""

from __future__ import annotations

from enrichment.entities.common import context_of
from parsers.errors import PgpError
from parsers.pgp import find_armored_keys, parse_armored_key
from parsers.records import Entity


def find_pgp_keys(text: str) -> list[Entity]:
    """One entity per armored public key that decodes; its value is the upper-case fingerprint."""
    found = []
    for block in find_armored_keys(text):
        try:
            key = parse_armored_key(block)
        except (PgpError, ValueError):
            continue  # a mangled block is not evidence of anything
        start = text.find(block[:40])
        before = context_of(text, max(0, start), max(0, start), width=40) if start >= 0 else None
        found.append(Entity(
            entity_type="pgp", value=key.fingerprint, context=before or ", ".join(key.user_ids) or None,
            details={"key_id": key.key_id, "created": key.created.isoformat(),
                     "algorithm": key.algorithm_name, "version": key.version, "user_ids": list(key.user_ids)},
        ))
    return found
