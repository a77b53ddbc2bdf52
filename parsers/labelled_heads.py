"""Forum posts headed by labelled fields: "Author: <b>ann</b>  Date: 2026/11/16 21:04" over the
post's words (the old CGI boards of Japan, "投稿者：<b>うめ吉</b>　投稿日：2026/11/16(月) 21:04", and
their kin in other languages), each post a box of its own holding its head and its words.

Known by its shape: the author's label (a "by" word of :data:`parsers.bylines.BY_WORDS` and a
colon) and the name after it, in a short element that holds a date besides (the post's head); the
post is the nearest element around the head that holds words of its own beside it, one head to
each. The words are the post's box less its head; a quote box holding all of them is the post's
indent (such boards indent every message in a blockquote), no quote.

    >>> from parsers.dom import load
    >>> html = ('<table><tr><td>Tea? Author: <b>ann</b> Date: 2026/11/16 21:04</td></tr>'
    ...         '<tr><td>Green or black today?</td></tr></table>'
    ...         '<table><tr><td>Re: Tea? Author: <b>bob</b> Date: 2026/11/17 07:38</td></tr>'
    ...         '<tr><td>Green, always.</td></tr></table>')
    >>> [(r.kind, getattr(r, "author", None)) for r in labelled_thread(load(html.encode()))]
    [('thread', 'ann'), ('post', 'ann'), ('post', 'bob')]
"""

from __future__ import annotations

import re
from typing import Any

from parsers.bylines import BY_WORDS
from parsers.dom import Doc, clean
from parsers.post_dates import day_date
from parsers.post_parts import QUOTE_CLASS_RE, WORDY_RE
from parsers.quotes import quote_author
from parsers.records import Post
from parsers.regex_gate import gated
from parsers.thread_records import post_links, text_without, thread_records
from parsers.thread_title import thread_title

__all__ = ["labelled_thread"]

# The author's label: a "by" word, or the noun for a post's author in a few languages.
_AUTHOR_NOUNS = ("author", "autor", "auteur", "autore", "作者", "发帖人", "發帖人")
_WORDS = sorted({*(w for ws in BY_WORDS.values() for w in ws), *_AUTHOR_NOUNS}, key=len, reverse=True)
# The label: a "by" word that opens a line or follows a space or a bracket, then its colon.
_LABEL_RE = gated(re.compile(
    r"(?:^|(?<=[\s\]|｜)]))(?:" + "|".join(re.escape(w) for w in _WORDS) + r")\s*[:：]\s*",
    re.IGNORECASE | re.MULTILINE,
))
# The label's words by their last letter: a page's labels are found from its colons, which are few,
# instead of trying every word at every place of its text.
_BY_LAST: dict[str, tuple[str, ...]] = {}
for _w in _WORDS:
    _BY_LAST[_w.casefold()[-1]] = (*_BY_LAST.get(_w.casefold()[-1], ()), _w.casefold())
_BEFORE_LABEL = frozenset("]|｜)")
_COLON_RE = re.compile("[:：]")


def _label_count(text: str) -> int:
    """How many labels :data:`_LABEL_RE` finds in ``text`` (a word that opens a line or follows a
    space or a closing bracket, then its colon), counted from the text's colons."""
    count = 0
    for m in _COLON_RE.finditer(text):
        end = m.start()
        while end and text[end - 1].isspace():
            end -= 1
        if not end:
            continue
        words = _BY_LAST.get(text[end - 1].casefold())
        if not words:
            continue
        tail = text[max(0, end - 24):end].casefold()
        for word in words:
            start = end - len(word)
            if tail.endswith(word) and (
                    start <= 0 or text[start - 1].isspace() or text[start - 1] in _BEFORE_LABEL):
                count += 1
                break
    return count


# A name written on after its label ends at a space (a full-width one too) or a separator.
_INLINE_NAME_RE = re.compile(r"[^\s,|｜/／　]{1,40}")
_HEAD_TAGS = frozenset({"td", "th", "div", "p", "li", "dt", "dd", "header", "tr", "span", "font"})
# A head is a line or two: its title, name, date and number.
_HEAD_CHARS = 200
# How far above its label's text a head, and above its head a post's box, may lie.
_MAX_UP = 4


def _named(holder: Any, text: str, next_el: Any) -> tuple[str, Any] | None:
    """The name after the label ending ``text`` (the rest of ``text`` after it, else the element
    after it) and the element it is in (None when written in the text)."""
    match = None
    for found in _LABEL_RE.finditer(text):
        match = found  # the last label: the name follows it
    if match is None:
        return None
    rest = text[match.end():]
    if rest.strip():
        name = _INLINE_NAME_RE.match(rest.strip())
        return (name.group(0), None) if name else None
    if next_el is None or not isinstance(next_el.tag, str):
        return None
    name_text = clean(next_el.text_content())
    if not 1 <= len(name_text) <= 40 or name_text.isdigit():
        return None
    return name_text, next_el


def _labels(root: Any) -> list[tuple[Any, str, Any]]:
    """(element holding the label's text, name, name's element) of every author's label."""
    out = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for text, holder, after in ((el.text, el, el[0] if len(el) else None),
                                    (el.tail, el.getparent(), el.getnext())):
            if text and holder is not None and _LABEL_RE.search(text):
                # Only the text's part up to the element after it: the label closes it.
                found = _named(holder, text, after)
                if found is not None:
                    out.append((holder, *found))
    return out


def _head(holder: Any, name: str, now: str | None) -> tuple[Any, str] | None:
    """The short element around a label that shows a date besides the name, and the date."""
    el = holder
    for _ in range(_MAX_UP):
        if el is None:
            return None
        if el.tag in _HEAD_TAGS:
            text = clean(el.text_content())
            if len(text) > _HEAD_CHARS:
                return None
            for line in Doc.lines(el):
                line = line.replace(name, " ")
                if any(c.isdigit() for c in line) and len(line) <= 60 \
                        and len(date := day_date(line, now) or "") >= 10:
                    return el, date
        el = el.getparent()
    return None


def _box(head: Any) -> Any:
    """The nearest element around ``head`` that holds words of its own beside it."""
    inside = set(head.iter())
    el = head.getparent()
    for _ in range(_MAX_UP):
        if el is None or el.tag in ("body", "html"):
            return None
        if WORDY_RE.search(text_without(el, inside)):
            return el
        el = el.getparent()
    return None


def labelled_thread(doc: Doc, *, now: str | None = None, min_posts: int = 2) -> list[Any]:
    """Thread and Post records of posts headed by an author's label and a date; [] when the page
    shows fewer than ``min_posts`` such posts."""
    if _label_count(doc.text) < min_posts:
        return []  # most pages: one search of their text
    body_el = doc.root.find("body")
    root = body_el if body_el is not None else doc.root
    heads: list[tuple[Any, str, Any, str]] = []
    for holder, name, name_el in _labels(root):
        found = _head(holder, name, now)
        if found is not None and all(found[0] is not h for h, *_ in heads):
            heads.append((found[0], name, name_el, found[1]))
    if len(heads) < min_posts:
        return []
    boxes = [_box(head) for head, *_ in heads]
    head_set = {head for head, *_ in heads}
    for box in boxes:
        # One head to each box: a box around two heads is the page's, no post's.
        if box is None or sum(1 for el in box.iter() if el in head_set) != 1:
            return []
    posts: list[Post] = []
    for (head, name, _, date), box in zip(heads, boxes, strict=True):
        drop = set(head.iter())
        quotes = [q for q in box.iter() if isinstance(q.tag, str) and q not in drop and q is not box
                  and (q.tag == "blockquote" or QUOTE_CLASS_RE.search(q.get("class") or ""))]
        words = text_without(box, drop)
        # A quote box holding all the post's words is its indent, not a quote.
        quotes = [q for q in quotes if text_without(q, set()) != words]
        outer = [q for q in quotes if not any(a in quotes for a in q.iterancestors())]
        for q in outer:
            drop |= set(q.iter())
        text = text_without(box, drop)
        if not WORDY_RE.search(text):
            return []
        said = [n for q in outer if (n := quote_author(q))]
        posts.append(Post(author=name, posted_at=date, index=len(posts), body=text,
                          quotes=list(dict.fromkeys(said)), links=post_links(doc, box, drop)))
    # The first head's emphasised texts beside its name: the subject a reply repeats ("Re: ...").
    first, name = heads[0][0], heads[0][1]
    subjects = [t for el in first.iter("b", "strong", "font", "em") if (t := clean(el.text_content()))
                and t != name and len(t) <= 120 and name not in t]
    return thread_records(doc, thread_title(doc, subjects), posts, [])
