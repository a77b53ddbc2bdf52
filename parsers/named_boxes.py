"""Quote boxes classed as nothing a quote is, known by their head: a first line of their own that
is a poster of the page's name and a word or two before a colon ("mbada77 akanyora:", "ann
írta:", "bob aliandika:"), whatever the verb's language, over the quoted words.

    >>> from parsers.dom import load
    >>> from parsers.named_boxes import named_boxes
    >>> doc = load(b'<div id="w"><div class="c"><div>ann kirjoitti:</div>Green tea.</div>'
    ...            b'Black tea is better.</div>')
    >>> wrapper = doc.root.get_element_by_id("w")
    >>> [(box.get("class"), name) for box, name in named_boxes(wrapper, set(), ["ann"])]
    [('c', 'ann')]
"""

from __future__ import annotations

from typing import Any

from parsers.dom import clean
from parsers.post_parts import WORDY_RE
from parsers.thread_records import text_without

__all__ = ["named_boxes"]

# Words a head writes after the name at the most ("akanyora", "hat geschrieben").
_VERB_WORDS = 2
_BOX_TAGS = ("div", "td", "p", "section", "aside", "span")


def _head_name(text: str, names: list[str]) -> str | None:
    """The poster of ``names`` a head line "NAME word:" names (the longest that fits), or None."""
    if not text.endswith((":", "：")) or len(text) > 80:
        return None
    fitting = [n for n in names if n and text.startswith(n)]
    for name in sorted(fitting, key=len, reverse=True):
        rest = text[len(name):].rstrip(":： ")
        if rest[:1].isspace() and 1 <= len(rest.split()) <= _VERB_WORDS \
                and not any(c.isdigit() for c in rest):
            return name
    return None


def named_boxes(
    container: Any, skip: set[Any], names: list[str], frame: tuple[Any, ...] = ()
) -> list[tuple[Any, str]]:
    """(box, name): the boxes inside a post's ``container`` (outside ``skip``) whose first child
    is a head line naming a poster of the page (:func:`_head_name`) with the quoted words after
    it, the post's own words outside the box; none holding a ``frame`` element (the post's
    author or date: a byline "ann wrote:" over the post itself is no quote)."""
    if not names:
        return []
    text = container.text_content()
    if (":" not in text and "：" not in text) or not any(n and n in text for n in names):
        return []  # most posts: no head line to look for
    out: list[tuple[Any, str]] = []
    taken: set[Any] = set()
    for box in container.iter(*_BOX_TAGS):
        if box is container or box in skip or box in taken or not len(box) or (box.text or "").strip():
            continue
        head = box[0]
        if not isinstance(head.tag, str) or head in skip:
            continue
        name = _head_name(clean(head.text_content()), names)
        if name is None:
            continue
        own = set(box.iter())
        if any(f is not None and f in own for f in frame):
            continue
        if not WORDY_RE.search(text_without(box, set(head.iter()) | skip)):
            continue  # the head alone: no quoted words
        if not WORDY_RE.search(text_without(container, skip | own)):
            continue  # the post's words all in the box: a post opening so is no quote of itself
        out.append((box, name))
        taken |= own
    return out
