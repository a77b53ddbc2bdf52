"""parsers.pgp: armored public keys, checked against fingerprints computed by the real gpg binary."""

from __future__ import annotations

import base64
import contextlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from parsers.errors import PgpError
from parsers.pgp import crc24, find_armored_keys, fingerprints_in, parse_armored_key, parse_key_packets

#: Subkey fingerprints per primary fingerprint, as gpg lists them (filled by the fixture).
SUBKEYS: dict[str, list[str]] = {}

pytestmark = pytest.mark.skipif(shutil.which("gpg") is None, reason="gpg binary not installed")


def _gpg(home: Path, *args: str) -> str:
    env = {**os.environ, "GNUPGHOME": str(home)}
    out = subprocess.run(
        ["gpg", "--batch", "--yes", "--pinentry-mode", "loopback", "--passphrase", "", *args],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out.stdout.decode()


@pytest.fixture(scope="module")
def gpg_keys(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str, str]]:
    """(armored key, fingerprint per gpg, user id) for an ed25519 and an RSA key."""
    home = tmp_path_factory.mktemp("gnupg")
    home.chmod(0o700)
    keys = []
    specs = (("Leafy Vendor <leafy@example.org>", "ed25519"), ("Rsa Tester <rsa@example.org>", "rsa1024"))
    for uid, algo in specs:
        _gpg(home, "--quick-gen-key", uid, algo, "default", "never")
        colons = _gpg(home, "--with-colons", "--fingerprint", uid)
        fpr = next(line.split(":")[9] for line in colons.splitlines() if line.startswith("fpr:"))
        _gpg(home, "--quick-add-key", fpr, "cv25519" if algo == "ed25519" else "rsa1024", "encr", "never")
        colons = _gpg(home, "--with-colons", "--fingerprint", "--fingerprint", uid)
        SUBKEYS[fpr] = [line.split(":")[9] for line in colons.splitlines() if line.startswith("fpr:")][1:]
        armored = _gpg(home, "--armor", "--export", uid)
        keys.append((armored, fpr, uid))
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):
        subprocess.run(
            ["gpgconf", "--kill", "gpg-agent"],
            env={**os.environ, "GNUPGHOME": str(home)},
            check=False,
            capture_output=True,
            timeout=30,
        )
    return keys


def test_fingerprint_matches_gpg_for_generated_keys(gpg_keys: list[tuple[str, str, str]]) -> None:
    for armored, fpr, uid in gpg_keys:
        key = parse_armored_key(armored)
        assert key.fingerprint == fpr
        assert len(key.fingerprint) == 40 and key.version == 4
        assert key.key_id == fpr[-16:]
        assert uid in key.user_ids
        assert key.subkey_fingerprints == SUBKEYS[fpr] and len(SUBKEYS[fpr]) == 1
        assert key.created.year >= 2020


def test_key_embedded_in_html_with_br_line_breaks_is_found(gpg_keys: list[tuple[str, str, str]]) -> None:
    armored, fpr, _ = gpg_keys[0]
    page = "<p>My key:</p><div>" + armored.replace("\n", "<br>\n") + "</div><p>thanks</p>"
    text = page.replace("<br>", "").replace("<p>", "").replace("</p>", "\n")
    assert fingerprints_in(text) == [fpr]


def test_collapsed_whitespace_and_glued_crc_still_decode(gpg_keys: list[tuple[str, str, str]]) -> None:
    armored, fpr, _ = gpg_keys[1]
    collapsed = " ".join(armored.split())
    assert parse_armored_key(collapsed).fingerprint == fpr
    lines = armored.strip().splitlines()
    glued = "\n".join([*lines[:-3], lines[-3] + lines[-2], lines[-1]])
    assert parse_armored_key(glued).fingerprint == fpr


def test_two_keys_in_one_text_are_returned_in_order(gpg_keys: list[tuple[str, str, str]]) -> None:
    text = f"first\n{gpg_keys[0][0]}\nsecond\n{gpg_keys[1][0]}"
    assert len(find_armored_keys(text)) == 2
    assert fingerprints_in(text) == [gpg_keys[0][1], gpg_keys[1][1]]


def _to_new_format(raw: bytes) -> bytes:
    """Re-encode gpg's old-format packets as new-format ones (5-octet lengths)."""
    out, pos = bytearray(), 0
    while pos < len(raw):
        head = raw[pos]
        if head & 0x40:
            raise AssertionError("expected old-format packets from gpg")
        tag, ltype = (head >> 2) & 0x0F, head & 3
        size = (1, 2, 4)[ltype]
        length = int.from_bytes(raw[pos + 1 : pos + 1 + size], "big")
        body = raw[pos + 1 + size : pos + 1 + size + length]
        out += bytes([0xC0 | tag, 255]) + length.to_bytes(4, "big") + body
        pos += 1 + size + length
    return bytes(out)


def _armor(raw: bytes) -> str:
    b64 = base64.b64encode(raw).decode()
    lines = [b64[i : i + 64] for i in range(0, len(b64), 64)]
    crc = base64.b64encode(crc24(raw).to_bytes(3, "big")).decode()
    return "\n".join(
        ["-----BEGIN PGP PUBLIC KEY BLOCK-----", "", *lines, "=" + crc, "-----END PGP PUBLIC KEY BLOCK-----"]
    )


def test_new_format_packets_give_the_same_fingerprint(gpg_keys: list[tuple[str, str, str]]) -> None:
    armored, fpr, uid = gpg_keys[0]
    raw = base64.b64decode("".join(line for line in armored.splitlines()[2:-2]))
    new = _to_new_format(raw)
    assert new != raw
    key = parse_key_packets(new)
    assert key.fingerprint == fpr and uid in key.user_ids
    assert parse_armored_key(_armor(new)).fingerprint == fpr


def test_crc_mismatch_raises_pgp_error(gpg_keys: list[tuple[str, str, str]]) -> None:
    lines = gpg_keys[0][0].strip().splitlines()
    crc_line = lines[-2]
    lines[-2] = "=AAAA" if crc_line != "=AAAA" else "=BBBB"
    with pytest.raises(PgpError, match="CRC"):
        parse_armored_key("\n".join(lines))
    assert fingerprints_in("\n".join(lines)) == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nAAAA\n-----END PGP PUBLIC KEY BLOCK-----",
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n!!!notbase64!!!\n-----END PGP PUBLIC KEY BLOCK-----",
        _armor(b"\x99\x00\x05\x04\x00\x00\x00\x00"),
        _armor(b"\xb4\x00\x03abc"),
    ],
)
def test_garbage_raises_pgp_error(text: str) -> None:
    with pytest.raises(PgpError):
        parse_armored_key(text)


def test_crc24_of_empty_input_is_the_initial_value() -> None:
    assert crc24(b"") == 0xB704CE


def test_crc24_a_byte_at_a_time_is_rfc_4880s_bit_by_bit_checksum() -> None:
    # The lab's key writer computes it bit by bit, as RFC 4880 section 6.1 writes it.
    from lab.sites.pgp import crc24 as bitwise

    for data in (b"\x00", b"\xff" * 7, bytes(range(256)), b"onionscope" * 50):
        assert crc24(data) == bitwise(data)
