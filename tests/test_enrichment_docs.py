"""Unit: the runnable examples in the docstrings of every enrichment module still run."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import enrichment

MODULES = sorted(
    ["enrichment", *(m.name for m in pkgutil.walk_packages(enrichment.__path__, "enrichment."))]
)


@pytest.mark.parametrize("name", MODULES)
def test_module_docstring_examples_pass(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__doc__ and module.__doc__.strip(), f"{name} has no module docstring"
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
