"""Content safety: keyword/regex content stops that suspend a site, and the media policy.

A content stop matches the text of a page before anything of it is stored. On a hit the crawler
stores nothing from the page, the site is suspended (no further request to it) and the event is
audited without the matched text.

    >>> stop = ContentStop(["forbidden-word", r"re:\\bbad\\s+thing\\b"])
    >>> stop.check("a perfectly normal page") is None
    True
    >>> hit = stop.check("here is a BAD   thing")
    >>> hit.pattern_index, hit.pattern
    (1, 're:\\\\bbad\\\\s+thing\\\\b')
    >>> sus = Suspensions()
    >>> sus.suspend("x.onion", "content_stop:1"), sus.is_suspended("x.onion")
    (True, True)

    >>> media = MediaPolicy("hashes")
    >>> media.decide(b"<html><body>hi</body></html>").action
    'store'
    >>> d = media.decide(bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(64))
    >>> d.action, d.mime, d.reason
    ('hash', 'image/png', 'media_hash_only')

Patterns: plain keywords match case-insensitively anywhere in the text; ``re:`` patterns are
Python regular expressions searched case-insensitively.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import magic

from ethics.errors import EthicsError

#: Built-in content stops applied to every scope, on top of the scope's own list. Kept short and
#: generic on purpose: agencies load their own lists (``load_patterns``) from a protected file.
DEFAULT_PATTERNS: tuple[str, ...] = (
    r"re:\bchild\s+(porn|sexual\s+abuse\s+material)\b",
    r"re:\bcsam\b",
)


@dataclass(frozen=True)
class Hit:
    """A content-stop match: which pattern matched (never the matched text itself)."""

    pattern_index: int
    pattern: str


class ContentStop:
    """Keyword and regex patterns; :meth:`check` returns the first :class:`Hit` or None."""

    def __init__(self, patterns: Iterable[str]) -> None:
        self.patterns: tuple[str, ...] = tuple(patterns)
        compiled = []
        for p in self.patterns:
            try:
                compiled.append(re.compile(p[3:] if p.startswith("re:") else re.escape(p), re.IGNORECASE))
            except re.error as exc:
                raise EthicsError(f"bad content-stop pattern {p!r}: {exc}") from None
        self._compiled = compiled

    @classmethod
    def for_scope(cls, extra: Iterable[str] = (), *, defaults: bool = True) -> ContentStop:
        """The built-in patterns plus a scope's own ``content_stop`` list."""
        return cls([*(DEFAULT_PATTERNS if defaults else ()), *extra])

    def check(self, text: str) -> Hit | None:
        """The first matching pattern, or None when the text may be stored."""
        for i, rx in enumerate(self._compiled):
            if rx.search(text):
                return Hit(i, self.patterns[i])
        return None


def load_patterns(path: str | Path) -> list[str]:
    """Patterns from a text file: one per line, ``#`` comments and blank lines ignored."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [s for s in (line.strip() for line in lines) if s and not s.startswith("#")]


class Suspensions:
    """Sites suspended by a content stop; thread-safe, optionally persisted to a JSON file."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else None
        self._lock = threading.Lock()
        self._sites: dict[str, str] = {}
        if self.path and self.path.exists():
            self._sites = dict(json.loads(self.path.read_text(encoding="utf-8")))

    def suspend(self, site: str, reason: str) -> bool:
        """Suspend a site; False when it already was."""
        with self._lock:
            if site in self._sites:
                return False
            self._sites[site] = reason
            self._save()
            return True

    def lift(self, site: str) -> bool:
        """Lift a suspension (after review); False when the site was not suspended."""
        with self._lock:
            if self._sites.pop(site, None) is None:
                return False
            self._save()
            return True

    def _save(self) -> None:
        if self.path:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(self.path.name + ".tmp")
            tmp.write_text(json.dumps(self._sites, indent=1, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)

    def is_suspended(self, site: str) -> bool:
        with self._lock:
            return site in self._sites

    def reason(self, site: str) -> str | None:
        with self._lock:
            return self._sites.get(site)

    def sites(self) -> dict[str, str]:
        with self._lock:
            return dict(self._sites)


#: Real types that are pages, always kept (subject to content stops).
DOCUMENT_TYPES: frozenset[str] = frozenset({
    "text/html", "text/plain", "application/xhtml+xml", "text/xml", "application/xml",
    "application/json", "text/css", "text/csv", "application/pgp-keys", "application/pgp-signature",
    "application/pgp-encrypted", "text/x-asm", "text/x-c", "application/x-empty", "inode/x-empty",
})
#: Real types that are media: downloaded only when the scope's media policy says so.
MEDIA_PREFIXES: tuple[str, ...] = ("image/", "video/", "audio/")
MEDIA_TYPES: frozenset[str] = frozenset({"application/pdf"})


@dataclass(frozen=True)
class MediaDecision:
    """What to do with a response body: ``store`` it, keep only its ``hash``, or ``discard`` it."""

    action: str
    mime: str
    reason: str

    @property
    def keep_body(self) -> bool:
        return self.action == "store"


class MediaPolicy:
    """Decides by the body's real type (python-magic), never by the declared Content-Type."""

    def __init__(self, mode: str = "none") -> None:
        if mode not in ("none", "hashes", "store"):
            raise EthicsError(f"media mode must be none, hashes or store, not {mode!r}")
        self.mode = mode

    @staticmethod
    def real_type(body: bytes) -> str:
        """The MIME type python-magic reads from the body's first bytes."""
        if not body:
            return "application/x-empty"
        return str(magic.from_buffer(body[:65536], mime=True))

    @staticmethod
    def is_media_type(mime: str) -> bool:
        return mime.startswith(MEDIA_PREFIXES) or mime in MEDIA_TYPES

    def decide(self, body: bytes) -> MediaDecision:
        """Store documents; media per the mode; discard anything else (executables, archives...)."""
        mime = self.real_type(body)
        if mime in DOCUMENT_TYPES or mime.startswith("text/"):
            return MediaDecision("store", mime, "document")
        if self.is_media_type(mime):
            if self.mode == "store":
                return MediaDecision("store", mime, "media_stored")
            if self.mode == "hashes":
                return MediaDecision("hash", mime, "media_hash_only")
            return MediaDecision("discard", mime, "media_policy")
        return MediaDecision("discard", mime, "type_not_allowed")
