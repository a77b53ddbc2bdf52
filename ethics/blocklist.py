"""Blocklists of onion sites that are never contacted, stored as SHA-256 hashes only.

The file never holds an address: each line is ``sha256(salt + name)`` in hex, where ``name`` is
the normalised onion name (``<56 chars>.onion``) and the salt is written in the header. A file
made with ``salt: none`` holds plain ``sha256(name)`` hashes, so that lists shared between
agencies (e.g. hash lists of abuse sites) can be used as they are.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "blocked.txt"
    >>> bl = Blocklist.create(path)
    >>> onion = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaam2dqd.onion"
    >>> bl.add(onion)
    True
    >>> onion in path.read_text(), Blocklist.load(path).contains("http://" + onion.upper() + "/x")
    (False, True)

File format (UTF-8 text)::

    # onionscope blocklist v1
    # salt: 5f1c...e2            (hex; or "none" for plain SHA-256)
    3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b  # optional comment
    ...
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import threading
from pathlib import Path
from urllib.parse import urlsplit

from ethics.errors import BlocklistError
from ethics.onion import is_valid_onion, normalise_host

MAGIC = "# onionscope blocklist v1"
_HASH_RE = re.compile(r"[0-9a-f]{64}")


def _host_of(address: str) -> str:
    """Normalised host of an onion name or of a URL containing one."""
    text = address.strip()
    if "://" in text:
        text = urlsplit(text).hostname or ""
    return normalise_host(text)


class Blocklist:
    """A set of hashed onion names; :meth:`contains` answers without ever storing a name."""

    def __init__(self, salt: bytes | None, hashes: set[str] | None = None, path: Path | None = None) -> None:
        #: The salt (None: plain SHA-256).
        self.salt = salt
        self.hashes: set[str] = set(hashes or ())
        self.path = path
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.hashes)

    def digest(self, address: str) -> str:
        """The hex hash this list stores for an onion name or URL."""
        return hashlib.sha256((self.salt or b"") + _host_of(address).encode("ascii", "replace")).hexdigest()

    def contains(self, address: str) -> bool:
        """True when the onion name (or the host of a URL) is blocklisted."""
        return self.digest(address) in self.hashes

    __contains__ = contains

    def add(self, onion: str) -> bool:
        """Add an onion name (only its hash is kept) and save; False when it was already there."""
        name = _host_of(onion)
        if not is_valid_onion(name):
            raise BlocklistError(f"{onion!r} is not a valid onion v3 address")
        return self._insert(self.digest(name))

    def add_hash(self, hexdigest: str) -> bool:
        """Add a hash received from elsewhere (must use this file's salt); False if present."""
        h = hexdigest.strip().lower()
        if not _HASH_RE.fullmatch(h):
            raise BlocklistError(f"{hexdigest!r} is not a hex SHA-256 hash")
        return self._insert(h)

    def _insert(self, h: str) -> bool:
        with self._lock:
            if h in self.hashes:
                return False
            self.hashes.add(h)
            if self.path is not None:
                self.save(self.path)
        return True

    def save(self, path: Path) -> None:
        """Write the file atomically (temporary file, fsync, rename)."""
        salt = self.salt.hex() if self.salt else "none"
        body = "".join(f"{h}\n" for h in sorted(self.hashes))
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(f"{MAGIC}\n# salt: {salt}\n{body}")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    @classmethod
    def create(cls, path: str | Path, *, salted: bool = True) -> Blocklist:
        """A new, empty blocklist file with a random 16-byte salt (or none)."""
        p = Path(path)
        if p.exists():
            raise BlocklistError(f"{p} already exists")
        bl = cls(secrets.token_bytes(16) if salted else None, set(), p)
        p.parent.mkdir(parents=True, exist_ok=True)
        bl.save(p)
        return bl

    @classmethod
    def load(cls, path: str | Path) -> Blocklist:
        """Read a blocklist file; raise :class:`BlocklistError` naming the first bad line."""
        p = Path(path)
        try:
            lines = p.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise BlocklistError(f"cannot read blocklist {p}: {exc}") from None
        if not lines or lines[0].strip() != MAGIC:
            raise BlocklistError(f"{p}: line 1 must be {MAGIC!r}")
        salt: bytes | None = None
        salt_seen = False
        hashes: set[str] = set()
        for n, raw in enumerate(lines[1:], start=2):
            line = raw.strip()
            if line.startswith("#"):
                m = re.fullmatch(r"#\s*salt:\s*(\S+)", line)
                if m:
                    if salt_seen:
                        raise BlocklistError(f"{p}: line {n}: a second salt header")
                    salt_seen = True
                    if m.group(1) != "none":
                        try:
                            salt = bytes.fromhex(m.group(1))
                        except ValueError:
                            raise BlocklistError(f"{p}: line {n}: salt is not hex") from None
                continue
            value = line.split("#", 1)[0].strip().lower()
            if not value:
                continue
            if not _HASH_RE.fullmatch(value):
                hint = ""
                if ".onion" in value:
                    hint = " (addresses are never stored: use `onionscope blocklist add`)"
                raise BlocklistError(f"{p}: line {n}: not a SHA-256 hex hash{hint}")
            hashes.add(value)
        if not salt_seen:
            raise BlocklistError(f"{p}: missing '# salt: HEX' (or '# salt: none') header")
        return cls(salt, hashes, p)

    @classmethod
    def open_or_create(cls, path: str | Path) -> Blocklist:
        """Load the file, or create an empty salted one when it does not exist."""
        p = Path(path)
        return cls.load(p) if p.exists() else cls.create(p)
