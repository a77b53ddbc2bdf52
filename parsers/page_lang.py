"""A page's language as a short code: the lang attribute of the element that holds most of its text,
else the root's or the Content-Language meta's, else a guess from Cyrillic letters or frequent
short words (a fallback only: enrichment runs a real language detector).

    >>> from parsers.dom import load
    >>> from parsers.page_lang import page_lang
    >>> page_lang(load(b'<html lang="de-AT"><body><p>Guten Tag</p></body></html>'))
    'de'
    >>> page_lang(load(b"<html><body><p>Le prix est pour les clients et des amis, pas pour une"
    ...                b" vente avec le stand du soir.</p></body></html>"))
    'fr'
"""

from __future__ import annotations

import re
from collections import Counter

from parsers.dom import Doc, xpath

__all__ = ["page_lang"]


_CYRILLIC_RE = re.compile(r"[а-яА-ЯёЁ]")

# Frequent short words and letters that only one of the languages uses. A fallback only: the
# markup's own lang attribute wins, and enrichment runs a real language detector.
_STOPWORDS = {
    "en": ("the", "and", "you", "with", "for", "this", "is", "of", "to", "was"),
    "de": ("und", "der", "die", "das", "nicht", "mit", "ist", "ich", "für", "von"),
    "fr": ("le", "les", "et", "des", "pour", "est", "une", "pas", "avec", "du"),
    "es": ("el", "los", "las", "para", "con", "una", "del", "por", "es", "que"),
    "it": ("il", "gli", "della", "per", "con", "una", "che", "non", "sono", "è"),
    "pt": ("o", "os", "uma", "para", "com", "não", "que", "do", "da", "em"),
}

_LETTERS = {"es": "ñ¿¡áó", "de": "ßäöü", "fr": "çèêàœ", "pt": "ãõç", "it": "ìò"}


def _lang_code(value: str | None) -> str | None:
    code = (value or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def _lang_attribute(markup: bytes, start: int) -> bool:
    """Whether "lang=" or "lang =" stands in ``markup`` from ``start`` on: one scan of the page for
    "lang" (a page holds few), not one for each spelling (most pages hold neither: two whole scans)."""
    at = markup.find(b"lang", start)
    while at >= 0:
        if markup.startswith((b"=", b" ="), at + 4):
            return True
        at = markup.find(b"lang", at + 4)
    return False


def page_lang(doc: Doc) -> str | None:
    # A listing or post in another language than the site's says so on its own element.
    # The body's markup rarely holds a lang attribute: then the tree is not searched for one.
    markup = doc.raw.lower()
    start = markup.find(b"<body")
    tagged = []
    if start < 0 or _lang_attribute(markup, start):
        tagged = xpath("//body/descendant::*[@lang]")(doc.root)[:50]
    inner = [(len(el.text_content()), el.get("lang")) for el in tagged]
    if inner:
        size, value = max(inner, key=lambda t: t[0])
        if size >= 0.2 * len(doc.text) and _lang_code(value):
            return _lang_code(value)
    lang = doc.root.get("lang") or doc.root.get("xml:lang")
    if not lang:
        metas = [
            el.get("content")
            for el in doc.tagged("meta")
            if (el.get("http-equiv") or "").lower() == "content-language" and el.get("content") is not None
        ]
        lang = metas[0] if metas else None
    if _lang_code(lang):
        return _lang_code(lang)
    sample = doc.text[:5000]
    if not sample.isascii() and len(_CYRILLIC_RE.findall(sample)) > 50:
        return "ru"
    low = sample.lower()
    counts = Counter(low.replace(",", " ").replace(".", " ").split())
    scores = {code: sum(counts[w] for w in words) for code, words in _STOPWORDS.items()}
    for code, letters in _LETTERS.items():
        scores[code] += sum(low.count(ch) for ch in letters)
    ranked = sorted(scores, key=lambda c: scores[c], reverse=True)
    best, second = ranked[0], ranked[1]
    if scores[best] >= 4 and scores[best] >= 1.5 * scores[second]:
        return best
    return None
