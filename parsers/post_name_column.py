"""The column of posters' names through a thread's posts: in blocks aligned on their dates (or
runs of table rows), the elements at one place (one chain of tags from the block down) that each
hold a short handle, not a date, a number or a button's word, and differ from post to post. Of
several such columns, the one whose classes say it holds the author, else the one whose names
the posts' links address (a profile icon's "?member=ann"), else the first in the block.

    >>> from parsers.dom import load
    >>> doc = load(b'<div class=m><i>Member</i> <b>ann</b> <a href="/p?u=ann">@</a></div>'
    ...            b'<div class=m><i>Moderator</i> <b>bob</b> <a href="/p?u=bob">@</a></div>')
    >>> [el.text for el in name_column(list(doc.root.iter("div")), set(), None, 2)]
    ['ann', 'bob']
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any
from urllib.parse import unquote_plus

from parsers.bylines import BY_WORDS
from parsers.dates import parse_date
from parsers.dom import clean
from parsers.forums import POSTS_INLINE_RE
from parsers.post_parts import QUOTE_CLASS_RE, WORDY_RE

__all__ = ["HINT_RE", "NAME_TAGS", "hinted", "name_column", "name_like", "signature"]


# Elements a name is shown in.
NAME_TAGS = ("a", "b", "strong", "span", "cite", "em", "i", "font", "h3", "h4", "h5", "h6", "p", "div",
             "td", "dt", "label", "bdi")
# Classes that say an element holds the author's name ("username", "post-author", "poster"), not
# the panel around it ("userinfo", "usertitle" is the member's rank).
HINT_RE = re.compile(
    r"(?<![a-z])(?:author|user-?name|user|name|poster|nick|nickname|member|autor|who)(?![a-z])", re.IGNORECASE
)
# Words a post's frame shows beside the name, in several languages: never a name.
_FRAME_WORDS = frozenset({
    "quote", "reply", "report", "edit", "delete", "permalink", "link", "top", "online", "offline",
    "share", "like", "thanks", "pm", "profile", "posts", "post", "message", "citer", "répondre",
    "zitieren", "antworten", "citar", "responder", "citare", "rispondi", "cytuj", "odpowiedz",
    "цитата", "ответить", "цитировать", "alıntı", "yanıtla", "svara", "citera", "引用", "回复", "返信",
    "guest", "gast", "invité", "invitado", "ospite", "gość", "гость", "misafir", "view profile",
})
_HANDLE_RE = re.compile(r"^[^\s]{2,40}(?: [^\s]{1,20}){0,2}$")
# A clock time, a post number ("Reply #2"), or a line ending on a separator before what follows it.
_NOT_NAME_RE = re.compile(r"\d[:.]\d\d(?!\d)|#\d|[-–—:»|]$|^\(")
# "Reply by", "Ответ от": a line that ends on a "by" word introduces the name after it.
_BY_LAST = frozenset(w.split()[-1] for ws in BY_WORDS.values() for w in ws)


def signature(el: Any, block: Any) -> tuple[str, ...]:
    """The tags from ``block`` down to ``el``: classes vary between posts of one template
    ("messageSidebar member online"), the nesting of tags does not."""
    path = []
    while el is not None and el is not block:
        path.append(el.tag)
        el = el.getparent()
    return tuple(reversed(path))


def hinted(el: Any, block: Any) -> bool:
    """Whether a class from ``block`` down to ``el`` says it holds the author's name."""
    while el is not None and el is not block:
        if HINT_RE.search(el.get("class") or ""):
            return True
        el = el.getparent()
    return False


def name_like(text: str, now: str | None) -> bool:
    if not _HANDLE_RE.match(text) or not any(c.isalpha() for c in text):
        return False
    folded = text.casefold().strip(":")
    if folded in _FRAME_WORDS or text.startswith("#") or _NOT_NAME_RE.search(text):
        return False
    if text[0].isdigit() and POSTS_INLINE_RE.match(text):
        return False  # "87 postów": the author's post count beside the name
    if folded.split()[-1] in _BY_LAST:
        return False
    return parse_date(text, now) is None


def name_column(blocks: list[Any], date_set: set[Any], now: str | None, min_posts: int) -> list[Any]:
    """One element per block naming its author: the column of name-like elements (by tag path)
    that runs through nearly all ``blocks``; [] when none does."""
    columns: dict[tuple[str, ...], dict[int, Any]] = defaultdict(dict)
    others: dict[tuple[str, ...], dict[int, list[Any]]] = defaultdict(lambda: defaultdict(list))
    order: dict[tuple[str, ...], int] = {}
    for i, block in enumerate(blocks):
        quoted = {q for q in block.iter() if isinstance(q.tag, str) and q is not block
                  and (q.tag == "blockquote" or QUOTE_CLASS_RE.search(q.get("class") or ""))}
        for n, el in enumerate(block.iter(NAME_TAGS)):
            if el is block or el in date_set or any(d in date_set for d in el.iterdescendants()):
                continue
            if len(el) > 2 or any(a in quoted for a in el.iterancestors()) or el in quoted:
                continue
            text = clean(el.text_content())
            # A handle written as one token ("ong_lao_pha_tra") is one name, however many words
            # its underscores part: only text of several tokens may say too much to be a name.
            if not name_like(text, now) or (" " in text and len(WORDY_RE.findall(text)) > 3):
                continue
            sig = signature(el, block)
            if i not in columns[sig]:
                columns[sig][i] = el
                order.setdefault(sig, n)
            else:
                others[sig][i].append(el)
    need = max(min_posts, len(blocks) - len(blocks) // 5)
    _classed_columns(columns, others, order, need)
    full = [sig for sig, found in columns.items() if len(found) >= need]
    # A word every block shows alike ("Post", "by", "Reply") is a label; names differ from post
    # to post, unless every post is by one name (an imageboard's "Anonymous"), never a control's
    # word (a link to no other page, a button) alike in every post.
    varied = [sig for sig in full if len({clean(el.text_content()) for el in columns[sig].values()}) > 1]
    full = varied or [sig for sig in full if not all(_control(el) for el in columns[sig].values())]
    if not full:
        return []
    # A column whose classes say it holds the author wins; else one whose names most posts'
    # links address (a profile icon's "?member=ann"); else the first in the block (the name
    # comes before the rank, group and status lines under it).
    classed = [sig for sig in full if any(hinted(el, blocks[i]) for i, el in columns[sig].items())]
    addressed = [] if classed else [sig for sig in full if _addressed(columns[sig], blocks)]
    best = min(classed or addressed or full, key=lambda sig: order[sig])
    # "Reply by <b>ann</b>", "<a>ann</a> Moderator": the name alone is the deeper column.
    deeper = [sig for sig in full if len(sig) > len(best) and sig[: len(best)] == best]
    if deeper:
        best = min(deeper, key=lambda sig: order[sig])
    column = columns[best]
    return [_by_class(column[i], others[best].get(i, []), column) for i in sorted(column)]


def _control(el: Any) -> bool:
    """Whether ``el`` is a control's label: a button, or a link that leads to no other page
    ("#", "#reply-4", "javascript:...", none): a script's "Reply" or "Quote" in any language."""
    if el.tag in ("button", "input") or (el.get("role") or "").casefold() == "button":
        return True
    link = el if el.tag == "a" else next(el.iterancestors("a"), None)
    if link is None:
        return False
    href = (link.get("href") or "").strip()
    return not href or href.startswith("#") or href.casefold().startswith("javascript:")


def _classed_columns(
    columns: dict[tuple[str, ...], dict[int, Any]], others: dict[tuple[str, ...], dict[int, list[Any]]],
    order: dict[tuple[str, ...], int], need: int,
) -> None:
    """Add to ``columns`` the columns that run through the blocks by place and class though their
    last tag varies: a commenter's name is a link where they gave a web site and plain text where
    they did not ("<a class=c-author href=..>ann</a>", "<span class=c-author>bob</span>")."""
    merged: dict[tuple[str, ...], dict[int, Any]] = defaultdict(dict)
    first: dict[tuple[str, ...], int] = {}
    for sig, found in columns.items():
        for i, el in found.items():
            for cand in (el, *others[sig].get(i, ())) if sig in others else (el,):
                cls = cand.get("class")
                if cls:
                    key = (*sig[:-1], "*" + cls)
                    merged[key].setdefault(i, cand)
                    first[key] = min(first.get(key, order[sig]), order[sig])
    for key, found in merged.items():
        if len(found) >= need and len({el.tag for el in found.values()}) > 1:
            columns[key] = dict(sorted(found.items()))
            order[key] = first[key]


def _addressed(column: dict[int, Any], blocks: list[Any]) -> bool:
    """Whether most of a column's names are written in the address of a link of their block
    ("profil.php?jmeno=ann" beside "<b>ann</b>"), as a whole word."""
    found = 0
    for i, el in column.items():
        name = clean(el.text_content()).casefold()
        if len(name) < 3:
            continue
        forms = "|".join(re.escape(name.replace(" ", sep)) for sep in (" ", "-", "_", "+", ""))
        word = re.compile(rf"(?<![^\W_])(?:{forms})(?![^\W_])")
        if any(word.search(unquote_plus(a.get("href") or "").casefold()) for a in blocks[i].iter("a")):
            found += 1
    return 2 * found > len(column)


def _by_class(first: Any, more: list[Any], column: dict[int, Any]) -> Any:
    """Of a block's several elements on the names' column (an opening post's subject beside its
    author's name, "<span class=subject>..</span> <span class=name>ann</span>"), the one classed
    as the column's name is in the other blocks; else the first."""
    if not more:
        return first
    classes = [el.get("class") for el in column.values() if el is not first]
    for el in (first, *more):
        if el.get("class") and classes.count(el.get("class")) * 2 > len(classes):
            return el
    return first
