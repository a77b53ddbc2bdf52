"""Comment trees found by their nesting alone: Reddit-like boards (Postmill, Lemmy, Dread) show each
comment as an element that names its author and holds its replies, nested elements of the same
kind, whatever the board calls them ("article.comment", "div.comment--nested", "li.reply").

Repeated sibling blocks miss such a tree when it has one top-level comment (its reply lies in it,
not beside it); the nesting itself then marks the comments.

    >>> from parsers.dom import load
    >>> from parsers.comment_tree import comment_tree
    >>> doc = load(b'<main><article class="c top"><a href="/user/ann">ann</a><p class="c-body">Hi</p>'
    ...            b'<div class="replies"><article class="c nested"><a href="/user/bob">bob</a>'
    ...            b'<p class="c-body">Hello</p></article></div></article></main>')
    >>> tree, replies_of = comment_tree(list(doc.root.iter("a")), doc.root)
    >>> [c.get("class") for c in tree], [len(replies_of[c]) for c in tree]
    (['c top', 'c nested'], [1, 0])
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

__all__ = ["comment_tree"]

#: How far above a member link its comment's element may lie (the byline sits a few levels down:
#: article > div.row > div.main > header > h1 > span > a).
_DEPTH = 12


def comment_tree(
    links: list[Any], root: Any, min_count: int = 2
) -> tuple[list[Any], dict[Any, list[Any]]]:
    """The comments of a tree under ``root`` and each one's nested replies; ([], {}) when none.

    Comments are the elements of one tag that share a class name such that (a) at least
    ``min_count`` of them hold member ``links``, (b) one lies inside another (a reply in its
    parent), and (c) each names a member of its own, outside the replies it holds: a layout
    grid nested in itself ("div.row" in "div.row") around member links fails (c), since its
    outer element names nobody itself. Of several such kinds the most numerous wins, then the
    outermost (the "article.comment", not the "div.comment__main" inside each). Page order, which
    for a tree is depth first: a comment, its replies, then the next comment.
    """
    groups: dict[tuple[str, str], dict[Any, None]] = defaultdict(dict)
    for link in links:
        el, steps = link.getparent(), 0
        while el is not None and el is not root and steps < _DEPTH:
            cls = el.get("class")
            if cls:
                for token in cls.split():
                    groups[(el.tag, token)][el] = None
            el, steps = el.getparent(), steps + 1
    best: list[Any] = []
    for members in groups.values():
        els = list(members)
        if len(els) < max(min_count, len(best)):
            continue
        if len(els) == len(best) and els[0] not in set(best[0].iterancestors()):
            continue  # as many as the best so far, and not around it
        els = _is_tree(els, links)
        if len(els) >= max(min_count, len(best)):
            best = els
    if not best:
        return [], {}
    chosen = set(best)
    tag = best[0].tag
    tree = [el for el in root.iter(tag) if el in chosen]
    replies_of: dict[Any, list[Any]] = {el: [] for el in tree}
    for el in tree:
        for anc in el.iterancestors():
            if anc in chosen:
                replies_of[anc].append(el)
    return tree, replies_of


def _is_tree(els: list[Any], links: list[Any]) -> list[Any]:
    """``els`` when they nest (one inside another) and each one holds a member link of its own;
    else []. An outer element of the kind that names nobody itself and holds all the others (the
    list around a whole tree, classed as its subtrees are: "li.subtree" around "li.subtree") is
    the tree's frame, left out."""
    chosen = set(els)
    owners: set[Any] = set()
    for link in links:
        for anc in link.iterancestors():
            if anc in chosen:
                owners.add(anc)  # the nearest comment around a link is the one it names
                break
    if len(owners) != len(chosen):
        frames = [el for el in els if el not in owners]
        if len(frames) > 1 or not all(frames[0] in set(o.iterancestors()) for o in owners):
            return []
        els = [el for el in els if el in owners]
        chosen = owners
    if not any(anc in chosen for el in els for anc in el.iterancestors()):
        return []
    return els
