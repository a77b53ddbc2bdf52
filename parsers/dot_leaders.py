"""Text-mode pages (a whole page in one <pre>, as a terminal would show it) join a label to its
value by a run of dots, a "leader": read such a line as "label: value", as the readers expect.

    >>> leader_lines(["Palautteita .......... 1 842", "Jäsen alkaen ......... 14.03.2021", "Hinta 3 XMR"])
    ['Palautteita: 1 842', 'Jäsen alkaen: 14.03.2021', 'Hinta 3 XMR']

A leader is three dots or more between spaces after a label of a few words (no colon, no figure
at its start); an ellipsis inside a sentence ("wait... then") has no spaces on both sides.
"""

from __future__ import annotations

import re

__all__ = ["leader_lines"]

_LEADER_RE = re.compile(r"^([^\W\d_][^:：.]{0,40}?)\s+(?:\.\s?){3,}\s*(\S.*)$")


def leader_lines(lines: list[str]) -> list[str]:
    """``lines`` with each "label ..... value" line written "label: value"; ``lines`` itself when
    none is (the cheap test first: most pages have no run of dots)."""
    if not any("..." in line or ". . ." in line for line in lines):
        return lines
    out = []
    for line in lines:
        m = _LEADER_RE.match(line) if "..." in line or ". . ." in line else None
        out.append(f"{m.group(1).rstrip()}: {m.group(2)}" if m else line)
    return out
