"""ethics.pseudonym: stable keyed pseudonyms, reversible only with the key."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from ethics.errors import PseudonymError
from ethics.pseudonym import Pseudonymiser, load_pseudonym_key


def test_pseudonyms_are_stable_linkable_and_reversible_only_with_the_key(tmp_path: Path) -> None:
    key = load_pseudonym_key(tmp_path / "keys" / "p.key")
    assert stat.S_IMODE(os.stat(tmp_path / "keys" / "p.key").st_mode) == 0o600
    p = Pseudonymiser(key)
    a, b = p.pseudonym("Alice_77"), p.pseudonym("bob")
    assert a == Pseudonymiser(load_pseudonym_key(tmp_path / "keys" / "p.key")).pseudonym("Alice_77")
    assert a != b and "alice" not in a.lower()
    assert p.reveal(a) == "Alice_77"
    other = Pseudonymiser(bytes(64))
    assert other.pseudonym("Alice_77") != a
    with pytest.raises(PseudonymError):
        other.reveal(a)
    with pytest.raises(PseudonymError):
        p.reveal(a[:-2] + ("a" if a[-2] != "a" else "b") + a[-1])


def test_records_keep_targets_in_clear_and_pseudonymise_bystanders() -> None:
    p = Pseudonymiser(bytes(range(64)))
    feedback = [{"buyer": "joe", "text": "fast"}, {"buyer": "Carder_X", "text": "self"}]
    vendor: dict[str, Any] = {"type": "vendor", "name": "carder_x", "feedback": feedback}
    out = p.apply(vendor, targets={"carder_x"})
    assert out["name"] == "carder_x"
    assert out["feedback"][0]["buyer"] == p.pseudonym("joe") and out["feedback"][0]["text"] == "fast"
    assert out["feedback"][1]["buyer"] == "Carder_X"
    assert p.apply(out, targets={"carder_x"}) == out  # idempotent: pseudonyms are not re-encrypted
    assert vendor["feedback"][0]["buyer"] == "joe"  # the input is not modified


def test_free_text_loses_known_names_and_mentions_but_keeps_targets_and_words() -> None:
    p = Pseudonymiser(bytes(range(64)))
    post = {"type": "post", "author": "buyer_joe", "quotes": ["vendor_x"],
            "body": "@vendor_x shipped; Buyer_Joe says thanks to @ab and to the joe-team. Jo is fine."}
    out = p.apply(post, targets={"vendor_x"})
    body = out["body"]
    assert body.startswith("@vendor_x shipped; ")  # targets stay in clear
    assert p.pseudonym("buyer_joe") in body and "Buyer_Joe" not in body  # any case, one pseudonym
    assert f"@{p.pseudonym('ab')}" in body  # a mention names a user whatever its length
    assert "the joe-team. Jo is fine." in body  # neither parts of words nor short words are names
    assert p.apply(out, targets={"vendor_x"})["body"] == body  # pseudonyms are never re-encrypted
