"""Onion v3 addresses: validate, normalise and derive them, without any network.

Every package that handles an onion name goes through here, so a name is checked the same way
by scopes, blocklists, the crawler and entity extraction.

    >>> addr = address_from_public_key(bytes(32))
    >>> addr
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaam2dqd.onion'
    >>> is_valid_onion(addr), is_valid_onion("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.onion")
    (True, False)
    >>> normalise_host("WWW.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM2DQD.onion:80")
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaam2dqd.onion'
"""

from __future__ import annotations

import base64
import hashlib
import re

ONION_V3_RE = re.compile(r"\b([a-z2-7]{56})\.onion\b", re.IGNORECASE)
_VERSION = b"\x03"


def _checksum(public_key: bytes) -> bytes:
    return hashlib.sha3_256(b".onion checksum" + public_key + _VERSION).digest()[:2]


def address_from_public_key(public_key: bytes) -> str:
    """The ``.onion`` name of a 32-byte ed25519 public key (rend-spec-v3 section 6)."""
    if len(public_key) != 32:
        raise ValueError("an onion v3 public key has 32 bytes")
    raw = public_key + _checksum(public_key) + _VERSION
    return base64.b32encode(raw).decode("ascii").lower() + ".onion"


def public_key_from_address(address: str) -> bytes | None:
    """The ed25519 public key inside a valid v3 address, or None when checksum or version fail."""
    label = address.lower().removesuffix(".onion").rsplit(".", 1)[-1]
    if len(label) != 56 or not re.fullmatch(r"[a-z2-7]{56}", label):
        return None
    raw = base64.b32decode(label.upper())
    key, checksum, version = raw[:32], raw[32:34], raw[34:]
    if version != _VERSION or checksum != _checksum(key):
        return None
    return key


def is_valid_onion(address: str) -> bool:
    """True for a v3 onion name whose checksum and version byte are right."""
    return public_key_from_address(address) is not None


def normalise_host(host: str) -> str:
    """Lower-case a host, drop a port and any subdomain in front of an onion name."""
    host = host.strip().lower().rstrip(".")
    if host.startswith("[") or host.count(":") > 1:
        return host  # IPv6 literal: nothing to normalise for onions
    host = host.split(":", 1)[0]
    match = ONION_V3_RE.search(host)
    return f"{match.group(1)}.onion" if match and host.endswith(".onion") else host


def expanded_secret_key(seed: bytes) -> bytes:
    """Tor's 64-byte expanded ed25519 secret key of a 32-byte seed (what ADD_ONION takes)."""
    digest = bytearray(hashlib.sha512(seed).digest())
    digest[0] &= 248
    digest[31] &= 63
    digest[31] |= 64
    return bytes(digest)
