"""The seller of an item's page named as a member's handle among the item's facts, under a label
in any language: a handle joins its words with underscores ("Abelejo_Verda", "Schriiner_Sent"),
as a login that may hold no space does, where the names of things (a category, a place, a brand)
are written with spaces. The only member an item's own facts name is the one who sells it.

    >>> facts_seller(["Pezo", "500 g", "Vendisto", "Abelejo_Verda", "Sendata el", "Germanio"])
    'Abelejo_Verda'
    >>> facts_seller(["Verkoper: Tuinder_Jan (412)", "Gewicht: 2 kg"])
    'Tuinder_Jan'

A code of capitals and figures ("SKU_0417_B") is no handle, nor is a name the page shows as a
reviewer's (``avoid``); two different handles among the facts say nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["facts_seller"]

# A handle: letters (and figures) in two parts at least, joined by underscores, a lower-case letter
# in it; maybe followed by its statistics in brackets ("Madreneru_Teberga (412 ventes)").
_HANDLE_RE = re.compile(r"^(?P<h>[^\W\d_][^\W_]*(?:_[^\W_]+)+)(?:\s*[(\[][^)\]]{0,40}[)\]])?$")
# A label of a few words and no figure, alone on its line or before a colon and its value.
_LABEL_RE = re.compile(r"^[^\W\d_][^:：\d]{0,30}$")
_INLINE_RE = re.compile(r"^(?P<l>[^\W\d_][^:：\d]{0,30}?)\s*[:：]\s*(?P<v>\S.*)$")


def _handle(value: str) -> str | None:
    m = _HANDLE_RE.match(value.strip())
    name = m["h"] if m else None
    return name if name and any(ch.islower() for ch in name) and len(name) <= 40 else None


def facts_seller(lines: list[str], avoid: Iterable[str] = ()) -> str | None:
    """The one handle that ``lines`` (an item's facts, from its title on) show as a labelled
    value ("Vendisto" over "Abelejo_Verda", "Verkoper: Tuinder_Jan"), or None."""
    if not any("_" in line for line in lines):
        return None  # no handle at all: the usual page pays this scan only
    found: set[str] = set()
    for i, line in enumerate(lines):
        if "_" not in line or len(line) > 80:
            continue
        inline = _INLINE_RE.match(line)
        if inline:
            name = _handle(inline["v"])
        elif i and _LABEL_RE.match(lines[i - 1].rstrip(":： ")) and "_" not in lines[i - 1]:
            name = _handle(line)
        else:
            name = None
        if name:
            found.add(name)
    found -= set(avoid)
    return found.pop() if len(found) == 1 else None
