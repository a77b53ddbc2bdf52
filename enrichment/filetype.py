"""Real file type of every response and attachment (libmagic), and declared-versus-real mismatches.

A server's ``Content-Type`` and a link's extension are claims; the bytes are the fact. A PNG served
as ``text/html`` or a ``.pdf`` link returning an HTML error page is flagged with
``Page.mime_mismatch``.

    >>> sniff(b"%PDF-1.4\\n%...", declared="text/html").mismatch
    True
    >>> sniff(b"<!DOCTYPE html><html><body>hi</body></html>", declared="text/html; charset=utf-8").mime
    'text/html'
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import magic

from enrichment.pipeline import RecordPipeline
from parsers.records import Page

# Types that are the same thing under different names.
_ALIASES = {
    "application/xhtml+xml": "text/html", "image/pjpeg": "image/jpeg", "image/jpg": "image/jpeg",
    "application/x-zip-compressed": "application/zip", "application/x-zip": "application/zip",
    "text/javascript": "application/javascript", "application/xml": "text/xml",
    "application/x-pdf": "application/pdf", "image/x-png": "image/png", "application/json": "text/plain",
}
# Answers from libmagic that decide nothing about a mismatch.
_UNDECIDED = {"application/octet-stream", "inode/x-empty", "application/x-empty"}
# Text formats libmagic names precisely; serving them as text/plain hides nothing.
_TEXTUAL = {"application/pgp-keys", "application/pgp-signature", "application/pgp-encrypted",
            "application/javascript", "text/xml", "image/svg+xml", "application/x-ndjson"}


@dataclass(frozen=True)
class FileType:
    """What the bytes are, what was claimed, and whether they disagree."""

    mime: str
    declared: str | None
    mismatch: bool
    description: str


def _norm(mime: str | None) -> str | None:
    if not mime:
        return None
    base = mime.split(";", 1)[0].strip().lower()
    return _ALIASES.get(base, base) or None


def declared_type(content_type: str | None = None, url: str | None = None) -> str | None:
    """The claimed type: the Content-Type header, else the URL's extension."""
    if content_type:
        return _norm(content_type)
    if url:
        path = urlsplit(url).path
        if "." in path.rsplit("/", 1)[-1]:
            guess, _ = mimetypes.guess_type(path, strict=False)
            return _norm(guess)
    return None


def _disagree(real: str, declared: str | None) -> bool:
    if declared is None or real in _UNDECIDED:
        return False
    if real == declared:
        return False
    # libmagic calls much markup or JSON "text/plain"; text claimed as another text type is no lie.
    both_text = real.startswith("text/") and declared.startswith("text/")
    if declared == "text/plain" and real in _TEXTUAL:
        return False
    return not (both_text and "text/plain" in (real, declared))


def sniff(data: bytes, *, declared: str | None = None, url: str | None = None) -> FileType:
    """Detect the real type of ``data`` and compare it with the declared type and URL extension."""
    real = _norm(magic.from_buffer(data[:65536], mime=True)) or "application/octet-stream"
    description = magic.from_buffer(data[:65536])
    claims = [c for c in (_norm(declared), declared_type(url=url)) if c]
    mismatch = any(_disagree(real, claim) for claim in claims)
    return FileType(mime=real, declared=claims[0] if claims else None, mismatch=mismatch,
                    description=description)


def body_from_warc(path: str, offset: int) -> bytes | None:
    """The payload of the WARC response record at ``offset`` of ``path``, None when unreadable."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        with open(path, "rb") as stream:
            stream.seek(offset)
            for record in ArchiveIterator(stream):
                return bytes(record.content_stream().read())
    except OSError:
        return None
    return None


class FileTypePipeline(RecordPipeline):
    """Fill ``Page.mime``, ``mime_mismatch``, ``sha256`` and ``size`` from the body.

    The body comes from ``process_item(page, body=...)`` (the crawler passes the response body),
    an item attribute ``body``, or the page's WARC record (``warc_file``/``warc_offset``) offline.
    Without a reachable body, a ``mime`` the crawler already set is compared with the claims;
    otherwise the page is returned unchanged.
    """

    def process_item(self, item: Any, spider: Any = None, *, body: bytes | None = None) -> Any:
        if not isinstance(item, Page):
            return item
        data = body if body is not None else getattr(item, "body", None)
        if data is None and item.warc_file and item.warc_offset is not None:
            data = body_from_warc(item.warc_file, item.warc_offset)
        if data is None:
            if item.mime and item.mime_mismatch is None:
                # The crawler sniffed the body already: compare its verdict with the claims.
                real = _norm(item.mime) or item.mime
                claims = [c for c in (_norm(item.content_type), declared_type(url=item.url)) if c]
                item.mime_mismatch = any(_disagree(real, claim) for claim in claims)
            return item
        found = sniff(data, declared=item.content_type, url=item.url)
        item.mime = found.mime
        item.mime_mismatch = found.mismatch
        item.sha256 = item.sha256 or hashlib.sha256(data).hexdigest()
        item.size = item.size if item.size is not None else len(data)
        return item
