"""Monero addresses: standard, subaddress and integrated, checked with their Keccak-256 checksum.

Layout (Monero docs, "Standard address"): network byte, public spend key (32), public view key
(32), [payment id (8) for integrated], then the first 4 bytes of Keccak-256 of all of that,
written in Monero's block base58 (95 characters, 106 for integrated addresses).

    >>> doc_example = ("4AdUndXHHZ6cfufTMvppY6JwXNouMBzSkbLYfpAV5Usx3skxNgYeYTRj5UzqtReoS44qo9mtmXCqY45DJ85"
    ...                "2K5Jv2684Rge")
    >>> validate_monero(doc_example)["kind"]
    'standard'
"""

from __future__ import annotations

import re
from typing import Any

from enrichment.entities.codecs import xmr_b58decode
from enrichment.entities.common import entity
from enrichment.entities.keccak import keccak256
from parsers.records import Entity

# network byte -> (network, kind); from Monero's cryptonote_config.h as documented.
NETWORK_BYTES: dict[int, tuple[str, str]] = {
    18: ("mainnet", "standard"), 19: ("mainnet", "integrated"), 42: ("mainnet", "subaddress"),
    24: ("stagenet", "standard"), 25: ("stagenet", "integrated"), 36: ("stagenet", "subaddress"),
    53: ("testnet", "standard"), 54: ("testnet", "integrated"), 63: ("testnet", "subaddress"),
}
_CANDIDATE = re.compile(
    r"(?<![A-Za-z0-9])[4-9A-C][1-9A-HJ-NP-Za-km-z]{94}(?:[1-9A-HJ-NP-Za-km-z]{11})?(?![A-Za-z0-9])"
)


def validate_monero(address: str) -> dict[str, Any] | None:
    """Details (network, kind, keys) of a valid Monero address, None otherwise."""
    if len(address) not in (95, 106):
        return None
    raw = xmr_b58decode(address)
    if raw is None or len(raw) not in (69, 77):
        return None
    body, checksum = raw[:-4], raw[-4:]
    if keccak256(body)[:4] != checksum:
        return None
    known = NETWORK_BYTES.get(body[0])
    if known is None:
        return None
    network, kind = known
    if (kind == "integrated") != (len(raw) == 77):
        return None
    details: dict[str, Any] = {"network": network, "kind": kind, "spend_key": body[1:33].hex(),
                               "view_key": body[33:65].hex()}
    if kind == "integrated":
        details["payment_id"] = body[65:73].hex()
    return details


def find_monero(text: str) -> list[Entity]:
    """Every valid Monero address in ``text``, with its context."""
    found = []
    for match in _CANDIDATE.finditer(text):
        details = validate_monero(match.group())
        if details is not None:
            found.append(entity("xmr", match.group(), text, match.start(), match.end(), **details))
    return found
