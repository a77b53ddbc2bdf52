"""Evidence copies: every exchange written to WARC (ISO 28500) with SHA-256 digests.

Each request/response pair is built in memory and appended with a single ``write`` call to a
file opened ``O_APPEND``: a killed crawler leaves whole records or nothing, never half a record
(:meth:`WarcWriter.repair` still trims a torn tail after a power loss). Each record is its own
gzip member, so ``warc_offset`` points straight at it.

    >>> import tempfile
    >>> w = WarcWriter(tempfile.mkdtemp(), scope_id="case-1")
    >>> loc = w.write_exchange("http://x.onion/", b"GET / HTTP/1.1\\r\\nHost: x.onion\\r\\n\\r\\n",
    ...                        b"HTTP/1.1 200 OK\\r\\nContent-Length: 2\\r\\n\\r\\n", b"hi", onion="x.onion")
    >>> loc.offset > 0, loc.sha256[:12]
    (True, '8f434346648f')
    >>> read_response(loc.file, loc.offset)[1]
    b'hi'
    >>> w.close()

Records carry ``WARC-Onionscope-Scope`` (scope id) and ``WARC-Onionscope-Onion`` (onion address).
An https capture (its ``WARC-Target-URI`` is the ``https://`` URL) also carries what
:func:`tls_headers` makes of its TLS session: ``WARC-Onionscope-Tls-Cert-Sha256`` (SHA-256 of the
certificate the service showed, DER, hex), ``WARC-Onionscope-Tls-Version``,
``WARC-Onionscope-Tls-Cipher`` and ``WARC-Onionscope-Tls-Verified`` (``true`` only when the
certificate was checked against CAs, setting ``TOR_TLS_VERIFY``).

    >>> tls_headers({"version": "TLSv1.3", "cipher": "TLS_AES_128_GCM_SHA256",
    ...              "cert_sha256": "ab" * 32, "verified": False})["WARC-Onionscope-Tls-Verified"]
    'false'
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import hashlib
import io
import os
import time
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

from crawler.errors import StorageError

SOFTWARE = "onionscope crawler (warcio)"
#: WARC header holding the SHA-256 (hex) of an https capture's peer certificate.
TLS_CERT_HEADER = "WARC-Onionscope-Tls-Cert-Sha256"


def tls_headers(tls: Mapping[str, object] | None) -> dict[str, str]:
    """WARC headers of a TLS session (``crawler.tls.TlsInfo.as_dict()``); empty for plain HTTP."""
    if not tls:
        return {}
    return {
        TLS_CERT_HEADER: str(tls.get("cert_sha256") or ""),
        "WARC-Onionscope-Tls-Version": str(tls.get("version") or ""),
        "WARC-Onionscope-Tls-Cipher": str(tls.get("cipher") or ""),
        "WARC-Onionscope-Tls-Verified": "true" if tls.get("verified") else "false",
    }


def tls_from_headers(headers: Mapping[str, str], server_name: str | None = None) -> dict[str, object] | None:
    """The TLS session recorded by :func:`tls_headers` (``None`` for a plain HTTP capture): what a
    resumed crawl puts back in ``request.meta["onionscope_tls"]``. SNI is always the onion name,
    so ``server_name`` (the request's host) is not stored in the record."""
    cert = headers.get(TLS_CERT_HEADER)
    if cert is None:
        return None
    return {
        "version": headers.get("WARC-Onionscope-Tls-Version") or None,
        "cipher": headers.get("WARC-Onionscope-Tls-Cipher") or None,
        "cert_sha256": cert or None,
        "verified": headers.get("WARC-Onionscope-Tls-Verified") == "true",
        "server_name": server_name,
    }


@dataclass(frozen=True)
class WarcLocation:
    """Where one response record lives, and what it holds."""

    file: str
    offset: int
    sha256: str  # hex digest of the response payload (the body as received)
    captured_at: str  # ISO 8601 UTC
    length: int  # bytes written for the pair


def _digest(data: bytes) -> tuple[str, str]:
    raw = hashlib.sha256(data).digest()
    return "sha256:" + base64.b32encode(raw).decode("ascii"), raw.hex()


def _gzip_member(data: bytes, level: int) -> bytes:
    comp = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS + 16)
    return comp.compress(data) + comp.flush()


class WarcWriter:
    """Appends request/response pairs to rotating ``.warc.gz`` files in ``directory``."""

    def __init__(
        self,
        directory: str | os.PathLike[str],
        scope_id: str | None = None,
        prefix: str = "onionscope",
        max_size: int = 512 * 1024 * 1024,
        gzip_level: int = 1,
        fsync: bool = False,
    ) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.scope_id = scope_id
        self.prefix = prefix
        self.max_size = max_size
        self.gzip_level = gzip_level
        self.fsync = fsync
        self._fd: int | None = None
        self._path: Path | None = None
        self._size = 0
        self._serial = 0
        #: Every file written by this writer, in order.
        self.files: list[str] = []

    # -- files ------------------------------------------------------------------------------------
    def _open_new(self) -> None:
        self.close()
        self._serial += 1
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        while True:
            path = self.directory / f"{self.prefix}-{stamp}-{os.getpid()}-{self._serial:05d}.warc.gz"
            if not path.exists():
                break
            self._serial += 1
        try:
            self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_EXCL, 0o640)
        except OSError as exc:
            raise StorageError(f"cannot create {path}: {exc.strerror or exc}") from exc
        # Held until close (or the process dies): retention leaves a file alone while it is locked.
        fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self._path = path
        self._size = 0
        self.files.append(str(path))
        info = {"software": SOFTWARE, "format": "WARC File Format 1.1", "isPartOf": self.scope_id or ""}
        buf = io.BytesIO()
        WARCWriter(buf, gzip=False).write_record(WARCWriter(None).create_warcinfo_record(path.name, info))
        self._append(_gzip_member(buf.getvalue(), self.gzip_level))

    def _append(self, data: bytes) -> int:
        """Append whole records at the end of the file; :class:`StorageError` if they cannot be
        written, with the file cut back to where they began (no torn record for the next)."""
        assert self._fd is not None
        offset = self._size
        try:
            written = os.write(self._fd, data)
            while written < len(data):  # short writes only happen on full disks or signals
                written += os.write(self._fd, data[written:])
            if self.fsync:
                os.fsync(self._fd)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, offset)
            raise StorageError(f"cannot write to {self._path}: {exc.strerror or exc}") from exc
        self._size += len(data)
        return offset

    # -- records ----------------------------------------------------------------------------------
    def _start_record(
        self, captured_at: str | None, onion: str | None, extra_headers: dict[str, str] | None
    ) -> tuple[str, dict[str, str]]:
        """Open a file when needed; (capture time, the WARC headers every record of ours carries)."""
        if self._fd is None or self._size >= self.max_size:
            self._open_new()
        assert self._path is not None
        now = captured_at or datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
        headers = {"WARC-Date": now if now.endswith("Z") else now + "Z"}
        if self.scope_id:
            headers["WARC-Onionscope-Scope"] = self.scope_id
        if onion:
            headers["WARC-Onionscope-Onion"] = onion
        if extra_headers:
            headers.update(extra_headers)
        return now, headers

    def write_exchange(
        self,
        url: str,
        request: bytes,
        response_head: bytes,
        response_body: bytes,
        onion: str | None = None,
        captured_at: str | None = None,
        extra_headers: dict[str, str] | None = None,
    ) -> WarcLocation:
        """Append one response record and its request record; return the response's location."""
        now, common = self._start_record(captured_at, onion, extra_headers)
        payload_digest, payload_hex = _digest(response_body)
        block_digest, _ = _digest(response_head + response_body)
        builder = WARCWriter(None, warc_version="WARC/1.1")
        resp_headers = dict(
            common,
            **{
                "WARC-Payload-Digest": payload_digest,
                "WARC-Block-Digest": block_digest,
            },
        )
        resp = builder.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(response_head + response_body),
            length=len(response_head) + len(response_body),
            warc_headers_dict=resp_headers,
        )
        resp_id = resp.rec_headers.get_header("WARC-Record-ID")
        req_block, _ = _digest(request)
        req = builder.create_warc_record(
            url,
            "request",
            payload=io.BytesIO(request),
            length=len(request),
            warc_headers_dict=dict(common, **{"WARC-Concurrent-To": resp_id, "WARC-Block-Digest": req_block}),
        )
        first, second = io.BytesIO(), io.BytesIO()
        WARCWriter(first, gzip=False, warc_version="WARC/1.1").write_record(resp)
        WARCWriter(second, gzip=False, warc_version="WARC/1.1").write_record(req)
        resp_member = _gzip_member(first.getvalue(), self.gzip_level)
        data = resp_member + _gzip_member(second.getvalue(), self.gzip_level)
        offset = self._append(data)
        return WarcLocation(str(self._path), offset, payload_hex, now, len(data))

    def write_metadata(
        self,
        url: str,
        facts: dict[str, object],
        sha256: str,
        onion: str | None = None,
        captured_at: str | None = None,
        extra_headers: dict[str, str] | None = None,
    ) -> WarcLocation:
        """Append a ``metadata`` record (JSON facts) instead of a body the policy does not keep."""
        import json

        now, headers = self._start_record(captured_at, onion, extra_headers)
        headers["WARC-Onionscope-Sha256"] = sha256
        content = json.dumps(facts, sort_keys=True).encode()
        block, _ = _digest(content)
        headers["WARC-Block-Digest"] = block
        builder = WARCWriter(None, warc_version="WARC/1.1")
        rec = builder.create_warc_record(
            url,
            "metadata",
            payload=io.BytesIO(content),
            length=len(content),
            warc_content_type="application/json",
            warc_headers_dict=headers,
        )
        buf = io.BytesIO()
        WARCWriter(buf, gzip=False, warc_version="WARC/1.1").write_record(rec)
        data = _gzip_member(buf.getvalue(), self.gzip_level)
        offset = self._append(data)
        return WarcLocation(str(self._path), offset, sha256, now, len(data))

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def read_record(path: str, offset: int) -> tuple[str, bytes, bytes, dict[str, str]]:
    """(record type, HTTP head, body de-chunked but not decoded, WARC headers) at ``offset``.

    For a ``metadata`` record the head is empty and the body is its JSON content.
    """
    from warcio.bufferedreaders import ChunkedDataReader

    with open(path, "rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            http = record.http_headers if record.rec_type == "response" else None
            raw = record.raw_stream.read() if http is not None else record.content_stream().read()
            head = http.to_bytes() if http else b""
            if http is not None and "chunked" in (http.get_header("Transfer-Encoding") or "").lower():
                raw = ChunkedDataReader(io.BytesIO(raw)).read()
            return record.rec_type, head, raw, dict(record.rec_headers.headers)
    raise ValueError(f"no WARC record at {path}:{offset}")


def read_response(path: str, offset: int) -> tuple[bytes, bytes, dict[str, str]]:
    """(HTTP head, body de-chunked but not decoded, WARC headers) of the response at ``offset``."""
    rec_type, head, body, headers = read_record(path, offset)
    if rec_type != "response":
        raise ValueError(f"{path}:{offset} is a {rec_type} record, not a response")
    return head, body, headers


def repair(path: str, start: int = 0) -> int:
    """Trim a torn gzip member off the end of a ``.warc.gz`` (power loss); return the size kept.

    Walks the gzip members with zlib from ``start`` (a known record boundary): every complete
    member is kept, the first incomplete or corrupt one and everything after it is cut.
    """
    with open(path, "rb") as fh:
        data = fh.read()
    view = memoryview(data)
    good = pos = start
    while pos < len(data):
        d = zlib.decompressobj(zlib.MAX_WBITS + 16)
        try:
            d.decompress(view[pos:])
        except zlib.error:
            break
        if not d.eof:
            break
        pos = len(data) - len(d.unused_data)
        good = pos
    if good < len(data):
        os.truncate(path, good)
    return good


def iter_records(path: str, start: int = 0) -> Iterator[tuple[int, str, str | None, dict[str, str]]]:
    """Yield (offset, record type, target URI, WARC headers) of every record from ``start``.

    A torn record at the end (power loss) ends the iteration quietly.
    """
    with open(path, "rb") as fh:
        fh.seek(start)
        it = ArchiveIterator(fh)
        try:
            for record in it:
                yield (
                    it.get_record_offset(),
                    record.rec_type,
                    record.rec_headers.get_header("WARC-Target-URI"),
                    dict(record.rec_headers.headers),
                )
        except Exception:  # warcio raises several types on a torn gzip member or header
            return


def now_iso() -> str:
    """Current UTC time as ISO 8601 with ``Z``."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
