"""parsers.regex_gate: faster case-insensitive searches that never change what a regex finds.

``gated`` puts a first-character lookahead before a regex; ``Folded`` runs a lower-case regex
case-sensitively on lower-cased text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.classify import _CAPTCHA_RE, _DDOS_RE, _ERROR_RE, _LOGIN_RE
from parsers.regex_gate import Folded, gated

WORDS = re.compile(
    r"\b(?:add to cart|buy|kaufen|купить|est[aá]s en la cola|(?:1st|last) strike)\b", re.IGNORECASE
)
TEXTS = [
    "", "Add To Cart", "please BUY", "jetzt Kaufen!", "КУПИТЬ сейчас", "Estás en la cola", "LAST strike",
    "ſtrike", "the buyer", "Kaufen", "bu\u0130y", "no match here at all",
]


def test_gated_regexes_find_the_same_spans_as_the_originals() -> None:
    gate = gated(WORDS)
    assert gate.pattern.startswith("(?=[")
    for text in TEXTS:
        plain, fast = WORDS.search(text), gate.search(text)
        assert (plain and plain.span()) == (fast and fast.span()), text


@given(st.text(alphabet=st.sampled_from(list("abuykfnеtsКУПИТЬ áſK\u0130 1")), max_size=40))
def test_gated_and_plain_agree_on_any_text(text: str) -> None:
    plain, fast = WORDS.search(text), gated(WORDS).search(text)
    assert (plain and plain.span()) == (fast and fast.span())


def test_a_pattern_with_an_optional_start_is_left_as_it_is() -> None:
    rx = re.compile(r"(?:error\s*)?\d{3}", re.IGNORECASE)
    assert gated(rx) is rx


def test_the_classifier_regexes_are_folded() -> None:
    for rx in (_DDOS_RE, _CAPTCHA_RE, _LOGIN_RE, _ERROR_RE):
        assert isinstance(rx, Folded)


# Characters whose case folding differs from str.lower(): the one documented difference.
_FOLD_EXCEPTIONS = "ſK\u0130"


@given(st.text(alphabet=st.sampled_from(list("abuykfnеtsКУПИТЬ áÁ1 ")), max_size=40))
def test_folded_and_ignorecase_agree_on_any_text(text: str) -> None:
    plain = WORDS.search(text)
    folded = Folded(WORDS).search(text)
    assert (plain and plain.group(0).lower()) == (folded and folded.group(0))


def test_folded_finds_what_ignorecase_finds_in_mixed_case_text() -> None:
    for text in TEXTS:
        if any(ch in text for ch in _FOLD_EXCEPTIONS):
            continue
        plain, folded = WORDS.search(text), Folded(WORDS).search(text)
        assert (plain and plain.span()) == (folded and folded.span()), text


def test_folded_refuses_a_pattern_with_capitals() -> None:
    with pytest.raises(ValueError, match="lower-case"):
        Folded(re.compile(r"Login|\Sx", re.IGNORECASE))
    assert Folded(re.compile(r"log\S+in")).search("LOG-IN") is not None  # escapes may be capitals


_WALL_WORDS = ["wachtrij", "ddos", "d.d.o.s", "anti-ddos", "you are in the queue", "captcha", "log in",
               "mot de passe", "not found", "очередь", "排队", "estimated waiting time", "blog", "queue"]


@given(st.lists(st.sampled_from([*_WALL_WORDS, " ", "x", "É", ".", "-"]), max_size=12).map("".join))
def test_found_answers_as_search_does_on_the_classifier_patterns(text: str) -> None:
    # found() looks for a pattern's plain words with Aho-Corasick and runs only the rest as regex.
    for rx in (_DDOS_RE, _CAPTCHA_RE, _LOGIN_RE, _ERROR_RE):
        assert rx.found(text) == (rx.search(text) is not None), (rx.pattern[:30], text)
