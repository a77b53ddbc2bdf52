"""Where an item ships from and to, on a page whose language the CLDR names places in little or
otherwise than the page does: two labelled values in a row whose labels share the stem of their
first word ("Embiado de" / "Embiamos a", "Unvía dende" / "Unvía a": sent from, sent to), the first
the origin, the second the destinations, a place that some language of the CLDR names among them
("Turkiya" is Uzbek's Turkey, "Evropa" Bosnian's Europe, "Unión Europea" Spanish's EU).

    >>> stem_route(["Vendedor", "Kovreros_de_Balat", "Embiado de", "Turkiya", "Embiamos a", "Evropa"])
    ('Turkiya', ['Evropa'])
    >>> stem_route(["Unvía dende", "Asturies", "Unvía a", "Unión Europea", "Disponibles", "6"])
    ('Asturies', ['Unión Europea'])

The labels' shared stem gates the rest: a page whose labels share none pays no look-up, and the
names of every language are loaded (once) only for a page that shows such a pair. A lone value of
places, or two labels of one stem over values no language names as places, say nothing.
"""

from __future__ import annotations

import re

from parsers.cldr_places import ANY_LANGUAGE
from parsers.place_words import labelled_route, line_pairs

__all__ = ["stem_route"]

_WORD_RE = re.compile(r"[^\W\d_]+")
# A route's labels stand a row or two apart; their stem is four letters at least.
_GAP = 2
_STEM = 4


def _stem(a: str, b: str) -> bool:
    """Whether two labels' first words share a stem: four letters at least, and most of the
    shorter word ("Embiado" / "Embiamos": "Embia"; "Versand" / "Versand")."""
    wa, wb = _WORD_RE.search(a.casefold()), _WORD_RE.search(b.casefold())
    if wa is None or wb is None:
        return False
    x, y = wa.group(0), wb.group(0)
    common = 0
    for cx, cy in zip(x, y, strict=False):
        if cx != cy:
            break
        common += 1
    return common >= max(_STEM, 0.6 * min(len(x), len(y)))


def stem_route(lines: list[str]) -> tuple[str, list[str]] | None:
    """(origin, destinations) of two labelled values whose labels share a stem, places named in
    any language (:data:`parsers.cldr_places.ANY_LANGUAGE`); None when ``lines`` show no such pair."""
    pairs: list[tuple[int, str, str]] = []
    for pair in line_pairs(lines):
        if pairs and pair[0] == pairs[-1][0] + 1 and pair[1] == pairs[-1][2]:
            continue  # a value read again as the next line's label
        pairs.append(pair)
    if not any(
        b[0] - a[0] <= 2 * _GAP and a[1] != b[1] and _stem(a[1], b[1])
        for k, a in enumerate(pairs)
        for b in pairs[k + 1 : k + 3]
    ):
        return None
    return labelled_route(pairs, ANY_LANGUAGE)
