"""How many feedbacks a vendor profile shows: "name (385)" beside the name, a positive / neutral /
negative breakdown (labelled lines, counts before the word, or icons with bare counts), a count
labelled as feedback or sales, a menu tab's badge, "1,234 feedbacks". One exact number only: a
range ("40~55 deals") or a review's score ("5/5") is none.

    >>> from parsers.dom import load
    >>> from parsers.vendor_counts import feedback_count
    >>> doc = load(b"<html><body><h1>leafy</h1><p>Positive: 40</p><p>Neutral: 1</p>"
    ...            b"<p>Negative: 2</p></body></html>")
    >>> feedback_count(doc, doc.text_lines, "leafy", None)
    43
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from parsers.dated_elements import is_dated
from parsers.dom import Doc, clean, xpath
from parsers.feedback_breakdown import count_value, icon_breakdown, labelled_breakdown, stacked_breakdown
from parsers.kind_breakdown import kind_word, slashed_count
from parsers.labels import FEEDBACK_WORDS, SALES_WORDS, iter_labels, label_re
from parsers.stat_tiles import tile_value

__all__ = ["feedback_count"]


_COUNT_BEFORE_WORD_RE = re.compile(
    r"(?<![\d.,~\u2013-])(\d[\d,.\u00a0 ]*)\s+(?:feedbacks?|reviews?|ratings?|"
    r"отзыв\w*|bewertungen|rezensionen|opiniones|valoraciones|avis|recensioni)\b",
    re.IGNORECASE,
)
# The same of sales: a count of sales stands in for the feedback's only where none is shown
# ("1,018 orders completed" beside "642 ratings": the ratings are the count).
_SALES_BEFORE_WORD_RE = re.compile(
    r"(?<![\d.,~\u2013-])(\d[\d,.\u00a0 ]*)\s+(?:sales|orders|продаж\w*|verkäufe|ventas|ventes)\b",
    re.IGNORECASE,
)
_PAREN_COUNT_RE = re.compile(r"^\S+\s*\(\s*(\d[\d,.]*)\s*\)")
# Positive and negative counts as signed numbers beside the name: "leafy +123 / -2".
_SIGNED_PAIR_RE = re.compile(r"^\S+\s+\+\s?(\d[\d,]*)\s*[/|]\s*[-\u2212\u2013]\s?(\d[\d,]*)\s*$")


_FEEDBACK_LABEL = label_re(FEEDBACK_WORDS)
# A tab row's separators may cling to the tab's text: "About · Listings (14) · Feedback (318) ·".
_WORD_PAREN_COUNT_RE = re.compile(
    r"^[·•|/\s]*(?:" + "|".join(re.escape(w) for w in FEEDBACK_WORDS) + r")\s*\(\s*(\d[\d,.]*)\s*\)"
    r"\s*[·•|/]?$",
    re.IGNORECASE,
)
_SALES_LABEL = label_re(SALES_WORDS)
# A menu entry or tab that counts the feedback it leads to: "Отзывы 216" (the count in a badge),
# "Reviews (12)", "Bewertungen: 88".
_MENU_COUNT_RE = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in FEEDBACK_WORDS) + r")\s*[:(\[]?\s*(\d[\d,.]*)\s*[)\]]?$",
    re.IGNORECASE,
)
_ENTRIES = xpath("//body//*[self::a or self::button or self::li][string-length(normalize-space()) < 40]")


def _menu_count(doc: Doc, name: str) -> int | None:
    """The count a menu entry or tab shows beside a feedback word ("<a>Отзывы <span>216</span></a>",
    "<li>Reviews (12)</li>"): the word and its badge are one entry, each a text of its own. The
    entry leads to the vendor's feedback: a tab of this page ("#feedback", "?tab=reviews") or an
    address that names the vendor (/store/leafy/reviews), never the visitor's own ("/my/feedback")."""
    for el in _ENTRIES(doc.root):
        text = " ".join(" ".join(el.itertext()).split())
        match = _MENU_COUNT_RE.match(text) if text[:1].isalpha() else None
        if match and all(_to_vendor(a.get("href") or "", name) for a in el.iter("a")):
            return count_value(match.group(1))
    return None


# A tab's address that lists the vendor's feedback: /vendor/leafy/feedback, ?tab=reviews.
_FEEDBACK_HREF_RE = re.compile(
    r"[/=#](?:feedbacks?|reviews?|ratings?|comments|otzyvy|bewertungen)(?:[/?#.]|$)", re.IGNORECASE
)
# A count in brackets, its thousands grouped by marks or by spaces ("1,318", "1 318": Ukrainian,
# French, Hungarian group so).
_GROUPED = r"(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d[\d,.]*)"
# The tab's words, any language, and the count in brackets: "ຄຳຕິຊົມ (512)", "Відгуки (1 318)".
_TAB_TEXT_RE = re.compile(r"^[^\d()\[\]]{2,30}?\s*[(\[]\s*" + _GROUPED + r"\s*[)\]]$")


def _address_count(doc: Doc, name: str) -> int | None:
    """The count in brackets of the tab that leads to the vendor's feedback, known by its address
    (a feedback segment under an address naming the vendor, or a tab of this page) whatever the
    language of its words."""
    for a in doc.root.iter("a"):
        href = a.get("href") or ""
        if not _FEEDBACK_HREF_RE.search(href) or not (href.startswith(("#", "?")) or _to_vendor(href, name)):
            continue
        text = " ".join(a.text_content().split())
        match = _TAB_TEXT_RE.match(text)
        if match and not _one_kind(text):
            return count_value(match.group(1))
    return None


def _one_kind(text: str) -> bool:
    """Whether a tab counts one kind of feedback only ("Положительные (2 258)", "Negative (3)"):
    a filter of the feedback, not its total."""
    return any(kind_word(w) for w in re.findall(r"[^\W\d_]+", text))


def _to_vendor(href: str, name: str) -> bool:
    """Whether a link stays on the page (a tab) or leads to an address that names ``name``."""
    return not href or href.startswith(("#", "?")) or name.casefold() in unquote(href).casefold()


# Tabs in one row: "About · Items (9) · Feedback (57) · PGP".
_TAB_SEP_RE = re.compile(r"\s+[·•|]\s+")


def _tab_count(line: str) -> int | None:
    """The count of a feedback tab or heading ("Feedback (27)"), alone on its line or one tab of a
    row of tabs joined by separators."""
    if len(line) >= 120:
        return None
    for part in _TAB_SEP_RE.split(line):
        match = _WORD_PAREN_COUNT_RE.match(part) if len(part) < 40 else None
        if match:
            return count_value(match.group(1))
    return None


# A heading of words with a count in brackets: "Утисци (148)", "Ulasan pembeli (12)".
_HEAD_COUNT_RE = re.compile(r"^[^\W\d_][^\d()\[\]]{1,38}?\s*[(\[]\s*(\d[\d,.]*)\s*[)\]]$")


def _dated(block: Any, now: str | None) -> bool:
    return any(is_dated(t.strip(), now) for t in block.itertext() if 5 <= len(t.strip()) <= 40)


def _dated_run(blocks: list[Any], now: str | None) -> int:
    """How many same-looking blocks open ``blocks`` (two at least), each showing a date; 0 else."""
    blocks = [b for b in blocks if isinstance(b.tag, str)]
    if len(blocks) < 2:
        return 0
    sig = (blocks[0].tag, blocks[0].get("class"))
    run = 0
    for block in blocks:
        if (block.tag, block.get("class")) != sig or not _dated(block, now):
            break
        run += 1
    return run if run >= 2 else 0


def _list_heading_count(doc: Doc, now: str | None) -> int | None:
    """The count a heading shows in brackets over a list of same-looking dated blocks (the
    reviews the page shows, signed and dated: "Ulasan (12)" over them): how many there are in
    all, never fewer than the page shows. The heading's words are not read: any language."""
    for el in doc.root.iter("div", "h2", "h3", "h4", "h5", "span", "p", "strong", "b", "legend", "caption"):
        text = el.text
        if not text or ("(" not in text and "[" not in text) or len(el) > 1:
            continue
        match = _HEAD_COUNT_RE.match(clean(el.text_content()))
        if match is None:
            continue
        count = count_value(match.group(1))
        after = list(el.itersiblings())
        shown = _dated_run(after, now)
        if not shown and after and isinstance(after[0].tag, str):
            shown = _dated_run(list(after[0]), now)  # the blocks inside a list after the heading
        if not shown and el.getparent() is not None and el.getparent().tag in ("h2", "h3", "h4", "header"):
            shown = _dated_run(list(el.getparent().itersiblings()), now)
        if shown and count is not None and count >= shown:
            return count
    return None


def feedback_count(
    doc: Doc, lines: list[str], name: str, name_line: str | None, now: str | None = None
) -> int | None:
    # "name (385)" next to the name, then a positive/neutral/negative breakdown, then a count
    # labelled as feedback, then one labelled as sales or orders (with a colon: menus show "Orders 0").
    for line in ([name_line] if name_line else []) + [ln for ln in lines if ln.startswith(name)][:3]:
        match = _PAREN_COUNT_RE.match(line)
        if match:
            return count_value(match.group(1))
        signed = _SIGNED_PAIR_RE.match(line)
        if signed:
            pos, neg = count_value(signed.group(1)), count_value(signed.group(2))
            if pos is not None and neg is not None:
                return pos + neg
    found = labelled_breakdown(lines)
    if found is None:
        found = slashed_count(lines)  # "412 / 6 / 3" under "(positive / neutral / negative)"
    if found is None:
        found = stacked_breakdown(lines)
    if found is None:
        found = icon_breakdown(doc)
    if found is not None:
        return found
    # A tile of a count over its caption ("148" / "Feedback"): the caption labels no line after
    # it (the next tile's value).
    tile = tile_value(doc, _FEEDBACK_LABEL)
    found = count_value(tile) if tile else None
    if found is not None:
        return found
    for strict, label in ((False, _FEEDBACK_LABEL), (True, _SALES_LABEL)):
        for _, value in iter_labels(lines, label, strict=strict):
            found = count_value(value)
            if found is not None:
                return found
        if label is _FEEDBACK_LABEL:
            for line in lines:  # a tab or heading that counts its entries: "Feedback (27)"
                found = _tab_count(line)
                if found is not None:
                    return found
    found = _menu_count(doc, name)
    if found is None:
        found = _address_count(doc, name)
    if found is not None:
        return found
    for pattern in (_COUNT_BEFORE_WORD_RE, _SALES_BEFORE_WORD_RE):
        for line in lines:  # "1,234 feedbacks", "532 отзыва", then "1,018 orders"
            match = pattern.search(line) if len(line) < 80 else None
            if match:
                return count_value(match.group(1))
    return _list_heading_count(doc, now)
