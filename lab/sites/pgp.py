"""Deterministic, real OpenPGP v4 public keys for the lab's fictional vendors.

Each key is an Ed25519 (EdDSA, algorithm 22) primary key with one User ID and a positive
self-certification (signature type 0x13) made with the key itself, so ``gpg --show-keys`` parses
it and ``gpg --check-sigs`` finds the self-signature good. Ed25519 signatures are deterministic
and the creation time is fixed, so the same seed always gives the same armored bytes.

    >>> key = public_key("demo-seed", "NightOwl (onionscope lab, fictional)")
    >>> key.armored.splitlines()[0]
    '-----BEGIN PGP PUBLIC KEY BLOCK-----'
    >>> len(key.fingerprint)
    40
"""

from __future__ import annotations

import base64
import hashlib
import struct
from dataclasses import dataclass
from functools import lru_cache

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

#: 2024-01-01T00:00:00Z: the fixed key and signature creation time of every lab key.
CREATED = 1704067200
_ED25519_OID = bytes.fromhex("2B06010401DA470F01")
_ALGO_EDDSA = 22
_HASH_SHA256 = 8


@dataclass(frozen=True)
class PgpKey:
    """An armored public key with its v4 fingerprint (40 upper-case hex) and long key id."""

    armored: str
    fingerprint: str
    key_id: str
    user_id: str


def _mpi(data: bytes) -> bytes:
    stripped = data.lstrip(b"\0")
    bits = len(stripped) * 8 - (8 - stripped[0].bit_length()) if stripped else 0
    return struct.pack(">H", bits) + stripped


def _packet(tag: int, body: bytes) -> bytes:
    # New-format header; every lab packet is shorter than 8384 bytes.
    n = len(body)
    if n < 192:
        length = bytes([n])
    else:
        n -= 192
        length = bytes([(n >> 8) + 192, n & 0xFF])
    return bytes([0xC0 | tag]) + length + body


def _subpacket(kind: int, data: bytes) -> bytes:
    return bytes([len(data) + 1, kind]) + data


def crc24(data: bytes) -> int:
    """The CRC-24 of OpenPGP ASCII armor (RFC 4880 section 6.1)."""
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def armor(data: bytes, kind: str = "PUBLIC KEY BLOCK") -> str:
    b64 = base64.b64encode(data).decode()
    lines = [b64[i : i + 64] for i in range(0, len(b64), 64)]
    check = base64.b64encode(crc24(data).to_bytes(3, "big")).decode()
    return "\n".join([f"-----BEGIN PGP {kind}-----", "", *lines, "=" + check, f"-----END PGP {kind}-----"])


@lru_cache(maxsize=2048)
def public_key(seed: str, user_id: str) -> PgpKey:
    """The deterministic key of ``seed`` carrying ``user_id``."""
    secret = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"pgp:{seed}".encode()).digest())
    raw_pub = secret.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    key_body = (
        bytes([4])
        + struct.pack(">I", CREATED)
        + bytes([_ALGO_EDDSA, len(_ED25519_OID)])
        + _ED25519_OID
        + _mpi(b"\x40" + raw_pub)
    )
    fpr = hashlib.sha1(b"\x99" + struct.pack(">H", len(key_body)) + key_body).digest()
    uid = user_id.encode("utf-8")

    hashed = (
        _subpacket(2, struct.pack(">I", CREATED))  # signature creation time
        + _subpacket(27, b"\x03")  # key flags: certify + sign
        + _subpacket(33, b"\x04" + fpr)
    )  # issuer fingerprint
    sig_head = bytes([4, 0x13, _ALGO_EDDSA, _HASH_SHA256]) + struct.pack(">H", len(hashed)) + hashed
    trailer = b"\x04\xff" + struct.pack(">I", len(sig_head))
    digest = hashlib.sha256(
        b"\x99"
        + struct.pack(">H", len(key_body))
        + key_body
        + b"\xb4"
        + struct.pack(">I", len(uid))
        + uid
        + sig_head
        + trailer
    ).digest()
    # OpenPGP's legacy EdDSA signs the hash value itself as the ed25519 message.
    sig = secret.sign(digest)
    unhashed = _subpacket(16, fpr[-8:])  # issuer key id
    sig_body = (
        sig_head + struct.pack(">H", len(unhashed)) + unhashed + digest[:2] + _mpi(sig[:32]) + _mpi(sig[32:])
    )
    packets = _packet(6, key_body) + _packet(13, uid) + _packet(2, sig_body)
    return PgpKey(
        armored=armor(packets), fingerprint=fpr.hex().upper(), key_id=fpr[-8:].hex().upper(), user_id=user_id
    )
