"""What a thread's posts show alike, read by aligning them: the parts of a post that are its frame
or its author's, told by their place and their repetition across the posts, not by any engine's
class names or words.

* a post whose date no reader understands still has its date where its dated siblings have theirs
  (the same chain of tags, counted among siblings): it is a post, undated (:func:`date_column`);
* a post's subject line, the first line of its words that repeats the thread's title or another
  post's subject after a short prefix ("Re:", "Sv:", "Ответ:"), is frame (:func:`subject_lines`);
* a link in a post's words whose text is a number only (">>48120", "#12") and that points at
  another post of the page (by its anchor or id) is a reference to that post: a quote of its
  author, not words (:func:`reference_links`, :func:`post_numbers`);
* a quote whose first line ends with a colon and holds the name of a poster of the page quotes
  that poster, whatever the verb's language (:func:`named_quote`);
* an author's post count is the column of "label: number" or "number label" lines of the posts'
  user panels that shows one number per author, the join day the column of "label: date" lines
  that shows one day per author, before their posts (:func:`parsers.poster_stats.stat_columns`).

    >>> from parsers.post_columns import strip_reply_prefix
    >>> strip_reply_prefix("Re: Green or black tea?"), strip_reply_prefix("Ответ: Чай")
    ('Green or black tea?', 'Чай')
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import Doc, clean
from parsers.post_dates import post_date

__all__ = [
    "date_column",
    "date_path",
    "first_line",
    "named_quote",
    "post_numbers",
    "reference_links",
    "strip_reply_prefix",
    "subject_lines",
]


def _path(el: Any, block: Any) -> tuple[tuple[str, int], ...] | None:
    """The chain of (tag, rank among same-tag siblings) from ``block`` down to ``el``."""
    path = []
    while el is not None and el is not block:
        parent = el.getparent()
        if parent is None:
            return None
        rank = sum(1 for sib in el.itersiblings(preceding=True) if sib.tag == el.tag)
        path.append((el.tag, rank))
        el = parent
    return tuple(reversed(path)) if el is block else None


def date_path(el: Any, block: Any) -> tuple[tuple[str, int], ...] | None:
    """The place of a post's date element in its ``block`` as :func:`date_column` compares them."""
    return _path(el, block)


def _at(block: Any, path: tuple[tuple[str, int], ...]) -> Any:
    el = block
    for tag, rank in path:
        same = [child for child in el if child.tag == tag]
        if rank >= len(same):
            return None
        el = same[rank]
    return el


def date_column(block: Any, blocks: list[Any], exclude: set[Any], now: str | None,
                cache: dict[Any, Any]) -> Any:
    """The element of an undated ``block`` where its dated siblings (same tag and class, two or
    more and most of them, each dated at the same place) show their dates: a date in words no
    reader knows. None when the siblings show no such column or ``block`` holds nothing there."""
    kind = (block.tag, block.get("class"))
    paths = []
    for sib in blocks:
        if sib is block or (sib.tag, sib.get("class")) != kind:
            continue
        if sib not in cache:
            date, el = post_date(sib, set(), now)
            cache[sib] = _path(el, sib) if date is not None and el is not None else None
        paths.append(cache[sib])
    dated = [p for p in paths if p is not None]
    # Most siblings dated at the one place will do: a second post dated in words no reader knows
    # leaves the others dated all the same.
    if len(dated) < 2 or 2 * len(dated) <= len(paths) or len(set(dated)) != 1:
        return None
    el = _at(block, dated[0])
    if el is None or el in exclude:
        return None
    text = clean(el.text_content())
    return el if 0 < len(text) <= 80 else None


# "Re:", "RE[2]:", "Sv:", "Aw:", "Antw:", "Ответ:", "回复：": a short word and a colon before a
# subject that answers another.
_REPLY_PREFIX_RE = re.compile(r"^(?:[^\W\d_]{1,6}(?:\[\d+\])?\s?[:：]\s*)+")


def strip_reply_prefix(text: str) -> str:
    return _REPLY_PREFIX_RE.sub("", text, count=1).strip()


# A layout table holding the subject's line alone (beside buttons: mvnForum's) is that line too.
_LINE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "div", "p", "span", "a", "em",
                        "table", "tbody", "tr", "td"})


def first_line(container: Any, drop: set[Any]) -> Any:
    """The element that holds alone the first line of a post's words (a heading, a bold line, a
    paragraph), when words follow it; else None."""
    for el in container.iter():
        if el is container or not isinstance(el.tag, str) or el in drop:
            continue
        if (container.text or "").strip():
            return None  # the words open with text of their own
        if not (el.text or "").strip():
            if el.tag in ("br", "img", "hr") or len(el):
                continue
            return None
        line = el
        # The largest element around it that holds this line alone.
        while line.getparent() is not None and line.getparent() is not container \
                and clean(line.getparent().text_content()) == clean(el.text_content()):
            line = line.getparent()
        if line.tag not in _LINE_TAGS:
            return None
        text = clean(line.text_content())
        whole = clean(container.text_content())
        return line if 0 < len(text) <= 150 and len(whole) > len(text) + 10 else None
    return None


def subject_lines(lines: list[Any], title: str | None) -> set[int]:
    """Which posts' first lines (``lines``: one element or None per post) are subject lines: the
    thread's ``title`` again, or, with a reply prefix, another post's subject."""
    texts = [clean(el.text_content()) if el is not None else None for el in lines]
    bare = [strip_reply_prefix(t).casefold() if t else None for t in texts]
    folded = (title or "").casefold()
    out = set()
    for i, text in enumerate(texts):
        own = bare[i]
        if not text or not own:
            continue
        prefixed = own != text.casefold()
        if own == folded or (prefixed and any(b == own for j, b in enumerate(bare) if j != i)):
            out.add(i)
    # A subject repeated by the replies makes the opening post's unprefixed line one too.
    if out:
        for i, b in enumerate(bare):
            shown = texts[i]
            if b and shown and b == shown.casefold() and any(bare[j] == b for j in out):
                out.add(i)
    return out


_NUMBER_LINK_RE = re.compile(r"^[^\w\s]{0,3}\s*(?:no\.?\s*)?(\d{1,12})$", re.IGNORECASE)
_ID_NUMBER_RE = re.compile(r"(?<![0-9])\d{2,12}(?![0-9])")


def post_numbers(block: Any) -> set[str]:
    """The numbers a post's block is known by: those in its own id and its anchors' ids and names
    ("reply_48127", "<a name=90211>")."""
    out: set[str] = set()
    for el in block.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("id", "name"):
            value = el.get(attr)
            if value and len(value) <= 40:
                out.update(_ID_NUMBER_RE.findall(value))
    return out


def reference_links(container: Any, drop: set[Any]) -> list[tuple[Any, str]]:
    """Links in a post's words that say a number only and point into this page (">>48120" to
    "#48120"): each link with the number it names (the fragment's, else its text's)."""
    out = []
    for a in container.iter("a"):
        if a in drop:
            continue
        href = (a.get("href") or "").strip()
        if "#" not in href:
            continue
        match = _NUMBER_LINK_RE.match(clean(a.text_content()))
        if not match:
            continue
        fragment = _ID_NUMBER_RE.findall(href.split("#", 1)[1])
        out.append((a, fragment[0] if fragment else match.group(1)))
    return out


def named_quote(quote: Any, names: list[str]) -> str | None:
    """The poster of the page a quote names in its first line, before a colon ("ann написа:",
    "Zitat von ann: quoted words"): the longest name that short head holds as a whole word."""
    lines = Doc.lines(quote)
    if not lines:
        return None
    # The line's head up to its colon: the quoted words may run on after it on the same line.
    head = re.split(r"[:：]", lines[0], maxsplit=1)
    if len(head) == 2 and 0 < len(head[0]) <= 60 and (found := _named(head[0], names)):
        return found
    # Else a short line of its own over the quoted words, first or after a one-word label
    # ("quote:"), whatever its verb: "Originally posted by ann", "ann-k idatzia".
    heads = lines[:2] if len(lines[0].split()) == 1 and lines[0].endswith((":", "：")) else lines[:1]
    for line in heads:
        if line is not lines[-1] and len(line) <= 60 and len(line.split()) <= _HEAD_WORDS \
                and (found := _named(line, names)):
            return found
    return None


# Words a quote's head line names its poster in at the most ("Originally posted by ann").
_HEAD_WORDS = 6


# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese) and
# Korean, whose particles join the name before them ("홍길동님의 글"): a name in them runs on into
# the words around it ("引用沙发云南小叶 于 昨天 发表的").
_SPACELESS = ("\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
              "\uac00-\ud7af\uf900-\ufaff")
_SPACELESS_RE = re.compile(f"[{_SPACELESS}]")


def _word_re(name: str) -> str:
    """A pattern of ``name`` as a whole word: no letter of a spaced script touching it."""
    before = rf"(?<![^\W{_SPACELESS}])" if _SPACELESS_RE.match(name[0]) else r"(?<!\w)"
    after = rf"(?![^\W{_SPACELESS}])" if _SPACELESS_RE.match(name[-1]) else r"(?!\w)"
    return before + re.escape(name) + after


def _named(text: str, names: list[str]) -> str | None:
    """The longest of ``names`` that ``text`` holds as a whole word (a name of two letters or
    more of a script written without spaces, also inside a run of that script's letters)."""
    found = [n for n in names if n and n in text and re.search(
        _word_re(n) if len(n) >= 2 else rf"(?<!\w){re.escape(n)}(?!\w)", text)]
    return max(found, key=len) if found else None
