"""The words of a control link that most of a page's repeated blocks show alike: a per-post
"Report to a moderator" or "Citar" linking an address under the thread's own is the posts' frame,
whereas a topic list's rows each link their own topic by its own title.

    >>> from parsers.dom import load
    >>> from parsers.post_read import THREAD_HREF_RE
    >>> doc = load(b'<body><div><a href="/thread/9/report?p=1">Report post</a> one</div>'
    ...            b'<div><a href="/thread/9/report?p=2">Report post</a> two</div>'
    ...            b'<div><a href="/thread/4">A topic of its own</a></div></body>')
    >>> sorted(repeated_controls(list(doc.root.iter("div")), THREAD_HREF_RE))
    ['report post']
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from parsers.dom import clean
from parsers.post_parts import WORDY_RE

__all__ = ["repeated_controls"]

#: Words a control's text holds at the most ("Denunciar a un moderador", "Nahlásit moderátorovi").
_CONTROL_WORDS = 6


def repeated_controls(blocks: list[Any], href_re: re.Pattern[str]) -> set[str]:
    """The lower-cased texts of the worded links matching ``href_re`` that at least half of
    ``blocks`` (two or more) each show, in a few words, as their own links (a link inside a
    nested block counts for that block only)."""
    if len(blocks) < 2:
        return set()
    held = set(blocks)
    counts: Counter[str] = Counter()
    for block in blocks:
        texts = set()
        for a in block.iter("a"):
            if not href_re.search(a.get("href") or ""):
                continue
            # A link of a nested block (a reply inside its parent) is that block's own.
            owner = next((anc for anc in a.iterancestors() if anc in held), None)
            if owner is not block:
                continue
            text = clean(a.text_content()).casefold()
            if 0 < len(WORDY_RE.findall(text)) <= _CONTROL_WORDS:
                texts.add(text)
        counts.update(texts)
    least = max(2, (len(blocks) + 1) // 2)
    return {text for text, n in counts.items() if n >= least}
