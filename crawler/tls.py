"""TLS inside a tor stream, for ``https://`` onions: the client context, the upgrade, and what the
service showed.

    >>> ctx = tls_context()                 # default: fingerprint, do not CA-check
    >>> ctx.verify_mode == ssl.CERT_NONE, tls_context(verify=True).check_hostname
    (True, True)

On a stream already CONNECTed through tor's SocksPort (see :mod:`crawler.http1`)::

    info = await start_tls(writer, ctx, "xyz...onion", 443)   # SNI = the onion name
    info.cert_sha256, info.version, info.verified

Why certificates of onion services are not CA-checked by default: the onion address *is* the
service's public key, and tor completes the rendezvous only with the holder of that key, so the
stream already ends at the right service, encrypted end to end. Most onion services that use TLS
show self-signed certificates (few CAs issue ``.onion`` certificates at all), so requiring CA
validation would lose those pages and add no authentication. The certificate's SHA-256 is still
recorded (WARC evidence of which certificate the service showed, so a change is visible), and
``tls_context(verify=True)`` (setting ``TOR_TLS_VERIFY``) requires a CA-valid certificate naming
the onion for users whose policy demands it.
"""

from __future__ import annotations

import asyncio
import hashlib
import ssl
from dataclasses import dataclass, field
from typing import Any

from crawler.errors import CrawlConfigError, CrawlerError


class TlsError(CrawlerError):
    """The TLS handshake with an onion service failed, or its certificate was refused.

    Not a :class:`crawler.errors.TorError`: tor delivered the stream, so the onion is up (liveness
    does not count it against the site), and retrying would meet the same certificate.
    """

    key = "tls"


@dataclass(frozen=True)
class TlsInfo:
    """What a TLS stream negotiated, and the certificate the service presented."""

    #: Protocol version, e.g. ``TLSv1.3``.
    version: str
    #: Cipher suite name, e.g. ``TLS_AES_256_GCM_SHA384``.
    cipher: str
    #: Lower-case hex SHA-256 of the peer certificate (DER); empty if the server sent none.
    cert_sha256: str
    #: True when the certificate was checked against the trusted CAs and the onion name.
    verified: bool
    #: The name sent as SNI (the onion address).
    server_name: str
    #: The peer certificate, DER-encoded (b"" if none).
    cert_der: bytes = field(default=b"", repr=False)

    def as_dict(self) -> dict[str, object]:
        """JSON-friendly form (no certificate bytes)."""
        return {
            "version": self.version,
            "cipher": self.cipher,
            "cert_sha256": self.cert_sha256,
            "verified": self.verified,
            "server_name": self.server_name,
        }


def tls_context(verify: bool = False, cafile: str | None = None) -> ssl.SSLContext:
    """The client context for https onions.

    ``verify=False`` (the default; see the module docstring for why): any certificate is accepted
    and only fingerprinted. ``verify=True``: the chain must lead to a trusted CA (``cafile``, else
    the system store) and name the onion. Either way TLS 1.2 is the minimum and ALPN offers only
    ``http/1.1`` (the client speaks nothing else). Raises OSError or ValueError for a bad ``cafile``.
    """
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_alpn_protocols(["http/1.1"])
    if verify:
        if cafile:
            ctx.load_verify_locations(cafile=cafile)
        else:
            ctx.load_default_certs(ssl.Purpose.SERVER_AUTH)
    else:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def context_from_settings(settings: Any) -> ssl.SSLContext:
    """The context a crawl's settings ask for: ``TOR_TLS_VERIFY`` and ``TOR_TLS_CA_FILE``.

    Raises :class:`crawler.errors.CrawlConfigError` (one line) for a CA file that cannot be read
    or holds no certificate, and for a CA file without ``TOR_TLS_VERIFY``: a user who names CAs
    expects them to be checked, and silently not checking would be the worse surprise.
    """
    verify = settings.getbool("TOR_TLS_VERIFY", False)
    cafile = settings.get("TOR_TLS_CA_FILE") or None
    if cafile and not verify:
        raise CrawlConfigError("TOR_TLS_CA_FILE is set but TOR_TLS_VERIFY is off: set TOR_TLS_VERIFY=true")
    try:
        return tls_context(verify, cafile)
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or getattr(exc, "reason", None) or str(exc)
        raise CrawlConfigError(f"TOR_TLS_CA_FILE {cafile}: no CA certificates loaded ({reason})") from exc


async def start_tls(writer: asyncio.StreamWriter, context: ssl.SSLContext, host: str, port: int) -> TlsInfo:
    """Upgrade an open stream to TLS in place (its reader follows); ``host`` is the SNI and, when
    the context verifies, the name checked. Raise :class:`TlsError` when the handshake fails."""
    where = f"{host}:{port}"
    try:
        await writer.start_tls(context, server_hostname=host)
    except ssl.SSLCertVerificationError as exc:
        raise TlsError(f"certificate of {where} refused: {exc.verify_message}") from exc
    except (OSError, EOFError) as exc:
        # ssl.SSLError is an OSError; a service that closes during the handshake or speaks plain
        # HTTP on this port ends up here too.
        reason = getattr(exc, "reason", None) or str(exc) or type(exc).__name__
        raise TlsError(f"TLS handshake with {where} failed: {reason}") from exc
    sslobj = writer.get_extra_info("ssl_object")
    der = sslobj.getpeercert(binary_form=True) if sslobj is not None else None
    cipher = sslobj.cipher() if sslobj is not None else None
    return TlsInfo(
        version=(sslobj.version() if sslobj is not None else None) or "",
        cipher=cipher[0] if cipher else "",
        cert_sha256=hashlib.sha256(der).hexdigest() if der else "",
        verified=context.verify_mode == ssl.CERT_REQUIRED,
        server_name=host,
        cert_der=der or b"",
    )
