"""The vendor record of a vendor's feedback page: the seller the page is about, the total number
of reviews it shows, the positive share it shows, and its reviews; whether the seller has a key
is no fact of such a page (None).

    >>> from parsers.dom import load
    >>> from parsers.records import Feedback
    >>> doc = load(b"<h1>Opinie o <a href='/sklep/Zielna_Polka'>Zielna_Polka</a></h1>"
    ...            b"<p>Wszystkich opinii: 1 204</p><p>Pozytywnych: 98,1%</p>",
    ...            url="http://m.onion/sklep/Zielna_Polka/opinie")
    >>> v = feedback_vendor(doc, [Feedback(text="Szybko.")], None)
    >>> v.name, v.feedback_count, v.rating, v.has_pgp_key
    ('Zielna_Polka', 1204, 98.1, None)

The total is a count under a label that says so, whatever the language: a word for "total" or
"all" ("Всего", "Totale", "Wszystkich", "Tổng số") beside a word for reviews ("отзывов",
"recensioni", "opinii"), or the label for reviews alone ("Reviews: 36"); a count of one kind only
("Положительные (2 258)") is never the total.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from parsers.dom import Doc, clean
from parsers.kind_breakdown import kind_word
from parsers.kind_counts import missing_figures
from parsers.label_words import FEEDBACK_WORDS
from parsers.market_names import TITLE_SEP_RE, vendor_name
from parsers.native_figures import ascii_figures
from parsers.prices import parse_number
from parsers.records import Feedback, Vendor
from parsers.sign_first import sign_last
from parsers.vendor_page import vendor_from_url

__all__ = ["feedback_total", "feedback_vendor", "page_seller", "positive_share"]

# "Total" and "all" in the languages markets are written in (qualifying a count of reviews).
_TOTAL_WORDS = (
    "total", "totals", "overall", "all", "gesamt", "insgesamt", "alle", "всего", "все", "всех",
    "всього", "усього", "totale", "totali", "tutti", "tutte", "todas", "todos", "toutes", "tous",
    "totaal", "totalt", "i alt", "wszystkich", "wszystkie", "łącznie", "razem", "celkem", "celkový",
    "celkové", "ukupno", "sve", "toplam", "tüm", "tổng", "tổng số", "jumlah", "semua", "yhteensä",
    "kaikki", "összes", "összesen", "σύνολο", "συνολικά", "όλες", "kokku", "iš viso", "kopā",
    "合计", "总计", "全部", "累計", "総",
)
# Further words for reviews than the labels' own (inflected forms a total takes).
_REVIEW_WORDS = (
    *FEEDBACK_WORDS, "review", "rating", "отзыва", "відгуків", "opinii", "opinie", "recenzí",
    "hodnocení", "arvostelua", "arvostelut", "értékelés", "értékelések", "αξιολογήσεις",
    "αξιολογήσεων", "đánh giá", "değerlendirme", "yorum", "avaliações", "comentarios", "kommentare",
    "omdömen", "arvioita", "評価", "评价", "评论",
)


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_COUNT = r"(?P<n>\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+)"
# "Всего отзывов: 2 318", "Total number of reviews: 36", "Recensioni totali (12)", "Reviews: 36".
_TOTAL_RE = re.compile(
    rf"^(?:(?:{_alt(_TOTAL_WORDS)})(?:\s+[^\W\d_]+){{0,2}}?\s+(?:{_alt(_REVIEW_WORDS)})"
    rf"|(?:{_alt(_REVIEW_WORDS)})(?:\s+(?:{_alt(_TOTAL_WORDS)}))?)(?![\w'’])"
    rf"\s*[:：=\-–]?\s*\(?\s*(?:{_COUNT}\s*\)?)?$",
    re.IGNORECASE,
)
# "3.127 valoraciones en total", "1 204 reviews in total": the count first, then the words.
_COUNT_FIRST_RE = re.compile(
    rf"^{_COUNT}\s+(?:{_alt(_REVIEW_WORDS)})\s+(?:[^\W\d_]+\s+)?(?:{_alt(_TOTAL_WORDS)})$", re.IGNORECASE
)
_SHARE_RE = re.compile(r"^(?P<label>[^\d:：]{2,40}?)\s*[:：]?\s*(?P<p>\d{1,3}(?:[.,]\d{1,2})?)\s*%$")
_WORD_RE = re.compile(r"[^\W\d_]+")
# Letters of scripts written without spaces between words (Chinese, Japanese kana).
_UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _count(text: str) -> int | None:
    number = parse_number(text)
    return int(number) if number is not None and number < 1e9 else None


def feedback_total(lines: list[str]) -> int | None:
    """The total number of reviews a labelled line shows ("Всего отзывов: 2 318"), its count on
    the line after the label when the label stands alone (a term and its definition)."""
    for i, line in enumerate(lines):
        if len(line) > 60 or not line[:1].isalnum():
            continue
        match = _TOTAL_RE.match(line) if line[:1].isalpha() else _COUNT_FIRST_RE.match(line)
        if match is None or any(kind_word(w) for w in _WORD_RE.findall(line)):
            continue  # "Total Positive Feedback : 43" counts one kind
        if match["n"]:
            return _count(match["n"])
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if re.fullmatch(_COUNT, nxt.strip()):
            return _count(nxt)
    return None


def positive_share(lines: list[str]) -> float | None:
    """The positive share a labelled line shows ("Положительных: 97,4%", "Positive: 98 %")."""
    for line in lines:
        match = _SHARE_RE.match(line) if len(line) <= 60 else None
        if match and any(kind_word(w) == "positive" for w in _WORD_RE.findall(match["label"])):
            share = float(match["p"].replace(",", "."))
            if share <= 100:
                return share
    return None


def _segment(href: str) -> str:
    return unquote(urlsplit(href).path.rstrip("/").rsplit("/", 1)[-1])


def page_seller(doc: Doc) -> str | None:
    """The seller a page of reviews is about: a link whose text is the handle its own address
    ends with, in a heading, else one whose address the page's lies under (the crumb or tab
    to the seller's profile: /shop/leafy on /shop/leafy/reviews)."""
    page = urlsplit(doc.url or "")
    path = page.path.rstrip("/")
    under = None
    for a in doc.root.iter("a"):
        href = a.get("href") or ""
        text = clean(a.text_content()).lstrip("@")
        if not text or " " in text or _segment(href).casefold() != text.casefold():
            continue
        name = vendor_name(text)
        if not name:
            continue
        if any(isinstance(p.tag, str) and p.tag in ("h1", "h2", "h3") for p in a.iterancestors()):
            return name
        link = urlsplit(doc.absolute(href))
        own = link.path.rstrip("/")
        if under is None and path and own.count("/") >= 2 and path.startswith(own + "/") and (
                not link.netloc or link.netloc == page.netloc):
            under = name
    return under or _heading_handle(doc) or _titled_seller(doc)


def _slug(text: str) -> str:
    """A handle as an address spells it: cased alike, its underscores written as hyphens
    ("Talabarte_Sur" at /tienda/talabarte-sur/, as WordPress makes a shop's slug)."""
    return text.casefold().replace("_", "-")


def _heading_handle(doc: Doc) -> str | None:
    """A word of the page's first headings that a link's address names as a path segment
    ("<h2>green-cottage</h2>" beside "Back to profile" -> /v/green-cottage/): the seller's
    handle, the heading's other words being the page's own ("Отзывы о продавце ...")."""
    segments = {_slug(_segment(a.get("href") or "")) for a in doc.root.iter("a")} - {""}
    if not segments:
        return None
    heads = [h for h in doc.root.iter("h1", "h2", "h3")][:3]
    for head in heads:
        for word in clean(head.text_content()).split():
            name = vendor_name(word.strip("«»\"'“”„()[]"))
            if name and _slug(name) in segments and not name.isdigit():
                return name
    return None


def _titled_seller(doc: Doc) -> str | None:
    """The page's main heading when a part of the <title> is it and a word or two that name
    reviews ("景德镇瓷坊 的评价", "Bewertungen für Rosenhof Imkerei"), the heading naming none: the
    seller whose reviews the page shows, its name whole whatever its shape (a shop's name in
    words, no handle). A heading that links (the logo home) or holds a figure names no one."""
    head = next(iter(doc.tagged("h1")), None)
    if head is None or not doc.title or head.find(".//a") is not None:
        return None
    text = clean(head.text_content())
    folded = text.casefold()
    if not 1 < len(text) <= 60 or len(text.split()) > 5 or any(ch.isdigit() for ch in text):
        return None
    if any(w in folded for w in _REVIEW_WORDS) or vendor_name(text.split()[0]) is None:
        return None
    for part in TITLE_SEP_RE.split(doc.title):
        part = clean(part).casefold()
        at = part.find(folded)
        if at < 0:
            continue
        before, after = part[:at], part[at + len(folded):]
        # Whole words only, save in scripts written without spaces ("山田茶園の評価").
        if (before and _joined(before[-1], folded[0])) or (after and _joined(folded[-1], after[0])):
            continue
        extra = f"{before} {after}".split()
        if 0 < len(extra) <= 2 and any(w in word for word in extra for w in _REVIEW_WORDS):
            return text
    return None


def _joined(left: str, right: str) -> bool:
    """Whether two letters side by side are one word's: both word characters, not both of a
    script written without spaces."""
    return left.isalnum() and right.isalnum() and not (_UNSPACED_RE.match(left) or _UNSPACED_RE.match(right))


def feedback_vendor(doc: Doc, reviews: list[Feedback], now: str | None) -> Vendor | None:
    """The vendor record of a page of ``reviews``, or None when the page names no seller."""
    name = page_seller(doc) or vendor_from_url(doc.url)  # an address's id: better than none
    if name is None:
        return None
    # "% 97,6" where the language writes its sign first; "٩٨٫٣٪" in a script's own figures.
    lines = sign_last(ascii_figures(doc.head_lines))
    total, share = missing_figures(lines, feedback_total(lines), positive_share(lines))
    return Vendor(
        name=name,
        feedback_count=total,
        rating=share,
        has_pgp_key=None,
        feedback=list(reviews),
        url=doc.url,
    )
