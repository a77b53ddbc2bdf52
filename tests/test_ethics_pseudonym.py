"""ethics.pseudonym: stable keyed pseudonyms, reversible only with the key."""

from __future__ import annotations

import doctest
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ethics.pseudonym
from ethics.errors import PseudonymError
from ethics.pseudonym import KnownNames, Pseudonymiser, handle_parts, is_ordinary_word, load_pseudonym_key


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


# -- the variants of a handle in free text (KnownNames) ---------------------------------------------

P = Pseudonymiser(bytes(range(64)))


def _scrub(text: str, *names: str, targets: tuple[str, ...] = ()) -> str:
    return P.scrub(text, list(names), targets=targets)


def test_the_module_examples_run() -> None:
    assert doctest.testmod(ethics.pseudonym).failed == 0


@pytest.mark.parametrize("written", [
    "DarkVendor", "darkvendor", "DARKVENDOR", "Dark_Vendor", "dark_vendor", "Dark-Vendor", "DARK-VENDOR",
    "Dark.Vendor", "dark.vendor", "Dark Vendor", "DARK VENDOR", "Dark\u00a0Vendor",
])
def test_a_handle_is_found_in_the_case_and_separator_variants_people_write(written: str) -> None:
    ps = P.pseudonym("DarkVendor")
    assert _scrub(f"bought from {written}, fast", "DarkVendor") == f"bought from {ps}, fast"


def test_mentions_and_possessives_of_any_variant_keep_their_at_and_their_s() -> None:
    ps = P.pseudonym("DarkVendor")
    text = "@DarkVendor @dark_vendor DarkVendor's Dark_Vendor\u2019s Dark-Vendor."
    assert _scrub(text, "DarkVendor") == f"@{ps} @{ps} {ps}'s {ps}\u2019s {ps}."


def test_a_seen_form_keeps_its_own_pseudonym_and_other_variants_get_the_first_seen_one() -> None:
    names = KnownNames(["darkvendor", "Dark_Vendor"])  # two forms of one skeleton: the second adds a break
    first, second = P.pseudonym("darkvendor"), P.pseudonym("Dark_Vendor")
    out = P.scrub("darkvendor, Dark_Vendor, Dark Vendor, DARK-VENDOR, @Dark.Vendor", names)
    assert out == f"{first}, {second}, {first}, {first}, @{first}"  # exact forms as their author fields
    assert list(names) == ["darkvendor", "Dark_Vendor"]  # both forms are kept (and saved by the crawl)


def test_separators_go_only_where_the_seen_name_had_one_or_a_hump() -> None:
    # "darkvendor" was seen with no break in it: where its words meet is not known.
    assert _scrub("Dark_Vendor and Dark Vendor", "darkvendor") == "Dark_Vendor and Dark Vendor"
    assert _scrub("Da_rkVendor or Darkv-endor", "DarkVendor") == "Da_rkVendor or Darkv-endor"
    assert handle_parts("night-owl.7") == ["night", "owl", "7"]
    assert _scrub("thanks night_owl_7 and NightOwl7", "night-owl.7").count(P.pseudonym("night-owl.7")) == 2


def test_no_fuzzy_match_and_no_part_of_a_longer_word() -> None:
    text = "DarkVend0r, DarkVendors, DarkVendor2, xDarkVendor, darkvendor-team, Dark Vendor Shop"
    out = _scrub(text, "DarkVendor")
    assert out.startswith("DarkVend0r, DarkVendors, DarkVendor2, xDarkVendor, darkvendor-team, ")
    # "Dark Vendor Shop": the name is "Dark Vendor", the next word is not part of it
    assert out.endswith(f", {P.pseudonym('DarkVendor')} Shop")


def test_a_user_named_like_an_ordinary_word_leaves_the_word_in_prose() -> None:
    # Lowercase "vendor" is the word however often someone is called that: scrubbing it would wipe
    # the word from every text and protect nobody. An @mention is still the name.
    assert _scrub("the vendor shipped, VENDOR rocks, Vendor too", "vendor") == (
        "the vendor shipped, VENDOR rocks, Vendor too")
    assert _scrub("ask @vendor", "vendor") == f"ask @{P.pseudonym('vendor')}"
    assert _scrub("_vendor_ in italics", "vendor") == "_vendor_ in italics"
    # Written with a capital, the word is a name exactly as written, and only so.
    out = _scrub("the vendor shipped; ask Vendor, not VENDOR", "Vendor")
    assert out == f"the vendor shipped; ask {P.pseudonym('Vendor')}, not VENDOR"
    assert _scrub("order 420 of 420", "420") == "order 420 of 420"  # numbers are ordinary words too
    # A capital opening a sentence, a line or a list item says nothing: there it is the word.
    text = "Ghost town. Ghost ships fast!\n* Ghost again; - Ghost"
    assert _scrub(text, "Ghost") == text
    assert _scrub("I paid Ghost, and Ghost paid me", "Ghost").count(P.pseudonym("Ghost")) == 2


def test_ordinary_words_apart_or_hyphenated_are_a_name_only_when_capitalised_as_one() -> None:
    ps = P.pseudonym("quiet_reader")
    text = "a quiet reader, Quiet reader, quiet-reader, Quiet Reader, Quiet-Reader, quiet_reader, QuietReader"
    prose = "a quiet reader, Quiet reader, quiet-reader, "
    assert _scrub(text, "quiet_reader") == prose + ", ".join([ps] * 4)
    ps = P.pseudonym("HighQuality")
    assert _scrub("high-quality stuff from High-Quality", "HighQuality") == f"high-quality stuff from {ps}"
    # hyphenated exactly as the name was seen, it is the name
    assert _scrub("ask dark-vendor", "dark-vendor") == f"ask {P.pseudonym('dark-vendor')}"
    # a line break or two spaces end a name
    assert _scrub("Quiet\nReader, Quiet  Reader", "quiet_reader") == "Quiet\nReader, Quiet  Reader"


def test_short_names_are_matched_only_exactly_as_seen() -> None:
    assert _scrub("xqz, XQZ, Xqz", "xqz") == f"{P.pseudonym('xqz')}, XQZ, Xqz"
    assert _scrub("ask Joe, joe, JOE", "Joe") == f"ask {P.pseudonym('Joe')}, joe, JOE"
    assert _scrub("ab and AB", "ab") == "ab and AB"  # under MIN_TEXT_NAME: only as an @mention


def test_variants_of_a_target_stay_in_clear() -> None:
    text = "AshHerald, ash_herald, Ash Herald, @ashherald and quiet_reader"
    out = _scrub(text, "AshHerald", "quiet_reader", targets=("AshHerald",))
    assert out == f"AshHerald, ash_herald, Ash Herald, @ashherald and {P.pseudonym('quiet_reader')}"


def test_scrubbing_twice_changes_nothing_more() -> None:
    once = _scrub("Dark Vendor and @someone and dark_vendor's", "DarkVendor")
    assert _scrub(once, "DarkVendor") == once


def test_ordinary_words_come_from_several_languages() -> None:
    assert all(is_ordinary_word(w) for w in ("vendor", "Ghost", "продавец", "Verkäufer", "vendeur", "1337"))
    assert not any(is_ordinary_word(w) for w in ("darkvendor", "quiet_reader", "AshHerald"))


def test_handles_in_other_scripts_have_their_variants_too() -> None:
    ps = P.pseudonym("ТёмныйПродавец")
    text = "спроси тёмный_продавец или Тёмный Продавец, но тёмный продавец молчит"
    assert _scrub(text, "ТёмныйПродавец") == f"спроси {ps} или {ps}, но тёмный продавец молчит"


def test_a_missing_word_list_is_a_clear_error_not_a_wrong_scrub(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "wordfreq", None)  # as in a venv set up before the dependency
    monkeypatch.setattr(ethics.pseudonym, "_ordinary", None)
    with pytest.raises(PseudonymError, match="wordfreq is missing"):
        _scrub("ask Ghost", "Ghost")


_PIECES = ["DarkVendor", "dark", "Dark", "vendor", "Vendor", "VENDOR", "Ghost", "ghost", "quiet", "Reader",
           "quiet_reader", "the", "420", "ps_x", "_", "-", ".", "@", "'s", " ", " ", "  ", "\n", ". ", ", "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_scrubbing_any_text_twice_gives_the_text_scrubbed_once(text: str) -> None:
    names = KnownNames(["DarkVendor", "Ghost", "vendor", "quiet_reader"])
    once = P.scrub(text, names)
    assert P.scrub(once, names) == once
    # nothing but pseudonyms comes in: no word is cut, joined or changed otherwise
    words = set(re.findall(r"[\w.\-]+", text))
    assert all(w in words or w.startswith("ps_") for w in re.findall(r"[\w.\-]+", once))
