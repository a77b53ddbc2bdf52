"""Exceptions of the parsers package: one root, :class:`ParserError`.

>>> from parsers.errors import ParserError, PgpError
>>> issubclass(PgpError, ParserError)
True
"""

from __future__ import annotations


class ParserError(Exception):
    """Root of every error raised by :mod:`parsers`."""


class PgpError(ParserError):
    """An armored PGP block that cannot be decoded or parsed (bad armor, CRC, packets)."""


class ProfileError(ParserError):
    """A site profile that cannot be loaded (bad YAML, unknown key, bad selector)."""
