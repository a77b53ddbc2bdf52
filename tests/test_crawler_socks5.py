"""crawler.socks5 and crawler.errors: the SOCKS5 handshake and tor's extended error codes.

Reply bytes are those of RFC 1928 and tor's prop304 (``src/lib/net/socks5_status.h``); the
success reply is the one tor 0.4.9 sent on the lab. The peer is a loopback asyncio server that
answers with those bytes, because tor cannot be made to emit every extended code on demand.
"""

from __future__ import annotations

import asyncio

import pytest

from crawler import errors, socks5

ONION = "nin2e656fptylpelhawlhcrmaw677nibe4ffshpeyxgu5so6g5nwhbyd.onion"


def test_greeting_offers_userpass_only_when_isolating():
    assert socks5.greeting(("a.onion", "run")) == b"\x05\x01\x02"
    assert socks5.greeting(None) == b"\x05\x01\x00"


def test_connect_sends_the_onion_name_never_an_address():
    req = socks5.connect_request(ONION, 80)
    assert req[:5] == bytes([5, 1, 0, 3, 62])
    assert req[5:-2] == ONION.encode()
    assert req[-2:] == b"\x00\x50"


def test_userpass_request_follows_rfc1929():
    assert socks5.userpass_request("ab", "c") == b"\x01\x02ab\x01c"


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        (0xF0, errors.OnionDescriptorNotFound),
        (0xF1, errors.OnionDescriptorInvalid),
        (0xF2, errors.OnionIntroFailed),
        (0xF3, errors.OnionRendezvousFailed),
        (0xF4, errors.OnionMissingClientAuth),
        (0xF5, errors.OnionBadClientAuth),
        (0xF6, errors.OnionBadAddress),
        (0xF7, errors.OnionIntroTimeout),
    ],
)
def test_each_extended_code_maps_to_its_own_class(code, cls):
    err = errors.onion_error_for(code, ONION)
    assert isinstance(err, errors.OnionError)
    assert type(err) is cls
    assert err.code == code and err.onion == ONION
    assert isinstance(err, errors.OnionError) and isinstance(err, errors.TorError)


def test_only_transient_onion_errors_are_marked_transient():
    transient = {c for c, cls in errors.ONION_ERRORS.items() if cls.transient}
    assert transient == {0xF2, 0xF3, 0xF7}


def test_standard_codes_become_circuit_errors_and_ttl_a_timeout():
    assert type(errors.onion_error_for(0x04, ONION)) is errors.CircuitError
    assert type(errors.onion_error_for(0x06, ONION)) is errors.TorTimeout
    err = errors.onion_error_for(0x01, ONION)
    assert isinstance(err, errors.CircuitError) and err.code == 1


async def _handshake_against(replies: bytes, auth: tuple[str, str] | None) -> bytes:
    """Run the handshake against a loopback peer that answers ``replies``; return what it got."""
    received = bytearray()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # method selection, then (user/pass) status, then the CONNECT reply, each after a read
        chunks = [replies[:2], replies[2:4], replies[4:]] if auth else [replies[:2], replies[2:]]
        for chunk in chunks:
            received.extend(await reader.read(1024))
            writer.write(chunk)
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            await socks5.handshake(reader, writer, ONION, 80, auth)
        finally:
            writer.close()
    finally:
        server.close()
    return bytes(received)


def test_handshake_accepts_tors_success_reply():
    # What tor 0.4.9 answered on the lab: method 02, auth ok, succeeded with 0.0.0.0:0.
    sent = asyncio.run(
        _handshake_against(b"\x05\x02" + b"\x01\x00" + b"\x05\x00\x00\x01" + bytes(6), (ONION, "run1"))
    )
    assert sent.startswith(b"\x05\x01\x02\x01\x3e" + ONION.encode())
    assert sent.endswith(socks5.connect_request(ONION, 80))


@pytest.mark.parametrize("code", sorted(errors.ONION_ERRORS))
def test_handshake_raises_the_extended_error_tor_sends(code):
    reply = b"\x05\x00" + bytes([5, code, 0, 1]) + bytes(6)
    with pytest.raises(errors.ONION_ERRORS[code]) as info:
        asyncio.run(_handshake_against(reply, None))
    assert info.value.onion == ONION


def test_a_server_that_is_not_socks5_is_reported_unavailable():
    with pytest.raises(errors.TorUnavailable):
        asyncio.run(_handshake_against(b"HTTP/1.1 400 Bad\r\n\r\n", None))
