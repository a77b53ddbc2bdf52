"""The runnable examples in the parsers modules' docstrings stay true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "parsers",
    "parsers.pgp",
    "parsers.dates",
    "parsers.prices",
    "parsers.dom",
    "parsers.engines",
    "parsers.labels",
    "parsers.forums",
    "parsers.generic_forum",
    "parsers.market_fields",
    "parsers.cards",
    "parsers.feedback",
    "parsers.markets",
    "parsers.vendor_page",
    "parsers.card_fields",
    "parsers.classify",
    "parsers.page",
    "parsers.drift",
    "parsers.profiles",
    "parsers.errors",
    "parsers.struck",
    "parsers.regex_gate",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0
