"""Address encodings shared by the coin validators: base58check, Monero base58, bech32/bech32m.

    >>> b58check_decode("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")[0]
    0
    >>> segwit_decode("bc", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")[0]
    0
"""

from __future__ import annotations

import hashlib

B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(B58_ALPHABET)}
BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_INDEX = {c: i for i, c in enumerate(BECH32_CHARSET)}
BECH32_CONST = 1
BECH32M_CONST = 0x2BC830A3


def b58decode(text: str) -> bytes | None:
    """Bitcoin base58 to bytes (leading ``1`` = zero byte), None on a character outside the alphabet."""
    number = 0
    for char in text:
        digit = _B58_INDEX.get(char)
        if digit is None:
            return None
        number = number * 58 + digit
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    pad = len(text) - len(text.lstrip("1"))
    return b"\x00" * pad + body


def b58check_decode(text: str) -> tuple[int, bytes] | None:
    """(version byte, payload) of a base58check string whose double-SHA256 checksum is right."""
    raw = b58decode(text)
    if raw is None or len(raw) < 5:
        return None
    data, checksum = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(data).digest()).digest()[:4] != checksum:
        return None
    return data[0], data[1:]


def b58check_encode(version: int, payload: bytes) -> str:
    """Encode ``version || payload`` with its checksum (used by tests to build mutated vectors)."""
    data = bytes([version]) + payload
    data += hashlib.sha256(hashlib.sha256(data).digest()).digest()[:4]
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rem = divmod(number, 58)
        out = B58_ALPHABET[rem] + out
    return "1" * (len(data) - len(data.lstrip(b"\x00"))) + out


# Monero base58 works on 8-byte blocks, each written as 11 characters (a short last block as fewer).
_XMR_BLOCK_CHARS = {0: 0, 1: 2, 2: 3, 3: 5, 4: 6, 5: 7, 6: 9, 7: 10, 8: 11}
_XMR_CHARS_BLOCK = {v: k for k, v in _XMR_BLOCK_CHARS.items()}


def xmr_b58decode(text: str) -> bytes | None:
    """Monero's block base58 to bytes, None on a bad character, block length or overflow."""
    out = bytearray()
    for start in range(0, len(text), 11):
        chunk = text[start:start + 11]
        size = _XMR_CHARS_BLOCK.get(len(chunk))
        if size is None:
            return None
        number = 0
        for char in chunk:
            digit = _B58_INDEX.get(char)
            if digit is None:
                return None
            number = number * 58 + digit
        if number >= 1 << (8 * size):
            return None
        out += number.to_bytes(size, "big")
    return bytes(out)


def _polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            checksum ^= generator[i] if (top >> i) & 1 else 0
    return checksum


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def bech32_decode(text: str) -> tuple[str, list[int], str] | None:
    """(hrp, 5-bit data without checksum, "bech32" | "bech32m") of a BIP-173/350 string, else None."""
    if any(ord(c) < 33 or ord(c) > 126 for c in text):
        return None
    if text.lower() != text and text.upper() != text:
        return None  # mixed case is never valid
    text = text.lower()
    pos = text.rfind("1")
    if pos < 1 or pos + 7 > len(text) or len(text) > 90:
        return None
    hrp = text[:pos]
    data = [_BECH32_INDEX.get(c, -1) for c in text[pos + 1:]]
    if -1 in data:
        return None
    const = _polymod(_hrp_expand(hrp) + data)
    if const == BECH32_CONST:
        return hrp, data[:-6], "bech32"
    if const == BECH32M_CONST:
        return hrp, data[:-6], "bech32m"
    return None


def convertbits(data: list[int], frombits: int, tobits: int, pad: bool = True) -> list[int] | None:
    """Regroup bits (5-bit words to bytes and back); None on invalid padding."""
    acc = bits = 0
    out: list[int] = []
    maxv = (1 << tobits) - 1
    for value in data:
        if value < 0 or value >> frombits:
            return None
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (tobits - bits)) & maxv)
    elif bits >= frombits or ((acc << (tobits - bits)) & maxv):
        return None
    return out


def segwit_decode(hrp: str, address: str) -> tuple[int, bytes] | None:
    """(witness version, program) of a segwit address for ``hrp``, following BIP-173 and BIP-350."""
    decoded = bech32_decode(address)
    if decoded is None:
        return None
    got_hrp, data, encoding = decoded
    if got_hrp != hrp or not data:
        return None
    program = convertbits(data[1:], 5, 8, pad=False)
    if program is None or not 2 <= len(program) <= 40 or data[0] > 16:
        return None
    if data[0] == 0 and len(program) not in (20, 32):
        return None
    # Version 0 uses bech32, every later version bech32m (BIP-350).
    if (data[0] == 0) != (encoding == "bech32"):
        return None
    return data[0], bytes(program)


def bech32_create_checksum(hrp: str, data: list[int], encoding: str) -> list[int]:
    const = BECH32M_CONST if encoding == "bech32m" else BECH32_CONST
    polymod = _polymod([*_hrp_expand(hrp), *data, 0, 0, 0, 0, 0, 0]) ^ const
    return [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]


def segwit_encode(hrp: str, version: int, program: bytes) -> str:
    """Encode a witness program as an address (tests build their vectors with it)."""
    words = convertbits(list(program), 8, 5) or []
    data = [version, *words]
    encoding = "bech32" if version == 0 else "bech32m"
    return hrp + "1" + "".join(BECH32_CHARSET[d] for d in data + bech32_create_checksum(hrp, data, encoding))
