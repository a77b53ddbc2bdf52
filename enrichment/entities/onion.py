"""Onion v3 addresses, checked through :mod:`ethics.onion` (checksum and version byte).

    >>> text = "mirror: 2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion"
    >>> [e.value for e in find_onions(text)]
    ['2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion']
"""

from __future__ import annotations

from enrichment.entities.common import entity
from ethics.onion import ONION_V3_RE, is_valid_onion, public_key_from_address
from parsers.records import Entity


def find_onions(text: str) -> list[Entity]:
    """Every valid v3 onion name in ``text`` (lower case), with its context and public key."""
    found = []
    for match in ONION_V3_RE.finditer(text):
        address = f"{match.group(1).lower()}.onion"
        if is_valid_onion(address):
            key = public_key_from_address(address) or b""
            found.append(entity("onion", address, text, match.start(), match.end(), version=3,
                                public_key=key.hex()))
    return found
