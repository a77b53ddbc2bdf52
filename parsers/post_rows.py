"""Posts shown as runs of table rows, found by their dated rows: old table themes (JForum, XMB,
phpBB 2's descendants) show each post as a header row with its date, a row with the poster's
panel beside the words, a row of the signature and a row of icon links, and name the poster in
plain bold text with no link (the profile link is an icon).

What makes these posts is the table's rhythm, not an engine's classes: the rows of one table
that show a date of one kind (the same chain of tags from the row down to the date) open one
post each, and each post runs to the next such row. The kind that opens the runs is the one met
first in the table (a join date shown in the poster's panel, below the post's date row, is
another kind that would cut the runs in the middle of a post). The poster's name is the short
text that sits at the same place in every run and differs between runs
(:func:`parsers.post_names.aligned_names`'s column); the words are the run's wordiest cell.

    >>> from parsers.dom import load
    >>> from parsers.post_rows import dated_runs
    >>> row = ('<tr><td colspan=2>{0}.11.2026 18:40</td></tr><tr><td><b>{1}</b></td>'
    ...        '<td>Green or black tea with milk?</td></tr><tr><td colspan=2>icons</td></tr>')
    >>> doc = load(("<table>" + row.format(17, "ann") + row.format(18, "bob") + "</table>").encode())
    >>> [len(run) for run in dated_runs(doc.root, [td for td in doc.root.iter("td") if "2026" in td.text], 2)]
    [3, 3]
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from typing import Any

from parsers.dated_elements import page_dates
from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.post_blocks import unwrap_rows, wrap_runs
from parsers.post_gates import index_rows, market_evidence
from parsers.post_name_column import name_column
from parsers.post_parts import WORDY_RE
from parsers.post_read import read_posts
from parsers.thread_records import thread_records
from parsers.thread_title import thread_title

__all__ = ["dated_runs", "row_thread"]


def _kind(date: Any, row: Any, placed: bool = False) -> tuple[str, ...]:
    """The chain of tags from ``row`` down to ``date``: classes alternate between posts
    ("row1"/"row2"), the nesting does not. ``placed``: the cell's place in its row too (a
    header row's date in its second cell, a poster panel's join date in its first)."""
    path = []
    el = date
    while el is not None and el is not row:
        parent = el.getparent()
        if placed and parent is row:
            cells = [c for c in row if isinstance(c.tag, str)]
            path.append(f"{el.tag}{cells.index(el)}")
        else:
            path.append(el.tag)
        el = parent
    return tuple(reversed(path))


def dated_runs(root: Any, dates: list[Any], min_posts: int) -> list[Any]:
    """The posts of a table whose posts are runs of rows: each run, from a row showing a date of
    the kind met first among the rows to the next such row, wrapped in a ``tbody`` of its own
    (undo with :func:`unwrap_rows`). The last run is as long as the longest before it (rows
    after it are the table's footer). [] when fewer than ``min_posts`` rows open runs, or when
    any run is one row (each row is then a post of its own, or a topic list's row)."""
    rows_of: dict[Any, dict[Any, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for date in dates:
        for row in date.iterancestors("tr"):
            parent = row.getparent()
            if parent is not None:
                rows_of[parent][row].append(date)
            if row is root:
                break
    if not rows_of:
        return []
    # The table with the most dated rows; of as many, the innermost.
    parent = max(rows_of, key=lambda p: (len(rows_of[p]), sum(1 for _ in p.iterancestors())))
    rows = [el for el in parent if el.tag == "tr"]
    at = {row: i for i, row in enumerate(rows)}
    # Dates of one chain of tags in adjacent rows (a header row's date, the join date in the
    # panel of the row below, both a cell's text) are told apart by their cells' places.
    for placed in (False, True):
        starts = _starts(rows_of[parent], at, min_posts, placed)
        gaps = [b - a for a, b in pairwise(starts)]
        if starts and min(gaps) >= 2:
            break
    else:
        return []
    # A post's rows may begin before its dated row (a name row over the date row, the words over
    # a footer "Posted DATE | Quote"): as many rows as show above the first dated row what shows
    # above the second.
    lead = _lead(rows, starts, min(gaps))
    starts = [start - lead for start in starts]
    ends = [*starts[1:], min(len(rows), starts[-1] + max(gaps))]
    return wrap_runs(parent, rows, starts, ends)


def _starts(dated: dict[Any, list[Any]], at: dict[Any, int], min_posts: int, placed: bool) -> list[int]:
    """The rows opening runs: those showing a date of the kind met first (of as early, the most
    often shown); [] when no kind shows in ``min_posts`` rows (2 at least)."""
    kinds: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for row, found in dated.items():
        for kind in {_kind(date, row, placed) for date in found}:
            kinds[kind].append(at[row])
    repeated = [sorted(found) for found in kinds.values() if len(found) >= max(2, min_posts)]
    return min(repeated, key=lambda found: (found[0], -len(found)), default=[])


def _shape(row: Any) -> tuple[tuple[str, str], ...]:
    """A row's cells' tags and classes (numbers aside: "row1" / "row2")."""
    return tuple((cell.tag, (cell.get("class") or "").rstrip("0123456789")) for cell in row
                 if isinstance(cell.tag, str))


def _lead(rows: list[Any], starts: list[int], gap: int) -> int:
    """How many rows before its dated row each post begins: the most (fewer than ``gap``) that
    show above the first dated row, shaped as those above the second."""
    for lead in range(min(gap - 1, starts[0]), 0, -1):
        if all(_shape(rows[starts[0] - k]) == _shape(rows[starts[1] - k]) for k in range(1, lead + 1)):
            return lead
    return 0


def _latest_kind(runs: list[Any], dates: set[Any], now: str | None) -> dict[Any, Any]:
    """The element showing each run's post date: of the kinds of date (the chain of tags from the
    run down) that most runs show outside their words (the run's wordiest cell, where an edit
    note dates a later change), the one latest in most runs (a member joins before posting: the
    poster's panel beside the date shows an earlier date); {} when the runs show one kind."""
    shown: list[dict[tuple[str, ...], tuple[str, Any]]] = []
    worded: dict[tuple[str, ...], int] = defaultdict(int)
    for run in runs:
        found: dict[tuple[str, ...], tuple[str, Any]] = {}
        cells = list(run.iter("td", "th"))
        wordiest = max(cells, key=lambda td: len(WORDY_RE.findall(td.text_content())), default=None)
        words = set(wordiest.iter()) if wordiest is not None else set()
        for el in run.iter():
            if el in dates and (kind := _kind(el, run)) not in found:
                found[kind] = (parse_date(clean(el.text_content()), now) or "", el)
                worded[kind] += el in words
        shown.append(found)
    count: dict[tuple[str, ...], int] = defaultdict(int)
    for found in shown:
        for kind in found:
            count[kind] += 1
    kinds = [kind for kind, n in count.items() if n >= len(runs) - len(runs) // 5]
    if len(kinds) < 2:
        return {}
    kinds = [kind for kind in kinds if 2 * worded[kind] <= count[kind]]
    wins = {kind: sum(1 for found in shown if kind in found
                      and all(found[kind][0] >= found[k][0] for k in kinds if k in found)) for kind in kinds}
    best = max(kinds, key=lambda kind: wins[kind], default=None)
    return {run: found[best][1] for run, found in zip(runs, shown, strict=True) if best in found}


def row_thread(doc: Doc, *, now: str | None = None, min_posts: int = 2) -> list[Any]:
    """Thread, Post and Author records of a thread whose posts are runs of table rows
    (:func:`dated_runs`) naming their posters on one column; [] when the page shows none."""
    body_el = doc.root.find("body")
    root = body_el if body_el is not None else doc.root
    if next(root.iter("tr"), None) is None:
        return []  # no table: no run of rows (and no date sought)
    dates = page_dates(doc, root, now)
    if len(dates) < min_posts:
        return []
    runs = dated_runs(root, dates, min_posts)
    if not runs:
        return []
    names = [] if index_rows(runs, now) else name_column(runs, set(dates), now, min_posts)
    heads: list[str] = []
    dated = _latest_kind(runs, set(dates), now)
    posts, authors = read_posts(doc, runs, {}, set(names), now, rows=True, heads=heads, dated=dated) \
        if names else ([], {})
    # A seller's dated, signed reviews are no thread: the page shows a key or prices besides.
    if len(posts) < min_posts or market_evidence(doc, [p.body or "" for p in posts]):
        unwrap_rows(runs)
        return []
    return thread_records(doc, thread_title(doc, heads), posts, list(authors.values()))
