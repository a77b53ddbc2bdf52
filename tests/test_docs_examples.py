"""The runnable examples in the docstrings of every package's modules stay true."""

from __future__ import annotations

import doctest
import importlib
import os
import pkgutil

import pytest

PACKAGES = ("crawler", "parsers", "enrichment", "index", "ethics", "lab", "onionscope")


def _modules() -> list[str]:
    names = []
    for package in PACKAGES:
        root = importlib.import_module(package)
        names.append(package)
        for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}."):
            if not info.name.endswith("__main__"):
                names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_the_docstring_examples_of_a_module_run(name: str, tmp_path, monkeypatch) -> None:
    # Examples may set ONIONSCOPE_* variables or write under the data directory: keep both here.
    saved = dict(os.environ)
    monkeypatch.setenv("ONIONSCOPE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    monkeypatch.setenv("ONIONSCOPE_PSEUDONYM_KEY", str(tmp_path / "pseudonym.key"))
    monkeypatch.chdir(tmp_path)
    try:
        result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    assert result.failed == 0
