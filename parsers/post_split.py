"""A block that holds several posts is their container, not a post: a question shown in its own
block beside a block of all the answers (the answers' wrapper is the question's sibling, the
answers are inside it) is read as the question and each answer.

The rule is structural: a block of the posts' set whose member links name two or more people
(by their addresses, not the links' words), each in one of two or more alike sibling blocks
inside it that say something of their own (not quotes), gives way to those inner blocks.

    >>> from parsers.dom import load
    >>> from parsers.post_split import split_containers
    >>> doc = load(b'<body><div class="q"><a href="/u/ann">ann</a> Which tea is best?</div>'
    ...            b'<div id="all"><div class="a"><a href="/u/bob">bob</a> Green tea, always.</div>'
    ...            b'<div class="a"><a href="/u/cy">cy</a> Black tea with milk.</div></div></body>')
    >>> blocks = [doc.root.find("body")[0], doc.root.find("body")[1]]
    >>> [b.get("class") for b in split_containers(blocks, list(doc.root.iter("a")))]
    ['q', 'a', 'a']
"""

from __future__ import annotations

from typing import Any

from parsers.post_blocks import repeated_blocks
from parsers.post_parts import QUOTE_CLASS_RE

__all__ = ["split_containers"]


def _quoted(el: Any, block: Any) -> bool:
    """Whether ``el`` is, or lies in, a quote inside ``block``."""
    while el is not None and el is not block:
        if el.tag == "blockquote" or QUOTE_CLASS_RE.search(el.get("class") or ""):
            return True
        el = el.getparent()
    return False


def _member(link: Any) -> str:
    """Who a member link names: its address's last step and query ("418-ann" of both "/user/418-ann/"
    and "/forum/user-post-list/418-ann/"), not its words ("Posts", "Likes received")."""
    href = (link.get("href") or "").split("#", 1)[0]
    path, _, query = href.partition("?")
    return f"{path.rstrip('/').rsplit('/', 1)[-1]}?{query}"


def _says_something(block: Any) -> bool:
    """Whether a block holds three words or more outside its links (a post's own words)."""
    text = " ".join(t for t in block.itertext() if t.strip())
    linked = sum(len(" ".join(a.itertext()).split()) for a in block.iter("a"))
    return len(text.split()) - linked >= 3


def _by_holder(holders: list[Any], blocks: list[Any]) -> dict[Any, list[Any]]:
    """Each of ``blocks`` and the holders inside it (one walk up from each holder)."""
    within = set(blocks)
    out: dict[Any, list[Any]] = {b: [] for b in blocks}
    for h in holders:
        for el in h.iterancestors():
            if el in within:
                out[el].append(h)
                break
    return out


def split_containers(blocks: list[Any], holders: list[Any]) -> list[Any]:
    """``blocks`` with each block that holds two or more posts (alike sibling blocks inside it,
    each naming another member, none a quote) replaced by those posts, in page order."""
    if len(blocks) < 2:
        return blocks
    out: list[Any] = []
    held_by = _by_holder(holders, blocks)
    # The shapes of blocks naming one member: a block shaped as one of them is one post too,
    # a member it names besides its author a mention in its words ("@ann"), no post of its own.
    single = {(b.tag, b.get("class")) for b, inner in held_by.items()
              if len({_member(h) for h in inner}) == 1}
    for block, inner in held_by.items():
        members = {_member(h) for h in inner}
        subs = repeated_blocks(inner, block, 2, wordy=True) \
            if len(members) >= 2 and (block.tag, block.get("class")) not in single else []
        whose = [{_member(h) for h in held} for held in _by_holder(inner, subs).values()] \
            if len(subs) >= 2 else []
        if whose and all(len(w) == 1 for w in whose) and len(set().union(*whose)) >= 2 \
                and all(_says_something(sub) and not _quoted(sub, block) for sub in subs):
            out.extend(subs)
        else:
            out.append(block)
    return out
