"""A card's facts as its markup sets them apart, whatever the language of its words:

* a table's rows of a header cell beside a value cell ("<tr><th>発送元</th><td>日本</td></tr>",
  a "<dt>" beside its "<dd>") are (label, value) pairs;
* an element whose class's last word names a category ("card-cat", "item_category") holds the
  card's category, a short line of words;
* an element set apart in the card's text ("in <b>Seeds</b>", "ב-<strong>ספרים</strong>") whose
  words are one of the site's category names is the card's category, whatever words lead to it;
* the words a page heads its list of links into category pages with ("<h3>Aina</h3><ul><li><a
  href='/?cat=2'>Chai</a>..."), whatever its language, label a card's category beside its value.

>>> from parsers.dom import load
>>> card = load(b"<table><tr><th>Origem</th><td>Portugal</td></tr><tr><th>Peso</th><td>2 kg</td></tr>"
...             b"</table>").root
>>> cell_pairs(card)
[('Origem', 'Portugal'), ('Peso', '2 kg')]
>>> card = load(b"<div><a href='/p/1'>Mate</a><span class='tile__cat'>Yerba</span> 9 USD</div>").root
>>> class_category(card)
'Yerba'
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import Doc, clean
from parsers.market_names import category_url
from parsers.place_words import line_pairs

__all__ = ["cell_pairs", "class_category", "marked_category", "page_category_label", "taught_category"]

_MAX_LABEL = 40
_MAX_VALUE = 300
# A class whose last word is a category's: "sp-card-cat", "item_category", "catname" is none.
_CATEGORY_CLASS_RE = re.compile(r"(?:^|[-_])(?:cat|category|categ|categorie|kategorie)$")
_MAX_CATEGORY = 40


def cell_pairs(box: Any) -> list[tuple[str, str]]:
    """(label, value) of the rows of ``box`` that are a header cell then a value cell, and of its
    terms and definitions, in page order; a label is short and holds no figure."""
    out: list[tuple[str, str]] = []
    for el in box.iter("th", "dt"):
        value_tag = "td" if el.tag == "th" else "dd"
        nxt = el.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is None or nxt.tag != value_tag:
            continue
        label = clean(el.text_content()).rstrip(":： ")
        value = clean(nxt.text_content())
        if 0 < len(label) <= _MAX_LABEL and value and len(value) <= _MAX_VALUE and not any(
            ch.isdigit() for ch in label
        ):
            out.append((label, value))
    return out


def class_category(card: Any) -> str | None:
    """The text of the card's element classed as its category, or None."""
    for el in card.iter("div", "span", "p", "small", "li", "em", "i", "b", "a"):
        cls = el.get("class")
        low = cls.lower() if cls else ""
        # Every word the regex takes holds "cat" or is "kategorie": other classes pay no regex.
        if not ("cat" in low or "kategorie" in low) or not any(
                _CATEGORY_CLASS_RE.search(word) for word in low.split()):
            continue
        text = clean(el.text_content())
        label, sep, rest = text.partition(":")
        if sep and rest.strip() and len(label) <= _MAX_LABEL:
            text = rest.strip()  # "Category: Tea" in the classed element: its value
        if 1 < len(text) <= _MAX_CATEGORY and not any(ch.isdigit() for ch in text):
            return text
    return None


_HEADS = ("h2", "h3", "h4", "h5", "h6", "strong", "b", "legend", "dt", "label", "span", "div")
_MENU_BOXES = frozenset({"ul", "ol", "div", "nav", "dl", "p", "dd", "section"})


def page_category_label(doc: Doc) -> str | None:
    """The casefolded words the page heads its list of category links with: a short heading whose
    next element holds two links or more into category pages; None when it shows none."""
    key = "category_label"
    if key in doc.memo:
        cached: str | None = doc.memo[key]
        return cached
    found = None
    for head in doc.root.iter(*_HEADS):
        if len(head) > 1:
            continue  # a heading holds its words, not blocks of its own
        box = head.getnext()
        while box is not None and not isinstance(box.tag, str):
            box = box.getnext()
        if box is None or box.tag not in _MENU_BOXES:
            continue
        text = clean(head.text_content()).rstrip(":： ")
        if not 1 < len(text) <= _MAX_LABEL or any(ch.isdigit() for ch in text):
            continue
        links = [a for a in box.iter("a") if category_url(a.get("href") or "")]
        if len(links) >= 2:
            found = text.casefold()
            break
    doc.memo[key] = found
    return found


def taught_category(doc: Doc, card: Any, lines: list[str]) -> str | None:
    """The card's value under the label its page heads its category links with, or None."""
    cells = card.find(".//th") is not None or card.find(".//dt") is not None
    if not cells and not any(":" in line or "：" in line for line in lines):
        return None  # no labelled value in the card: the page is not searched
    label = page_category_label(doc)
    if label is None:
        return None
    pairs = cell_pairs(card) if cells else []
    pairs += [(name, value) for _, name, value in line_pairs(lines)]
    for name, value in pairs:
        if name.rstrip(":： ").casefold() == label and 1 < len(value) <= _MAX_CATEGORY:
            return value
    return None


_MARKS = ("b", "strong", "em", "i", "span", "small", "mark", "u", "code")


def marked_category(card: Any, title: str | None, categories: set[str]) -> str | None:
    """The text of an element of the card set apart from its line (bold, a span) that is one of
    the site's ``categories`` (lower-cased) and not the card's title, or None."""
    low_title = (title or "").lower()
    for el in card.iter(*_MARKS):
        if len(el):
            continue  # an element of words alone, not a box of others
        text = clean(el.text_content())
        if 1 < len(text) <= _MAX_CATEGORY and text.lower() in categories and text.lower() != low_title:
            return text
    return None
