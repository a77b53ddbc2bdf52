"""A profile's statistics shown as tiles: a small block that holds a value over its caption
("<div><b>148</b><span>Feedback</span></div>", "03.06.2021" over "Member since"), the caption
under the value rather than before it as a label is. Read by the block, never by lines alone:
a count at the end of one block and a section's heading after it are no tile.

    >>> from parsers.dom import load
    >>> from parsers.stat_tiles import captioned
    >>> doc = load(b"<div><div><b>148</b><span>Feedback</span></div><p>12</p><h2>Reviews</h2></div>")
    >>> captioned(doc)
    [('148', 'Feedback')]
"""

from __future__ import annotations

from typing import Any

from parsers.dom import Doc, clean, xpath

__all__ = ["captioned", "tile_texts", "tile_value"]

# Blocks of two to four elements and little text: a tile, never a page's section.
_TILES = xpath(
    "(//body//*[count(*) >= 2 and count(*) <= 4][not(descendant::*[7])]"
    "[string-length(normalize-space()) < 80])[position() <= 400]"
)


def _texts(el: Any) -> list[str]:
    """The block's texts, one per child (and its own text before them), empty ones left out."""
    out = [clean(el.text)] if el.text and el.text.strip() else []
    for child in el:
        if not isinstance(child.tag, str):
            continue
        text = clean(child.text_content())
        if text:
            out.append(text)
        if child.tail and child.tail.strip():
            return []  # words between the parts: a sentence, not a tile
    return out


def tile_texts(doc: Doc) -> list[tuple[str, str]]:
    """The two texts of every block of the page that holds exactly two (its own text or its
    children's, nothing between them), in page order, computed once per page: what a tile of a
    figure and its label is made of, whichever comes first."""
    found = doc.memo.get("tile_texts")
    if found is None:
        pairs = []
        for el in _TILES(doc.root):
            texts = _texts(el)
            if len(texts) == 2:
                pairs.append((texts[0], texts[1]))
        found = doc.memo["tile_texts"] = tuple(pairs)
    return list(found)


def captioned(doc: Doc) -> list[tuple[str, str]]:
    """(value, caption) of every tile of the page, in page order (computed once per page): a
    block whose texts are exactly two, the value first (it holds a digit) and the caption under
    it (words without digits)."""
    found = doc.memo.get("stat_tiles")
    if found is None:
        found = doc.memo["stat_tiles"] = tuple(
            (value, caption) for value, caption in tile_texts(doc)
            if any(ch.isdigit() for ch in value) and not any(ch.isdigit() for ch in caption)
            and any(ch.isalpha() for ch in caption) and len(caption) <= 40
        )
    return list(found)


def tile_value(doc: Doc, caption: Any) -> str | None:
    """The value of the first tile whose whole caption ``caption`` (a label regex of
    :mod:`parsers.labels`) matches with nothing after the label."""
    for value, text in captioned(doc):
        match = caption.match(text)
        if match and not match["value"]:
            return value
    return None
