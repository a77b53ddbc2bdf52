"""Helpers every entity finder shares: the context window and the finder signature.

    >>> context_of("pay to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa today", 7, 41, width=6)
    'pay to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa today'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parsers.records import Entity

#: Characters kept on each side of a match as its context.
CONTEXT_WIDTH = 40
_SPACES = re.compile(r"\s+")

Finder = Callable[[str], list[Entity]]


def context_of(text: str, start: int, end: int, width: int = CONTEXT_WIDTH) -> str:
    """A few words around ``text[start:end]``: ``width`` characters each side, widened to whole words."""
    left = max(0, start - width)
    while left > 0 and left > start - width - 20 and not text[left - 1].isspace():
        left -= 1
    right = min(len(text), end + width)
    while right < len(text) and right < end + width + 20 and not text[right].isspace():
        right += 1
    return _SPACES.sub(" ", text[left:right]).strip()


def entity(entity_type: str, value: str, text: str, start: int, end: int, /, **details: object) -> Entity:
    """An :class:`Entity` with its context cut from ``text``; ``details`` go to ``Entity.details``."""
    return Entity(entity_type=entity_type, value=value, context=context_of(text, start, end),
                  details=dict(details))
