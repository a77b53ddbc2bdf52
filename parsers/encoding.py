"""A page's encoding from its bytes: byte-order mark, valid UTF-8, the declared charset, else a
cp1251/latin guess (what :func:`parsers.dom.load` hands libxml2).

>>> from parsers.encoding import detect_encoding
>>> detect_encoding("Привет, мир".encode("cp1251"))
'cp1251'
>>> detect_encoding(b'<meta charset="windows-1250"><p>\\xe8</p>')
'cp1250'
"""

from __future__ import annotations

import codecs
import re

__all__ = ["detect_encoding"]

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CT_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_LATIN_ALIASES = {
    "iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1", "l1", "cp819",
    "windows-1252", "cp1252",
}


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def detect_encoding(body: bytes, content_type: str | None = None) -> str:
    """The body's encoding: BOM, then valid UTF-8, then declared charset, then a cp1251/latin guess.

    Declared charsets lie often on saved pages (UTF-8 bodies declared ``iso-8859-1``), so a body
    that decodes as UTF-8 with multi-byte sequences is taken as UTF-8 whatever it declares.
    """
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    declared = None
    if content_type:
        match = _CT_CHARSET_RE.search(content_type)
        declared = _codec(match.group(1)) if match else None
    if declared is None:
        meta = _META_CHARSET_RE.search(body[:4096])
        declared = _codec(meta.group(1).decode("ascii", "ignore")) if meta else None
    if declared == "utf-16" or (declared and declared.startswith("utf-16")):
        declared = None  # a byte-oriented page declaring UTF-16 is wrong: no BOM was found
    try:
        body.decode("utf-8")
        if declared is None or declared == "utf-8" or not body.isascii():
            return "utf-8"
    except UnicodeDecodeError as exc:
        # A page cut inside a multi-byte sequence (size cap) is still UTF-8.
        if (exc.start >= len(body) - 3 and body[: exc.start].decode("utf-8", "ignore")
                and declared in (None, "utf-8")):
                return "utf-8"
    if declared and declared != "utf-8" and declared not in _LATIN_ALIASES:
        return declared
    return _guess_single_byte(body) if declared in (None, "utf-8") else _guess_single_byte(body, declared)


_NOT_HIGH = bytes(range(0xC0))
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not 0x41 <= b <= 0x7A)


def _guess_single_byte(body: bytes, fallback: str = "cp1252") -> str:
    sample = body[:65536]
    # Counted by deleting the other bytes (C) rather than a Python step per byte.
    high = len(sample.translate(None, _NOT_HIGH))
    letters = high + len(sample.translate(None, _NOT_ASCII_LETTER))
    # Cyrillic text in cp1251 is made of bytes 0xC0-0xFF; Latin text has only a few accents.
    if letters and high / letters > 0.3:
        return "cp1251"
    return "cp1252" if fallback in _LATIN_ALIASES else fallback
