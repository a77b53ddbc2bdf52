"""Member links at addresses no convention knows, told by the avatars that link there: a board
shows each poster's picture ("portraitPhoto", "avatar", "/portraits/ann") linked to the poster's
page, beside the poster's name linked to the same page ("/author/annekev", "/gens/ann").

    >>> from parsers.dom import load
    >>> from parsers.avatar_links import avatar_named_links
    >>> doc = load(b'<body><div><a href="/gens/ann"><img class="avatar" src="/a.png"></a>'
    ...            b'<a href="/gens/ann">Ann</a></div></body>')
    >>> [a.text for a in avatar_named_links(doc.root.find("body"), 1)]
    ['Ann']
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import clean, xpath

__all__ = ["avatar_named_links"]

# Images named as a member's picture by their class or their address (the gate: most pages
# link no such picture, and the xpath runs in C).
_AVATAR_LINKS = xpath(
    "descendant::a[@href][descendant::img["
    + " or ".join(
        f"contains(translate(@{attr}, 'AP', 'ap'), '{word}')"
        for attr in ("class", "src") for word in ("avatar", "portrait", "userpic")
    )
    + "]]"
)


def avatar_named_links(root: Any, min_posts: int, refused: frozenset[str] = frozenset()) -> list[Any]:
    """The links with a name (no picture) to an address a member's picture also links to, in page
    order; [] when fewer than ``min_posts``. ``refused``: link words that name no one ("profile")."""
    shapes = {_shape(a.get("href") or "") for a in _AVATAR_LINKS(root)} - {""}
    if not shapes:
        return []
    # The pictures' addresses tell the members' pages apart by their shape ("/author/*",
    # "index.php?mid=*"): a poster shown without a picture is linked alike.
    out = [
        a for a in root.iter("a")
        if _shape(a.get("href") or "") in shapes and not any(True for _ in a.iter("img"))
        and 1 < len(text := clean(a.text_content())) <= 40 and text.casefold() not in refused
    ]
    return out if len(out) >= min_posts else []


# The last name or number of an address, its member's: "/author/ann" and "?mid=64" end on it.
_LAST_RE = re.compile(r"[^/=?&#]+/?$")


def _shape(href: str) -> str:
    """An address less its last name or number ("/author/annekev" -> "/author/"); "" for an
    address of one part only ("ann.html", "/ann", "#top"), too loose a shape to tell a member's
    page."""
    href = href.split("#")[0]
    cut = _LAST_RE.search(href)
    if cut is None or cut.start() == 0:
        return ""
    shape = href[:cut.start()]
    # "/ann" or "http://host/ann": a page at the site's root, the shape of every page.
    return shape if _HOST_RE.sub("", shape).strip("/") else ""


_HOST_RE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//[^/]*", re.IGNORECASE)
