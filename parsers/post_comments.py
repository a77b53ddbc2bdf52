"""Comments inside a post's block are posts of their own: a Q&A site (Askbot, OSQA, Stack
Exchange clones such as Hidden Answers) shows under a question and under each answer short
messages, each with its author's link, its time and its words ("Which tea? — <a>bob</a> (2 hours
ago)"), and a blog or a tracker shows comments under a post's words the same way.

Known by their shape, whatever the site calls them: inside a post's block, after its author, a
link to a member (an address of the shape the posts' authors' links have, a member page by the
links' conventions, or a poster of the page by name), in the smallest element around it that
shows a date (not the post's own) and, in an element of their own, words (three or more): the
comment. Or that dated line heads its element's words ("<li><div>bob · DATE</div><p>words</p>"),
or closes them where the post shows its own words in a body element elsewhere (Question2Answer:
"words" over "commented DATE by bob"). A line naming a member and a date and saying little else
(who changed the post, who thanked its author) is the post's frame, not a comment; a quote is no
comment either.

    >>> from parsers.dom import load
    >>> from parsers.post_comments import post_comments
    >>> doc = load(b'<div class="q"><a href="/people/4/ann">ann</a> <span>17.11.2026 18:40</span>'
    ...            b'<p class="text">Green or black tea for a cold evening?</p><div class="c">'
    ...            b'<span class="t">Black, with honey and a slice of lemon.</span> '
    ...            b'<a href="/people/9/bob">bob</a> <span>17.11.2026 19:02</span></div></div>')
    >>> block = doc.root.find(".//div")
    >>> blocks, replies_of, links = post_comments([block], {}, {block[0]}, None)
    >>> [b.get("class") for b in blocks], [a.text for a in links]
    (['q', 'c'], ['bob'])
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from parsers.dom import clean
from parsers.forum_members import USER_HREF_RE, member_name, user_links
from parsers.post_blocks import in_quote
from parsers.post_dates import post_date
from parsers.post_parts import WORDY_RE, post_body

__all__ = ["post_comments"]

# How far above its author's link a comment's element may lie ("div.comment > div.comment-body >
# span.meta > a.author").
_DEPTH = 6
# Words a comment says at the least, in an element of their own.
_MIN_WORDS = 3
_NAME_MAX = 40
_DIGITS_RE = re.compile(r"^\d+$")
# An address's first step ("users" of "/users/5/ann", "http://host/users/5/ann", "users/5").
_FIRST_STEP_RE = re.compile(r"^(?:[a-zA-Z][\w+.-]*://[^/?#]*)?/*([^/?#]*)")


def _shape(href: str | None) -> tuple[str, ...] | None:
    """The shape of a member page's address: its first step as written, the others as a number
    or a word, and its query's keys ("/kayttajat/211/ann/" and "/kayttajat/58/bob/" alike)."""
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return None
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    steps = [s for s in parts.path.split("/") if s]
    if not steps and not parts.query:
        return None
    keys = sorted(p.split("=", 1)[0] for p in parts.query.split("&") if p)
    head = steps[:1] if steps else [""]
    rest = ["#" if _DIGITS_RE.match(s) else "w" for s in steps[1:]]
    return (*head, *rest, "?", *keys)


def _candidates(block: Any, members: set[Any], skip: set[Any], shapes: set[tuple[str, ...]],
                names: set[str]) -> list[Any]:
    """The links in ``block`` (outside ``skip``) that name a member other than by being one of
    ``members``: at an address of the posts' authors' shape, at a member page by convention, or
    by the name of a poster of the page."""
    found = []
    firsts = {shape[0] for shape in shapes}
    for a in block.iter("a"):
        if a in members or a in skip:
            continue
        text = clean(a.text_content())
        if not text or len(text) > _NAME_MAX or len(text.split()) > 3 or not any(c.isalpha() for c in text):
            continue
        href = a.get("href") or ""
        # A member page by the links' conventions: the link itself is its only link. The address's
        # first step is looked at before its whole shape (most links lead elsewhere).
        step = _FIRST_STEP_RE.match(href)
        shaped = step is not None and step.group(1) in firsts and _shape(href) in shapes
        if shaped or member_name(text) in names or (USER_HREF_RE.search(href) and user_links(a)):
            found.append(a)
    return found


def _says(unit: Any, link: Any, date_el: Any) -> bool:
    """Whether ``unit`` holds words of its own, three or more, in an element that holds neither
    its author's link nor its date (a comment's text, not a line "edited by ann on DATE")."""
    for el in unit.iter():
        if el is unit or not isinstance(el.tag, str) or el.tag == "a":
            continue
        inner = set(el.iter())
        if link in inner or (date_el is not None and date_el in inner):
            continue
        if len(WORDY_RE.findall(el.text_content())) >= _MIN_WORDS:
            return True
    return False


def _comment(link: Any, block: Any, own: set[Any], others: set[Any], own_date: Any,
             now: str | None) -> Any:
    """The smallest element around ``link`` inside ``block`` that shows a date and words of its
    own: the comment; None when one around it holds the post's own author or date (``own``),
    another comment's link (``others``), or none shows both."""
    el = link.getparent()
    steps = 0
    while el is not None and el is not block and steps < _DEPTH:
        inner = set(el.iter())
        if inner & own or (inner & others) - {link}:
            return None
        date, date_el = post_date(el, set(), now)
        if date is not None:
            if date_el is own_date:
                return None
            if _says(el, link, date_el):
                return el
            up = el.getparent()
            if up is None or up is block or set(up.iter()) & (own | (others - {link})) \
                    or not _says(up, link, date_el):
                return None
            # A header line of the name and date over the comment's words ("<li><div>bob ·
            # DATE</div><p>words</p></li>").
            if _heads(up, el):
                return up
            # A line under them (Question2Answer's "commented DATE by bob" under each comment's
            # words) only where the post shows its own words elsewhere, in an element a body's
            # class names: an edit note under a post's words lies in its body.
            return up if _closes(up, el) and _body_elsewhere(block, up, own, own_date) else None
        el, steps = el.getparent(), steps + 1
    return None


def _closes(parent: Any, el: Any) -> bool:
    """Whether ``el`` is the last part of ``parent``, no words after it."""
    if (el.tail or "").strip():
        return False
    last = next((c for c in reversed(parent) if isinstance(c.tag, str)), None)
    return last is el


def _body_elsewhere(block: Any, part: Any, own: set[Any], own_date: Any) -> bool:
    """Whether ``block`` holds the post's own words in a body element outside ``part``."""
    inside = set(part.iter())
    body = post_body(block, inside, (*own, own_date))
    return body is not None and body not in inside and part not in set(body.iter()) \
        and len(WORDY_RE.findall(body.text_content())) >= _MIN_WORDS


def _heads(parent: Any, el: Any) -> bool:
    """Whether ``el`` is the first part of ``parent``, no words before it."""
    if (parent.text or "").strip():
        return False
    first = next((c for c in parent if isinstance(c.tag, str)), None)
    return first is el


def post_comments(
    blocks: list[Any], replies_of: dict[Any, list[Any]], members: set[Any], now: str | None
) -> tuple[list[Any], dict[Any, list[Any]], set[Any]]:
    """``blocks`` with the comments inside each (page order: a post, then its comments), each
    block's nested posts (``replies_of`` with the comments added: no part of its words) and the
    comments' author links (members of the page); the arguments unchanged when no post holds
    a comment."""
    shapes = {s for el in members if el.tag == "a" and (s := _shape(el.get("href"))) is not None}
    names = {n for el in members if (n := member_name(clean(el.text_content())))}
    found: dict[Any, list[Any]] = {}
    links: set[Any] = set()
    for block in blocks:
        nested = {el for reply in replies_of.get(block, ()) for el in reply.iter()}
        candidates = _candidates(block, members, nested, shapes, names)
        if not candidates:
            continue
        own = {a for a in user_links(block, members) if a not in nested}
        if not own:
            continue
        order = {el: i for i, el in enumerate(block.iter())}
        first = min(order[a] for a in own)
        own_date = post_date(block, nested | set(candidates), now)[1]
        others = set(candidates)
        for a in candidates:
            if order[a] < first or in_quote(a, block):
                continue
            unit = _comment(a, block, own, others, own_date, now)
            if unit is not None and unit not in nested:
                found.setdefault(block, []).append(unit)
                links.add(a)
    if not found:
        return blocks, replies_of, set()
    out: list[Any] = []
    replies = dict(replies_of)
    for block in blocks:
        out.append(block)
        comments = found.get(block, [])
        if not comments:
            continue
        replies[block] = [*replies.get(block, []), *comments]
        for unit in comments:
            replies[unit] = []
        out.extend(comments)
    # A post's comments after it and its nested replies, each in page order.
    order = {}
    for block in blocks:
        if block in found:
            order.update({el: i for i, el in enumerate(block.iter())})
    return _in_order(out, found, order), replies, links


def _in_order(out: list[Any], found: dict[Any, list[Any]], order: dict[Any, int]) -> list[Any]:
    """``out`` with each commented block's run of nested posts sorted in page order."""
    result: list[Any] = []
    i = 0
    while i < len(out):
        block = out[i]
        result.append(block)
        i += 1
        if block not in found:
            continue
        run = []
        inside = set(block.iter())
        while i < len(out) and out[i] in inside:
            run.append(out[i])
            i += 1
        result.extend(sorted(run, key=lambda el: order.get(el, 0)))
    return result
