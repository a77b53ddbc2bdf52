"""The cards' category under a label in no known language, known by how categories file items:
every card shows the same label, one word, once ("Rubriek: Kaarsen", "Dział: Świece"); its values are
a word or a few, no figure and no place, and sort the cards into groups: some cards share a
value, yet not all of them (a field every card shows alike, "Stan: nowy", sorts nothing). A
label any field of the vocabulary knows (a seller's, a price's, a place's) is never one, nor
values that are handles, no words of the page's language ('Dar_AlOud', 'NightOwl', Latin names on
an Arabic page): those name sellers.

    >>> from parsers.dom import load
    >>> cats = ("Herbata", "Herbata", "Miody")
    >>> doc = load("".join(f"<div class=k><a href='/i/{n}'>Rzecz {n}</a><p>Dział: {c}</p><p>9 zł</p></div>"
    ...                    for n, c in enumerate(cats)).encode())
    >>> rubric_categories(doc.root.xpath("//div[@class='k']"), None)
    ['Herbata', 'Herbata', 'Miody']
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import Doc
from parsers.labels import LABELS
from parsers.place_words import is_place

__all__ = ["rubric_categories"]

# "Label: value" on one line of a card: a label of one word, no figure (a field's noun:
# "Rubriek", "Dział"; a route says more, "Hoʻouna ʻia mai", "Wysyłka z").
_PAIR_RE = re.compile(r"^(?P<label>[^\W\d_]+)\s*[:：]\s*(?P<value>\S.*)$")
_MAX_VALUE = 40


def _pairs(card: Any) -> dict[str, str] | None:
    """The card's labelled values by casefolded label; None when a label shows twice."""
    out: dict[str, str] = {}
    for line in Doc.lines(card):
        m = _PAIR_RE.match(line) if len(line) <= 80 else None
        if m is None:
            continue
        key = m["label"].casefold()
        if key in out:
            return None
        out[key] = m["value"].strip()
    return out


def _known_label(label: str) -> bool:
    line = f"{label}: x"
    return any(pattern.match(line) or pattern.match(label) for pattern in LABELS.values())


# A handle, no word of a language: one token joined by '_' or '.', or capitalised inside
# ("Dar_AlOud", "ward.taif", "NightOwl").
_HANDLE_RE = re.compile(r"^\S*(?:[^\W_][_.][^\W_]|[^\W\d_][^\W\d_A-Z]*[a-z][A-Z])\S*$")


def _foreign_script(value: str, lang: str | None) -> bool:
    """Latin letters on a page whose language writes in another script (an Arabic page's
    'Ward_Taif'): a name carried over, no word of the page's own."""
    if lang is None or lang.split("-")[0] not in _NON_LATIN:
        return False
    return any(ch.isascii() and ch.isalpha() for ch in value)


_NON_LATIN = frozenset(("ar", "fa", "ur", "he", "yi", "ru", "uk", "be", "bg", "sr", "mk", "el", "hi",
                        "mr", "ne", "bn", "ta", "te", "th", "ka", "hy", "zh", "ja", "ko", "am"))


def _word_value(value: str, lang: str | None) -> bool:
    return (0 < len(value) <= _MAX_VALUE and len(value.split()) <= 3
            and not any(ch.isdigit() or ch in "()[]@/%" for ch in value) and not is_place(value, lang)
            and _HANDLE_RE.match(value) is None and not _foreign_script(value, lang))


def rubric_categories(
    cards: list[Any], lang: str | None, sellers: list[str | None] | None = None
) -> list[str] | None:
    """Each card's category under a label every card shows once (see the module), in card
    order; None when no label sorts the cards so. ``sellers``: each card's seller, as read."""
    if len(cards) < 3:
        return None
    return _labelled_rubrics(cards, lang) or _tag_rubrics(cards, lang, sellers or [])


def _labelled_rubrics(cards: list[Any], lang: str | None) -> list[str] | None:
    pairs = []
    for card in cards:  # a card of no labels ends the reading: no label is every card's
        found = _pairs(card)
        if not found:
            return None
        pairs.append(found)
    shared = set.intersection(*(set(p) for p in pairs if p))
    for label in sorted(shared):
        values = [p[label] for p in pairs if p]
        distinct = {v.casefold() for v in values}
        if not 2 <= len(distinct) < len(values):
            continue
        if not all(_word_value(v, lang) for v in values) or _known_label(label):
            continue
        return values
    return None


def _tags(card: Any) -> dict[tuple[str, str], str] | None:
    """The card's unlinked leaf elements of a few words by (tag, class), each shown once: one
    that shows twice is no card's one category (a route's "<b>Brasil</b> · <b>Brasil</b>"), and
    is left out while the others stay; None when none is left."""
    out: dict[tuple[str, str], str] = {}
    twice: set[tuple[str, str]] = set()
    for el in card.iterdescendants():
        if not isinstance(el.tag, str) or len(el) or el.tag in _NOT_TAGS:
            continue
        text = " ".join((el.text or "").split())
        # A link's words, and a control's ("<button><span>Sepete Ekle</span></button>"), name
        # no category: an action, sought in C among the ancestors.
        if not text or len(text) > _MAX_VALUE or next(el.iterancestors(*_CONTROLS), None) is not None:
            continue
        key = (el.tag, el.get("class") or "")
        if key in out or key in twice:
            twice.add(key)
            out.pop(key, None)
            continue
        out[key] = text
    return out or None


_CONTROLS = ("a", "button", "select", "label")
_NOT_TAGS = frozenset({"a", "button", "option", "script", "style", "label", "input", "img"})


def _tag_rubrics(cards: list[Any], lang: str | None, sellers: list[str | None]) -> list[str] | None:
    """Each card's category shown with no label: an unlinked element of the same tag and class
    in every card, once, whose values are words of the page's language (no figure, no place, no
    handle, no field's word such as 'Escrow' or 'In stock') that sort the cards into groups, and
    that the page links as its own sections outside the cards (a menu of categories beside
    "<span class=badge>Lys og lygter</span>"), or that stand on a market's cards that name their
    sellers, two or more, none of them a seller's name: a market's items are sorted by the
    market, while a single shop's grid shows its makers' or brands' names alike, no link of
    its menu."""
    tags = []
    for card in cards:  # a card of no such element ends the reading, as above
        found = _tags(card)
        if not found:
            return None
        tags.append(found)
    shared = set.intersection(*(set(t) for t in tags if t))
    menu: set[str] | None = None
    for key in sorted(shared):
        values = [t[key] for t in tags if t]
        distinct = {v.casefold() for v in values}
        if not 2 <= len(distinct) < len(values):
            continue
        if not all(_WORDS_RE.match(v) and _word_value(v, lang) and not _known_label(v) for v in values):
            continue
        if _market_sorted(distinct, sellers, len(cards)):
            return values
        menu = _menu_texts(cards) if menu is None else menu
        if distinct <= menu:
            return values
    return None


# Words and the marks between a name's words only ("Lys og lygter", "Bath & body"), no arrow.
_WORDS_RE = re.compile(r"^[^\W\d_]+(?:[ '’&.-]+[^\W\d_]+)*$")


def _market_sorted(values: set[str], sellers: list[str | None], cards: int) -> bool:
    """Whether every card names its seller, the sellers are two or more, and no value is one."""
    named = {s.replace("_", " ").casefold() for s in sellers if s}  # "Antep_Baharat" shown "Antep Baharat"
    return len(sellers) == cards and all(sellers) and len(named) >= 2 and not values & named


def _menu_texts(cards: list[Any]) -> set[str]:
    """The casefolded texts of the page's links outside ``cards``."""
    root = cards[0].getroottree().getroot()
    inside = {a for card in cards for a in card.iter("a")}  # held, so each keeps its one proxy
    return {" ".join(a.text_content().split()).casefold() for a in root.iter("a") if a not in inside}
