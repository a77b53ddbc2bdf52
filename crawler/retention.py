"""The raw capture store (WARC files) as an :class:`ethics.retention.ErasableStore`.

``onionscope retention apply`` finds :func:`erasable_store` and erases, record by record, the
captures of a scope that are past its retention period. An erased record is overwritten *in
place* by a WARC ``metadata`` record of exactly the same size that says it was erased and holds
nothing of the capture, so the file stays a valid WARC and every other record keeps the offset
that indexed documents point at::

    >>> import tempfile, datetime as dt
    >>> from crawler.warc import WarcWriter, iter_records
    >>> home = tempfile.mkdtemp()
    >>> w = WarcWriter(home + "/warc", scope_id="case-1")
    >>> head = b"HTTP/1.1 200 OK\\r\\nContent-Length: 6\\r\\n\\r\\n"
    >>> loc = w.write_exchange("http://x.onion/", b"GET / HTTP/1.1\\r\\n\\r\\n", head, b"secret",
    ...                        onion="x.onion")
    >>> w.close()
    >>> (store,) = erasable_store(home)       # <home>/warc, and every --jobdir a crawl registered
    >>> tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    >>> ids = list(store.records_before("case-1", tomorrow))
    >>> len(ids), store.erase(ids), list(store.records_before("case-1", tomorrow))
    (2, 2, [])
    >>> [rt for _, rt, _, _ in iter_records(loc.file)]
    ['warcinfo', 'metadata', 'metadata']
    >>> b"secret" in open(loc.file, "rb").read()
    False

Record ids are ``<file name>:<offset>``.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import struct
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from crawler.warc import iter_records
from ethics import stores
from ethics.errors import RecordBusy

#: Largest payload of one stored (uncompressed) deflate block.
_STORED_MAX = 0xFFFF
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"


class WarcStore:
    """Every ``*.warc.gz`` under one directory, erasable record by record."""

    name = "warc"

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)

    def records_before(self, scope_id: str, cutoff: dt.datetime) -> Iterator[str]:
        """Ids of the scope's records (not yet erased) captured strictly before ``cutoff``."""
        for path in sorted(self.directory.glob("*.warc.gz")):
            for offset, _rec_type, _uri, headers in iter_records(str(path)):
                if headers.get("WARC-Onionscope-Scope") != scope_id or "WARC-Onionscope-Erased" in headers:
                    continue
                captured = _parse_date(headers.get("WARC-Date", ""))
                if captured is not None and captured < cutoff:
                    yield f"{path.name}:{offset}"

    def erase(self, ids: Iterable[str]) -> int:
        """Overwrite each record in place with an erasure marker of the same size; count them."""
        by_file: dict[str, set[int]] = defaultdict(set)
        for record_id in ids:
            name, _, position = record_id.rpartition(":")
            by_file[name].add(int(position))
        erased = 0
        for name, offsets in by_file.items():
            path = self.directory / Path(name).name  # ids never reach outside the directory
            if not path.is_file():
                continue
            with open(path, "r+b") as fh:
                try:
                    # A crawl writing the file holds this lock: its last record may be half-written.
                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise RecordBusy(f"{path.name} is still being written by a running crawl") from None
                bounds = _member_bounds(path)
                for offset in sorted(offsets & bounds.keys()):
                    fh.seek(offset)
                    fh.write(_erased_member(bounds[offset], name, offset))
                    erased += 1
                fh.flush()
                os.fsync(fh.fileno())
        return erased


def erasable_store(home: str | Path) -> list[WarcStore]:
    """The WARC stores of a data directory: ``<home>/warc`` and every directory a crawl of ``home``
    captured into (``--jobdir``, ``WARC_DIR``; :mod:`ethics.stores`) that still exists."""
    directories = [Path(home) / "warc", *(Path(d) for d in stores.registered(home, "warc"))]
    out: list[WarcStore] = []
    seen: set[Path] = set()
    for directory in directories:
        resolved = directory.resolve()
        if resolved in seen or not directory.is_dir():
            continue
        seen.add(resolved)
        out.append(WarcStore(directory))
    return out


def _parse_date(value: str) -> dt.datetime | None:
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _member_bounds(path: Path) -> dict[int, int]:
    """``{offset: length}`` of every gzip member (each WARC record is one) of a file."""
    offsets = [offset for offset, *_ in iter_records(str(path))]
    ends = [*offsets[1:], _end_of_last_member(path, offsets[-1])] if offsets else []
    return {start: end - start for start, end in zip(offsets, ends, strict=True)}


def _end_of_last_member(path: Path, start: int) -> int:
    with open(path, "rb") as fh:
        fh.seek(start)
        data = fh.read()
    d = zlib.decompressobj(zlib.MAX_WBITS + 16)
    d.decompress(data)
    return start + len(data) - len(d.unused_data)


def _erased_member(size: int, name: str, offset: int) -> bytes:
    """A gzip member of exactly ``size`` bytes holding a WARC record that marks an erasure.

    Stored deflate blocks do not compress, so the record's size is known in advance: the
    record is padded until member header, block headers, record and trailer add up to ``size``.
    """
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    note = f"erased by retention at {now}: {name}:{offset}\n".encode()
    for blocks in range(1, size // _STORED_MAX + 2):
        room = size - len(_GZIP_HEADER) - 8 - 5 * blocks
        record = _fit_record(room, note, now)
        if record is not None and -(-len(record) // _STORED_MAX) == blocks:
            member = _stored_gzip(record)
            if len(member) == size:
                return member
    raise ValueError(f"cannot write an erasure marker of {size} bytes")


def _fit_record(room: int, note: bytes, now: str) -> bytes | None:
    """A WARC metadata record of exactly ``room`` bytes, or None when it cannot fit."""
    for digits in range(1, 12):
        head = ("WARC/1.1\r\nWARC-Type: metadata\r\nWARC-Date: {now}\r\n"
                "WARC-Onionscope-Erased: retention\r\nContent-Type: text/plain\r\n"
                "Content-Length: {length}\r\n\r\n")
        fixed = len(head.format(now=now, length="")) + len(b"\r\n\r\n")
        length = room - fixed - digits
        if length < len(note) or len(str(length)) != digits:
            continue
        body = note + b" " * (length - len(note))
        return head.format(now=now, length=length).encode() + body + b"\r\n\r\n"
    return None


def _stored_gzip(data: bytes) -> bytes:
    out = bytearray(_GZIP_HEADER)
    chunks = [data[i:i + _STORED_MAX] for i in range(0, len(data), _STORED_MAX)] or [b""]
    for i, chunk in enumerate(chunks):
        final = 1 if i == len(chunks) - 1 else 0
        out += struct.pack("<BHH", final, len(chunk), len(chunk) ^ 0xFFFF) + chunk
    out += struct.pack("<II", zlib.crc32(data) & 0xFFFFFFFF, len(data) & 0xFFFFFFFF)
    return bytes(out)
