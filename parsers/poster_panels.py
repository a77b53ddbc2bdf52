"""A post's frame told by its shape, whatever the template's classes or language: its poster's
panel of statistics, its own number link, and a date read from the panel's join day.

* the poster's panel is the part of the post around the poster's name, apart from its date, that
  shows lines of "label: value" statistics ("Zvinyorwa: 412", "Posts: 148") and, besides the
  name, a short line or two (a rank, "Online"): no words of the post (:func:`poster_panel`);
* a panel of the poster's statistics beside the words but apart from the name (the name in a
  header bar over a row of two cells: the panel's, a rank and "Сообщений: 214", "Откуда: Тверь";
  the words'), its lines a panel's and one a post count or a join day (:func:`side_panel`);
* a link saying the post's number alone ("#2", "No. 2") to the post's own anchor, or one short
  word to the block's own id ("4楼"), is its permalink, no words (:func:`own_permalinks`);
* a post dated at a place where its sibling posts show a date they were not dated by (each
  panel's join day: "Akapinda: 09 Gunyana 2025") is dated where its siblings are, even when the
  date there is in words no reader knows (:func:`join_dated`).

    >>> from parsers.dom import load
    >>> from parsers.poster_panels import poster_panel
    >>> doc = load(b'<table><tr><td><a href="/u/1">ann</a><div>Elder</div><p>Posts: 12</p>'
    ...            b'<p>Karma: +4</p></td><td><span>17.11.2026</span> Tea or coffee?</td></tr></table>')
    >>> table = doc.root.find(".//table")
    >>> sorted({el.tag for el in poster_panel(table, table.find(".//a"), table.find(".//span"))})
    ['a', 'div', 'p', 'td']
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from parsers.dom import clean
from parsers.labels import LABELS
from parsers.post_columns import _at, _path
from parsers.post_dates import post_date
from parsers.post_parts import LABEL_LINE_RE, WORDY_RE
from parsers.thread_records import text_without

__all__ = ["join_dated", "own_permalinks", "panel_dated", "poster_panel", "side_panel"]

# A statistic written as a number and its word ("412 posts", "+35 rep").
_COUNT_WORD_RE = re.compile(r"^[+-]?\d[\d.,\s]*\s+[^\W\d_]{2,20}$")
# Lines a panel shows besides its statistics and the name at the most (a rank, a title, a status),
# and the words each says at the most.
_OTHER_LINES = 2
_OTHER_WORDS = 3
_OTHER_CHARS = 30


_BLOCK_TAGS = frozenset({"br", "div", "p", "li", "dt", "dd", "tr", "td", "th", "ul", "ol", "dl", "table",
                         "h1", "h2", "h3", "h4", "h5", "h6", "section", "header", "footer"})


def _shown_lines(el: Any) -> list[str]:
    """The lines ``el`` shows: its text broken at line breaks and block elements, whatever the
    source's own line breaks ("Posts: 12<br>Karma: +4" is two lines)."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if not isinstance(node.tag, str):
            parts.append(node.tail or "")
            return
        brk = node.tag in _BLOCK_TAGS
        if brk:
            parts.append("\n")
        parts.append(node.text or "")
        for child in node:
            walk(child)
        if brk:
            parts.append("\n")
        if node is not el:
            parts.append(node.tail or "")

    walk(el)
    return [line for part in "".join(parts).split("\n") if (line := clean(part))]


def _stats_lines(el: Any, name: str) -> bool:
    """Whether ``el`` shows a panel's lines: two or more statistics ("label: value", "412 posts")
    and, besides the poster's ``name``, a short line or two at the most."""
    stats = others = 0
    for line in _shown_lines(el):
        if line == name:
            continue
        if LABEL_LINE_RE.match(line) or _COUNT_WORD_RE.match(line):
            stats += 1
        elif len(line) <= _OTHER_CHARS and len(line.split()) <= _OTHER_WORDS:
            others += 1
        else:
            return False
    return stats >= 2 and others <= _OTHER_LINES


def poster_panel(block: Any, author: Any, date_el: Any, skip: set[Any] | None = None) -> set[Any]:
    """The elements of the poster's panel of statistics in ``block``: the largest element around
    the ``author`` element below the block that holds neither the post's date (``date_el``) nor
    its last words, when its lines are a panel's (:func:`_stats_lines`); empty otherwise."""
    if author is None:
        return set()
    name = clean(author.text_content())
    dated = set(date_el.iterancestors()) | {date_el} if date_el is not None else set()
    panel = None
    el = author
    while (up := el.getparent()) is not None and up is not block and up not in dated:
        el = up
        if _stats_lines(el, name):
            panel = el
    if panel is None:
        return set()
    own = set(panel.iter())
    # The post's words lie outside the panel: else it is no panel but the post.
    if not WORDY_RE.search(text_without(block, own | (skip or set()))):
        return set()
    return own


# Characters a statistic's own text says at the most ("Зарегистрирован: 02.06.2019").
_STAT_CHARS = 48


def _member_stat(text: str) -> bool:
    """Whether ``text`` opens with the label of a poster's post count or join day."""
    return bool(LABELS["posts"].match(text) or LABELS["member_since"].match(text))


def side_panel(block: Any, author: Any, date_el: Any, skip: set[Any]) -> set[Any]:
    """The elements of the poster's panel in ``block`` that holds neither the poster's name
    (``author``) nor the post's date (``date_el``): the largest element around a line of the
    poster's post count or join day, below the block, whose lines are a panel's
    (:func:`_stats_lines`), when the post's words lie outside it; empty otherwise."""
    name = clean(author.text_content()) if author is not None else ""
    apart = {el for frame in (author, date_el) if frame is not None for el in (frame, *frame.iterancestors())}
    panel = None
    for el in block.iter():
        if el in skip or not isinstance(el.tag, str):
            continue
        # Cheap first: a short text (an element's own, or after a line break) that opens with a
        # statistic's label; the element holding it is the first that may be the panel.
        holder = next((at for text, at in ((el.text, el), (el.tail, el.getparent()))
                       if text and len(text) <= _STAT_CHARS and _member_stat(text.strip())), None)
        up = holder
        while up is not None and up is not block and up not in apart:
            if _stats_lines(up, name):
                panel = up
            up = up.getparent()
        if panel is not None:
            break
    if panel is None:
        return set()
    own = set(panel.iter())
    frame = {el for part in (author, date_el) if part is not None for el in part.iter()}
    if not WORDY_RE.search(text_without(block, own | skip | frame)):
        return set()
    return own


def panel_dated(
    block: Any, date_el: Any, author: Any, skip: set[Any], now: str | None
) -> tuple[str, Any] | None:
    """The date ``block`` shows outside the poster's panel, when its date was read from the panel
    whole (``date_el`` holds the ``author`` element and a panel's lines: its day is the member's
    join day); None when that is not so or the block shows no other date."""
    if not _stats_lines(date_el, clean(author.text_content())):
        return None
    date, el = post_date(block, skip | set(date_el.iter()), now)
    return (date, el) if date is not None else None


_NUMBER_TEXT_RE = re.compile(r"^(?:#|№|no\.?\s*)\s*\d+$", re.IGNORECASE)


# Characters of a post's own link's one word at the most ("楼主", "4楼", "Permalink").
_SELF_WORD = 12


def own_permalinks(block: Any) -> set[Any]:
    """The elements of the links in ``block`` that point at the post's own anchor (an id or name
    of the block or of an element inside it) and say the post's number alone ("#2", "No. 2"), or
    that point at the block's own id and say one short word (the floor a post stands on: "沙发",
    "4楼")."""
    links = [(a, text) for a in block.iter("a") if "#" in (a.get("href") or "")
             and 0 < len(text := clean(a.text_content())) <= _SELF_WORD]
    if not links:
        return set()
    anchors = {v for el in block.iter() if isinstance(el.tag, str)
               for v in (el.get("id"), el.get("name")) if v}
    out: set[Any] = set()
    for a, text in links:
        target = (a.get("href") or "").split("#", 1)[1]
        if (_NUMBER_TEXT_RE.match(text) and target in anchors) \
                or (target and target == block.get("id") and " " not in text):
            out |= set(a.iter())
    return out


def _other_date_there(
    blocks: list[Any], i: int, path: tuple[Any, ...], dates: list[Any], now: str | None
) -> bool:
    """Whether most other posts' blocks show a date at ``path`` that is not the element they were
    dated by (their panels' join days)."""
    shown = 0
    for j, block in enumerate(blocks):
        if j == i or dates[j] is None:
            continue
        el = _at(block, path)
        if el is None or el is dates[j] or el in set(dates[j].iterancestors()) or dates[j] in set(el.iter()):
            continue
        if post_date(el, set(), now)[0] is not None:
            shown += 1
    return 2 * shown > len(blocks) - 1


def join_dated(
    blocks: list[Any], dates: list[Any], quoted: list[set[Any]], now: str | None
) -> dict[int, tuple[str | None, Any]]:
    """Posts dated at a place where their siblings show a date they were not dated by (a panel's
    join day), the siblings all dated at one other place: index -> (the date shown at that place,
    None when no reader knows its words; the element it is shown in)."""
    if len(blocks) < 3 or any(d is None for d in dates):
        return {}
    paths = [_path(d, b) for b, d in zip(blocks, dates, strict=True)]
    common = Counter(paths).most_common(1)[0]
    if common[0] is None or common[1] == len(paths) or 2 * common[1] <= len(paths):
        return {}  # most pages: every post dated at one place
    out: dict[int, tuple[str | None, Any]] = {}
    kind = (blocks[0].tag, blocks[0].get("class"))
    for i, (block, path) in enumerate(zip(blocks, paths, strict=True)):
        if path == common[0] or path is None or (block.tag, block.get("class")) != kind:
            continue
        if not _other_date_there(blocks, i, path, dates, now):
            continue
        el = _at(block, common[0])
        if el is None or el in quoted[i] or not 0 < len(clean(el.text_content())) <= 80:
            continue
        out[i] = (post_date(el, set(), now)[0], el)
    return out
