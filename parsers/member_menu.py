"""A member's menu beside the member's name: links that each name the member by the key the
member's own link gives ("profile.php?mb_id=ann" beside "memo.php?to_id=ann", "search?author=ann",
"new.php?mb_id=ann"): send a message, search the member's posts, list them. They are the
member's, not other pages a row of a topic list links (another topic, a board).

    >>> from parsers.dom import load
    >>> doc = load(b"<p><a href='/profile.php?mb_id=ann'>ann</a> <a href='/pm.php?to=ann'>Message</a>"
    ...            b" <a href='/t.php?id=4'>Tea</a></p>")
    >>> links = list(doc.root.iter("a"))
    >>> keys = member_keys(links[:1])
    >>> sorted(keys), [about_member(a, keys) for a in links[1:]]
    (['ann'], [True, False])
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

__all__ = ["about_member", "member_keys"]

# A key that names a member: a handle with a letter in it, three characters or more. A bare
# number (a member's number) is not one: a topic's or a page's number looks the same.
_KEY_RE = re.compile(r"(?=.*[^\W\d_])[\w.\-]{3,64}")
_SCRIPT_RE = re.compile(r"\.(?:php\d?|html?|aspx?|jsp|cgi|pl|py)$", re.IGNORECASE)


def _values(href: str) -> list[str]:
    """The values an address carries: its query's values and its path's last segment."""
    try:
        parts = urlsplit(href)
    except ValueError:
        return []
    values = [value for _, value in parse_qsl(parts.query, keep_blank_values=False)]
    last = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    if last and not _SCRIPT_RE.search(last):  # a script's name ("profile.php") is no key
        values.append(last)
    return values


def member_keys(members: list[Any]) -> set[str]:
    """The handles that the member links' addresses give ("ann" of "profile.php?mb_id=ann",
    "/user/ann"), folded to lower case."""
    return {
        value.casefold()
        for a in members
        for value in _values(a.get("href") or "")
        if _KEY_RE.fullmatch(value)
    }


def about_member(link: Any, keys: set[str]) -> bool:
    """Whether ``link``'s address names one of the members ``keys`` by a value of its own (a
    value of its query, its path's last segment): a link of that member's menu."""
    if not keys:
        return False
    return any(value.casefold() in keys for value in _values(link.get("href") or ""))
