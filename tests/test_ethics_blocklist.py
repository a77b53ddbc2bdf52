"""ethics.blocklist: hashed onion blocklists that never store an address."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ethics.blocklist import Blocklist
from ethics.errors import BlocklistError

ONION = "g3o364kv6cbo3h72tdrjtzynoictxdyikzdkfiwgggs6m3wgftpgjaad.onion"
OTHER = "xlpdzj3u55j3hfdkbcydoy7tdsrw5pkbg3rj4yncijm5p6jv6f77uuad.onion"


def test_a_salted_file_holds_only_hashes_and_finds_any_form_of_the_name(tmp_path: Path) -> None:
    path = tmp_path / "bl.txt"
    bl = Blocklist.create(path)
    assert bl.add(ONION) and not bl.add(ONION.upper())
    text = path.read_text()
    assert ONION not in text and ONION[:56] not in text
    loaded = Blocklist.load(path)
    assert len(loaded) == 1 and loaded.salt == bl.salt and loaded.salt is not None
    for form in (ONION, ONION.upper(), f"http://{ONION}:80/x?y", f"www.{ONION}", f"https://WWW.{ONION.upper()}/"):
        assert loaded.contains(form), form
    assert not loaded.contains(OTHER)
    assert loaded.digest(ONION) == hashlib.sha256(loaded.salt + ONION.encode()).hexdigest()


def test_plain_hash_lists_from_elsewhere_can_be_used(tmp_path: Path) -> None:
    path = tmp_path / "shared.txt"
    path.write_text("# onionscope blocklist v1\n# salt: none\n"
                    f"{hashlib.sha256(ONION.encode()).hexdigest()}  # from partner agency\n\n")
    bl = Blocklist.load(path)
    assert bl.contains(ONION) and not bl.contains(OTHER)


@pytest.mark.parametrize(("content", "message"), [
    ("", "line 1 must be"),
    ("# onionscope blocklist v1\n" + "ab" * 32 + "\n", "missing '# salt"),
    ("# onionscope blocklist v1\n# salt: none\n" + ONION + "\n", "line 3: not a SHA-256 hex hash (addresses"),
    ("# onionscope blocklist v1\n# salt: zz\n", "line 2: salt is not hex"),
])
def test_malformed_files_are_refused_with_the_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(content)
    with pytest.raises(BlocklistError, match=message.replace("(", r"\(").replace("'", "'")):
        Blocklist.load(path)


def test_only_valid_onions_can_be_added(tmp_path: Path) -> None:
    bl = Blocklist.create(tmp_path / "bl.txt")
    with pytest.raises(BlocklistError):
        bl.add("example.com")
    with pytest.raises(BlocklistError):
        bl.add("a" * 56 + ".onion")
    assert bl.add_hash("AB" * 32) and not bl.add_hash("ab" * 32)
    with pytest.raises(BlocklistError):
        Blocklist.create(tmp_path / "bl.txt")
