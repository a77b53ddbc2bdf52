"""Sizing of ``--scale N``: grow the markets and forums so the world has about N pages.

Page counts grow linearly with the number of listings, vendors, threads and authors, so the
sizes of one "unit" are multiplied by the factor that makes the estimate reach N.

    >>> s = sizes_for(10_000)
    >>> s["tessera-market"][0] > 36
    True
"""

from __future__ import annotations

from .world import SIZES

#: Sizes per unit and the pages one unit yields (measured on seed 7 with the default sizes,
#: mirror and fixed pages included; see benchmarks/lab_sites.py).
UNIT = SIZES  # one unit is the default world
PAGES_PER_UNIT = 529.0
#: Pages that do not grow (directory, interstitials, files, board lists).
FIXED_PAGES = 86


def sizes_for(pages: int) -> dict[str, tuple[int, int]]:
    """(listings, vendors) or (threads, authors) per site for a world of about ``pages`` pages."""
    factor = max((pages - FIXED_PAGES) / PAGES_PER_UNIT, 1.0)
    return {name: (max(int(a * factor), a), max(int(b * factor), b)) for name, (a, b) in UNIT.items()}
