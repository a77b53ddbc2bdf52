"""A thread shown as a chat log: one line a post (a time of day, a name, the words), the days
given by divider lines between them ("18 November 2026", "Yesterday", "Today"), lines without a
time (someone came in, the topic changed) no post. Web chats, shoutboxes and IRC-like logs are
built so in every language; the same few names recur, each line dated by its day's divider.
A log that is a small part of its page (a shout box in a column beside a board list or a thread's
posts) is no thread: the page is what the rest of it shows.

    >>> from parsers.dom import load
    >>> html = '''<h2>Sourdough</h2><div class="log"><p>Yesterday</p>
    ...   <p>20:14 <b>ann</b> my starter smells of vinegar</p><p>20:16 <b>bob</b> feed it twice a day</p>
    ...   <p>Today</p><p>bob left</p><p>09:02 <b>ann</b> it rose overnight, thanks</p></div>'''
    >>> recs = chat_log(load(html.encode()), now="2026-11-20T12:00:00Z")
    >>> [(r.author, r.posted_at) for r in recs if r.kind == "post"]
    [('ann', '2026-11-19T20:14:00'), ('bob', '2026-11-19T20:16:00'), ('ann', '2026-11-20T09:02:00')]
    >>> recs[-1].body
    'it rose overnight, thanks'
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.forum_members import member_name
from parsers.post_parts import WORDY_RE
from parsers.records import Post
from parsers.thread_records import thread_records
from parsers.thread_title import thread_title

__all__ = ["chat_log"]

# A time of day opening a line ("21:04", "[9:15 PM]", "(07:45:12)"), before a name and words.
_TIME = r"[\[(]?(?P<t>\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)[\])]?"
_LINE_RE = re.compile(rf"^{_TIME}\s+\S+\s+\S", re.MULTILINE)
_HEAD_RE = re.compile(rf"^{_TIME}\s+")
# A name written in the line's text itself ("<ann> hi", "ann: hi"), when no element holds it.
_TEXT_NAME_RE = re.compile(r"^<?(?P<n>[^\s:<>]{1,40}?)>?:?\s+")
#: Lines it takes at the least to be a log (a thread of posts may show a few timed lines).
_MIN_LINES = 3
#: The most characters a day's divider says ("Wednesday, 18 November 2026").
_MAX_DIVIDER = 48
#: The least part of the page's text a log that is the page's content holds: a shout box beside a
#: board list, a thread's posts or a shop's items is a small part of its page, no thread of it.
_MIN_SHARE = 1 / 3


def _gate(doc: Doc) -> list[str]:
    """The page's text lines that open with a time of day and go on with a name and words:
    counted over the page's text before any tree walk, most pages showing none or a few."""
    text = doc.text
    if len(_LINE_RE.findall(text, 0, 400_000)) < _MIN_LINES:
        return []
    return [line for line in doc.text_lines if _LINE_RE.match(line)]


def _line_elements(root: Any, lines: set[str]) -> list[Any]:
    """The outermost elements whose whole text is one of the timed ``lines``, in page order."""
    found: list[Any] = []
    skip: set[Any] = set()
    for el in root.iter():
        if not isinstance(el.tag, str) or el in skip:
            continue
        if clean(el.text_content()) in lines:
            found.append(el)
            skip.update(el.iter())
    return found


def _name(line: Any, rest: str) -> tuple[str, str] | None:
    """The name a line gives after its time and the words after it: the first element (no wider
    than the line's words) whose text opens ``rest``, else the first word of ``rest`` ("ann:",
    "<ann>"); None when the line names no one."""
    for el in line.iter():
        if el is line or not isinstance(el.tag, str):
            continue
        text = clean(el.text_content())
        if text and rest.startswith(text) and len(text) <= 40 and len(text.split()) <= 3 \
                and len(text) < len(rest) and not _HEAD_RE.match(text + " "):
            return text, rest[len(text):].lstrip(" >:").strip()
    match = _TEXT_NAME_RE.match(rest)
    return (match["n"], rest[match.end():].strip()) if match else None


def _divider(el: Any, now: str | None) -> str | None:
    """The day a divider names (a short line that is a date and nothing else), or None."""
    text = clean(el.text_content())
    if not text or len(text) > _MAX_DIVIDER or _HEAD_RE.match(text):
        return None
    day = parse_date(text, now)
    return day[:10] if day else None


def chat_log(doc: Doc, *, now: str | None = None) -> list[Any]:
    """Thread and Post records of a chat log (lines of a time, a recurring name and words, under
    dividers naming their days); [] when the page shows no such log."""
    timed = _gate(doc)
    if len(timed) < _MIN_LINES:
        return []
    body_el = doc.root.find("body")
    root = body_el if body_el is not None else doc.root
    lines = _line_elements(root, set(timed))
    if len(lines) < _MIN_LINES or len({el.tag for el in lines}) != 1:
        return []
    # The log: the nearest element holding every line; its other elements in page order give the
    # days (dividers) and the lines that are no post (someone came in).
    log = lines[0].getparent()
    while log is not None and not all(log in set(el.iterancestors()) for el in lines):
        log = log.getparent()
    if log is None or len(clean(log.text_content())) < _MIN_SHARE * len(clean(root.text_content())):
        return []
    owned = set(lines)
    posts: list[Post] = []
    names: list[str] = []
    day: str | None = None
    inside: set[Any] = set()
    for el in log.iter():
        if el in inside or not isinstance(el.tag, str) or el is log:
            continue
        if el in owned:
            inside.update(el.iter())
            text = clean(el.text_content())
            head = _HEAD_RE.match(text)
            if head is None:
                return []
            rest = text[head.end():]
            said = _name(el, rest)
            if said is None:
                return []
            name, words = said
            if not WORDY_RE.search(words):
                continue
            names.append(name)
            stamp = parse_date(f"{day} {head['t']}", now) if day else parse_date(head["t"], now)
            posts.append(Post(author=member_name(name), posted_at=stamp, index=len(posts), body=words,
                              quotes=[]))
        elif not any(line in owned for line in el.iter()):
            inside.update(el.iter())
            day = _divider(el, now) or day
    # The same few names recur: a log's speakers talk more than once.
    if len(posts) < _MIN_LINES or len(set(names)) >= len(names):
        return []
    return thread_records(doc, thread_title(doc), posts, [])
