"""A vendor's feedback total read from its breakdown by kind: positive / neutral / negative counts
as labelled lines ("Positive : 43"), counts before or after the kind's word, a stack of words
over counts, or icons with bare counts (:func:`labelled_breakdown`, :func:`stacked_breakdown`,
:func:`icon_breakdown`); and what one exact count is (:func:`count_value`: a range or a score is
none).

    >>> from parsers.feedback_breakdown import count_value, labelled_breakdown
    >>> labelled_breakdown(["Positive: 40", "Neutral: 1", "Negative: 2"])
    43
    >>> count_value("1,204"), count_value("40~55"), count_value("5/5")
    (1204, None, None)
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import Doc, clean, xpath
from parsers.labels import iter_labels, label_re
from parsers.prices import parse_number

__all__ = ["count_value", "icon_breakdown", "labelled_breakdown", "stacked_breakdown"]


# A count is one exact number: a range ("40~55", "40-55", "10+": Agora's "40~55 deals") or a
# score over its scale ("5/5", "4.91/5": one review's stars) is never a feedback count.
_COUNT_VALUE_RE = re.compile(r"^\s*\(?\s*\d[\d,.\u00a0 ]*\)?\s*(?![~+]|[/\u2013-]\s*\d)(?:$|[^\d%.,])")

# One line of a feedback breakdown: "Positive : 43", "Negativ (2)", "Нейтральные: 0".
_RATED_WORDS = (
    "positive",
    "positiv",
    "positivo",
    "positif",
    "positifs",
    "positivas",
    "положительные",
    "положительных",
    "neutral",
    "neutro",
    "neutre",
    "neutrales",
    "нейтральные",
    "нейтральных",
    "negative",
    "negativ",
    "negativo",
    "négatif",
    "negatif",
    "négatifs",
    "negativas",
    "отрицательные",
    "отрицательных",
)

_RATED_LABEL = label_re(_RATED_WORDS)

_RATED_RE = re.compile(
    r"^(?P<kind>posit\w*|neutr\w*|n[eé]gati\w*|положит\w*|нейтрал\w*|отрицат\w*)\s*(?:feedbacks?|ratings?)?"
    r"\s*[:=(\-–]?\s*(?P<n>\d[\d,.]*)\s*\)?$",
    re.IGNORECASE,
)

_KIND = {
    "pos": "positive",
    "poz": "positive",
    "neu": "neutral",
    "neg": "negative",
    "nég": "negative",
    "пол": "positive",
    "ней": "neutral",
    "отр": "negative",
}


def count_value(value: str) -> int | None:
    number = parse_number(value) if _COUNT_VALUE_RE.match(value) else None
    return int(number) if number is not None and number < 1e9 else None


def labelled_breakdown(lines: list[str]) -> int | None:
    """Positive + neutral + negative counts shown as labelled lines ("Positive : 43"), or with
    the count before the word ("212 Positivas", "212" over "Positivas")."""
    found = _breakdown_of(_rated_lines(lines))
    return found if found is not None else _breakdown_of(_counted_kinds(lines))


def _breakdown_of(rated: list[tuple[int, re.Match[str]]]) -> int | None:
    total: dict[str, int] = {}
    last = -1
    for i, match in rated:
        if last >= 0 and i - last > 6:
            break  # another block of the page: the breakdown is one group of nearby lines
        count = count_value(match["n"])
        kind = _KIND[match["kind"][:3].lower()]
        if count is None or kind in total:
            break
        total[kind] = count
        last = i
    return sum(total.values()) if {"positive", "negative"} <= total.keys() else None


# The count before the kind: "212 Positivas", "3 neutral ratings", "1 avis négatif", "5 positive
# Bewertungen", "12 положительных отзывов"; or the count alone on the line before the kind.
_KIND_WORD = (
    r"(?P<kind>posit\w*|pozit\w*|pozyt\w*|neutr\w*|n[eé]gati\w*|negatyw\w*|положит\w*|нейтрал\w*|"
    r"отрицат\w*)"
)

_NOUN = (
    r"(?:feedbacks?|ratings?|reviews?|bewertungen|valoraciones|opiniones|calificaciones|avis|évaluations|"
    r"recensioni|valutazioni|avaliações|beoordelingen|opinie|opinii|oceny|ocen|komentarze|hodnocení|"
    r"отзыв\w*|оцен\w*)"
)

_KIND_FIRST_RE = re.compile(rf"^(?:{_NOUN}\s+)?{_KIND_WORD}(?:\s+{_NOUN})?$", re.IGNORECASE)

_COUNT_FIRST_RE = re.compile(
    rf"^(?P<n>\d[\d,.]*)\s+(?:{_NOUN}\s+)?{_KIND_WORD}(?:\s+{_NOUN})?$", re.IGNORECASE
)

_BARE_COUNT_RE = re.compile(r"^\d[\d,.]*$")


def _counted_kinds(lines: list[str]) -> list[tuple[int, re.Match[str]]]:
    out = []
    for i, line in enumerate(lines):
        if not line[:1].isdigit() or len(line) > 40:
            continue
        match = _COUNT_FIRST_RE.match(line)
        if match is None and i + 1 < len(lines) and _BARE_COUNT_RE.match(line):
            kind = _KIND_FIRST_RE.match(lines[i + 1]) if len(lines[i + 1]) <= 40 else None
            # The two lines read as one: "212" then "Positivas".
            match = _COUNT_FIRST_RE.match(f"{line} {lines[i + 1]}") if kind else None
        if match is not None:
            out.append((i, match))
    return out


# Icon classes of a feedback breakdown shown as icons and bare counts (Font Awesome, Glyphicons,
# Semantic UI, Material: "fa-thumbs-o-up", "glyphicon-thumbs-down", "thumbs up icon", "thumb_up";
# Eckmar's "fa-plus-circle" / "fa-stop-circle" / "fa-minus-circle").
_ICON_KIND_RE = re.compile(
    r"(?P<positive>thumbs?[-_ ]?(?:o[-_])?up|smile|positive|plus-circle)|"
    r"(?P<negative>thumbs?[-_ ]?(?:o[-_])?down|frown|negative|minus-circle)|"
    r"(?P<neutral>meh|neutral|circle-o|stop-circle|dot-circle)",
    re.IGNORECASE,
)

_ICONS = xpath(
    "(//body//*[self::i or self::span or self::em][contains(@class, 'thumb') or contains(@class, 'smile')"
    " or contains(@class, 'frown') or contains(@class, 'meh') or contains(@class, 'neutral')"
    " or contains(@class, 'circle-o') or contains(@class, 'positive') or contains(@class, 'negative')"
    " or contains(@class, 'plus-circle') or contains(@class, 'minus-circle')"
    " or contains(@class, 'stop-circle') or contains(@class, 'dot-circle')])"
    "[position() <= 60]"
)


def _icon_count(icon: Any) -> int | None:
    """The bare number a mark shows: its own text (a badge), else right after it (an icon's
    tail, else the next element's text)."""
    text = clean(icon.text_content()) if len(icon) == 0 else ""
    if not text:
        text = (icon.tail or "").strip()
    if not text:
        nxt = icon.getnext()
        text = clean(nxt.text_content()) if nxt is not None else ""
    return int(text.replace(",", "")) if re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", text) else None


def icon_breakdown(doc: Doc) -> int | None:
    """Positive + neutral + negative counts shown beside thumbs-up / neutral / thumbs-down icons
    in one block of the page (no words: "<i class='fa fa-thumbs-o-up'></i> <strong>212</strong>")."""
    counts: dict[str, list[tuple[Any, int]]] = {"positive": [], "negative": [], "neutral": []}
    for icon in _ICONS(doc.root):
        match = _ICON_KIND_RE.search(icon.get("class") or "")
        number = _icon_count(icon) if match else None
        if match and number is not None:
            counts[match.lastgroup or ""].append((icon, number))
    if len(counts["positive"]) != 1 or len(counts["negative"]) != 1:
        return None  # one breakdown only: feedback rows with one icon each are not one
    (pos, npos), (neg, nneg) = counts["positive"][0], counts["negative"][0]
    # The neutral count is the one inside the smallest block holding the other two.
    block = next((a for a in pos.iterancestors() if neg in set(a.iterdescendants())), None)
    if block is None:
        return None
    inside = set(block.iterdescendants())
    neutral = [n for icon, n in counts["neutral"] if icon in inside]
    return npos + nneg + (neutral[0] if len(neutral) == 1 else 0)


_WORDS_ONLY_RE = re.compile(r"^[^\W\d_][^\d:]{0,29}$")


def stacked_breakdown(lines: list[str]) -> int | None:
    """A breakdown written as captions over their counts, in a group of such pairs ("Positive" /
    "138", "Mixed" / "3", "Negative" / "2", "Total" / "143"), with a positive and a negative
    kind among its captions: the last count when it is the sum of the others (a total, whatever
    its word), else the sum of the counts (captions of any language between the kinds count)."""
    i, n = 0, len(lines)
    while i + 1 < n:
        group: list[tuple[str, int]] = []
        j = i
        while j + 1 < n and _WORDS_ONLY_RE.match(lines[j]) and _BARE_COUNT_RE.match(lines[j + 1]):
            count = count_value(lines[j + 1])
            if count is None:
                break
            group.append((lines[j], count))
            j += 2
        if len(group) >= 2:
            kinds = {_KIND[m["kind"][:3].lower()] for label, _ in group if (m := _KIND_FIRST_RE.match(label))}
            if {"positive", "negative"} <= kinds:
                counts = [c for _, c in group]
                if len(group) >= 3 and counts[-1] == sum(counts[:-1]):
                    return counts[-1]
                return sum(counts)
        i = j if group else i + 1
    return None


def _rated_lines(lines: list[str]) -> list[tuple[int, re.Match[str]]]:
    out = []
    for i, _ in iter_labels(lines, _RATED_LABEL, max_line=40):
        match = _RATED_RE.match(lines[i])
        if match:
            out.append((i, match))
    return out
