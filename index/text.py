"""Text normalisation shared by both backends, so they tokenise and match identically.

Example::

    >>> from index.text import terms, parse_text
    >>> terms("Crème brûlée, 10g — SHIPS worldwide!")
    ['creme', 'brulee', '10g', 'ships', 'worldwide']
    >>> [(c.kind, c.terms, c.negate) for c in parse_text('tea "green leaf" pu* -sample')][1:]
    [('phrase', ['green', 'leaf'], False), ('prefix', ['pu'], False), ('term', ['sample'], True)]

Text is folded here (NFKD, marks dropped, case-folded) and split on anything that is not a letter
or digit; both SQLite FTS5 and the cluster then only split on spaces. The same words therefore
match the same records on both backends, whatever their own tokenizers would have done.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+")
_CLAUSE = re.compile(r'(-?)"([^"]*)"?|(\S+)')
#: Lucene's whitespace tokenizer splits longer tokens; keep both sides equal.
MAX_TERM = 255


def fold(text: str) -> str:
    """Lower-case, compatibility-decomposed text without combining marks."""
    if text.isascii():  # the common case, and casefold == lower on ASCII
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def terms(text: str | None) -> list[str]:
    """Search terms of a text, in order."""
    if not text:
        return []
    return [t[:MAX_TERM] for t in _WORD.findall(fold(text))]


def normalize(*parts: str | None) -> str:
    """Space-joined terms of several texts: the form both backends index."""
    return " ".join(t for p in parts for t in terms(p))


@dataclass(frozen=True)
class Clause:
    """One piece of a text query: a term, a phrase or a prefix, possibly excluded."""

    kind: str  # "term", "phrase" or "prefix"
    terms: list[str]
    negate: bool = False


def parse_text(text: str | None) -> list[Clause]:
    """Clauses of a user's query text; words that fold to nothing are dropped."""
    out: list[Clause] = []
    for m in _CLAUSE.finditer(text or ""):
        if m.group(3) is not None:
            raw = m.group(3)
            negate = raw.startswith("-") and len(raw) > 1
            raw = raw[1:] if negate else raw
            prefix = raw.endswith("*")
            words = terms(raw)
            if not words:
                continue
            if prefix and len(words) == 1:
                out.append(Clause("prefix", words, negate))
            elif len(words) == 1:
                out.append(Clause("term", words, negate))
            else:  # "e-mail" is the phrase "e mail", as search engines do
                out.append(Clause("phrase", words, negate))
        else:
            words = terms(m.group(2))
            if words:
                out.append(Clause("phrase" if len(words) > 1 else "term", words, bool(m.group(1))))
    return out


def _matches(word: str, clauses: Iterable[Clause]) -> bool:
    for c in clauses:
        if c.negate:
            continue
        if c.kind == "prefix" and word.startswith(c.terms[0]):
            return True
        if c.kind != "prefix" and word in c.terms:
            return True
    return False


def highlight(text: str | None, clauses: list[Clause], *, width: int = 160, fragments: int = 2) -> list[str]:
    """HTML fragments of ``text`` around matched words, each wrapped in ``<em>``; [] if none."""
    if not text or not clauses:
        return []
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        folded = terms(m.group())
        if folded and _matches(folded[0], clauses):
            spans.append((m.start(), m.end()))
    if not spans:
        return []
    out: list[str] = []
    used_until = -1
    for start, _ in spans:
        if start < used_until or len(out) >= fragments:
            continue
        lo = max(0, start - width // 3)
        hi = min(len(text), lo + width)
        inner = [(s, e) for s, e in spans if s >= lo and e <= hi]
        parts: list[str] = []
        pos = lo
        for s, e in inner:
            parts.append(html.escape(text[pos:s]))
            parts.append("<em>" + html.escape(text[s:e]) + "</em>")
            pos = e
        parts.append(html.escape(text[pos:hi]))
        frag = "".join(parts).strip()
        out.append(("…" if lo > 0 else "") + frag + ("…" if hi < len(text) else ""))
        used_until = hi
    return out
