"""A small HTTP/1.1 client over SOCKS5 streams with keep-alive pooling per isolation key.

Connections are pooled by :class:`PoolKey` (tor SOCKS endpoint, isolation credentials, onion,
port, scheme): a connection is only ever reused for the same onion on the same circuit family and
the same scheme, so keep-alive never mixes sites, identities, or plain and TLS streams. The raw
response head (status line and headers as received) is kept for WARC evidence.

    pool = ConnectionPool(max_idle_per_key=8)
    key = PoolKey("127.0.0.1", 9050, ("site.onion", "run1"), "site.onion", 80)
    resp = await pool.fetch(key, b"GET / HTTP/1.1\\r\\nHost: site.onion\\r\\n\\r\\n", "GET")
    resp.status, resp.headers, resp.body
    await pool.close()

HTTPS: a key with ``scheme="https"`` upgrades the stream to TLS right after the SOCKS5 CONNECT
(:func:`crawler.tls.start_tls`: SNI = the onion name, the pool's :class:`ssl.SSLContext`);
``resp.tls`` then says what was negotiated and which certificate the service showed::

    pool = ConnectionPool(tls=tls_context(verify=False))
    key = PoolKey("127.0.0.1", 9050, None, "site.onion", 443, scheme="https")
    resp = await pool.fetch(key, request, "GET")
    resp.tls.cert_sha256                     # hex SHA-256 of the DER certificate
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from dataclasses import dataclass, field

from crawler import socks5
from crawler.errors import TorUnavailable
from crawler.tls import TlsInfo, start_tls, tls_context

_MAX_HEAD = 64 * 1024


class BodyTooLarge(Exception):
    """The body passed the caller's size limit (the connection is dropped, not reused)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"body of {size} bytes is over the {limit}-byte limit")
        self.size, self.limit = size, limit


class IncompleteResponse(Exception):
    """The server closed the connection before the announced body was complete."""

    def __init__(self, partial: RawResponse) -> None:
        super().__init__("connection closed before the end of the body")
        self.partial = partial


@dataclass(frozen=True)
class PoolKey:
    """What a keep-alive connection is bound to."""

    socks_host: str
    socks_port: int
    auth: tuple[str, str] | None
    host: str
    port: int
    #: ``http`` or ``https`` (TLS inside the tor stream).
    scheme: str = "http"


@dataclass
class RawResponse:
    """An HTTP response as it came off the wire (body de-chunked, head untouched)."""

    status: int
    reason: str
    version: str
    #: Header (name, value) pairs in arrival order.
    headers: list[tuple[bytes, bytes]]
    #: Status line and headers exactly as received, up to and including the blank line.
    head: bytes
    body: bytes
    #: True when the body came chunked (the head still says so; WARC keeps the wire form).
    chunked: bool = False
    #: Chunked wire bytes, kept only when ``chunked`` for WARC fidelity.
    wire_body: bytes | None = None
    reused: bool = False
    extra: dict[str, object] = field(default_factory=dict)
    #: The TLS session of an https exchange (None over plain HTTP).
    tls: TlsInfo | None = None


class _Conn:
    __slots__ = ("reader", "tls", "writer")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.tls: TlsInfo | None = None

    def usable(self) -> bool:
        return not self.writer.is_closing() and not self.reader.at_eof()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.writer.close()


def _parse_head(head: bytes) -> tuple[str, int, str, list[tuple[bytes, bytes]]]:
    lines = head.split(b"\r\n")
    parts = lines[0].split(b" ", 2)
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/"):
        raise TorUnavailable(f"not an HTTP response: {lines[0][:80]!r}")
    version = parts[0].decode("latin-1")
    status = int(parts[1])
    reason = parts[2].decode("latin-1") if len(parts) > 2 else ""
    headers: list[tuple[bytes, bytes]] = []
    for line in lines[1:]:
        if not line:
            continue
        name, _, value = line.partition(b":")
        headers.append((name.strip(), value.strip()))
    return version, status, reason, headers


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> bytes | None:
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


class ConnectionPool:
    """Keep-alive connections through tor, reused per :class:`PoolKey`."""

    def __init__(self, max_idle_per_key: int = 8, tls: ssl.SSLContext | None = None) -> None:
        self.max_idle_per_key = max_idle_per_key
        #: Context of https streams (default: :func:`tls_context` without verification).
        self.tls = tls if tls is not None else tls_context()
        self._idle: dict[PoolKey, list[_Conn]] = {}
        #: Counters for stats: new SOCKS streams opened, and requests served on reused ones.
        self.opened = 0
        self.reused = 0

    async def _connect(self, key: PoolKey) -> _Conn:
        try:
            reader, writer = await asyncio.open_connection(key.socks_host, key.socks_port, limit=_MAX_HEAD)
        except OSError as exc:
            raise TorUnavailable(
                f"tor SOCKS port {key.socks_host}:{key.socks_port} unreachable: {exc}"
            ) from exc
        conn = _Conn(reader, writer)
        try:
            await socks5.handshake(reader, writer, key.host, key.port, key.auth)
            if key.scheme == "https":
                conn.tls = await start_tls(writer, self.tls, key.host, key.port)
        except BaseException:
            conn.close()
            raise
        self.opened += 1
        return conn

    def _take_idle(self, key: PoolKey) -> _Conn | None:
        idle = self._idle.get(key)
        while idle:
            conn = idle.pop()
            if conn.usable():
                return conn
            conn.close()
        return None

    def _release(self, key: PoolKey, conn: _Conn) -> None:
        idle = self._idle.setdefault(key, [])
        if len(idle) < self.max_idle_per_key and conn.usable():
            idle.append(conn)
        else:
            conn.close()

    async def fetch(self, key: PoolKey, request: bytes, method: str, maxsize: int = 0) -> RawResponse:
        """Send one serialised request and read its response, reusing an idle connection if any.

        A reused connection that the server closed meanwhile fails before any byte arrives; that
        case is retried once on a fresh stream (the request was never seen by the server).
        """
        conn = self._take_idle(key)
        if conn is not None:
            try:
                resp = await self._exchange(key, conn, request, method, maxsize)
                self.reused += 1
                resp.reused = True
                return resp
            except (_StaleConnection, ConnectionResetError, BrokenPipeError):
                conn.close()
        conn = await self._connect(key)
        try:
            return await self._exchange(key, conn, request, method, maxsize)
        except _StaleConnection as exc:
            raise TorUnavailable(f"{key.host} closed the stream without answering") from exc

    async def _exchange(
        self, key: PoolKey, conn: _Conn, request: bytes, method: str, maxsize: int
    ) -> RawResponse:
        reader = conn.reader
        ok = False
        try:
            conn.writer.write(request)
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError as exc:
                if not exc.partial:
                    raise _StaleConnection() from exc
                raise
            except asyncio.LimitOverrunError as exc:
                raise TorUnavailable(f"response head from {key.host} over {_MAX_HEAD} bytes") from exc
            version, status, reason, headers = _parse_head(head)
            resp = RawResponse(
                status=status, reason=reason, version=version, headers=headers, head=head, body=b"",
                tls=conn.tls,
            )
            keep_alive = version == "HTTP/1.1"
            connection = (_header(headers, b"connection") or b"").lower()
            if b"close" in connection:
                keep_alive = False
            elif b"keep-alive" in connection:
                keep_alive = True
            if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
                ok = keep_alive
                return resp
            te = (_header(headers, b"transfer-encoding") or b"").lower()
            length = _header(headers, b"content-length")
            if b"chunked" in te:
                resp.chunked = True
                resp.body, resp.wire_body = await self._read_chunked(reader, maxsize, resp)
            elif length is not None:
                size = int(length)
                if maxsize and size > maxsize:
                    raise BodyTooLarge(size, maxsize)
                try:
                    resp.body = await reader.readexactly(size)
                except asyncio.IncompleteReadError as exc:
                    resp.body = exc.partial
                    raise IncompleteResponse(resp) from exc
            else:
                keep_alive = False
                resp.body = await self._read_to_eof(reader, maxsize)
            ok = keep_alive
            return resp
        finally:
            if ok:
                self._release(key, conn)
            else:
                conn.close()

    @staticmethod
    async def _read_to_eof(reader: asyncio.StreamReader, maxsize: int) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            data = await reader.read(65536)
            if not data:
                return b"".join(chunks)
            total += len(data)
            if maxsize and total > maxsize:
                raise BodyTooLarge(total, maxsize)
            chunks.append(data)

    @staticmethod
    async def _read_chunked(
        reader: asyncio.StreamReader, maxsize: int, resp: RawResponse
    ) -> tuple[bytes, bytes]:
        body: list[bytes] = []
        wire: list[bytes] = []
        total = 0
        try:
            while True:
                line = await reader.readuntil(b"\r\n")
                wire.append(line)
                size = int(line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while True:  # trailers up to the blank line
                        trailer = await reader.readuntil(b"\r\n")
                        wire.append(trailer)
                        if trailer == b"\r\n":
                            return b"".join(body), b"".join(wire)
                total += size
                if maxsize and total > maxsize:
                    raise BodyTooLarge(total, maxsize)
                data = await reader.readexactly(size + 2)
                wire.append(data)
                body.append(data[:-2])
        except asyncio.IncompleteReadError as exc:
            resp.body = b"".join(body)
            raise IncompleteResponse(resp) from exc

    async def close(self) -> None:
        """Close every idle connection."""
        for conns in self._idle.values():
            for conn in conns:
                conn.close()
        self._idle.clear()


class _StaleConnection(Exception):
    """A kept-alive connection was closed by the server before answering."""
