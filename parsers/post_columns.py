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
  that shows one day per author, before their posts (:func:`stat_columns`).

    >>> from parsers.post_columns import strip_reply_prefix
    >>> strip_reply_prefix("Re: Green or black tea?"), strip_reply_prefix("Ответ: Чай")
    ('Green or black tea?', 'Чай')
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise
from typing import Any

from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.post_dates import post_date
from parsers.post_parts import LETTER
from parsers.prices import parse_number

__all__ = [
    "date_column",
    "date_path",
    "first_line",
    "named_quote",
    "post_numbers",
    "reference_links",
    "stat_columns",
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
    more, each dated at the same place) show their dates: a date in words no reader knows. None
    when the siblings show no such column or ``block`` holds nothing there."""
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
    if len(dated) < 2 or len(dated) < len(paths) or len(set(dated)) != 1:
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


_NUMBER = r"\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})*|\d+"  # thousands split by a space, a comma or a dot
_COUNT_LINE_RE = re.compile(
    rf"^(?:(?P<l1>{LETTER}{{3,20}}(?: {LETTER}{{2,20}})?)\s*[:：]\s*(?P<n1>{_NUMBER})"
    rf"|(?P<n2>{_NUMBER})\s+(?P<l2>{LETTER}{{3,20}}))$"
)


def _stat_lines(el: Any, text: str) -> list[str]:
    """The lines an element shows, as a user panel writes them: its whole text, or its lines
    split by line breaks (a place above the count in one paragraph: "Bizkaia<br>57 posts"), then
    its source's lines (a panel of one statistic a line: "Registered: 03/14/21\nPosts: 134")."""
    lines = [text]
    if any(child.tag == "br" for child in el):
        lines = [clean(t) for t in (el.text, *(child.tail for child in el if child.tag == "br"))]
    raw = el.text_content()
    if "\n" in raw.strip():
        lines += [line for t in raw.split("\n") if (line := clean(t)) and line not in lines]
    return lines


def _labelled(el: Any, text: str) -> list[str]:
    """``el``'s text after the label its element before it shows, as one line: a definition
    list's "<dt>Postime</dt><dd>86</dd>", a "<span>Label</span><span>86</span>" pair."""
    before = el.getprevious()
    if before is None or not isinstance(before.tag, str) or (before.tail or "").strip() \
            or len(label := clean(before.text_content()).rstrip(":：").strip()) > 30 \
            or not label or any(c.isdigit() for c in label):
        return []
    return [f"{label}: {text}"]


def _count_line(el: Any, text: str) -> re.Match[str] | None:
    """The "label: number" / "number label" line an element shows (:func:`_stat_lines`), or
    its text after its label's element (:func:`_labelled`)."""
    for line in [*_stat_lines(el, text), *_labelled(el, text)]:
        if not line or len(line) > 40:
            continue
        match = _COUNT_LINE_RE.match(line)
        if match and parse_date(line) is None:  # "17 November": a date, not a count
            return match
    return None


# "Label: date", the label in words of any language ("Ro'yxatdan o'tgan: 03/04/2022").
_DATE_LINE_RE = re.compile(r"^(?P<label>[^\W\d_][^\d:：]{1,30}?)\s*[:：]\s*(?P<value>\S.{3,40})$")


def _date_line(el: Any, text: str) -> tuple[str, str] | None:
    """(label, day) of the "label: date" line an element shows, the date to the day."""
    for line in [*_stat_lines(el, text), *_labelled(el, text)]:
        match = _DATE_LINE_RE.match(line) if line and len(line) <= 60 else None
        if match and len(day := (parse_date(match["value"]) or "")) >= 10:
            return match["label"].casefold(), day[:10]
    return None


def _count_cells(
    block: Any, part: Any, skip: set[Any], days: dict[tuple[Any, ...], str] | None = None
) -> dict[tuple[Any, ...], int]:
    """(path from ``block``, label) -> number of the short "label: number" / "number label" lines
    of ``part`` outside ``skip`` (the post's words and quotes); ``days`` gains the "label: date"
    lines the same way."""
    out: dict[tuple[Any, ...], int] = {}
    for el in part.iter():
        # An element of a few parts (a panel's lines split by breaks and icons count for none).
        if not isinstance(el.tag, str) or el in skip \
                or sum(1 for c in el if c.tag not in ("br", "img")) > 3:
            continue
        text = clean(el.text_content())
        if not text or not any(c.isdigit() for c in text):
            continue
        path = _path(el, block)
        if path is None:
            continue
        tags = tuple(tag for tag, _ in path)
        if days is not None and (dated := _date_line(el, text)) is not None:
            days.setdefault((tags, dated[0]), dated[1])
        match = _count_line(el, text)
        if match is None:
            continue
        label = (match["l1"] or match["l2"]).casefold()
        number = parse_number(match["n1"] or match["n2"])
        if number is None or number != int(number):
            continue
        # Tags only: a rank shown in one post's panel and not another's shifts the count down.
        out.setdefault((tags, label), int(number))
    return out


def _author_part(block: Any, author: Any, words: Any) -> Any:
    """The part of ``block`` that holds its ``author`` element and more (a user panel), not the
    post's ``words``: the child of the block around the author, or, when that holds the words
    too (a table row of the poster's cell beside the words' cell), the largest element around
    the author inside it that does not; None when there is no such part."""
    part = author
    while part is not None and part.getparent() is not block:
        part = part.getparent()
    if part is None or part is author:
        return None
    if words in set(part.iter()):
        inner = author
        while (up := inner.getparent()) is not None and up is not part and words not in set(up.iter()):
            inner = up
        return inner if inner is not author else None
    return part


def _per_name(found: dict[int, Any], names: list[str | None]) -> dict[str, Any] | None:
    """One value per author of a column (block index -> value), or None when an author shows
    several, or several authors all one value (a label every panel shows alike: "Warnings: 0")."""
    per_name: dict[str, set[Any]] = defaultdict(set)
    for i, value in found.items():
        if names[i]:
            per_name[names[i]].add(value)  # type: ignore[index]
    if not per_name or any(len(v) > 1 for v in per_name.values()):
        return None
    if len(per_name) > 1 and len({next(iter(v)) for v in per_name.values()}) == 1:
        return None
    return {n: next(iter(v)) for n, v in per_name.items()}


def _member_ids(found: dict[int, int], names: list[str | None], author_ids: list[set[str]]) -> bool:
    """Whether a column of numbers is the posters' member numbers: every poster whose address
    holds a number is shown that number. One poster's post count equal to their member number
    by chance ("/user/57", 57 posts) beside another's that is not makes no column of ids."""
    hits = {names[i] or i: str(found[i]) in author_ids[i] for i in found if author_ids[i]}
    return any(hits.values()) and (len(hits) < 2 or all(hits.values()))


def stat_columns(
    blocks: list[Any], names: list[str | None], skips: list[set[Any]], authors: list[Any],
    words: list[Any], author_ids: list[set[str]], posted: list[str | None],
) -> tuple[dict[str, int], dict[str, str]]:
    """Each author's post count and join day, read from the columns of "label: number" and
    "label: date" lines that run through the posts' user panels (the part of each block around
    its ``authors`` element, apart from its ``words``) at one place with one label, whatever the
    label's language. A count column shows one number per author (a post's read count differs
    between posts of one author), not the number of the author's own address (a member id), nor
    the posts' own numbering (1, 2, 3), and differs between authors when the page shows several;
    a join column the same, each day no later than its post's date (``posted``) and not every
    one that date. ({}, {}) where no single such column."""
    if len(blocks) < 2:
        return {}, {}
    columns: dict[tuple[Any, ...], dict[int, int]] = defaultdict(dict)
    dated: dict[tuple[Any, ...], dict[int, str]] = defaultdict(dict)
    for i, (block, skip) in enumerate(zip(blocks, skips, strict=True)):
        # A post's run of table rows shows its poster's panel in any of its rows (a header row
        # of the name and the date over the row of the panel and the words).
        runs = block.tag in ("tbody", "table") and all(row.tag == "tr" for row in block)
        part = block if runs else _author_part(block, authors[i], words[i])
        days: dict[tuple[Any, ...], str] = {}
        for key, number in _count_cells(block, part, skip, days).items() if part is not None else ():
            columns[key][i] = number
        for key, day in days.items():
            dated[key][i] = day
    need = max(2, len(blocks) - len(blocks) // 5)
    fits = []
    for found in columns.values():
        if len(found) < need or _member_ids(found, names, author_ids):
            continue
        shown = [found[i] for i in sorted(found)]
        if all(b == a + 1 for a, b in pairwise(shown)):
            continue  # the posts' own numbers
        if (per_name := _per_name(found, names)) is not None:
            fits.append(per_name)
    joins = []
    for found_days in dated.values():
        if len(found_days) < need or any(found_days[i] > (posted[i] or "9")[:10] for i in found_days):
            continue
        if all(found_days[i] == (posted[i] or "")[:10] for i in found_days):
            continue  # the posts' own dates
        if (per_name := _per_name(found_days, names)) is not None:
            joins.append(per_name)
    # Columns that agree (a panel's line and the line's own element) are one reading.
    fits = [f for i, f in enumerate(fits) if f not in fits[:i]]
    joins = [j for i, j in enumerate(joins) if j not in joins[:i]]
    return (fits[0] if len(fits) == 1 else {}), (joins[0] if len(joins) == 1 else {})
