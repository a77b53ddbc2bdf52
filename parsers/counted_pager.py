"""A pager known by its shape, whatever its words and the name of its page parameter: a link to
this very address with one parameter (or a last step of its path) one above the page's own number
(1 when its address gives none), beside the pager's count of pages ("Säit 1 vun 121", "Rûpel 1
ji 3", "1 / 9") or the current page's number unlinked among numbered links ("1 <a>2</a> <a>3</a>").
A link that only shares the address (a sort order, a category "?cat=2") stands by no such count.

    >>> from parsers.dom import load
    >>> doc = load(b'<p>Siet 1 vun 4 <a href="?siet=2">Neegste Siet</a></p>', url="http://k.onion/bord/tuun")
    >>> counted_next(doc)
    'http://k.onion/bord/tuun?siet=2'
    >>> doc = load(b'<p>Sort: <a href="?sort=2">price</a></p>', url="http://k.onion/bord/tuun")
    >>> counted_next(doc) is None
    True
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from parsers.dom import Doc, clean

__all__ = ["counted_next"]

# A link that may carry a page's number: a query value or a last path step of figures.
_NUMBERED_HREF_RE = re.compile(r"=\d{1,5}(?:&|#|$)|/\d{1,5}/?(?:#|$)")
# Characters of a pager's box at the most: a longer text is a page's part that holds a link.
_MAX_BOX = 300
_FIGURE_RE = re.compile(r"(?<![\d.,])\d{1,5}(?![\d.,])")


def _numbered(url: str) -> tuple[str, str, dict[str, str], int | None]:
    """(host, path, query, the path's last step when a number) of an address."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    head, _, last = path.rpartition("/")
    step = int(last) if last.isdigit() and len(last) <= 5 else None
    return parts.netloc, head if step is not None else path, dict(parse_qsl(parts.query)), step


def _page_after(here: str, there: str) -> tuple[int, int] | None:
    """(the page's own number, the link's) when ``there`` is ``here`` with one parameter or its
    path's last step numbered one higher."""
    host, path, query, step = _numbered(here)
    t_host, t_path, t_query, t_step = _numbered(there)
    if (t_host, t_path) != (host, path):
        return None
    changed = [k for k in query.keys() | t_query.keys() if query.get(k) != t_query.get(k)]
    if changed and t_step == step:
        if len(changed) != 1 or not (value := t_query.get(changed[0], "")).isdigit():
            return None
        own = query.get(changed[0], "1")
        current = int(own) if own.isdigit() else None
        number = int(value)
    elif not changed and t_step is not None:
        current, number = step or 1, t_step
    else:
        return None
    return (current, number) if current is not None and number == current + 1 else None


def _counts_pages(box: Any, current: int, number: int) -> bool:
    """Whether a pager's box shows the current page's number beside the count of pages ("1 vun
    121", "1 / 9") or unlinked among numbered links ("1 <a>2</a>")."""
    said = clean(box.text_content())
    if len(said) > _MAX_BOX:
        return False
    count = re.search(rf"(?<![\d.,]){current}\s*(?:[^\W\d_]{{1,5}}\.?|/|\|)\s*(\d{{1,5}})(?![\d.,])", said)
    if count and int(count[1]) >= number:
        return True
    linked = [clean(a.text_content()) for a in box.iter("a")]
    unlinked = said
    for text in linked:
        unlinked = unlinked.replace(text, " ", 1)
    return str(number) in linked and str(current) in _FIGURE_RE.findall(unlinked)


def counted_next(doc: Doc) -> str | None:
    """The link to this page's address numbered one higher by the pager's shape, or None."""
    if not doc.url:
        return None
    own = doc.url.split("#")[0]
    for a in doc.tagged("a"):
        href = (a.get("href") or "").strip()
        if not _NUMBERED_HREF_RE.search(href) or href.startswith(("#", "javascript:")):
            continue  # the cheap gate: no number in the address
        target = doc.absolute(href.split("#", 1)[0])
        pages = _page_after(own, target) if target and target != own else None
        if pages is None:
            continue
        box = a.getparent()
        for _ in range(2):  # the link's box, then the one around it
            if box is None:
                break
            if _counts_pages(box, *pages):
                return target
            box = box.getparent()
    return None
