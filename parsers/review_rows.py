"""A page of reviews known by its rows, whatever its language: repeated rows (a table's, a list's
blocks) each with a rating mark (stars, a score over 5 or 10, a kind word), a date and a comment
of a few words, naming the item bought (a link, an amount paid) but offering nothing to buy. A
market's cards read such rows as listings; they are a vendor's feedback. :func:`page_reviews`
looks at every run of rows on the page (a table's rows, sibling blocks sharing a class), rows no
card finder takes (an item named in plain text, no amount) too.

    >>> from parsers.dom import load
    >>> rows = "".join(
    ...     f"<tr><td>★★★★★ {n}/5</td><td>Dobrze zapakowane, szybka wysyłka.</td>"
    ...     f"<td><a href='/item/{n}'>Herbata {n}</a></td><td>{n}.11.2026</td></tr>" for n in (3, 4, 5))
    >>> doc = load(f"<table>{rows}</table>".encode())
    >>> [(f.rating, f.date, f.listing) for f in review_rows(doc, list(doc.root.iter("tr")), None)][0]
    ('3/5', '2026-11-03', 'Herbata 3')
    >>> len(page_reviews(doc, None))
    3
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

from parsers.dated_elements import is_dated
from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.kind_breakdown import KIND_STEMS, kind_word
from parsers.kind_counts import split_kinds
from parsers.market_buy import BUY_RE
from parsers.native_figures import ascii_figures
from parsers.records import Feedback

__all__ = ["cards_are_reviews", "page_kinds", "page_reviews", "review_rows", "review_run"]

_STARS = "★☆✩✪✫✬✭✮✯⭐"
# A line that is a rating and nothing else: stars, a score over its scale, or both ("★★★★☆ 4/5");
# stars may be followed by one word, the kind's or the grade's ("★★★★★ सकारात्मक", "★★★☆☆ Okay").
_MARK_RE = re.compile(
    rf"^(?:[{_STARS}]{{3,10}})?\s*(?:(?<![\d/])(?P<score>\d{{1,2}}(?:[.,]\d)?)\s*/\s*(?:5|10)(?![\d/]))?"
    rf"(?:(?<=[{_STARS}])\s+[^\s\d/]{{2,20}})?$"  # a word's vowel signs (Devanagari's) are no \w
)
# Star icons drawn by classes ("<i class='fa fa-star'>", "rating-4"), when no mark is written.
_STAR_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:stars?|rating-\d)(?:$|[\s_-])", re.IGNORECASE)
_MASKED_RE = re.compile(r"^[^\s*]{1,4}\*{2,}[^\s*]{0,4}$")  # buyers shown masked: "g***s"
# A comment: words, a few of them, more letters than figures.
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# Or words between spaces that open with a letter: a script's vowel signs are no \w, and
# "[^\W\d_]{2,}" cuts "सामान ठीक है" into pieces of one letter.
_SPACED_WORD_RE = re.compile(r"(?<!\S)[^\W\d_]\S")
_META_SEP_RE = re.compile(r"\s+[·•|]\s+")
# Or, in scripts written without spaces (Chinese, Japanese), a few of their letters: a comment
# of one clause is one run of them ("第二次买了，釉色和图片一样。").
_UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_MIN_UNSPACED = 8

# Rows in a run before they are a page of reviews, and the share of them that must be reviews.
_MIN_ROWS = 3
_SHARE = 0.75


def _parts(card: Any) -> list[str]:
    """The card's texts: one per cell of a table's row, else one per line and one per element
    that holds only text (inline elements run together on one line: "Sumak₺95,00 15.11.2026")."""
    cells = [c for c in card if isinstance(c.tag, str) and c.tag in ("td", "th")]
    if cells:
        return [t for c in cells if (t := clean(c.text_content()))]
    parts = Doc.lines(card)
    leaves = [t for el in card.iter()
              if isinstance(el.tag, str) and len(el) == 0 and (t := clean(el.text or ""))]
    return parts + [t for t in leaves if t not in parts]


# A kind written by its sign alone in a row's first cell ("+", "−", "±"): a table's rating column.
_SIGN_KINDS = {"+": "positive", "-": "negative", "−": "negative", "–": "negative", "±": "neutral"}


def _mark(parts: list[str], card: Any, kinds: dict[str, str]) -> str | None:
    """The rating a row shows: its mark written ("4/5", "★★★★☆"), its kind's word alone
    ("positive", "pozitív", or one of the page's own ``kinds``), its sign alone in a table row's
    first cell ("+", "−"), or star icons drawn by classes (their count)."""
    if card.tag == "tr" and parts and parts[0] in _SIGN_KINDS:
        return _SIGN_KINDS[parts[0]]
    for text in parts:
        if len(text) > 20 or not text.strip():
            continue
        if text.casefold() in kinds:
            return kinds[text.casefold()]
        match = _MARK_RE.match(text)
        if match and match.group(0).strip():
            if match["score"]:
                return text[match.start("score"):].replace(" ", "")
            return f"{sum(ch in '★⭐✪✫✬✭✮✯' for ch in text)}/{sum(ch in _STARS for ch in text)}"
        kind = kind_word(text)
        if kind:
            return kind
    mark = _mark_element(card)
    if mark:
        return mark
    stars = [el for el in card.iter()
             if isinstance(el.tag, str) and _STAR_CLASS_RE.search(el.get("class") or "")]
    for el in stars[:1]:
        # One element drawing the stars that writes its score in words ("5 de 5", "4 von 5").
        match = _WORDED_SCORE_RE.match(clean(el.text_content()))
        if match:
            return f"{match[1]}/{match[2]}"
    return f"{len(stars)} stars" if stars else None


def _mark_element(card: Any) -> str | None:
    """The kind a row's first element of text draws as a mark of its own: its title names the
    kind ("<span title='Neutre'>0</span>"), or its text is a kind's sign alone ("<span>+</span>"),
    as a table's first cell does."""
    for el in card.iter():
        if el is card or not isinstance(el.tag, str) or not (text := (el.text or "").strip()):
            continue
        title = el.get("title") or ""
        kind = kind_word(title) if 0 < len(title) <= 20 else None
        return kind or (_SIGN_KINDS.get(text) if len(el) == 0 else None)
    return None


def _without_replies(card: Any) -> Any:
    """A list item's review without the replies nested under it in a list of their own (the
    shop's answer, dated later): a copy when it holds any, else the item itself."""
    if card.tag != "li" or next(card.iter("ul", "ol"), None) is None:
        return card
    own = copy.deepcopy(card)
    for nested in list(own.iter("ul", "ol")):
        parent = nested.getparent()
        if parent is None:
            continue  # inside a list removed already
        if nested.tail:  # the item's own text after the list: kept
            before = nested.getprevious()
            if before is not None:
                before.tail = (before.tail or "") + nested.tail
            else:
                parent.text = (parent.text or "") + nested.tail
        parent.remove(nested)
    return own


_WORDED_SCORE_RE = re.compile(r"^(\d{1,2}(?:[.,]\d)?)\s+[^\W\d_]{1,4}\s+(5|10)$")


def _review(card: Any, now: str | None, kinds: dict[str, str]) -> Feedback | None:
    """The review a row shows, or None when it lacks a mark, a date or a comment, or offers its
    item for sale (a buy button or link)."""
    if next(card.iter("button", "input", "select", "form"), None) is not None:  # sought in C
        return None
    card = _without_replies(card)
    links = [clean(a.text_content()) for a in card.iter("a")]
    if any(BUY_RE.search(t) for t in links if 0 < len(t) < 40):
        return None
    parts = _parts(card)
    rating = _mark(parts, card, kinds)
    if rating is None:
        return None  # before the dates are sought: most rows of a run of no reviews stop here
    # A meta line runs its item, buyer, amount and date together between dots ("Položka: sencha
    # · kupující k***a · 389 Kč · 18. 11. 2026"): its pieces are read as parts too.
    pieces = parts + [p for t in parts if _META_SEP_RE.search(t) for p in _META_SEP_RE.split(t)]
    date_text = next((t for t in pieces if len(t) <= 40 and is_dated(t, now)), None)
    if date_text is None:
        return None
    linked = set(links)
    comment = next(
        (t for t in parts if t not in linked and date_text not in t  # no meta line "ana – 3 May"
         and (len(_WORD_RE.findall(t)) >= 3 or len(_SPACED_WORD_RE.findall(t)) >= 3
              or len(_UNSPACED_RE.findall(t)) >= _MIN_UNSPACED)
         and sum(ch.isalpha() for ch in t) > 2 * sum(ch.isdigit() for ch in t)),
        None,
    )
    if comment is None:
        return None
    return Feedback(
        rating=rating,
        text=comment,
        date=parse_date(date_text, now),
        listing=next((t for t in links if t and t != comment), None),
        buyer=next((w for t in pieces for w in t.split()[-1:] if _MASKED_RE.match(w) and len(t) <= 40), None),
    )


_KINDS = ("positive", "neutral", "negative")


def page_kinds(doc: Doc) -> dict[str, str]:
    """The page's own words for the kinds of its feedback, folded, and the kind each names: the
    labels of the counts by kind its summary shows beside the positive one's share ("好评 2,304",
    "中评 38", "差评 19" by "97.6%": the arithmetic says which is which, no vocabulary is needed);
    {} when the page shows no such counts. A row whose cell is one of them is rated by it."""
    key = "page_kinds"
    if key not in doc.memo:
        labels = split_kinds(ascii_figures(doc.head_lines)) if "%" in doc.text else ()
        kinds = (_KINDS[0], _KINDS[2]) if len(labels) == 2 else _KINDS
        doc.memo[key] = {label.casefold(): kind for label, kind in zip(labels, kinds, strict=False)}
    found: dict[str, str] = doc.memo[key]
    return found


def review_rows(doc: Doc, cards: list[Any], now: str | None) -> list[Feedback]:
    """The reviews that ``cards`` (rows a card finder took for listings) are, when three of
    them at least and nearly all are reviews; else []."""
    if len(cards) < _MIN_ROWS:
        return []
    found: list[Feedback] = []
    allowed = len(cards) - max(_MIN_ROWS, _SHARE * len(cards))  # rows that may be no review
    kinds = page_kinds(doc)
    for n, card in enumerate(cards, 1):
        review = _review(card, now, kinds)
        if review is not None:
            found.append(review)
        elif n - len(found) > allowed:
            return []  # too many rows are no reviews: stop reading
    return found


# A page that may hold reviews shows a mark somewhere: stars, a score over 5 or 10, a star drawn by
# a class, a kind's word (the text's own language: "Olumlu", "положительный"), or a sign alone on
# its line (a table's "+"/"−" column). Each is sought on its own (a literal search, a regex
# anchored on "/" or on a line's start): a 40,000-row page pays milliseconds, where one
# alternation of them all cost it a third of a second.


# A score is r"(?<![\d/])\d{1,2}(?:[.,]\d)?\s*/\s*(?:5|10)(?![\d/])", sought from its "/": a
# pattern opening on a literal is sought as fast as a plain search, where one opening on a figure
# and a look behind tries every character (3 ms on a 140,000-character page).
_SCALE_RE = re.compile(r"/\s*(?:5|10)(?![\d/])")
# The score before the "/" and the blanks between them, read in the few characters it may take.
_SCORE_END_RE = re.compile(r"(?<![\d/])\d{1,2}(?:[.,]\d)?\Z")
_SIGNS = "+-−–±"


def _has_score(text: str) -> bool:
    """Whether ``text`` shows a score (see above), found from each "/" before a scale."""
    for scale in _SCALE_RE.finditer(text):
        end = scale.start()
        while end and text[end - 1].isspace():  # \s is str.isspace
            end -= 1
        if _SCORE_END_RE.search(text, max(0, end - 6), end):
            return True
    return False


def _sign_line(text: str) -> bool:
    """Whether a line of ``text`` is one of :data:`_SIGNS` and nothing else, by plain searches."""
    return any(
        text == sign or text.startswith(sign + "\n") or text.endswith("\n" + sign) or f"\n{sign}\n" in text
        for sign in _SIGNS
    )


def _rating_marks(text: str) -> bool:
    """Whether ``text`` shows any mark of a rating (see above)."""
    if any(star in text for star in _STARS):
        return True
    low = text.lower()
    if any(stem in low for stem in KIND_STEMS):
        return True
    return ("/" in text and _has_score(text)) or _sign_line(text)


_BLOCK_TAGS = frozenset({"div", "li", "article", "section", "p", "dl"})


def _runs(doc: Doc) -> Iterator[list[Any]]:
    """Every run of rows on the page, in page order: a table's rows of cells, and the sibling
    blocks of one parent that share a tag and a class (a list's items need no class). Made as
    they are read, by one walk of the tree: the first run of reviews ends the walk."""
    for el in doc.root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "table":
            rows = [tr for tr in el.iter("tr") if tr.find("td") is not None]
            if len(rows) >= _MIN_ROWS:
                yield rows  # before the runs of its own children (a table is their parent too)
        if len(el) < _MIN_ROWS:
            continue
        groups: dict[tuple[str, str], list[Any]] = {}
        for child in el:
            if isinstance(child.tag, str) and child.tag in _BLOCK_TAGS:
                # A list's items are its rows whatever their classes: a comment list classes
                # each by its author and parity ("comment-author-ana even", "... odd alt").
                cls = "" if child.tag == "li" else " ".join((child.get("class") or "").split())
                if cls or child.tag == "li":
                    groups.setdefault((child.tag, cls), []).append(child)
        yield from (g for g in groups.values() if len(g) >= _MIN_ROWS)


def review_run(doc: Doc, now: str | None) -> tuple[list[Any], list[Feedback]]:
    """(rows, reviews) of the first run of rows on the page (a table's rows, sibling blocks
    sharing a class) that is a run of reviews (:func:`review_rows`), else ([], []). Pages that
    show no rating mark anywhere pay a regex only."""
    key = "review_run"
    if key not in doc.memo:
        found: tuple[list[Any], list[Feedback]] = ([], [])
        if _rating_marks(doc.text) or _STAR_CLASS_RE.search(" ".join(
                el.get("class") or "" for el in doc.root.iter("i", "span") if el.get("class"))) \
                or page_kinds(doc):
            for rows in _runs(doc):
                reviews = review_rows(doc, rows, now)
                if reviews:
                    found = (rows, reviews)
                    break
        doc.memo[key] = found
    rows, reviews = doc.memo[key]
    return list(rows), list(reviews)


def page_reviews(doc: Doc, now: str | None) -> list[Feedback]:
    """The reviews of the page's first run of review rows (:func:`review_run`), else []."""
    return review_run(doc, now)[1]


def cards_are_reviews(doc: Doc, cards: list[Any], now: str | None) -> list[Feedback]:
    """The page's reviews when the ``cards`` a card finder took for listings are its review
    rows (each card is a review row, lies in one or holds one: the whole run's reviews, a row
    the finder left out too), else []."""
    if not cards:
        return []
    rows, reviews = review_run(doc, now)
    kept = set(rows)
    for card in cards:
        if card in kept or any(a in kept for a in card.iterancestors()):
            continue
        if not any(el in kept for el in card.iter()):
            return review_rows(doc, cards, now)
    return reviews
