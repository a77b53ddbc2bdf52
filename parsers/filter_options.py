"""The site's category names a page offers as the choices of its category filter: a
``<select>`` whose field submits the category (``name="cat"``, ``"category_id"``: the query
``?cat=3`` it sends is an address into a category page, as a category link's would be), whatever
the language of its words. A card that shows one of those names as a line of its own (a badge over
its title) shows its category.

    >>> from parsers.dom import load
    >>> doc = load(b"<form action='/search'><select name='category_id'><option value=''>Todas</option>"
    ...            b"<option value='4'>T\\xc3\\xa9 verde (12)</option><option value='7'>-- Matcha</option>"
    ...            b"</select><select name='sort'><option value='new'>Nuevos</option></select></form>")
    >>> sorted(option_categories(doc))
    ['matcha', 'té verde']

A jump menu's choices whose values are addresses into category pages (``value="/category/tea"``)
are category names too, in a form or not.

The choice that filters nothing (an empty value: "All") is no category; a select whose choices are
countries (a ships-from filter under a name like ``cat``) and choices that are figures (a price
band, a page size) are none either.
"""

from __future__ import annotations

import re

from parsers.cldr_dates import current_language
from parsers.dom import Doc, clean, xpath
from parsers.market_names import CATEGORY_URL_RE
from parsers.place_words import is_place

__all__ = ["categories_among", "option_categories"]

# "Tea (12)", "Tea [12]": the count of items a choice would show.
_COUNT_SUFFIX_RE = re.compile(r"\s*[(\[]\d[\d,.\s]*[)\]]\s*$")
# Nested categories indent a child under its parent: "-- Matcha", "» Matcha", "└ Matcha".
_INDENT_CHARS = " -–—»›>|·•└├┗┣.\u00a0"
_MAX_NAME = 60
_ADDRESS_RE = re.compile(r"[/?=]")
_SELECT_RE = re.compile(rb"<select", re.IGNORECASE)
# The choices whose values hold a character of _ADDRESS_RE, in document order.
_ADDRESS_OPTIONS = xpath(".//option[contains(@value, '/') or contains(@value, '?') or contains(@value, '=')]")


def _filters(doc: Doc) -> list[list[str]]:
    """The names each category filter of the page offers (its choices), not yet tested for places;
    read once per page (a badge's, a card's and the category links' readers all ask)."""
    key = "category_filters"
    cached: list[list[str]] | None = doc.memo.get(key)
    if cached is not None:
        return cached
    found = []
    # A look at the page's bytes: a page without a <select> pays no walk of its tree.
    selects = doc.root.iter("select") if _SELECT_RE.search(doc.raw) else ()
    for select in selects:
        field = CATEGORY_URL_RE.search(f"?{select.get('name') or ''}=") is not None
        choices = []
        # A select of another field offers only its choices whose values are addresses (sought in
        # C: a country filter's 250 codes are not looked at one by one).
        options = select.iter("option") if field else _ADDRESS_OPTIONS(select)
        for option in options:
            value = (option.get("value") or "").strip()
            if not value:
                continue  # "All", "Choose...": no category
            # A jump menu's choice is an address: one into a category page is a category link.
            if not (field or (_ADDRESS_RE.search(value) and CATEGORY_URL_RE.search(value))):
                continue
            # A choice of text alone holds it as its .text (text_content runs an XPath); the count's
            # regex is tried only on a text that ends as a count does (clean leaves no blank there).
            text = clean(option.text_content() if len(option) else option.text)
            if text.endswith((")", "]")):
                text = _COUNT_SUFFIX_RE.sub("", text)
            text = text.strip(_INDENT_CHARS)
            # map(str.isdigit): the test of a genexpr over each character, at a third of its cost.
            if 1 < len(text) <= _MAX_NAME and not any(map(str.isdigit, text)):
                choices.append(text)
        if choices:
            found.append(choices)
    doc.memo[key] = found
    return found


def _of_places(doc: Doc, n: int, choices: list[str]) -> bool:
    """Whether a filter's choices (the page's ``n``-th filter's) name a place: a filter of
    places, whatever its field's name. Asked once per filter and language of a page: a test of
    a hundred choices for places costs more than the rest of a badge's reading."""
    lang = current_language() or "en"
    key = f"filter_places:{lang}"
    known: dict[int, bool] = doc.memo.setdefault(key, {})
    if n not in known:
        known[n] = any(is_place(text, lang) for text in choices)
    return known[n]


def option_categories(doc: Doc) -> frozenset[str]:
    """Lower-cased names of the choices of the page's category filters (see the module's text)."""
    key = "option_categories"
    if key in doc.memo:
        cached: frozenset[str] = doc.memo[key]
        return cached
    names: set[str] = set()
    for n, choices in enumerate(_filters(doc)):
        if not _of_places(doc, n, choices):
            names.update(text.lower() for text in choices)
    found = frozenset(names)
    doc.memo[key] = found
    return found


def categories_among(doc: Doc, wanted: frozenset[str]) -> frozenset[str]:
    """``option_categories(doc) & wanted``, where a filter offering none of ``wanted`` is not
    tested for places (the test of every choice is what costs)."""
    cached: frozenset[str] | None = doc.memo.get("option_categories")
    if cached is not None:
        return cached & wanted
    names: set[str] = set()
    for n, choices in enumerate(_filters(doc)):
        offered = wanted.intersection(text.lower() for text in choices)
        if offered and not _of_places(doc, n, choices):
            names |= offered
    return frozenset(names)
