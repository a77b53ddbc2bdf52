"""A poster's post count shown as a bare number whose word is only in its tooltip.

Some themes show the count alone beside the avatar ("<div class=post_icon title='214 mensajes'>214
</div>", "<span title='3,417 posts'>3.4k</span>"): the label, in the page's language, is the
element's ``title``, read with the post-count words every language knows.

    >>> from parsers.dom import load
    >>> from parsers.tooltip_counts import tooltip_count
    >>> doc = load(b'<div id=p><a href="/u/ann">ann</a><b title="1.204 Beitr\\xc3\\xa4ge">1.204</b></div>')
    >>> tooltip_count(doc.root.get_element_by_id("p"))
    '1.204'
"""

from __future__ import annotations

from typing import Any

from parsers.dom import clean, xpath
from parsers.forums import POSTS_INLINE_RE

__all__ = ["tooltip_count"]

# Elements with a tooltip and a short text of their own: a count shown alone.
_TIPPED = xpath("descendant::*[@title][string-length(normalize-space(.)) > 0]"
                "[string-length(normalize-space(.)) <= 12]")


def tooltip_count(block: Any) -> str | None:
    """The post count of ``block``'s poster when an element shows a number (or its short form,
    "3.4k") whose tooltip is a post count ("214 mensajes"): the tooltip's number; else None."""
    for el in _TIPPED(block):
        shown = clean(el.text_content())
        if not any(c.isdigit() for c in shown):
            continue
        match = POSTS_INLINE_RE.match(clean(el.get("title") or ""))
        if match:
            return match.group(1).strip()
    return None
