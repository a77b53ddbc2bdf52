"""The design card's layout: package docstrings, one-way imports, records defined once."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from parsers.records import RECORD_TYPES

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("crawler", "parsers", "enrichment", "index", "ethics", "lab", "onionscope")

#: What each package may import of the others (data flows scope -> crawler -> parsers ->
#: enrichment -> index; ethics is consulted by all and imports none; onionscope wires everything).
ALLOWED = {
    "ethics": set(),
    "parsers": {"ethics"},
    "enrichment": {"parsers", "ethics"},
    "index": {"parsers", "ethics"},
    "crawler": {"parsers", "ethics"},
    # The lab writes its ground truth in the record model's JSON form, but must not use the parsers
    # it is the yardstick for.
    "lab": {"ethics", "parsers.records"},
    "onionscope": set(PACKAGES),
}


def _modules(package: str) -> list[Path]:
    return sorted(p for p in (ROOT / package).rglob("*.py") if "target" not in p.parts)


def _imported_modules(path: Path) -> set[str]:
    """Project modules ``path`` imports, absolute names (``from parsers import x`` -> parsers.x)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {m for m in found if m.split(".")[0] in PACKAGES}


def _allowed(module: str, allowed: set[str]) -> bool:
    return any(module == a or module.startswith(a + ".") for a in allowed)


@pytest.mark.parametrize("package", PACKAGES)
def test_each_package_init_says_what_it_owns(package: str) -> None:
    doc = ast.get_docstring(ast.parse((ROOT / package / "__init__.py").read_text()))
    assert doc and doc.split(":", 1)[0].strip() == package and len(doc) > 80


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_imports_follow_the_data_flow(package: str) -> None:
    allowed = ALLOWED[package] | {package}
    wrong = {str(p.relative_to(ROOT)): sorted(m for m in _imported_modules(p) if not _allowed(m, allowed))
             for p in _modules(package)}
    assert {k: v for k, v in wrong.items() if v} == {}


def test_records_are_defined_once() -> None:
    names = {cls.__name__ for cls in RECORD_TYPES.values()}
    elsewhere = []
    for package in PACKAGES:
        for path in _modules(package):
            if path == ROOT / "parsers" / "records.py":
                continue
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.ClassDef) and node.name in names:
                    elsewhere.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert elsewhere == []
