"""OpenPGP public keys in page text: find armored blocks, decode them, compute fingerprints.

Pure standard library (RFC 4880 / RFC 9580): armor with its CRC24, old and new packet formats,
v3 (MD5), v4 (SHA-1) and v5/v6 (SHA-256) fingerprints. Pages mangle keys (collapsed whitespace,
``<br>`` line breaks, stray headers), so decoding is lenient about layout but strict about the
checksum and the packet structure.

    >>> from parsers.pgp import find_armored_keys, fingerprints_in
    >>> find_armored_keys("no key here")
    []
    >>> fingerprints_in("-----BEGIN PGP PUBLIC KEY BLOCK-----\\ngarbage\\n-----END PGP PUBLIC KEY BLOCK-----")
    []
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from parsers.errors import PgpError

__all__ = [
    "ALGORITHMS",
    "PgpKey",
    "crc24",
    "find_armored_keys",
    "fingerprints_in",
    "parse_armored_key",
    "parse_key_packets",
    "shown_fingerprint",
]

ALGORITHMS: dict[int, str] = {
    1: "RSA",
    2: "RSA-E",
    3: "RSA-S",
    16: "Elgamal",
    17: "DSA",
    18: "ECDH",
    19: "ECDSA",
    20: "Elgamal-S",
    22: "EdDSA",
    25: "X25519",
    26: "X448",
    27: "Ed25519",
    28: "Ed448",
}
# Dashes are sometimes eaten or doubled by page templates, so accept 3 or more.
_BLOCK_RE = re.compile(
    r"-{3,}\s*BEGIN PGP PUBLIC KEY BLOCK\s*-{3,}(?P<body>.*?)-{3,}\s*END PGP PUBLIC KEY BLOCK\s*-{3,}",
    re.DOTALL,
)
_CRC_RE = re.compile(r"^=[A-Za-z0-9+/]{4}$")
_B64_TOKEN_RE = re.compile(r"^[A-Za-z0-9+/]+=*$")
_TAG_PUBLIC_KEY, _TAG_USER_ID, _TAG_PUBLIC_SUBKEY = 6, 13, 14
_MAX_BLOCK = 1 << 20  # a real public key is far below 1 MB; bigger blocks are not keys


@dataclass(frozen=True)
class PgpKey:
    """A parsed transferable public key (primary key plus user ids and subkeys)."""

    #: Upper-case hex: 40 digits for v4, 64 for v5/v6, 32 for v3.
    fingerprint: str
    #: Upper-case 16-hex key id (low 64 bits of a v4 fingerprint, high 64 bits for v5/v6).
    key_id: str
    created: datetime
    algorithm: int
    algorithm_name: str
    version: int
    user_ids: list[str] = field(default_factory=list)
    subkey_fingerprints: list[str] = field(default_factory=list)
    armored: str = ""


def _crc24_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
        table.append(crc & 0xFFFFFF)
    return tuple(table)


# A byte at a time, not a bit: a vendor page's key is checked on every parse of it.
_CRC24_TABLE = _crc24_table()


def crc24(data: bytes) -> int:
    """The OpenPGP armor checksum (RFC 4880 section 6.1)."""
    crc = 0xB704CE
    table = _CRC24_TABLE
    for byte in data:
        crc = ((crc << 8) & 0xFFFFFF) ^ table[((crc >> 16) ^ byte) & 0xFF]
    return crc


def find_armored_keys(text: str) -> list[str]:
    """Every ``PGP PUBLIC KEY BLOCK`` in ``text``, armor lines included, in order of appearance."""
    if not text or "PGP PUBLIC KEY BLOCK" not in text:
        return []
    return [m.group(0) for m in _BLOCK_RE.finditer(text) if len(m.group(0)) <= _MAX_BLOCK]


def _dearmor(block: str) -> bytes:
    match = _BLOCK_RE.search(block)
    if not match:
        raise PgpError("no PGP PUBLIC KEY BLOCK armor")
    tokens = match.group("body").replace("\\n", "\n").split()
    crc: int | None = None
    if tokens and _CRC_RE.match(tokens[-1]):
        crc = int.from_bytes(base64.b64decode(tokens[-1][1:]), "big")
        tokens = tokens[:-1]
    elif tokens and len(tokens[-1]) > 5 and _CRC_RE.match(tokens[-1][-5:]):
        # CRC glued onto the last data line when line breaks were lost.
        crc = int.from_bytes(base64.b64decode(tokens[-1][-4:]), "big")
        tokens[-1] = tokens[-1][:-5]
    last_error = "empty armor"
    # Armor headers ("Version: GnuPG v2", "Comment: ...") may lack their blank line or have lost
    # their line breaks; skip leading tokens until the rest decodes and checks out.
    for start in range(min(len(tokens), 16)):
        if not all(_B64_TOKEN_RE.match(t) for t in tokens[start:]):
            last_error = "non-base64 characters in armor"
            continue
        data = "".join(tokens[start:])
        if not data:
            break
        try:
            raw = base64.b64decode(data + "=" * (-len(data) % 4), validate=True)
        except (binascii.Error, ValueError):
            last_error = "bad base64 in armor"
            continue
        if crc is not None and crc24(raw) != crc:
            last_error = "armor CRC24 mismatch"
            continue
        return raw
    raise PgpError(last_error)


def _packets(raw: bytes) -> list[tuple[int, bytes]]:
    """Split a binary OpenPGP message into (tag, body) packets, old and new formats."""
    out: list[tuple[int, bytes]] = []
    pos, end = 0, len(raw)
    while pos < end:
        head = raw[pos]
        pos += 1
        if not head & 0x80:
            raise PgpError(f"bad packet header byte 0x{head:02x}")
        if head & 0x40:  # new format
            tag = head & 0x3F
            body = bytearray()
            while True:
                if pos >= end:
                    raise PgpError("truncated packet length")
                o1 = raw[pos]
                if o1 < 192:
                    length, pos = o1, pos + 1
                elif o1 < 224:
                    if pos + 1 >= end:
                        raise PgpError("truncated packet length")
                    length, pos = ((o1 - 192) << 8) + raw[pos + 1] + 192, pos + 2
                elif o1 == 255:
                    if pos + 4 >= end:
                        raise PgpError("truncated packet length")
                    length, pos = int.from_bytes(raw[pos + 1 : pos + 5], "big"), pos + 5
                else:  # partial body length: a chunk, then another length follows
                    chunk = 1 << (o1 & 0x1F)
                    body += raw[pos + 1 : pos + 1 + chunk]
                    pos += 1 + chunk
                    continue
                body += raw[pos : pos + length]
                pos += length
                break
            if pos > end:
                raise PgpError("truncated packet body")
            out.append((tag, bytes(body)))
        else:  # old format
            tag, ltype = (head >> 2) & 0x0F, head & 0x03
            if ltype == 3:
                length, size = end - pos, 0
            else:
                size = (1, 2, 4)[ltype]
                if pos + size > end:
                    raise PgpError("truncated packet length")
                length = int.from_bytes(raw[pos : pos + size], "big")
            pos += size
            if pos + length > end:
                raise PgpError("truncated packet body")
            out.append((tag, raw[pos : pos + length]))
            pos += length
    return out


def _mpi_end(body: bytes, pos: int) -> int:
    if pos + 2 > len(body):
        raise PgpError("truncated MPI")
    bits = int.from_bytes(body[pos : pos + 2], "big")
    return pos + 2 + (bits + 7) // 8


def _fingerprint(body: bytes) -> tuple[str, str, int, datetime, int]:
    """(fingerprint, key id, version, created, algorithm) of a public-key packet body."""
    if len(body) < 6:
        raise PgpError("public-key packet too short")
    version = body[0]
    created = datetime.fromtimestamp(int.from_bytes(body[1:5], "big"), tz=UTC)
    if version == 4:
        digest = hashlib.sha1(b"\x99" + len(body).to_bytes(2, "big") + body).hexdigest().upper()
        return digest, digest[-16:], version, created, body[5]
    if version in (5, 6):
        prefix = b"\x9a" if version == 5 else b"\x9b"
        digest = hashlib.sha256(prefix + len(body).to_bytes(4, "big") + body).hexdigest().upper()
        return digest, digest[:16], version, created, body[5]
    if version in (2, 3):
        if len(body) < 8:
            raise PgpError("v3 public-key packet too short")
        algorithm = body[7]
        n_end = _mpi_end(body, 8)
        e_end = _mpi_end(body, n_end)
        n, e = body[10:n_end], body[n_end + 2 : e_end]
        digest = hashlib.md5(n + e).hexdigest().upper()
        return digest, n[-8:].hex().upper(), version, created, algorithm
    raise PgpError(f"unsupported key version {version}")


def parse_key_packets(raw: bytes, armored: str = "") -> PgpKey:
    """Parse a binary transferable public key (the dearmored bytes)."""
    packets = _packets(raw)
    primary = next((body for tag, body in packets if tag == _TAG_PUBLIC_KEY), None)
    if primary is None:
        raise PgpError("no public-key packet")
    fpr, key_id, version, created, algorithm = _fingerprint(primary)
    user_ids = [body.decode("utf-8", "replace") for tag, body in packets if tag == _TAG_USER_ID]
    subkeys = []
    for tag, body in packets:
        if tag == _TAG_PUBLIC_SUBKEY:
            try:
                subkeys.append(_fingerprint(body)[0])
            except PgpError:
                continue  # a broken subkey does not make the primary key unreadable
    return PgpKey(
        fingerprint=fpr,
        key_id=key_id,
        created=created,
        algorithm=algorithm,
        algorithm_name=ALGORITHMS.get(algorithm, f"unknown-{algorithm}"),
        version=version,
        user_ids=user_ids,
        subkey_fingerprints=subkeys,
        armored=armored,
    )


def parse_armored_key(text: str) -> PgpKey:
    """Parse the first armored public key in ``text``; :class:`PgpError` when there is none or it is bad."""
    blocks = find_armored_keys(text)
    if not blocks:
        raise PgpError("no PGP PUBLIC KEY BLOCK found")
    return parse_key_packets(_dearmor(blocks[0]), armored=blocks[0])


def parse_armored_keys(text: str) -> list[PgpKey]:
    """Every readable armored public key in ``text``; unreadable blocks are skipped."""
    keys = []
    for block in find_armored_keys(text):
        try:
            keys.append(parse_key_packets(_dearmor(block), armored=block))
        except PgpError:
            continue
    return keys


def fingerprints_in(text: str) -> list[str]:
    """Primary-key fingerprints of every readable armored public key in ``text``, in order."""
    return [key.fingerprint for key in parse_armored_keys(text)]


# A fingerprint printed as text under its label: "Fingerprint: 6A1F 0C3B ... B5C6" (ten groups of
# four), "Huella digital:", "Empreinte :", "Fingerabdruck:", "Отпечаток ключа:", "0x6A1F0C3B...".
_SHOWN_FPR_RE = re.compile(
    r"(?:fingerprint|huella(?:\s+digital)?|empreinte|fingerabdruck|отпечат\w*|impronta(?:\s+digitale)?|"
    r"impressão\s+digital|odcisk(?:\s+palca)?|vingerafdruk|otisk)[^\n:：]{0,30}?[:：]?\s*"
    r"(?P<v>(?:0x)?[0-9A-Fa-f]{4}(?:[ \t\u00a0]{0,2}[0-9A-Fa-f]{4}){9,15})(?![0-9A-Za-z])",
    re.IGNORECASE,
)


# Ten groups of four hex digits, the least a shown fingerprint holds (see _SHOWN_FPR_RE's value).
_HEX_RUN_RE = re.compile(r"[0-9A-Fa-f]{4}(?:[ \t\u00a0]{0,2}[0-9A-Fa-f]{4}){9}")


def shown_fingerprint(text: str) -> str | None:
    """A key fingerprint that ``text`` prints under a fingerprint label, in several languages
    (40 hex digits, or 64 for v5/v6 keys, grouped or not), upper-cased without spaces; None when
    there is none. It is what the page claims, not computed from a key: an armored key's own
    fingerprint (:func:`fingerprints_in`) is the better word when the key decodes.

    >>> shown_fingerprint("Huella digital: 6A1F 0C3B 9D2E 47A5 8B1C 3D4E 5F60 7182 93A4 B5C6")
    '6A1F0C3B9D2E47A58B1C3D4E5F60718293A4B5C6'
    >>> shown_fingerprint("Order 6A1F0C3B9D2E47A58B1C3D4E5F60718293A4B5C6") is None
    True
    """
    if _HEX_RUN_RE.search(text) is None:
        return None  # no forty hex digits anywhere: no label is searched for (a cheaper pattern)
    for match in _SHOWN_FPR_RE.finditer(text):
        value = re.sub(r"[\s\u00a0]", "", match["v"]).upper().removeprefix("0X")
        if len(value) in (40, 64):
            return value
    return None
