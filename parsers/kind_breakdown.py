"""A seller's feedback broken down by kind on one row: the counts of positive, neutral and
negative feedback written "412 / 6 / 3" under a label that names the kinds in that order
("Értékelések (pozitív / semleges / negatív):"), and their shares written "97,9% pozitív, 1,4%
semleges, 0,7% negatív" (shares that make a whole, each with its kind's word).

    >>> lines = ["Ratings (positive / neutral / negative):", "412 / 6 / 3",
    ...          "Shares:", "97.9% positive, 1.4% neutral, 0.7% negative"]
    >>> slashed_count(lines), kind_share(lines)
    (421, 97.9)

The feedback count is the sum of the kinds' counts; the rating is the positive kind's share. The
label must name a positive kind first and a negative one last (any word between: "semleges" is
neutral in Hungarian), so "Disputes won / lost" over "11 / 2" is no breakdown.
"""

from __future__ import annotations

import re

__all__ = ["KIND_STEMS", "kind_share", "kind_word", "slashed_count"]

# Stems of the kinds' words in the languages seen (positive, neutral, negative): Latin, Slavic,
# Hungarian, Turkish ("olumlu"/"olumsuz"), Greek.
_POSITIVE = r"posit\w*|pozit\w*|pozyt\w*|положит\w*|позитив\w*|позитивн\w*|olumlu|θετικ\w*"
_NEGATIVE = r"n[eé]gat[iíì]\w*|negatyw\w*|отрицат\w*|негатив\w*|olumsuz|αρνητικ\w*"
_NEUTRAL = r"neutr\w*|нейтрал\w*|ουδέτερ\w*"
#: The lower-case openings of the positive and negative words above, one per alternative: a text
#: that holds none of them names neither kind (a page's cheap test before any walk of it).
KIND_STEMS = ("posit", "pozit", "pozyt", "положит", "позитив", "olumlu", "θετικ", "negat", "négat",
              "negatyw", "отрицат", "негатив", "olumsuz", "αρνητικ")
_POSITIVE_RE = re.compile(rf"^(?:{_POSITIVE})$", re.IGNORECASE)
_NEGATIVE_RE = re.compile(rf"^(?:{_NEGATIVE})$", re.IGNORECASE)
_NEUTRAL_RE = re.compile(rf"^(?:{_NEUTRAL})$", re.IGNORECASE)


def kind_word(text: str) -> str | None:
    """"positive", "neutral" or "negative" when ``text`` is one word naming that kind of
    feedback ("Positiv", "pozitív", "отрицательный"), else None.

    >>> kind_word("pozitív"), kind_word("Negativo"), kind_word("positive vibes")
    ('positive', 'negative', None)
    """
    word = text.strip()
    if _POSITIVE_RE.match(word):
        return "positive"
    if _NEGATIVE_RE.match(word):
        return "negative"
    return "neutral" if _NEUTRAL_RE.match(word) else None

# The kinds a label lists, slash-separated, in brackets or after its words:
# "Feedback (positive / neutral / negative):", "Pos/Neu/Neg".
_KINDS_RE = re.compile(r"([^\W\d_]+(?:\s*/\s*[^\W\d_]+){1,2})\s*\)?\s*[:：]?\s*$")
# Two or three counts, slash-separated: "412 / 6 / 3" (thousands grouped by marks or spaces).
_COUNT = r"(\d[\d,.\u00a0 ]{0,8}?)"
_COUNTS_RE = re.compile(rf"^\s*{_COUNT}\s*/\s*{_COUNT}(?:\s*/\s*{_COUNT})?\s*$")
# A share and the word of its kind after it: "97,9% pozitív".
_SHARE_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*([^\W\d_]+)?")


def _kinds(label: str) -> list[str] | None:
    """The kinds a label lists, when it lists a positive one first and a negative one last."""
    match = _KINDS_RE.search(label) if len(label) <= 80 else None
    if match is None:
        return None
    kinds = [k.strip() for k in match.group(1).split("/")]
    if _POSITIVE_RE.match(kinds[0]) and _NEGATIVE_RE.match(kinds[-1]):
        return kinds
    return None


def _int(text: str) -> int | None:
    digits = re.sub(r"[\s,.\u00a0]", "", text)
    return int(digits) if digits.isdigit() and len(digits) <= 9 else None


def slashed_count(lines: list[str]) -> int | None:
    """The sum of the counts written "412 / 6 / 3" beside (or under) a label that lists the
    kinds they count, positive first and negative last; None when no such row shows."""
    for i, line in enumerate(lines):
        if "/" not in line or len(line) > 120:
            continue
        # "Label (kinds): 412 / 6 / 3" on one line, or the label over its value.
        head, colon, tail = line.rpartition(":")
        after = lines[i + 1] if i + 1 < len(lines) else ""
        label, value = (head, tail) if colon and tail.strip() else (line, after)
        kinds = _kinds(label)
        match = _COUNTS_RE.match(value) if kinds else None
        if kinds is None or match is None:
            continue
        if match is None:
            continue
        counts = [_int(g) for g in match.groups() if g is not None]
        if len(counts) == len(kinds) and all(c is not None for c in counts):
            return sum(c for c in counts if c is not None)
    return None


def kind_share(lines: list[str]) -> float | None:
    """The positive share of a row of two or three shares that make a whole (99.5 to 100.5),
    each with its kind's word after it ("97,9% pozitív, 1,4% semleges, 0,7% negatív"), a
    positive one and a negative one among them."""
    for line in lines:
        if line.count("%") not in (2, 3) or len(line) > 120:
            continue
        shares = _SHARE_RE.findall(line)
        if len(shares) != line.count("%"):
            continue
        values = [float(v.replace(",", ".")) for v, _ in shares]
        if not 99.5 <= sum(values) <= 100.5:
            continue
        positive = [v for v, (_, word) in zip(values, shares, strict=True) if _POSITIVE_RE.match(word)]
        negative = [w for _, w in shares if _NEGATIVE_RE.match(w)]
        if len(positive) == 1 and negative:
            return positive[0]
    return None
