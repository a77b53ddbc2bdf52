"""An author's statistics read from what the posts' user panels show alike: the post count is
the column of "label: number" or "number label" lines that shows one number per author, the join
day the column of "label: date" (or "label date") lines that shows one day per author, before their
posts; a number column that is the posters' member numbers is no count (:func:`stat_columns`).
A line of statistics set apart by middle dots or bars ("214 posts · joined Jun 3, 2023") is read
piece by piece.

    >>> from parsers.dom import load
    >>> from parsers.poster_stats import stat_columns
    >>> posts = [("ann", 12, "Hello there all"), ("bob", 7, "Hi ann, welcome"), ("ann", 12, "Thanks bob")]
    >>> doc = load(b"<html><body>" + b"".join(
    ...     b"<div class=p><div><b>%s</b><span>Posts: %d</span></div><p>%s</p></div>"
    ...     % (name.encode(), count, words.encode()) for name, count, words in posts) + b"</body></html>")
    >>> blocks = doc.root.findall(".//div[@class='p']")
    >>> stat_columns(blocks, [p[0] for p in posts], [set()] * 3, [b.find(".//b") for b in blocks],
    ...              [b.find("p") for b in blocks], [set()] * 3, [None] * 3)
    ({'ann': 12, 'bob': 7}, {})
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise
from typing import Any

from parsers.dates import parse_date
from parsers.dom import clean
from parsers.number_symbols import ascii_separators
from parsers.post_columns import date_path
from parsers.post_parts import LETTER
from parsers.prices import parse_number
from parsers.stat_pieces import line_pieces

__all__ = ["stat_columns"]


# The marks that set a panel line's statistics apart: a middle dot or bullet, a bar, a semicolon.
_SEP_RE = re.compile(r"\s[·•|;]\s")

_NUMBER = r"\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})*|\d+"  # thousands split by a space, a comma or a dot

# A word of a label: three letters or more, or two of the scripts that write a word in two
# ("回帖", "投稿", "게시").
_CJK_WORD = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,20}"

_COUNT_LINE_RE = re.compile(
    rf"^(?:(?P<l1>(?:{LETTER}{{3,20}}|{_CJK_WORD})(?: {LETTER}{{2,20}})?)\s*[:：]\s*(?P<n1>{_NUMBER})"
    rf"|(?P<n2>{_NUMBER})(?:\s+(?P<l2>{LETTER}{{3,20}})|\s*(?P<l3>{_CJK_WORD})))$"
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
    # Statistics set apart by a middle dot or a bar on one line ("214 posts · joined Jun 3, 2023").
    if _SEP_RE.search(text):
        lines += [piece for piece in line_pieces(text) if piece not in lines]
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
        match = _COUNT_LINE_RE.match(ascii_separators(line))  # "１，５０２": a comma all the same
        if match and parse_date(line) is None:  # "17 November": a date, not a count
            return match
    return None


# "Label: date", the label in words of any language ("Ro'yxatdan o'tgan: 03/04/2022").
_DATE_LINE_RE = re.compile(r"^(?P<label>[^\W\d_][^\d:：]{1,30}?)\s*[:：]\s*(?P<value>\S.{3,40})$")


# A label of a word or a few before its date with no colon ("注册于 2014年8月9日", "joined Jun 3, 2023").
_LABEL_WORDS_RE = re.compile(r"^[^\W\d_][^\d:：]{0,30}$")


def _date_line(el: Any, text: str) -> tuple[str, str] | None:
    """(label, day) of the "label: date" or "label date" line an element shows, the date to the day."""
    for line in [*_stat_lines(el, text), *_labelled(el, text)]:
        if not line or len(line) > 60:
            continue
        match = _DATE_LINE_RE.match(line)
        if match and len(day := (parse_date(match["value"]) or "")) >= 10:
            return match["label"].casefold(), day[:10]
        if match is None and line[:1].isalpha():
            words = line.split()
            for k in range(1, min(3, len(words) - 1) + 1):
                label = " ".join(words[:k])
                if _LABEL_WORDS_RE.match(label) and len(day := (parse_date(" ".join(words[k:])) or "")) >= 10:
                    return label.casefold(), day[:10]
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
        path = date_path(el, block)
        if path is None:
            continue
        tags = tuple(tag for tag, _ in path)
        if days is not None and (dated := _date_line(el, text)) is not None:
            days.setdefault((tags, dated[0]), dated[1])
        match = _count_line(el, text)
        if match is None:
            continue
        label = (match["l1"] or match["l2"] or match["l3"]).casefold()
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
