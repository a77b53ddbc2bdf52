"""A topic's title link that ends with its reply count in elements of their own ("Wool care
<span>14</span>", "Wool care <span class=hidden>comments</span><span>14</span>"): the count
and the words a screen reader says around it are no part of the title.

    >>> from parsers.dom import load
    >>> doc = load(b"<a href='/t/4'>Wool care <span>comments</span><b>(14)</b></a>")
    >>> counted_title(doc.root.find(".//a"))
    'Wool care'
    >>> doc = load(b"<a href='/t/5'>Top <b>10</b> tips</a>")
    >>> counted_title(doc.root.find(".//a"))
    'Top 10 tips'
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import clean

__all__ = ["counted_title"]

# A count as shown: "14", "(14)", "[1,204]".
_COUNT_RE = re.compile(r"[(\[]?\d{1,3}(?:[,.\u00a0\u202f]?\d{3})*[)\]]?")
# Words the trailing elements say at the most besides the count ("comments", "bình luận", "개").
_RUN_WORDS = 3
_WORD_CHARS = 12


def _trailing_run(link: Any) -> int | None:
    """Where the link's trailing run of count elements starts (an index among its children),
    or None: elements at the link's end with nothing but white space after each, one of them a
    count alone, the others three short words at the most between them."""
    children = [el for el in link if isinstance(el.tag, str)]
    if len(children) != len(link):
        return None  # a comment or an instruction inside: leave the link as it is
    start, counts, words = len(children), 0, 0
    while start > 0:
        el = children[start - 1]
        if (el.tail or "").strip() or len(el):
            break
        said = clean(el.text or "")
        if _COUNT_RE.fullmatch(said):
            counts += 1
        elif said and not any(c.isdigit() for c in said) and all(len(w) <= _WORD_CHARS for w in said.split()):
            words += len(said.split())
        else:
            break
        start -= 1
    if counts != 1 or words > _RUN_WORDS:
        return None
    return start


def counted_title(link: Any) -> str:
    """The link's text without a trailing reply count (see the module's docstring)."""
    text = clean(link.text_content())
    start = _trailing_run(link)
    if start is None:
        return text
    kept = [link.text or ""]
    for el in list(link)[:start]:
        kept.append(el.text_content())
        kept.append(el.tail or "")
    title = clean("".join(kept))
    return title if any(c.isalpha() for c in title) else text
