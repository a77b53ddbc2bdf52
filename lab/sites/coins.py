"""Valid-format, fictional identifiers: Bitcoin, Litecoin, Monero, Ethereum addresses.

Every address is derived from a seed string, so the lab's pages are the same on every run, and
every address passes the real checksum (base58check, bech32, Monero keccak, EIP-55): an entity
extractor that validates checksums finds them, one that matches loose patterns also finds noise.

    >>> btc_p2pkh("demo")[:1], len(xmr_address("demo")), eth_address("demo")[:2]
    ('1', 95, '0x')
    >>> keccak256(b"").hex()[:16]
    'c5d2460186f7233c'
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

# Keccak-f[1600] round constants and rotation offsets (FIPS 202); Monero and Ethereum use the
# original Keccak padding, which hashlib's sha3 does not offer.
_RC = [
    0x0000000000000001,
    0x0000000000008082,
    0x800000000000808A,
    0x8000000080008000,
    0x000000000000808B,
    0x0000000080000001,
    0x8000000080008081,
    0x8000000000008009,
    0x000000000000008A,
    0x0000000000000088,
    0x0000000080008009,
    0x000000008000000A,
    0x000000008000808B,
    0x800000000000008B,
    0x8000000000008089,
    0x8000000000008003,
    0x8000000000008002,
    0x8000000000000080,
    0x000000000000800A,
    0x800000008000000A,
    0x8000000080008081,
    0x8000000000008080,
    0x0000000080000001,
    0x8000000080008008,
]
_ROT = [
    [0, 36, 3, 41, 18],
    [1, 44, 10, 45, 2],
    [62, 6, 43, 15, 61],
    [28, 55, 25, 21, 56],
    [27, 20, 39, 8, 14],
]
_M64 = (1 << 64) - 1


def _rol(v: int, n: int) -> int:
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a: list[int]) -> list[int]:
    for rc in _RC:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [a[i] ^ d[i % 5] for i in range(25)]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                b[y + 5 * ((2 * x + 3 * y) % 5)] = _rol(a[x + 5 * y], _ROT[x][y])
        a = [
            b[i] ^ ((~b[(i % 5 + 1) % 5 + 5 * (i // 5)]) & b[(i % 5 + 2) % 5 + 5 * (i // 5)])
            for i in range(25)
        ]
        a[0] ^= rc
    return a


def _sponge(data: bytes, pad: int, rate: int = 136, out: int = 32) -> bytes:
    msg = bytearray(data)
    msg.append(pad)
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    state = [0] * 25
    for off in range(0, len(msg), rate):
        block = msg[off : off + rate]
        for i in range(rate // 8):
            state[i] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        state = _keccak_f(state)
    return b"".join(s.to_bytes(8, "little") for s in state)[:out]


def keccak256(data: bytes) -> bytes:
    """Original Keccak-256 (0x01 padding), as used by Monero and Ethereum."""
    return _sponge(data, 0x01)


def sha3_256_pure(data: bytes) -> bytes:
    """FIPS SHA3-256 through the same sponge; lets tests check the permutation against hashlib."""
    return _sponge(data, 0x06)


def _seed_bytes(seed: str, label: str, n: int = 32) -> bytes:
    out = b""
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(f"{label}:{counter}:{seed}".encode()).digest()
        counter += 1
    return out[:n]


def b58encode(raw: bytes) -> str:
    num = int.from_bytes(raw, "big")
    chars = []
    while num:
        num, rem = divmod(num, 58)
        chars.append(B58[rem])
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + "".join(reversed(chars))


def b58check(payload: bytes) -> str:
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + check)


def btc_p2pkh(seed: str) -> str:
    """A base58check pay-to-pubkey-hash Bitcoin address (starts with 1)."""
    return b58check(b"\x00" + _seed_bytes(seed, "btc-p2pkh", 20))


def ltc_p2pkh(seed: str) -> str:
    """A base58check Litecoin address (starts with L)."""
    return b58check(b"\x30" + _seed_bytes(seed, "ltc-p2pkh", 20))


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def _convertbits(data: bytes, frombits: int, tobits: int) -> list[int]:
    acc = bits = 0
    out = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (tobits - bits)) & maxv)
    return out


def bech32_encode(hrp: str, data: list[int]) -> str:
    expanded = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    polymod = _bech32_polymod([*expanded, *data, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[d] for d in data + checksum)


def btc_bech32(seed: str) -> str:
    """A BIP-173 pay-to-witness-pubkey-hash address (bc1q...)."""
    return bech32_encode("bc", [0, *_convertbits(_seed_bytes(seed, "btc-bech32", 20), 8, 5)])


def _xmr_b58(raw: bytes) -> str:
    sizes = [0, 2, 3, 5, 6, 7, 9, 10, 11]
    out = []
    for off in range(0, len(raw), 8):
        block = raw[off : off + 8]
        enc = b58encode(block).lstrip("1") if int.from_bytes(block, "big") else ""
        out.append(enc.rjust(sizes[len(block)], "1"))
    return "".join(out)


def _ed_point(seed: bytes) -> bytes:
    key = Ed25519PrivateKey.from_private_bytes(seed)
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


@lru_cache(maxsize=4096)
def xmr_address(seed: str) -> str:
    """A Monero main-net standard address (starts with 4, 95 chars, keccak checksum).

    The spend and view keys are real ed25519 points, so a validator that decodes them succeeds.
    """
    body = b"\x12" + _ed_point(_seed_bytes(seed, "xmr-spend")) + _ed_point(_seed_bytes(seed, "xmr-view"))
    return _xmr_b58(body + keccak256(body)[:4])


@lru_cache(maxsize=4096)
def eth_address(seed: str) -> str:
    """An EIP-55 mixed-case checksummed Ethereum address."""
    hexaddr = _seed_bytes(seed, "eth", 20).hex()
    digest = keccak256(hexaddr.encode()).hex()
    return "0x" + "".join(c.upper() if int(digest[i], 16) >= 8 else c for i, c in enumerate(hexaddr))
