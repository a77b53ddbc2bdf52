"""Field labels in several languages, and reading "label: value" pairs from text lines.

Pages put a label and its value on one line ("Posts: 922"), in adjacent cells or dt/dd pairs
(two lines after block splitting), so :func:`find_label` looks at both.

    >>> from parsers.labels import find_label, LABELS
    >>> find_label(["Vendor", "leafy (12)", "Price", "$5"], LABELS["vendor"])
    'leafy (12)'
    >>> find_label(["Beiträge: 1.234"], LABELS["posts"])
    '1.234'
"""

from __future__ import annotations

import importlib
import re
import threading
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import groupby

from parsers.label_words import BUY_WORDS, CONTROL_WORDS, FEEDBACK_WORDS, LABEL_TABLE, SALES_WORDS

__all__ = [
    "BUY_WORDS", "CONTROL_WORDS", "FEEDBACK_WORDS", "LABELS", "LABEL_WORDS", "SALES_WORDS", "find_label",
    "find_label_index", "iter_labels", "label_re",
]

LABELS: dict[str, re.Pattern[str]] = {}
_FIRSTS: dict[re.Pattern[str], tuple[str, ...]] = {}
try:
    # The regex engine's case-insensitive equivalences beyond lower() (s/ſ, i/ı, в/ᲀ...).
    _EXTRA_CASES: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
except (ImportError, AttributeError):  # pragma: no cover - other Python versions
    _EXTRA_CASES = {}


def label_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """A regex matching a line that starts with one of ``words`` (then an optional colon and value)."""
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # [ \t] rather than \s: patterns may run over many lines at once (re.M) and must not cross them.
    # A possessive is no label: "Vendor's other listings" does not give a vendor.
    pattern = re.compile(
        rf"^(?:{alt})(?![\w'’])(?:[ \t]*\([^)\n]*\))?[ \t]*(?P<sep>[:：\u055d=\-–—]?)[ \t]*(?P<value>.*)$",
        re.IGNORECASE | re.MULTILINE,
    )
    # The lower-cased first letters a matching line can start with: lines are looked up by their
    # first letter instead of running the regex over the whole text.
    firsts: set[str] = set()
    if not all(words):
        return pattern  # an empty label matches any line: no first letter to look up
    for word in words:
        low = word[:1].lower()
        firsts.add(low)
        firsts.update(chr(c) for c in _EXTRA_CASES.get(ord(low), ()))
    _FIRSTS[pattern] = tuple(sorted(firsts))
    return pattern


for _name, _words in LABEL_TABLE.items():
    LABELS[_name] = label_re(_words)
#: The words naming a post count, also read after their number ("87 postów", "1,412 posts").
POSTS_WORDS: tuple[str, ...] = LABEL_TABLE["posts"]

#: Every one-word label (lower case): a word a page uses to name a field is never a field's value
#: such as a vendor's name ("Category: Cannabis" under a "Vendor" heading is not a seller).
LABEL_WORDS: frozenset[str] = frozenset(
    w.casefold()
    for words in (*LABEL_TABLE.values(), FEEDBACK_WORDS, SALES_WORDS)
    for w in words
    if " " not in w
)


def find_label_index(
    lines: Sequence[str], pattern: re.Pattern[str], *, max_label: int = 40, max_line: int | None = None
) -> tuple[int, str] | None:
    """(line index of the value, value) for the first line labelled by ``pattern``."""
    for found in iter_labels(lines, pattern, max_label=max_label, max_line=max_line):
        return found
    return None


_CACHE = threading.local()  # parsing may run in worker threads: one cache each


def _by_first(lines: Sequence[str]) -> dict[str, list[int]] | None:
    """Indices of the lines (up to 400 characters) by lower-cased first letter; None when a line
    holds a newline (then a label may start inside it, and the lines are searched as one text)."""
    cache: list[tuple[Sequence[str], int, dict[str, list[int]] | None]] | None = getattr(
        _CACHE, "by_first", None
    )
    if cache is None:
        cache = _CACHE.by_first = []
    # The cache holds the lists themselves, so identity is safe; the length guards against appends.
    # Several lists alternate (the page's lines, then each card's), hence a few entries.
    for held, size, index in cache:
        if held is lines and size == len(lines):
            return index
    # First letters lower-cased, then grouped by a (stable, C) sort: no Python step per line.
    # Lines over 400 characters are indexed too; iter_labels skips them.
    keys = [first[:1] for first in map(str.lower, [line[:1] for line in lines])]
    order = sorted(range(len(keys)), key=keys.__getitem__)
    by_first = {key: list(group) for key, group in groupby(order, key=keys.__getitem__) if key}
    index = None if "\n" in "".join(lines) else by_first
    cache.insert(0, (lines, len(lines), index))
    del cache[8:]
    return index


_SHORT = 12


def _line_matches(
    lines: Sequence[str], pattern: re.Pattern[str]
) -> Iterator[tuple[int, re.Match[str]]]:
    """(line index, match) of every line starting with one of ``pattern``'s labels, in order."""
    firsts = _FIRSTS.get(pattern)
    if firsts is not None and len(lines) <= _SHORT and not any("\n" in line for line in lines):
        # A few lines (a user panel, a card) are matched directly: indexing them costs more.
        for i, line in enumerate(lines):
            short_match = pattern.match(line)
            if short_match:
                yield i, short_match
        return
    index = _by_first(lines) if firsts is not None else None
    if firsts is None or index is None:
        text = "\n".join(lines)
        starts, pos = [], 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        for match in pattern.finditer(text):
            yield bisect_right(starts, match.start()) - 1, match
        return
    found: list[int] = []
    for first in firsts:
        hit = index.get(first)
        if hit:
            found += hit
    if len(firsts) > 1:
        found.sort()
    for i in found:
        hit_match = pattern.match(lines[i])
        if hit_match:
            yield i, hit_match


def iter_labels(
    lines: Sequence[str],
    pattern: re.Pattern[str],
    *,
    max_label: int = 40,
    strict: bool = False,
    max_line: int | None = None,
) -> Iterator[tuple[int, str]]:
    """Every (line index of the value, value) labelled by ``pattern``, in order.

    ``strict`` accepts a value on the label's line only after a separator ("Vendor: x"), so
    that menu entries such as "Vendor Block List" are not read as labelled values. Lines longer
    than ``max_line`` count as absent (as if filtered out of ``lines``, which would cost a new
    list to index).
    """
    if not lines:
        return
    for i, match in _line_matches(lines, pattern):
        line = lines[i]
        if len(line) > 400 or (max_line is not None and len(line) > max_line):
            continue
        value = match["value"].strip()
        label_len = len(line) - len(match["value"])
        if label_len > max_label:
            continue
        if value and strict and not match["sep"]:
            continue
        if value:
            # Without a separator, a long rest of line is prose that starts with the word
            # ("Shipping is fast and discreet..."), not a value.
            if len(value) > 60 and not match["sep"]:
                continue
            yield i, value
        else:
            j = i + 1
            while max_line is not None and j < len(lines) and len(lines[j]) > max_line:
                j += 1
            if j < len(lines):
                yield j, lines[j]


def find_label(lines: Sequence[str], pattern: re.Pattern[str], *, max_line: int | None = None) -> str | None:
    """The value of the first line labelled by ``pattern`` (same line after a colon, or next line)."""
    found = find_label_index(lines, pattern, max_line=max_line)
    return found[1] if found else None
