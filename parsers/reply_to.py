"""Which post a reply answers, read from how the page shows it, whatever the engine:

- **nesting**: a reply's element lies inside the post it answers (Reddit-like comment trees);
- **depth marks**: replies are siblings, each marked with its depth ("depth-2", "comment-level--2",
  ``data-level="2"``, ``indent="1"``, a left margin), and a reply answers the nearest earlier post
  one level up (Hacker News, WordPress, Mbin);
- **reply links**: a link headed "in reply to" (or "parent", "Padre", "в ответ на"...) that points
  at another post of the page, by its element's id or its permalink (Fossil, Postmill).

A post that answers the thread itself (a top-level comment, any post of a flat board) has none.

    >>> from parsers.dom import load
    >>> from parsers.records import Post
    >>> from parsers.reply_to import mark_replies
    >>> doc = load(b'<div class="c depth-1">Ann: tea?</div><div class="c depth-2">Bob: green</div>'
    ...            b'<div class="c depth-1">Cy: coffee</div>')
    >>> posts = [Post(index=i) for i in range(3)]
    >>> mark_replies(doc.root.findall(".//div"), posts)
    >>> [p.reply_to for p in posts]
    [None, 0, None]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from parsers.records import Post

__all__ = ["REPLY_WORDS", "mark_replies"]

#: Words that head a link to the post a reply answers, in several languages (lower case).
REPLY_WORDS = (
    "in reply to", "reply to", "replying to", "parent", "en respuesta a", "respuesta a", "padre",
    "en réponse à", "réponse à", "antwort auf", "als antwort auf", "in risposta a", "risposta a",
    "em resposta a", "resposta a", "в ответ на", "ответ на", "у відповідь на", "w odpowiedzi na",
    "odpowiedź na", "als antwoord op", "antwoord op", "svar på", "vastaus", "yanıt olarak",
    "odpověď na", "válasz erre", "回复", "返信", "답글",
)
_REPLY_RE = re.compile(r"(?:^|[\s(\[|•·])(?:" + "|".join(re.escape(w) for w in REPLY_WORDS) + r")\s*:?\s*$",
                       re.IGNORECASE)
_DEPTH_CLASS_RE = re.compile(r"(?:depth|level|indent|nest(?:ed|ing)?)[-_]*(\d{1,2})\b", re.IGNORECASE)
_DEPTH_ATTR_RE = re.compile(r"depth|level|indent", re.IGNORECASE)
_MARGIN_RE = re.compile(r"(?:margin|padding)-(?:left|inline-start)\s*:\s*(\d+(?:\.\d+)?)(?:px|em|rem)",
                        re.IGNORECASE)
# A member's level or rank ("user-level-5", "rank level-3") is no post's depth.
_NOT_DEPTH_RE = re.compile(r"user|member|rank|badge|star|rating|avatar|trust", re.IGNORECASE)
#: How many elements of a post, from its top, may carry its depth mark (HN's sits in a spacer cell).
_DEPTH_LOOKAHEAD = 4


def mark_replies(blocks: Sequence[Any], posts: Sequence[Post]) -> None:
    """Set ``reply_to`` on ``posts`` (one per element of ``blocks``, same order) where the page
    shows what each answers; posts with ``reply_to`` already set are left alone."""
    if len(blocks) != len(posts) or len(posts) < 2:
        return
    parents = _by_nesting(blocks) or _by_depth(blocks)
    linked = _by_links(blocks)
    for i, post in enumerate(posts):
        if post.reply_to is not None:
            continue
        j = linked.get(i, parents.get(i))
        if j is not None and j < i and posts[j].index is not None:
            post.reply_to = posts[j].index


def _by_nesting(blocks: Sequence[Any]) -> dict[int, int]:
    """Each block's nearest enclosing block, where blocks nest. A first block that holds every
    other one is the opening post around its comments: its top-level comments answer the thread."""
    position = {el: i for i, el in enumerate(blocks)}
    parents: dict[int, int] = {}
    for i, el in enumerate(blocks):
        for ancestor in el.iterancestors():
            j = position.get(ancestor)
            if j is not None:
                parents[i] = j
                break
    first = blocks[0]
    if all(any(a is first for a in el.iterancestors()) for el in blocks[1:]):
        return {i: j for i, j in parents.items() if j != 0}
    return parents


def _depth(el: Any) -> float | None:
    """A post's depth mark: a number in a depth class or attribute of the post, of the list item
    around it, or of its first few elements (a spacer cell); else the post's own left margin."""
    parent = el.getparent()
    around = [parent] if parent is not None and parent.tag == "li" else []
    for n, node in enumerate([*around, *el.iter()]):
        if n > _DEPTH_LOOKAHEAD:
            break
        if not isinstance(node.tag, str):
            continue
        classes = node.get("class") or ""
        match = _DEPTH_CLASS_RE.search(classes)
        if match and not _NOT_DEPTH_RE.search(classes):
            return float(match.group(1))
        for name, value in node.attrib.items():
            if _DEPTH_ATTR_RE.search(name) and value.strip().isdigit():
                return float(value)
    margin = _MARGIN_RE.search(el.get("style") or "")
    return float(margin.group(1)) if margin else None


def _by_depth(blocks: Sequence[Any]) -> dict[int, int]:
    """Each block's nearest earlier block one level up, when the blocks carry depth marks."""
    depths = [_depth(el) for el in blocks]
    marked = [d for d in depths if d is not None]
    # Marks on most posts and of more than one value: one page's posts all at depth 1 nest nothing.
    if len(marked) < 2 or len(set(marked)) < 2 or 2 * len(marked) < len(blocks):
        return {}
    top = min(marked)
    parents: dict[int, int] = {}
    for i, depth in enumerate(depths):
        if depth is None or depth == top:
            continue
        for j in range(i - 1, -1, -1):
            above = depths[j]
            if above is not None and above < depth:
                parents[i] = j
                break
    return parents


def _own_elements(el: Any, others: set[Any]) -> list[Any]:
    """``el`` and its descendants outside the other posts nested in it."""
    out = []
    stack = [el]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(child for child in reversed(node) if isinstance(child.tag, str) and child not in others)
    return out


def _target(href: str) -> tuple[str, str]:
    """(fragment, path and query) of a link: what names a post by id and by permalink."""
    parts = urlsplit(href.strip())
    path = parts.path.rstrip("/") + (f"?{parts.query}" if parts.query else "")
    return parts.fragment, path


def _reply_link(node: Any) -> bool:
    """Whether a link is headed or named by a reply word ("in reply to <a>2</a>", "<a>parent</a>")."""
    prev = node.getprevious()
    parent = node.getparent()
    before = (prev.tail if prev is not None else parent.text if parent is not None else None) or ""
    return bool(_REPLY_RE.search(before.strip()) or _REPLY_RE.search(" ".join(node.text_content().split())))


def _by_links(blocks: Sequence[Any]) -> dict[int, int]:
    """Replies that link the post they answer under a reply word ("in reply to <a>2</a>")."""
    others = set(blocks)
    # Posts that hold other posts (a comment tree) are walked apart from those; the others'
    # links are found by lxml's own walk.
    holding = {anc for el in blocks for anc in el.iterancestors() if anc in others}
    links = [[n for n in _own_elements(el, others) if n.tag == "a" and n.get("href")] if el in holding
             else [a for a in el.iter("a") if a.get("href")] for el in blocks]
    reply_links = [[a for a in found if _reply_link(a)] for found in links]
    if not any(reply_links):
        return {}
    owned = [_own_elements(el, others) for el in blocks]
    ids: dict[str, int] = {}
    permalinks: dict[str, int] = {}
    for i, elements in enumerate(owned):
        for node in elements:
            ident = node.get("id")
            if ident:
                ids.setdefault(ident, i)
        for a in links[i]:
            href = a.get("href") or ""
            if a in reply_links[i] or href.startswith("#"):
                continue
            path = _target(href)[1]
            # A link that several posts show (the board, a member) names none of them.
            permalinks[path] = i if permalinks.get(path, i) == i else -1
    replies: dict[int, int] = {}
    for i, found in enumerate(reply_links):
        for a in found:
            fragment, path = _target(a.get("href") or "")
            j = ids.get(fragment) if fragment else None
            if j is None and path:
                j = permalinks.get(path)
            if j is not None and 0 <= j < i:
                replies[i] = j
                break
    return replies
