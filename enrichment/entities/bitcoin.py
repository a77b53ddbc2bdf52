"""Bitcoin addresses: base58check (P2PKH, P2SH) and segwit bech32/bech32m (BIP-173, BIP-350).

A candidate becomes an entity only when its checksum, version and witness program are valid.

    >>> validate_bitcoin("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")["kind"]
    'p2pkh'
    >>> validate_bitcoin("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb") is None
    True
    >>> [e.value for e in find_bitcoin("send to bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 now")]
    ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4']
"""

from __future__ import annotations

import re
from typing import Any

from enrichment.entities.codecs import b58check_decode, segwit_decode
from enrichment.entities.common import entity
from parsers.records import Entity

# version byte -> (network, kind)
_BASE58_VERSIONS = {0x00: ("mainnet", "p2pkh"), 0x05: ("mainnet", "p2sh"),
                    0x6F: ("testnet", "p2pkh"), 0xC4: ("testnet", "p2sh")}
_SEGWIT_HRPS = {"bc": "mainnet", "tb": "testnet"}
_CANDIDATE = re.compile(
    r"(?<![A-Za-z0-9])(?:[13mn2][1-9A-HJ-NP-Za-km-z]{25,34}|(?:bc|tb|BC|TB)1[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87})"
    r"(?![A-Za-z0-9])"
)


def validate_bitcoin(address: str) -> dict[str, Any] | None:
    """Details (network, kind, witness version) of a valid Bitcoin address, None otherwise."""
    prefix = address[:3].lower()
    if prefix in ("bc1", "tb1"):
        hrp = prefix[:2]
        decoded = segwit_decode(hrp, address)
        if decoded is None:
            return None
        version, program = decoded
        kind = {(0, 20): "p2wpkh", (0, 32): "p2wsh", (1, 32): "p2tr"}.get((version, len(program)), "segwit")
        return {"network": _SEGWIT_HRPS[hrp], "kind": kind, "witness_version": version}
    decoded_b58 = b58check_decode(address)
    if decoded_b58 is None:
        return None
    version_byte, payload = decoded_b58
    if version_byte not in _BASE58_VERSIONS or len(payload) != 20:
        return None
    network, kind = _BASE58_VERSIONS[version_byte]
    return {"network": network, "kind": kind}


def normalise_bitcoin(address: str) -> str:
    """Segwit addresses are case-insensitive: keep them lower case; base58 is case-sensitive."""
    return address.lower() if address[:3].lower() in ("bc1", "tb1") else address


def find_bitcoin(text: str) -> list[Entity]:
    """Every valid Bitcoin address in ``text``, with its context."""
    found = []
    for match in _CANDIDATE.finditer(text):
        details = validate_bitcoin(match.group())
        if details is not None:
            found.append(entity("btc", normalise_bitcoin(match.group()), text, match.start(), match.end(),
                                **details))
    return found
