"""lab.sites keys and entities: real gpg keys, valid wallet checksums, complete entity ground truth."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from collections import Counter
from typing import Any

import pytest
from bs4 import BeautifulSoup

from ethics.onion import is_valid_onion
from lab.sites import World
from lab.sites.coins import B58, keccak256, sha3_256_pure


@pytest.fixture(scope="module")
def truth(lab_ground_truth: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return lab_ground_truth


@pytest.fixture(scope="module")
def world(lab_world: World) -> World:
    return lab_world


@pytest.fixture(scope="module")
def bodies(world: World, truth: list[dict[str, Any]]) -> dict[str, bytes]:
    return {g["url"]: world.by_onion(g["onion"]).handle("GET", g["url"][69:], {}).body for g in truth}


def _gpg(home: str, *args: str, data: bytes | None = None) -> str:
    out = subprocess.run(
        ["gpg", "--homedir", home, "--batch", *args], input=data, capture_output=True, check=True, timeout=60
    )
    return out.stdout.decode()


@pytest.mark.skipif(shutil.which("gpg") is None, reason="gpg binary not installed")
def test_vendor_pgp_keys_parse_in_gpg_with_the_ground_truth_fingerprint(
    truth: list[dict[str, Any]], tmp_path: Any
) -> None:
    keys = {
        r["pgp_fingerprint"]: r["pgp_key"]
        for g in truth
        for r in g["records"]
        if r["type"] == "vendor" and r["pgp_key"]
    }
    assert len(keys) >= 15
    home = str(tmp_path)
    try:
        for fpr, armored in list(keys.items())[:8]:
            listing = _gpg(home, "--show-keys", "--with-colons", data=armored.encode())
            assert re.findall(r"^fpr:+([0-9A-F]{40}):", listing, re.M)[0] == fpr
            assert "pub:-:255:22:" in listing  # EdDSA ed25519
        _gpg(home, "--import", data="\n".join(keys.values()).encode())
        checked = _gpg(home, "--check-sigs", "--with-colons")
        assert checked.count("sig:!:") == len(keys)  # every self-certification verifies
    finally:
        # The import starts a gpg-agent for this home that outlives gpg: stop what the test started.
        kill = ["gpgconf", "--homedir", home, "--kill", "gpg-agent"]
        subprocess.run(kill, capture_output=True, check=False)


def _b58decode(s: str) -> bytes:
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\0" * (len(s) - len(s.lstrip("1"))) + raw


def _valid_base58check(addr: str, version: int) -> bool:
    raw = _b58decode(addr)
    return (
        len(raw) == 25
        and raw[0] == version
        and hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]
    )


def _valid_bech32(addr: str) -> bool:
    charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    hrp, data = addr.rsplit("1", 1)
    values = [charset.index(c) for c in data]
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return hrp == "bc" and chk == 1 and values[0] == 0


def _valid_monero(addr: str) -> bool:
    sizes = {0: 0, 2: 1, 3: 2, 5: 3, 6: 4, 7: 5, 9: 6, 10: 7, 11: 8}
    raw = b""
    for off in range(0, len(addr), 11):
        block = addr[off : off + 11]
        n = 0
        for c in block:
            n = n * 58 + B58.index(c)
        raw += n.to_bytes(sizes[len(block)], "big")
    return len(raw) == 69 and raw[0] == 0x12 and keccak256(raw[:65])[:4] == raw[65:]


def test_keccak_is_the_real_permutation() -> None:
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    for data in (b"", b"abc", bytes(range(256)) * 3):
        assert sha3_256_pure(data) == hashlib.sha3_256(data).digest()


def test_wallet_entities_carry_valid_checksums(truth: list[dict[str, Any]]) -> None:
    seen: Counter[str] = Counter()
    for g in truth:
        for r in g["records"]:
            if r["type"] != "entity":
                continue
            kind, value = r["entity_type"], r["value"]
            if kind == "btc":
                assert _valid_bech32(value) if value.startswith("bc1") else _valid_base58check(value, 0), (
                    value
                )
            elif kind == "xmr":
                assert _valid_monero(value), value
            elif kind == "pgp":
                assert re.fullmatch(r"[0-9A-F]{40}", value)
            elif kind == "session":
                assert re.fullmatch(r"05[0-9a-f]{64}", value)
            seen[kind] += 1
    assert seen["btc"] and seen["xmr"] and seen["onion"] and seen["pgp"]


def test_eip55_and_litecoin_generators_are_valid() -> None:
    from lab.sites.coins import eth_address, ltc_p2pkh

    addr = eth_address("x")
    digest = keccak256(addr[2:].lower().encode()).hex()
    assert all(c == (c.upper() if int(digest[i], 16) >= 8 else c.lower()) for i, c in enumerate(addr[2:]))
    assert _valid_base58check(ltc_p2pkh("x"), 0x30)


def test_one_vendor_on_two_markets_shares_key_and_wallet_under_a_varied_handle(
    world: World, truth: list[dict[str, Any]]
) -> None:
    groups = world.linked_vendors()
    assert [("kornblume-markt", "night_0wl"), ("tessera-market", "NightOwl")] in groups
    vendors = {
        (g["site"], r["name"]): (r, g)
        for g in truth
        for r in g["records"]
        if r["type"] == "vendor" and r["pgp_key"]
    }
    for group in groups:
        fprs = {vendors[m, h][0]["pgp_fingerprint"] for m, h in group}
        assert len(fprs) == 1 and len({h for _, h in group}) == len(group)
        wallets = [
            {
                e["value"]
                for e in vendors[m, h][1]["records"]
                if e["type"] == "entity" and e["entity_type"] in ("btc", "xmr")
            }
            for m, h in group
        ]
        assert wallets[0] & wallets[1]


def test_every_valid_identifier_visible_on_a_page_is_in_its_ground_truth(
    truth: list[dict[str, Any]], bodies: dict[str, bytes]
) -> None:
    patterns = {
        "onion": (re.compile(r"\b[a-z2-7]{56}\.onion\b"), is_valid_onion),
        "btc": (
            re.compile(r"\b(?:1[1-9A-HJ-NP-Za-km-z]{25,34}|bc1[02-9ac-hj-np-z]{39})\b"),
            lambda a: _valid_bech32(a) if a.startswith("bc1") else _valid_base58check(a, 0),
        ),
        "xmr": (re.compile(r"\b4[1-9A-HJ-NP-Za-km-z]{94}\b"), _valid_monero),
        "ltc": (re.compile(r"\bL[1-9A-HJ-NP-Za-km-z]{33}\b"), lambda a: _valid_base58check(a, 0x30)),
        "eth": (re.compile(r"\b0x[0-9a-fA-F]{40}\b"), lambda a: True),
        "email": (re.compile(r"\b[\w.]+@[\w.]+\.(?:org|net|com)\b"), lambda a: True),
    }
    found_any: Counter[str] = Counter()
    for g in truth:
        if not g["content_type"].startswith(("text/html", "text/plain")):
            continue
        soup = BeautifulSoup(bodies[g["url"]], "lxml")
        visible = soup.get_text(" ")
        listed = {(r["entity_type"], r["value"]) for r in g["records"] if r["type"] == "entity"}
        for kind, (regex, valid) in patterns.items():
            for value in set(regex.findall(visible)):
                if kind == "email" and value.endswith("xmpp.example.net"):
                    kind_, value_ = "xmpp", value
                else:
                    kind_, value_ = kind, value
                if valid(value):
                    assert (kind_, value_) in listed, (g["url"], kind_, value_)
                    found_any[kind_] += 1
    assert all(found_any[k] for k in ("onion", "btc", "xmr", "ltc", "eth", "email", "xmpp")), found_any
