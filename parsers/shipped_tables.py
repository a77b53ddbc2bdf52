"""Tables the parsers build from Babel's CLDR data across every locale, shipped as JSON beside the
module that reads them: building one costs about a second, reading it a few milliseconds. Each
module has a ``build()`` from Babel; ``python -m parsers.MODULE`` rewrites its file with
:func:`write_table`, and its test checks the shipped file against a fresh build.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["read_table", "table_path", "write_table"]


def table_path(module_file: str) -> Path:
    """The JSON file shipped beside a module (``__file__`` of parsers/x.py -> parsers/x.json)."""
    return Path(module_file).with_suffix(".json")


def read_table(path: Path, empty: Any) -> Any:
    """The table in ``path``, or ``empty`` when the file cannot be read (a broken install reads
    fewer words rather than failing every page)."""
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):  # pragma: no cover - the file ships with the package
        return empty


def write_table(path: Path, table: Any, *, sort_keys: bool = True) -> None:
    """Write ``table`` as its module ships it (one item a line, so a new CLDR reads as a diff)."""
    path.write_text(json.dumps(table, ensure_ascii=False, sort_keys=sort_keys, indent=0) + "\n",
                    encoding="utf-8")
