"""Self-signed TLS certificates for the lab's https onions, made with ``cryptography``.

Onion services that speak TLS mostly show a self-signed certificate naming their onion: the lab
makes one like that at every start (a fresh key each time, kept in the lab directory), so the
crawler's https path meets what it meets on a real service.

    >>> import tempfile
    >>> cert = make_certificate(tempfile.mkdtemp(), "x.onion")
    >>> len(cert.sha256), cert.cert_path.endswith("x.onion.crt")
    (64, True)
    >>> server_context(cert).check_hostname
    False
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import ssl
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Certificate:
    """A certificate and its key on disk, and the SHA-256 of the certificate (DER, hex)."""

    host: str
    cert_path: str
    key_path: str
    sha256: str


def make_certificate(directory: str | os.PathLike[str], host: str, days: int = 30) -> Certificate:
    """Write ``<host>.crt`` and ``<host>.key`` (mode 0600) under ``directory``.

    P-256 key (instant to make, unlike RSA), subject CN and subjectAltName both the onion name,
    valid from an hour ago (clock skew) for ``days`` days of the real clock: TLS checks real time,
    not the lab's capture clock. Self-signed and marked as its own CA, so a client that chooses to
    verify can trust exactly this file.
    """
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_path, cert_path = folder / f"{host}.key", folder / f"{host}.crt"
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    der = cert.public_bytes(serialization.Encoding.DER)
    return Certificate(host, str(cert_path), str(key_path), hashlib.sha256(der).hexdigest())


def server_context(cert: Certificate) -> ssl.SSLContext:
    """A server-side context presenting ``cert`` (TLS 1.2 and up, ALPN ``http/1.1``)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_alpn_protocols(["http/1.1"])
    ctx.load_cert_chain(cert.cert_path, cert.key_path)
    return ctx
