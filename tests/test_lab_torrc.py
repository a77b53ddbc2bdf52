"""lab.torrc: the safety check every lab torrc must pass before any tor starts."""

from __future__ import annotations

import pytest

from lab import torrc

SAFE = torrc.render(torrc.COMMON, torrc.RELAY, {
    "DirAuthority": "auth0 orport=5001 v3ident=" + "A" * 40 + " 127.0.0.1:5002 " + "B" * 40,
    "ORPort": "127.0.0.1:5001",
    "ControlPort": "127.0.0.1:5003",
})


def test_a_lab_relay_torrc_is_safe() -> None:
    assert torrc.safety_problems(SAFE) == []


@pytest.mark.parametrize(("change", "problem"), [
    (("TestingTorNetwork 1", "TestingTorNetwork 0"), "TestingTorNetwork 1 is missing"),
    (("ORPort 127.0.0.1:5001", "ORPort 5001"), "ORPort 5001 is not bound to 127.0.0.1"),
    (("ControlPort 127.0.0.1:5003", "ControlPort 0.0.0.0:5003"), "ControlPort 0.0.0.0:5003 is not bound"),
    (("SocksPort 0", "SocksPort 9050"), "SocksPort 9050 is not bound to 127.0.0.1"),
    (("SocksPort 0", "SocksPort auto"), "SocksPort auto may bind outside 127.0.0.1"),
    (("127.0.0.1:5002", "128.31.0.39:9131"), "is not on 127.0.0.1"),
    (("UseDefaultFallbackDirs 0", "UseDefaultFallbackDirs 1"), "UseDefaultFallbackDirs must be 0"),
    (("Address 127.0.0.1", "Address 203.0.113.9"), "Address 203.0.113.9 is not 127.0.0.1"),
])
def test_every_way_out_of_the_lab_is_reported(change: tuple[str, str], problem: str) -> None:
    unsafe = SAFE.replace(*change)
    assert unsafe != SAFE
    assert any(problem in p for p in torrc.safety_problems(unsafe))


def test_a_torrc_without_authorities_would_join_the_public_network() -> None:
    text = "\n".join(line for line in SAFE.splitlines() if not line.startswith("DirAuthority"))
    assert "no DirAuthority line: tor would use the public authorities" in torrc.safety_problems(text)


def test_fallback_directories_and_bridges_are_refused() -> None:
    assert torrc.safety_problems(SAFE + "FallbackDir 192.0.2.1:80 orport=9001 id=" + "C" * 40 + "\n")
    assert torrc.safety_problems(SAFE + "UseBridges 1\n")


def test_comments_do_not_count_as_options() -> None:
    text = SAFE.replace("TestingTorNetwork 1", "# TestingTorNetwork 1")
    assert "TestingTorNetwork 1 is missing" in torrc.safety_problems(text)
