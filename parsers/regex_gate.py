r"""Faster case-insensitive alternations: a regex behind a lookahead on its possible first characters,
or a lower-case regex run case-sensitively on lower-cased text (:class:`Folded`).

The regex compiler gives case-insensitive alternations no prefix scan, so the engine tries every
alternative at every position of the text; a one-class lookahead skips most positions first.
The matches are the same (the lookahead only states what any match starts with).

    >>> import re
    >>> from parsers.regex_gate import gated
    >>> rx = gated(re.compile(r"\b(?:buy now|order|купить)\b", re.IGNORECASE))
    >>> rx.pattern[:9], rx.search("Please ORDER here").group(0)
    ('(?=[boк])', 'ORDER')
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable
from typing import Any

__all__ = ["Folded", "Words", "gated", "literals"]


def _first_chars(pattern: str, flags: int) -> set[str] | None:
    """Every character a match of ``pattern`` can start with, or None when that is not simple to
    tell (optional or repeated starts, wide classes...). Reads the regex module's own parse tree."""
    try:
        parser = importlib.import_module("re._parser")
        const = importlib.import_module("re._constants")
        tree = parser.parse(pattern, flags)
    except (ImportError, AttributeError, re.error):  # pragma: no cover - other Python versions
        return None
    out: set[str] = set()

    def starts(items: Any) -> bool:
        items = [item for item in items]
        i = 0
        while i < len(items) and items[i][0] is const.AT:  # \b, ^: zero width
            i += 1
        if i == len(items):
            return False
        op, arg = items[i]
        if op is const.LITERAL:
            out.add(chr(arg))
            return True
        if op is const.BRANCH:
            return all(starts(branch) for branch in arg[1])
        if op is const.SUBPATTERN:
            return starts(arg[-1])
        if op is const.IN:
            for item_op, item_arg in arg:
                if item_op is const.LITERAL:
                    out.add(chr(item_arg))
                elif item_op is const.RANGE and item_arg[1] - item_arg[0] < 64:
                    out.update(chr(c) for c in range(item_arg[0], item_arg[1] + 1))
                else:
                    return False
            return True
        return False

    return out if starts(tree) else None


def gated(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` behind a lookahead on its possible first characters: the same matches, but the
    engine skips most positions with one class test instead of trying every alternative there
    (case-insensitive alternations get no such prefix scan from the regex compiler)."""
    firsts = _first_chars(rx.pattern, rx.flags)
    if not firsts:
        return rx
    chars = "".join(re.escape(c) for c in sorted(firsts))
    return re.compile(f"(?=[{chars}])(?:{rx.pattern})", rx.flags)


class Folded:
    r"""A case-insensitive search for a pattern written in lower case, run as a case-sensitive
    search of the lower-cased text: the regex compiler then scans for the possible first
    characters itself, two to four times faster than ``re.IGNORECASE`` on alternations of words.

    Matches are the same except for the few characters whose case folding differs from
    ``str.lower()`` (long s, Kelvin sign, dotted capital I); spans refer to the lower-cased text.
    :meth:`found` answers only whether there is a match, and looks for the pattern's plain words
    (its top-level alternatives without regex syntax) in one Aho-Corasick pass: the regex engine
    tries each alternative in turn wherever one could start, and a long table of words (a waiting
    room's words in twenty languages) made every classified page pay 90 us for it.

    >>> rx = Folded(re.compile(r"\b(?:log ?in|пароль)\b|kennwort|mot de passe", re.IGNORECASE))
    >>> rx.search("Please LOG IN").group(0), rx.search("Введите ПАРОЛЬ").group(0), rx.search("blog")
    ('log in', 'пароль', None)
    >>> rx.found("Ihr KENNWORT"), rx.found("blog")
    (True, False)
    """

    def __init__(self, rx: re.Pattern[str]) -> None:
        unescaped = re.sub(r"\\.", "", rx.pattern)
        if unescaped != unescaped.lower():
            raise ValueError(f"Folded needs a lower-case pattern: {rx.pattern[:60]!r}")
        self.pattern = rx.pattern
        flags = rx.flags & ~re.IGNORECASE
        self._rx = re.compile(rx.pattern, flags)
        words, rest = _split_words(rx.pattern)
        self._words = None
        if words and _Automaton is not None:
            self._words = _Automaton([w.encode("utf-8") for w in words])
            self._rest = re.compile("|".join(rest), flags) if rest else None

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in ``text.lower()``."""
        return self._rx.search(text.lower())

    def found(self, text: str) -> bool:
        """Whether ``text`` holds a match (:meth:`search` is not None), found faster."""
        low = text.lower()
        if self._words is None:
            return self._rx.search(low) is not None
        if self._words.find_matches_as_indexes(low.encode("utf-8", "surrogatepass"), overlapping=False):
            return True
        return self._rest is not None and self._rest.search(low) is not None


def _split_words(pattern: str) -> tuple[list[str], list[str]]:
    """The top-level alternatives of ``pattern``: (plain words, unescaped; the others as regex)."""
    branches: list[str] = []
    depth, start, i = 0, 0, 0
    in_class = False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    words, rest = [], []
    for branch in branches:
        bare = re.sub(r"\\[^A-Za-z0-9]", "", branch)
        if branch and not re.search(r"\\[A-Za-z0-9]", branch) and not any(c in bare for c in ".^$*+?{}[]()|"):
            words.append(re.sub(r"\\(.)", r"\1", branch))
        else:
            rest.append(branch)
    return words, rest


@functools.lru_cache(maxsize=1024)
def literals(pattern: bytes) -> tuple[bytes, ...] | None:
    r"""The literal strings one of which any match of ``pattern`` contains, when the pattern is a
    plain alternation of words with ``[Xx]`` letter classes, ``\.`` and ``\b``; else None.

    >>> literals(rb"<title>[Tt]ea shop|tea\.onion"), literals(rb"a+b")
    ((b'<title>Tea shop', b'<title>tea shop', b'tea.onion'), None)
    """
    if b"(" in pattern:
        return None
    out: list[bytes] = []
    for alt in pattern.replace(rb"\b", b"").split(b"|"):
        variants = [b""]
        for part in re.findall(rb"\[[^\]]*\]|\\.|.", alt, re.DOTALL):
            if part.startswith(b"[") and re.fullmatch(rb'\[[A-Za-z0-9 "]{2}\]', part):
                variants = [v + bytes([c]) for v in variants for c in part[1:3]]
            elif part == rb"\.":
                variants = [v + b"." for v in variants]
            elif re.fullmatch(rb"[\\.^$*+?{}\[\]|()]", part[:1]):
                return None
            else:
                variants = [v + part for v in variants]
        out += variants
    return tuple(out) if all(out) else None


try:
    from ahocorasick_rs import BytesAhoCorasick as _Automaton
except ImportError:  # pragma: no cover - a declared dependency; without it each word is searched alone
    _Automaton = None  # type: ignore[assignment, misc]


class Words:
    """Which of a fixed set of byte strings a text holds, found in one pass over the text
    (Aho-Corasick, ``ahocorasick_rs``) where searching them one by one scans it once per word.

    >>> sorted(Words([b"postbody", b"XenForo", b"post"]).present(b'<div class="postbody">'))
    [b'post', b'postbody']
    """

    def __init__(self, words: Iterable[bytes]) -> None:
        self.words = sorted(set(words))
        self._automaton = _Automaton(self.words) if _Automaton is not None and self.words else None

    def present(self, data: bytes | bytearray | memoryview) -> set[bytes]:
        """The words ``data`` holds (overlapping matches: a word inside another is found too)."""
        if self._automaton is None:
            raw = bytes(data)
            return {w for w in self.words if w in raw}
        found = self._automaton.find_matches_as_indexes(memoryview(data), overlapping=True)
        return {self.words[index] for index, _, _ in found}
