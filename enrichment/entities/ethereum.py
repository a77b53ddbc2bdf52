"""Ethereum addresses with the EIP-55 mixed-case checksum.

A mixed-case address must match its checksum; an all-lower or all-upper one carries no checksum
and is kept, marked ``checksummed: False``. Values are reported in their EIP-55 form.

    >>> to_checksum_address("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'
    >>> validate_ethereum("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD") is None
    True
"""

from __future__ import annotations

import re
from typing import Any

from enrichment.entities.common import entity
from enrichment.entities.keccak import keccak256
from parsers.records import Entity

_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![0-9a-zA-Z])")


def to_checksum_address(address: str) -> str:
    """The EIP-55 spelling of a 0x-prefixed 40-hex address."""
    hexaddr = address[2:].lower()
    digest = keccak256(hexaddr.encode("ascii")).hex()
    return "0x" + "".join(c.upper() if c in "abcdef" and int(digest[i], 16) > 7 else c
                          for i, c in enumerate(hexaddr))


def validate_ethereum(address: str) -> dict[str, Any] | None:
    """Details (``checksummed``) of a valid Ethereum address, None when malformed or mis-checksummed."""
    if not re.fullmatch(r"0x[0-9a-fA-F]{40}", address):
        return None
    body = address[2:]
    if body in (body.lower(), body.upper()):
        return {"checksummed": False}
    if to_checksum_address(address) != address:
        return None
    return {"checksummed": True}


def find_ethereum(text: str) -> list[Entity]:
    """Every valid Ethereum address in ``text``, with its context."""
    found = []
    for match in _CANDIDATE.finditer(text):
        details = validate_ethereum(match.group())
        if details is not None:
            found.append(entity("eth", to_checksum_address(match.group()), text, match.start(), match.end(),
                                **details))
    return found
