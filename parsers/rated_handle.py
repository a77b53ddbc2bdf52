"""A seller named by a rated handle: a link whose text is the last part of its own address (a
handle in the address of its profile, whatever word the site's paths use: "/pardevejs/x",
"/maijia/x") with a star rating right after it ("★ 4,9"). Items and categories are not rated
beside a link that spells its own address; sellers are, on cards and item pages of any language.

    >>> from parsers.dom import load
    >>> card = load(b'<div><a href="/p/7">Amber beads</a><p>Seller: <a href="/pardevejs/amber_ann">'
    ...             b'amber_ann</a> <span>&#9733; 4,9</span></p></div>').root
    >>> rated_handle(card)
    'amber_ann'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote, urlsplit

from parsers.dom import clean
from parsers.market_names import vendor_name

__all__ = ["STARS", "near_rated_handle", "rated_handle", "spells_handle"]

#: The star signs a rating is printed with.
STARS = "★☆⭐✪✭"
# A rating right after the link: a star and a figure ("★ 4.9", "⭐4,7 (213)").
_RATING_RE = re.compile(r"^\s*[" + STARS + r"]\s*\d")
# A handle: one word of letters, digits, "_", ".", "-".
_HANDLE_RE = re.compile(r"^[^\W][\w.\-]{1,59}$")


def _after(a: Any) -> str:
    """The text right after link ``a``: its tail, then the next element's text."""
    text = a.tail or ""
    nxt = a.getnext()
    if nxt is not None and isinstance(nxt.tag, str) and len(text.strip()) < 3:
        text += nxt.text_content()
    return text[:40]


def _bare(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def spells_handle(segment: str, name: str) -> bool:
    """Whether an address's segment spells the handle: the same, or the same once both lose their
    accents ("/Qilimat_e_Korces" for "Qilimat_e_Korçës": addresses are often written in ASCII)."""
    if segment == name:
        return True
    return not (segment.isascii() and name.isascii()) and _bare(segment) == _bare(name)


def rated_handle(root: Any, avoid: frozenset[str] = frozenset(), *, text: str | None = None) -> str | None:
    """The first rated handle under ``root`` (see the module) not in ``avoid``, or None. Only an
    element whose text (``text`` when given) shows a star is walked."""
    text = root.text_content() if text is None else text
    if not any(star in text for star in STARS):
        return None
    for a in root.iter("a"):
        href = a.get("href") or ""
        name = clean(a.text_content())
        if not href or not _HANDLE_RE.match(name) or name in avoid:
            continue
        path = unquote(urlsplit(href).path).rstrip("/")
        spelled = spells_handle(path.rsplit("/", 1)[-1], name)
        if not spelled or path.count("/") < 2 or not _RATING_RE.match(_after(a)):
            continue
        if found := vendor_name(name):
            return found
    return None


def near_rated_handle(root: Any, near: list[str], avoid: Callable[[], frozenset[str]]) -> str | None:
    """The rated handle of a page (``root``) shown in the lines ``near`` its item's title, not one
    of ``avoid()`` (the reviewers), or None; the page is walked only when those lines show a star."""
    text = "\n".join(near)
    if not any(star in text for star in STARS):
        return None
    found = rated_handle(root, avoid(), text=text)
    return found if found is not None and found in text.split() else None
