"""ethics imports no other project package (checked on the source with ast)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIBLINGS = {"crawler", "parsers", "enrichment", "index", "lab", "onionscope", "tests"}


def test_ethics_imports_no_sibling_package() -> None:
    offenders = []
    files = sorted((ROOT / "ethics").rglob("*.py"))
    assert len(files) >= 10
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                    "import_module", "__import__"):
                offenders.append(f"{path.name}: dynamic import")
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in SIBLINGS]
    assert offenders == []
