"""Litecoin addresses: base58check L (P2PKH) and M (P2SH), and ltc1 segwit (bech32/bech32m).

Legacy ``3...`` P2SH addresses share Bitcoin's version byte and are reported as Bitcoin.

    >>> validate_litecoin("LXYx4j8PDGE8GEwDFnEQhcLyHFGsRxSJwt")["kind"]
    'p2pkh'
    >>> validate_litecoin("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa") is None
    True
"""

from __future__ import annotations

import re
from typing import Any

from enrichment.entities.codecs import b58check_decode, segwit_decode
from enrichment.entities.common import entity
from parsers.records import Entity

_BASE58_VERSIONS = {0x30: "p2pkh", 0x32: "p2sh"}
_CANDIDATE = re.compile(
    r"(?<![A-Za-z0-9])(?:[LM][1-9A-HJ-NP-Za-km-z]{25,34}|(?:ltc|LTC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87})"
    r"(?![A-Za-z0-9])"
)


def validate_litecoin(address: str) -> dict[str, Any] | None:
    """Details (network, kind) of a valid Litecoin mainnet address, None otherwise."""
    if address[:4].lower() == "ltc1":
        decoded = segwit_decode("ltc", address)
        if decoded is None:
            return None
        version, program = decoded
        kind = {(0, 20): "p2wpkh", (0, 32): "p2wsh", (1, 32): "p2tr"}.get((version, len(program)), "segwit")
        return {"network": "mainnet", "kind": kind, "witness_version": version}
    decoded_b58 = b58check_decode(address)
    if decoded_b58 is None or decoded_b58[0] not in _BASE58_VERSIONS or len(decoded_b58[1]) != 20:
        return None
    return {"network": "mainnet", "kind": _BASE58_VERSIONS[decoded_b58[0]]}


def find_litecoin(text: str) -> list[Entity]:
    """Every valid Litecoin address in ``text``, with its context."""
    found = []
    for match in _CANDIDATE.finditer(text):
        address = match.group()
        details = validate_litecoin(address)
        if details is not None:
            value = address.lower() if address[:4].lower() == "ltc1" else address
            found.append(entity("ltc", value, text, match.start(), match.end(), **details))
    return found
