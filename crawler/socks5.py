"""SOCKS5 client handshake for tor (RFC 1928, RFC 1929, tor prop304 extended errors).

Names are always sent to tor as DOMAINNAME (ATYP 3): tor resolves them itself, so an ``.onion``
name never reaches a DNS resolver. The username/password pair is tor's isolation key
(``IsolateSOCKSAuth``): streams with different credentials never share a circuit.

    >>> greeting(("site.onion", "run1"))
    b'\\x05\\x01\\x02'
    >>> connect_request("abc.onion", 80)
    b'\\x05\\x01\\x00\\x03\\tabc.onion\\x00P'
    >>> parse_reply_head(bytes([5, 0xF0, 0, 1]))
    (240, 1)

Example, on an open asyncio stream to tor's SocksPort::

    await handshake(reader, writer, "xyz...onion", 80, auth=("xyz...onion", "run1"))
"""

from __future__ import annotations

import asyncio
import struct

from crawler.errors import TorUnavailable, onion_error_for

VERSION = 0x05
METHOD_NONE = 0x00
METHOD_USERPASS = 0x02
CMD_CONNECT = 0x01
ATYP_IPV4, ATYP_DOMAIN, ATYP_IPV6 = 0x01, 0x03, 0x04


def greeting(auth: tuple[str, str] | None) -> bytes:
    """Client hello offering exactly one method: user/password when isolating, else none."""
    return bytes([VERSION, 1, METHOD_USERPASS if auth else METHOD_NONE])


def userpass_request(username: str, password: str) -> bytes:
    """RFC 1929 sub-negotiation; both fields are 1-255 bytes."""
    user, pwd = username.encode()[:255], password.encode()[:255]
    return bytes([0x01, len(user)]) + user + bytes([len(pwd)]) + pwd


def connect_request(host: str, port: int) -> bytes:
    """CONNECT by domain name (remote resolution)."""
    name = host.encode("idna") if not host.isascii() else host.encode()
    if not 0 < len(name) < 256:
        raise ValueError(f"host name of {len(name)} bytes cannot go in SOCKS5")
    return bytes([VERSION, CMD_CONNECT, 0x00, ATYP_DOMAIN, len(name)]) + name + struct.pack(">H", port)


def parse_reply_head(head: bytes) -> tuple[int, int]:
    """(reply code, address type) from the first 4 bytes of a CONNECT reply."""
    if len(head) != 4 or head[0] != VERSION:
        raise TorUnavailable(f"not a SOCKS5 reply: {head!r}")
    return head[1], head[3]


def bound_address_length(atyp: int, first: int) -> int:
    """Bytes left after the reply head: BND.ADDR (+length byte for names) and BND.PORT."""
    if atyp == ATYP_IPV4:
        return 4 + 2
    if atyp == ATYP_IPV6:
        return 16 + 2
    if atyp == ATYP_DOMAIN:
        return first + 2  # ``first`` is the name's length byte, already read
    raise TorUnavailable(f"unknown SOCKS5 address type {atyp}")


async def handshake(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    host: str,
    port: int,
    auth: tuple[str, str] | None = None,
) -> None:
    """Negotiate a CONNECT to ``host:port``; raise the matching :mod:`crawler.errors` class."""
    # Not pipelined: with hello, credentials and CONNECT in one write, tor 0.4.9 answers the
    # credentials and the CONNECT but never the method selection (measured on the lab).
    writer.write(greeting(auth))
    try:
        method = await reader.readexactly(2)
        if method[0] != VERSION or method[1] not in (METHOD_NONE, METHOD_USERPASS):
            raise TorUnavailable(f"SOCKS5 server refused our methods: {method!r}")
        if method[1] == METHOD_USERPASS:
            if not auth:
                raise TorUnavailable("SOCKS5 server wants a username/password")
            writer.write(userpass_request(*auth))
            status = await reader.readexactly(2)
            if status[1] != 0x00:
                raise TorUnavailable("SOCKS5 username/password refused")
        writer.write(connect_request(host, port))
        code, atyp = parse_reply_head(await reader.readexactly(4))
        if code != 0x00:
            raise onion_error_for(code, host)
        first = await reader.readexactly(1)
        rest = bound_address_length(atyp, first[0]) - 1
        if rest > 0:
            await reader.readexactly(rest)
    except asyncio.IncompleteReadError as exc:
        raise TorUnavailable(f"SOCKS5 server closed the connection during handshake for {host}") from exc
