"""Errors of the crawler, one root: :class:`CrawlerError`.

Tor failures are told apart from HTTP errors so that retry and liveness can treat each class
differently (a missing descriptor means the site is down; a failed rendezvous is transient)::

    >>> err = onion_error_for(0xF0, "x.onion")
    >>> type(err).__name__, err.code, err.transient
    ('OnionDescriptorNotFound', 240, False)
    >>> isinstance(err, OnionError) and isinstance(err, TorError)
    True

Tree::

    CrawlerError
    ├── CrawlConfigError            bad --tor value, missing state file, bad cookie file
    └── TorError
        ├── TorUnavailable          SOCKS or control port refuses, or speaks no SOCKS5
        ├── CircuitError            tor could not build a circuit or stream (SOCKS codes 01-08)
        │   └── TorTimeout          no SOCKS reply or no HTTP answer within the timeout
        └── OnionError(code, onion) SOCKS5 extended errors of prop304 (``ExtendedErrors`` flag)
            ├── OnionDescriptorNotFound      F0
            ├── OnionDescriptorInvalid       F1
            ├── OnionIntroFailed             F2
            ├── OnionRendezvousFailed        F3
            ├── OnionMissingClientAuth       F4
            ├── OnionBadClientAuth           F5
            ├── OnionBadAddress              F6
            └── OnionIntroTimeout            F7

Codes are those of tor's ``src/lib/net/socks5_status.h``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from scrapy.exceptions import NotConfigured


def not_configured(component: type, reason: str) -> NotConfigured:
    """The NotConfigured a component raises when it is off by design (no --progress, a scope that
    keeps names in clear...): the reason is logged at INFO, where Scrapy would log it as WARNING."""
    from scrapy.exceptions import NotConfigured  # not at import: the CLI imports these errors

    logging.getLogger(component.__module__).info("%s is off: %s", component.__name__, reason)
    return NotConfigured()


class CrawlerError(Exception):
    """Root of every error raised by the crawler package."""


class CrawlConfigError(CrawlerError):
    """A crawl cannot start: bad ``--tor`` value, missing lab state, unreadable cookie file."""


class StorageError(CrawlerError):
    """Captures cannot be written (disk full, read-only or failing disk): the crawl stops, since a
    page fetched and not archived would have to be fetched again."""


class TorError(CrawlerError):
    """Something between us and the onion service failed inside Tor."""

    #: Stats and retry key: ``tor/error_count/<key>``.
    key: ClassVar[str] = "tor"
    #: Worth retrying soon (the same request may work on a new attempt).
    transient: ClassVar[bool] = True


class TorUnavailable(TorError):
    """The tor client itself cannot be reached (SOCKS port closed, not SOCKS5, auth refused)."""

    key = "tor_unavailable"


class CircuitError(TorError):
    """Tor answered a standard SOCKS5 failure (01-08): no circuit or stream could be made."""

    key = "circuit"

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


class TorTimeout(CircuitError):
    """No SOCKS reply, or no complete HTTP answer, within the download timeout."""

    key = "timeout"


class OnionError(TorError):
    """A SOCKS5 extended error about an onion service (needs ``SocksPort ... ExtendedErrors``)."""

    code: ClassVar[int] = 0
    key = "onion"
    description: ClassVar[str] = "onion service error"

    def __init__(self, onion: str, message: str | None = None) -> None:
        super().__init__(message or f"{self.description} (SOCKS5 0x{self.code:02X}) for {onion}")
        self.onion = onion


class OnionDescriptorNotFound(OnionError):
    """F0: no descriptor on the HSDirs: the service is offline or never existed."""

    code = 0xF0
    key = "descriptor_not_found"
    description = "onion descriptor not found"
    transient = False


class OnionDescriptorInvalid(OnionError):
    """F1: the descriptor could not be parsed or verified."""

    code = 0xF1
    key = "descriptor_invalid"
    description = "onion descriptor invalid"
    transient = False


class OnionIntroFailed(OnionError):
    """F2: every introduction point failed."""

    code = 0xF2
    key = "intro_failed"
    description = "introduction failed"


class OnionRendezvousFailed(OnionError):
    """F3: the rendezvous circuit failed (often a busy service)."""

    code = 0xF3
    key = "rendezvous_failed"
    description = "rendezvous failed"


class OnionMissingClientAuth(OnionError):
    """F4: the service requires client authorisation we do not hold."""

    code = 0xF4
    key = "missing_client_auth"
    description = "client authorisation missing"
    transient = False


class OnionBadClientAuth(OnionError):
    """F5: our client authorisation key was refused."""

    code = 0xF5
    key = "bad_client_auth"
    description = "client authorisation wrong"
    transient = False


class OnionBadAddress(OnionError):
    """F6: the onion name is malformed (checksum, version)."""

    code = 0xF6
    key = "bad_address"
    description = "bad onion address"
    transient = False


class OnionIntroTimeout(OnionError):
    """F7: introduction timed out."""

    code = 0xF7
    key = "intro_timeout"
    description = "introduction timed out"


ONION_ERRORS: dict[int, type[OnionError]] = {
    cls.code: cls
    for cls in (
        OnionDescriptorNotFound,
        OnionDescriptorInvalid,
        OnionIntroFailed,
        OnionRendezvousFailed,
        OnionMissingClientAuth,
        OnionBadClientAuth,
        OnionBadAddress,
        OnionIntroTimeout,
    )
}

#: Standard SOCKS5 reply codes (RFC 1928 section 6).
SOCKS5_REPLIES: dict[int, str] = {
    0x01: "general SOCKS server failure",
    0x02: "connection not allowed by ruleset",
    0x03: "network unreachable",
    0x04: "host unreachable",
    0x05: "connection refused",
    0x06: "TTL expired",
    0x07: "command not supported",
    0x08: "address type not supported",
}


def onion_error_for(code: int, onion: str) -> TorError:
    """The exception for a non-zero SOCKS5 reply code (extended or standard)."""
    if code in ONION_ERRORS:
        return ONION_ERRORS[code](onion)
    if code == 0x06:
        return TorTimeout(f"SOCKS5 0x06 {SOCKS5_REPLIES[code]} for {onion}", code)
    text = SOCKS5_REPLIES.get(code, "unknown SOCKS5 reply")
    return CircuitError(f"SOCKS5 0x{code:02X} {text} for {onion}", code)
