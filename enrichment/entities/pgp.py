"""PGP public key blocks, decoded by :mod:`parsers.pgp` to fingerprint, key id, date and user ids.

Pages also print bare fingerprints ("PGP fingerprint: 4C98 DEDC ..."); those count when labelled
as a fingerprint or PGP key, since a lone 40-hex string may be any hash.

    >>> find_pgp_keys("no key here")
    []
    >>> text = "PGP fingerprint: 4C98 DEDC 1F05 716A 0B2D A72E 5699 48EF F338 0628"
    >>> [e.value for e in find_pgp_fingerprints(text)]
    ['4C98DEDC1F05716A0B2DA72E569948EFF3380628']
"""

from __future__ import annotations

import re

from enrichment.entities.common import context_of, entity
from parsers.errors import PgpError
from parsers.pgp import find_armored_keys, parse_armored_key
from parsers.records import Entity

_FINGERPRINT = re.compile(
    r"(?:fingerprint|fpr|pgp|gpg|openpgp|key\s*id)\W{0,12}(?:key\W{0,4})?(?:fingerprint\W{0,4})?"
    r"(?P<fpr>(?:[0-9A-Fa-f]{4}[ \u00a0]?){9}[0-9A-Fa-f]{4}|(?:[0-9A-Fa-f]{4}[ \u00a0]?){15}[0-9A-Fa-f]{4})"
    r"(?![0-9A-Fa-f])",
    re.IGNORECASE,
)


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


def find_pgp_fingerprints(text: str) -> list[Entity]:
    """Labelled v4 (40 hex) or v5/v6 (64 hex) fingerprints, spaces allowed between 4-digit groups."""
    found = []
    for match in _FINGERPRINT.finditer(text):
        value = re.sub(r"\s", "", match.group("fpr")).upper()
        found.append(entity("pgp", value, text, match.start("fpr"), match.end("fpr"), source="fingerprint",
                            version=4 if len(value) == 40 else 6))
    return found
