"""Keyed pseudonymisation of personal identifiers of people who are not targets.

Method: deterministic authenticated encryption, AES-SIV (RFC 5297, ``cryptography``'s
``AESSIV``) with a 512-bit key and the identifier's *kind* (``user``, ``email``...) as
associated data. The same name always gives the same pseudonym, so analysts can still link a
person's posts across pages and sites; nobody without the key can tell who it is, and with the
key :meth:`Pseudonymiser.reveal` gives the name back (no mapping table to keep or leak).

    >>> p = Pseudonymiser(bytes(range(64)))
    >>> a = p.pseudonym("buyer_joe")
    >>> a == p.pseudonym("buyer_joe"), a.startswith("ps_"), a != p.pseudonym("buyer_joe", kind="email")
    (True, True, True)
    >>> p.reveal(a)
    'buyer_joe'
    >>> rec = {"type": "post", "author": "buyer_joe", "quotes": ["vendor_x", "buyer_joe"], "body": "hi"}
    >>> out = p.apply(rec, fields=("author", "quotes"), targets={"vendor_x"})
    >>> out["author"] == a, out["quotes"][0], out["body"]
    (True, 'vendor_x', 'hi')

Key: 64 random bytes, hex, in ``$ONIONSCOPE_PSEUDONYM_KEY`` or
``~/.config/onionscope/pseudonym.key`` (created 0600 when absent; see :func:`load_pseudonym_key`).
Whoever holds this key can re-identify: keep it with the legal officer, not the analysts.
"""

from __future__ import annotations

import base64
import os
import re
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESSIV

from ethics.errors import PseudonymError
from ethics.paths import pseudonym_key_path

PREFIX = "ps_"
#: Record fields that hold user names in :mod:`parsers.records` (Post, Thread, Author, Feedback).
DEFAULT_FIELDS: tuple[str, ...] = ("author", "buyer", "quotes")
#: Record fields of free text in which user names are replaced too (:meth:`Pseudonymiser.scrub`).
TEXT_FIELDS: tuple[str, ...] = ("body", "text")
# Words of free text as user names are written ("joe_b", "j.doe", "dark-vendor"), with an
# optional "@": an @mention names a user whatever the name is; other words must be known names.
_WORD_RE = re.compile(r"(?<![\w.\-])(@?)(\w(?:[\w.\-]*\w)?)")
#: Names shorter than this are not searched for in free text (too many ordinary words).
MIN_TEXT_NAME = 3


class KnownNames:
    """User names to look for in free text, matched case-insensitively (one dict lookup per word
    of text, however many names are known)."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._by_fold: dict[str, str] = {}
        for name in names:
            self.add(name)

    def add(self, name: str) -> None:
        if len(name) >= MIN_TEXT_NAME and not name.startswith(PREFIX):
            self._by_fold.setdefault(name.casefold(), name)

    def update(self, names: Iterable[str]) -> None:
        for name in names:
            self.add(name)

    def get(self, word: str) -> str | None:
        """The name as first seen, when ``word`` is one (any case)."""
        return self._by_fold.get(word.casefold())

    def __len__(self) -> int:
        return len(self._by_fold)

    def __iter__(self) -> Iterator[str]:
        """The names as first seen, in the order they were added."""
        return iter(self._by_fold.values())


def load_pseudonym_key(path: str | Path | None = None, *, create: bool = True) -> bytes:
    """The 64-byte key from a hex file (default :func:`ethics.paths.pseudonym_key_path`)."""
    p = Path(path) if path else pseudonym_key_path()
    if not p.exists():
        if not create:
            raise PseudonymError(f"pseudonym key {p} does not exist")
        p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(64) + "\n")
    try:
        key = bytes.fromhex(p.read_text(encoding="ascii").strip())
    except (OSError, ValueError) as exc:
        raise PseudonymError(f"cannot read pseudonym key {p}: {exc}") from None
    if len(key) != 64:
        raise PseudonymError(f"pseudonym key {p} must hold 64 bytes (128 hex characters)")
    return key


class Pseudonymiser:
    """Stable, reversible-only-with-the-key pseudonyms of identifiers."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 64:
            raise PseudonymError("the pseudonym key has 64 bytes")
        self._siv = AESSIV(key)

    def pseudonym(self, identifier: str, kind: str = "user") -> str:
        """``ps_`` + base32 of the AES-SIV ciphertext of the identifier."""
        token = self._siv.encrypt(identifier.encode("utf-8"), [kind.encode("ascii")])
        return PREFIX + base64.b32encode(token).decode("ascii").rstrip("=").lower()

    def reveal(self, pseudonym: str, kind: str = "user") -> str:
        """The identifier behind a pseudonym (needs the same key and kind)."""
        if not pseudonym.startswith(PREFIX):
            raise PseudonymError(f"{pseudonym!r} is not a pseudonym")
        body = pseudonym[len(PREFIX):].upper()
        try:
            raw = base64.b32decode(body + "=" * (-len(body) % 8))
            return self._siv.decrypt(raw, [kind.encode("ascii")]).decode("utf-8")
        except (ValueError, InvalidTag):
            raise PseudonymError("pseudonym not made with this key (or corrupted)") from None

    def scrub(self, text: str, names: KnownNames | Iterable[str] = (), *, targets: Iterable[str] = (),
              kind: str = "user", also: KnownNames | None = None) -> str:
        """``text`` with every "@mention" and every whole-word occurrence of ``names`` (of at
        least :data:`MIN_TEXT_NAME` characters; ``also``: a second, shared set) that is not a
        target replaced by its pseudonym.

        >>> p = Pseudonymiser(bytes(range(64)))
        >>> out = p.scrub("thanks @joe_b, and quiet_reader too; AshHerald agrees",
        ...               ["quiet_reader", "AshHerald"], targets=["ashherald"])
        >>> out.startswith("thanks @ps_"), "quiet_reader" in out, out.endswith("AshHerald agrees")
        (True, False, True)
        """
        keep = {t.casefold() for t in targets}
        known = names if isinstance(names, KnownNames) else KnownNames(names)
        more = also if also is not None else KnownNames()

        def word(m: re.Match[str]) -> str:
            at, found = m.group(1), m.group(2)
            name = found if at else known.get(found) or more.get(found)
            if name is None or name.casefold() in keep or found.startswith(PREFIX):
                return m.group(0)
            return at + self.pseudonym(name, kind)

        return _WORD_RE.sub(word, text)

    def apply(self, record: dict[str, Any], *, fields: Iterable[str] = DEFAULT_FIELDS,
              targets: Iterable[str] = (), kind: str = "user",
              names: KnownNames | Iterable[str] = ()) -> dict[str, Any]:
        """A copy of a record's JSON form with the named fields' non-target names pseudonymised.

        Target names are compared case-insensitively and kept in clear; nested ``feedback`` lists
        (vendor pages) are handled too. Free-text fields (:data:`TEXT_FIELDS`) are scrubbed of
        the record's own names, of ``names`` (other users known to the caller) and of "@mentions".
        """
        keep = {t.casefold() for t in targets}
        fields = tuple(fields)
        known = KnownNames()
        for name in fields:
            value = record.get(name)
            known.update(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))
        shared = names if isinstance(names, KnownNames) else KnownNames(names)

        def one(value: Any) -> Any:
            if (isinstance(value, str) and value and value.casefold() not in keep
                    and not value.startswith(PREFIX)):
                return self.pseudonym(value, kind)
            return value

        out = dict(record)
        for name in fields:
            if name in out:
                value = out[name]
                out[name] = [one(v) for v in value] if isinstance(value, list) else one(value)
        for name in TEXT_FIELDS:
            if isinstance(out.get(name), str) and out[name]:
                out[name] = self.scrub(out[name], known, targets=keep, kind=kind, also=shared)
        if isinstance(out.get("feedback"), list):
            out["feedback"] = [
                self.apply(f, fields=fields, targets=keep, kind=kind, names=shared)
                if isinstance(f, dict) else f
                for f in out["feedback"]
            ]
        return out
