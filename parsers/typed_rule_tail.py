"""A signature or an edit note written as the loose text of a post's words under a rule typed
out of dashes (mvnForum: "words<br>----------<br>Jede Blüte braucht ihre Zeit."): no words of
the post. :func:`parsers.post_parts.body_frame` leaves out such a signature when it is an
element of its own; loose text has no element, so its lines are cut from the body's text.

    >>> from parsers.dom import load
    >>> doc = load(b"<div id=w>Water once a week.<br>Is that too much?<br>-----------<br>Green thumbs!</div>")
    >>> typed_rule_cut("Water once a week.\\nIs that too much?\\n-----------\\nGreen thumbs!",
    ...                doc.root.get_element_by_id("w"))
    'Water once a week.\\nIs that too much?'
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import clean

__all__ = ["typed_rule_cut"]

# A rule typed out of dashes or underscores ("----------------", "__________").
_RULE_RE = re.compile(r"^[-_=~*]{5,}$")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# What a signature or an edit note under the rule holds at the most: a line or two.
_TAIL_LINES = 2
_TAIL_CHARS = 160


def _loose(container: Any) -> set[str]:
    """The lines of ``container``'s own loose text (its text and its children's tails)."""
    texts = [container.text or ""] + [c.tail or "" for c in container]
    return {line for t in texts for line in (clean(x) for x in t.splitlines()) if line}


def typed_rule_cut(body: str | None, container: Any) -> str | None:
    """``body`` without its last lines when a typed rule of ``container``'s loose text heads
    them: a line or two (160 characters at most) after words of the post's own."""
    if not body or "\n" not in body:
        return body
    lines = body.split("\n")
    rule = next((k for k in range(len(lines) - 1, -1, -1) if _RULE_RE.match(lines[k].strip())), None)
    if rule is None or rule == 0:
        return body
    tail, head = lines[rule + 1:], lines[:rule]
    if not 1 <= len(tail) <= _TAIL_LINES or len(" ".join(tail)) > _TAIL_CHARS:
        return body
    if not any(_WORD_RE.search(line) for line in head) or lines[rule].strip() not in _loose(container):
        return body
    return "\n".join(head).rstrip() or body
