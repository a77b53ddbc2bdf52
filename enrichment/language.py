"""Language of every text record, with langdetect seeded so the same text always gets the same code.

Short texts (a handle, a price line) are guessed badly by any detector, so below
``ENRICH_LANG_MIN_CHARS`` letters a record takes the language of its page (``page_lang``) instead.

    >>> from parsers.records import Post
    >>> pipe = LanguagePipeline()
    >>> pipe.process_item(Post(body="Die Lieferung kam schnell an, die Verpackung war sauber.")).lang
    'de'
    >>> pipe.process_item(Post(body="ok"), page_lang="fr").lang
    'fr'
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from functools import lru_cache
from typing import Any

from langdetect import DetectorFactory, LangDetectException, detect_langs

from enrichment.pipeline import RecordPipeline
from parsers.records import Author, Listing, Page, Post, Thread, Vendor

#: Letters a text needs before the detector is trusted over the page's language.
DEFAULT_MIN_CHARS = 25
#: Probability the detector's best guess needs; below it the page language wins when there is one.
DEFAULT_MIN_CONFIDENCE = 0.70
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_URLS = re.compile(r"\S+://\S+|\S+\.onion\S*|\S+@\S+")
_lock = threading.Lock()
#: Characters of a text given to the detector; more adds time, not accuracy.
MAX_TEXT = 2000
_CYRILLIC_LANGS = frozenset({"ru", "uk", "bg", "be", "sr", "mk", "kk", "ky", "mn", "tg"})


def text_for_language(record: Any) -> str:
    """The human-written text of a record (URLs and addresses removed: they are not language)."""
    if isinstance(record, Page):
        parts = [record.title, record.text]
    elif isinstance(record, Listing):
        parts = [record.title, record.description]
    elif isinstance(record, Post):
        parts = [record.body]
    elif isinstance(record, Thread):
        parts = [record.title]
    elif isinstance(record, Vendor):
        parts = [f.text for f in record.feedback]
    else:
        parts = []
    return _URLS.sub(" ", " ".join(p for p in parts if p))


@lru_cache(maxsize=20000)
def _best_guess(text: str) -> tuple[str, float] | None:
    """langdetect's best (language, probability); cached, which the fixed seed makes exact."""
    with _lock:  # langdetect's seed is global state: set it and detect under one lock
        DetectorFactory.seed = 0
        try:
            best = detect_langs(text)[0]
        except LangDetectException:
            return None
    return str(best.lang).split("-")[0], float(best.prob)


def detect_language(text: str, *, page_lang: str | None = None, min_chars: int = DEFAULT_MIN_CHARS,
                    min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> str | None:
    """ISO 639-1 code of ``text``; ``page_lang`` when the text is too short or the guess too unsure."""
    letters = _LETTERS.findall(text)
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff") > len(letters) / 2
    # A text in another script than its page's language is not in that language, however short.
    foreign_script = bool(page_lang) and len(letters) >= 8 and cyrillic != (page_lang in _CYRILLIC_LANGS)
    if len(letters) < min_chars and not foreign_script:
        return page_lang
    found = _best_guess(text[:MAX_TEXT])
    if found is None:
        return page_lang
    guess, prob = found
    if foreign_script:
        return guess
    # Short texts fool the detector more often (a product name reads as Swedish): ask for more certainty.
    needed = min_confidence if len(letters) >= 3 * min_chars else max(min_confidence, 0.9)
    if prob < needed and page_lang:
        return page_lang
    return guess


class LanguagePipeline(RecordPipeline):
    """Set ``record.lang``; settings ``ENRICH_LANG_MIN_CHARS``, ``ENRICH_LANG_MIN_CONFIDENCE``."""

    #: Page languages remembered for the records that follow their page (bounded).
    MAX_PAGES = 10000

    def __init__(self, settings: Any = None) -> None:
        super().__init__(settings)
        self.min_chars = int(self.setting("ENRICH_LANG_MIN_CHARS", DEFAULT_MIN_CHARS))
        self.min_confidence = float(self.setting("ENRICH_LANG_MIN_CONFIDENCE", DEFAULT_MIN_CONFIDENCE))
        self._page_langs: OrderedDict[str, str] = OrderedDict()

    def process_item(self, item: Any, spider: Any = None, *, page_lang: str | None = None) -> Any:
        """Set ``item.lang`` unless already set; a record falls back to ``page_lang`` or, in a crawl,
        to the language of the page record with the same URL seen before it."""
        if not hasattr(item, "lang") or isinstance(item, Author):
            return item
        if page_lang is None and item.url:
            page_lang = self._page_langs.get(item.url)
        if item.lang is None:
            item.lang = detect_language(text_for_language(item), page_lang=page_lang,
                                        min_chars=self.min_chars, min_confidence=self.min_confidence)
        if isinstance(item, Page) and item.url and item.lang:
            self._page_langs[item.url] = item.lang
            self._page_langs.move_to_end(item.url)
            if len(self._page_langs) > self.MAX_PAGES:
                self._page_langs.popitem(last=False)
        return item
