"""A post's words below its media object: the "body" beside the poster's avatar holds only the
byline, and the text follows the object in an element no class names a body.

A media object (an avatar image beside a "body" of the name, the date and the reactions: Elgg's
``elgg-image-block`` > ``elgg-body``, Bootstrap's ``media`` > ``media-body``) heads many posts;
where the post's text lies inside that body, the byline is read off it as usual; where the text
comes after the object (a topic's full view: the object, then ``div.elgg-output``), the classed
body holds the byline alone and the words are the wordier element that follows it.

    >>> from parsers.dom import load
    >>> doc = load(b'<div id=p><div class=media><img alt=""><div class=media-body><a href=/u/ann>ann</a> '
    ...            b'<time datetime=2026-11-02>2 Nov</time></div></div><div>Hello there, the kettle is '
    ...            b'on and the tea is steeping.</div></div>')
    >>> block = doc.root.get_element_by_id("p")
    >>> body = next(el for el in block.iter() if el.get("class") == "media-body")
    >>> words_below(block, [body], set()).text_content().split()[:2]
    ['Hello', 'there,']
"""

from __future__ import annotations

from typing import Any

__all__ = ["without_byline", "words_below"]

#: The words the element below holds at the least (a sentence, not a "Reply" bar or a tag list).
_MIN_WORDS = 6
# What follows a byline without being a post's words: links, menus, lists of tags, controls.
_NOT_WORDS = frozenset({"a", "nav", "button", "form", "ul", "ol", "img", "time", "script", "style"})


def words_below(block: Any, bodies: list[Any], skip: set[Any]) -> Any:
    """The element that holds the post's words after the wordiest of ``bodies`` (classed bodies
    that each hold the post's byline): the first element with words following it or one of its
    ancestors below ``block``, when it says more than that body and at least a sentence's worth;
    None otherwise (a signature, a quote or a bar of controls is no post's
    words, nor is anything past a rule)."""
    # Imported here: post_parts asks this module, and its words' pattern is post_parts' own.
    from parsers.post_parts import QUOTE_CLASS_RE, SIG_CLASS_RE, WORDY_RE

    body = max(bodies, key=lambda el: len(el.text_content().strip()))
    own = len(WORDY_RE.findall(body.text_content()))
    node = body
    while node is not None and node is not block:
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str) or sib in skip:
                continue
            if sib.tag == "hr":
                return None  # a signature set off under a rule
            words = len(WORDY_RE.findall(sib.text_content()))
            if not words:
                continue
            cls = sib.get("class") or ""
            if sib.tag in _NOT_WORDS or SIG_CLASS_RE.search(cls) or QUOTE_CLASS_RE.search(cls) \
                    or sib.tag == "blockquote":
                return None
            return sib if words > own and words >= _MIN_WORDS else None
        node = node.getparent()
    return None


def without_byline(
    block: Any, found: list[tuple[Any, int]], holders: set[Any], skip: set[Any]
) -> list[tuple[Any, int]]:
    """Of a block's classed bodies ``found`` (each with its size), those outside the ``holders``
    of its byline; when every one holds it, the element of words after them
    (:func:`words_below`) alone, else all of them (the byline is then read off the body)."""
    kept = [(el, size) for el, size in found if el not in holders]
    if kept or not found:
        return kept or found
    below = words_below(block, [el for el, _ in found], skip)
    return [(below, len(below.text_content().strip()))] if below is not None else found
