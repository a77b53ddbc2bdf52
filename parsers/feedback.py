"""Vendor feedback: feedback pages ("Feedback: leafy (36)") and feedback lines, from tables with
feedback headers or from delimited lines, in several languages.

    >>> from parsers.dom import load
    >>> from parsers.feedback import feedback_lines
    >>> doc = load(b"<table><tr><th>Feedback</th><th>Item</th><th>Date</th><th>Buyer</th></tr>"
    ...            b"<tr><td>Positive Great.</td><td>Tea</td><td>Nov 16, 2026</td><td>b***1</td></tr>"
    ...            b"</table>")
    >>> feedback_lines(doc)[0]
    Feedback(rating='positive', text='Great.', date='2026-11-16', listing='Tea', buyer='b***1')
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.market_fields import armored_keys
from parsers.market_names import vendor_name
from parsers.prices import parse_number
from parsers.records import Feedback, Vendor

__all__ = ["feedback_lines", "feedback_page", "read_feedback"]

_FEEDBACK_HEAD_RE = re.compile(
    r"^(?:feedbacks?|reviews?|ratings?|bewertungen|opiniones|avis|отзывы|valoraciones|recensioni|reseñas)"
    r"\s*(?:for|für|de|pour|о|on|of)?\s*[:\-–]?\s*(?P<name>[^\s()]{2,60})\s*\(\s*(?P<n>\d[\d.,]*)\s*\)",
    re.IGNORECASE,
)


_FB_COLUMNS: dict[str, re.Pattern[str]] = {
    "text": re.compile(
        r"^(?:feedbacks?|reviews?|comments?|bewertung(?:en)?|kommentar|opini[oó]n(?:es)?|avis|"
        r"commentaires?|отзывы?|комментари[йи]|message|text)$",
        re.IGNORECASE,
    ),
    "listing": re.compile(
        r"^(?:items?|listings?|products?|artikel|produkt|art[ií]culo|anuncio|articles?|"
        r"produit|товар|offer|angebot)$",
        re.IGNORECASE,
    ),
    "date": re.compile(r"^(?:date|datum|fecha|дата|time|when|posted|le)$", re.IGNORECASE),
    "buyer": re.compile(
        r"^(?:buyer|käufer|comprador|acheteur|покупатель|user|from|by|customer|kunde)$", re.IGNORECASE
    ),
    "rating": re.compile(r"^(?:rating|note|оценка|calificaci[oó]n|stars?|sterne|score)$", re.IGNORECASE),
}


_FEEDBACK_WORD_RE = re.compile(
    r"(?:feedbacks?|reviews?|ratings?|bewertungen|opiniones|avis|отзывы|valoraciones|recensioni|reseñas)\b",
    re.IGNORECASE,
)


_LIST_CLASS_RE = re.compile(r"rating|review|feedback|comment|отзыв", re.IGNORECASE)


_ITEM_CLASS_RE = re.compile(r"product|listing|item|title|artikel|товар", re.IGNORECASE)


_MASKED_RE = re.compile(r"^[^\s*]{1,4}\*{2,}[^\s*]{0,4}$")  # buyers shown masked: "g***s"


_TOTAL_RE = re.compile(
    r"^(?:total|all|latest|recent|gesamt|alle|todas?|toutes?|tous|всего|все)\s+", re.IGNORECASE
)


_HEADER_PART_RE = re.compile(r"\s*(?:/|\||&|,|\band\b|\bund\b|\bet\b|\by\b|\bи\b)\s*|\s+")


_RATING_WORDS: dict[str, str] = {
    **dict.fromkeys(
        (
            "positive",
            "positiv",
            "positiva",
            "positivo",
            "positif",
            "positifs",
            "положительный",
            "положительно",
            "good",
            "+",
        ),
        "positive",
    ),
    **dict.fromkeys(
        (
            "negative",
            "negativ",
            "negativa",
            "negativo",
            "négatif",
            "negatif",
            "отрицательный",
            "отрицательно",
            "bad",
            "-",
        ),
        "negative",
    ),
    **dict.fromkeys(("neutral", "neutra", "neutro", "neutre", "нейтральный", "нейтрально"), "neutral"),
}


_LEADING_RATING_RE = re.compile(r"^\s*[\[(]?\s*([^\W\d_]+|[+-])\s*[\])]?\s*[:\-–]?\s*", re.UNICODE)


_FB_LINE_SPLIT_RE = re.compile(r"\s+(?:--|—|\|)\s+")


def feedback_page(doc: Doc) -> Vendor | None:
    """A vendor's feedback page: a heading "Feedback: name (N)" (in any of several languages)."""
    for tag in ("h1", "h2", "h3"):
        for h in doc.root.iter(tag):
            match = _FEEDBACK_HEAD_RE.match(clean(h.text_content()))
            if match:
                count = parse_number(match["n"])
                keys, parsed = armored_keys(doc)
                return Vendor(
                    name=vendor_name(match["name"]),
                    feedback_count=int(count) if count is not None else None,
                    has_pgp_key=True if keys else None,
                    pgp_fingerprint=parsed[0].fingerprint if parsed else None,
                    url=doc.url,
                )
    return None


def _rating_of(text: str) -> tuple[str | None, str]:
    """(normalised rating, rest of the text) when ``text`` starts with a rating word."""
    match = _LEADING_RATING_RE.match(text)
    if match:
        rating = _RATING_WORDS.get(match.group(1).lower())
        if rating:
            return rating, text[match.end() :].strip()
    return None, text


def _comment_and_item(cell: Any) -> tuple[str, str | None]:
    """(comment, item title) of a feedback cell that shows both: the item in an element whose
    class says so ("rating_product") or in a <sub>, else the second of two lines."""
    item_el = next(
        (el for el in cell.iter() if el is not cell and _ITEM_CLASS_RE.search(el.get("class") or "")), None
    )
    if item_el is None:
        item_el = next(cell.iter("sub"), None)
    if item_el is not None:
        item = clean(item_el.text_content())
        rest = [line for line in Doc.lines(cell) if line != item]
        return " ".join(rest), item or None
    parts = Doc.lines(cell)
    if len(parts) == 2:
        return parts[0], parts[1]
    return clean(cell.text_content()), None


def _row_date(row: Any, cols: dict[str, int], now: str | None) -> tuple[str, str | None] | None:
    """(date, masked buyer) from the short lines of a row's cells other than its comment."""
    date = buyer = None
    skip = cols.get("text")
    for i, cell in enumerate(c for c in row if c.tag in ("td", "th")):
        if i == skip:
            continue
        for line in Doc.lines(cell):
            if len(line) > 30:
                continue
            if date is None and any(ch.isdigit() for ch in line):
                date = parse_date(line, now)
            if buyer is None and _MASKED_RE.match(line):
                buyer = line
    return (date, buyer) if date else None


def _list_feedback(doc: Doc, now: str | None, limit: int) -> list[Feedback]:
    """Feedback shown as a list rather than a table: the items of a list whose class names
    ratings or reviews ("<ul class='list-ratings'><li>stars <date>..</date> <small>item</small>
    comment</li>"), each with a date; the item is its link to a listing or its <small>."""
    out: list[Feedback] = []
    for box in doc.root.iter("ul", "ol", "div", "section"):
        if not _LIST_CLASS_RE.search(box.get("class") or ""):
            continue
        for item in box:
            if not isinstance(item.tag, str) or item.tag not in ("li", "div", "article"):
                continue
            lines = Doc.lines(item)
            marked = next(item.iter("date", "time"), None)
            date_text = clean(marked.text_content()) if marked is not None else None
            date = parse_date(date_text, now) if date_text else None
            if date is None:
                date_text = next((ln for ln in lines if len(ln) <= 30 and parse_date(ln, now)), None)
                date = parse_date(date_text, now) if date_text else None
            if date is None:
                continue
            small = next(item.iter("small"), None)
            listing = clean(small.text_content()) if small is not None else None
            # Ratings here are star icons, not words: the text is kept whole ("Good stealth").
            text = " ".join(ln for ln in lines if ln not in (date_text, listing))
            out.append(Feedback(rating=None, text=text or None, date=date, listing=listing or None))
            if len(out) >= limit:
                return out
        if out:
            return out
    return out


def _heading_rating(table: Any) -> str | None:
    """The rating a short heading just above ``table`` gives all its rows, if any."""
    el = table
    for _ in range(6):
        for n, prev in enumerate(el.itersiblings(preceding=True)):
            if n >= 3 or not isinstance(prev.tag, str):
                break
            text = clean(prev.text_content())
            if 0 < len(text) <= 60:
                rating, rest = _rating_of(_TOTAL_RE.sub("", text))
                if rating and _FEEDBACK_WORD_RE.match(rest):
                    return rating
        el = el.getparent()
        if el is None:
            break
    return None


def feedback_lines(doc: Doc, *, now: str | None = None, limit: int = 500) -> list[Feedback]:
    """Feedback lines of a vendor or feedback page: table rows under feedback headers, or
    delimited lines such as ``[Positive] text -- item -- date -- buyer``."""
    return read_feedback(doc, now=now, limit=limit)[0]


def read_feedback(doc: Doc, *, now: str | None = None, limit: int = 500) -> tuple[list[Feedback], bool]:
    """(feedback lines, whether a table of them sits under a heading that names one kind of
    feedback, "Positive Feedback :", as a profile's feedback tab shows them)."""
    out: list[Feedback] = []
    tab = False
    for table in doc.root.iter("table"):
        rows = [r for r in table.iter("tr")]
        if len(rows) < 2:
            continue
        header = [clean(c.text_content()) for c in rows[0] if c.tag in ("th", "td")]
        cols: dict[str, int] = {}
        for i, text in enumerate(header):
            # Compound headers name two columns at once: "Date / Time", "Buyer / Price".
            for part in [text, *_HEADER_PART_RE.split(text)]:
                name = next((n for n, rx in _FB_COLUMNS.items() if n not in cols and rx.match(part)), None)
                if name:
                    cols[name] = i
                    break
        # Without a date column, a date may still sit in another cell of each row, with the amount
        # and the buyer ("2019-10-27 / 0.231 BTC / g***s" under an empty header).
        dated_cells = "date" not in cols and "text" in cols and _row_date(rows[1], cols, now) is not None
        if ("date" not in cols and not dated_cells) or not ({"text", "rating"} & cols.keys()):
            continue
        # A tab of one kind of feedback says it above its table ("Positive Feedback :").
        table_rating = None if "rating" in cols else _heading_rating(table)
        tab = tab or table_rating is not None
        for row in rows[1 : limit + 1]:
            cells = [c for c in row if c.tag in ("td", "th")]
            if len(cells) <= max(cols.values()):
                continue
            cell = {name: clean(cells[i].text_content()) for name, i in cols.items()}
            if "text" in cols and "listing" not in cols:
                cell["text"], item = _comment_and_item(cells[cols["text"]])
                cell["listing"] = item or ""
            if dated_cells:
                found = _row_date(row, cols, now)
                if found is None:
                    continue
                cell["date"], buyer = found
                cell.setdefault("buyer", buyer or "")
            if "buyer" in cols:
                # "b***s<br>USD 412.50": the buyer is the first line of a buyer/price cell.
                cell["buyer"] = next(iter(Doc.lines(cells[cols["buyer"]])), "")
            rating, text = _rating_of(cell.get("text", ""))
            if "rating" in cols:
                rating = _RATING_WORDS.get(cell["rating"].lower(), cell["rating"] or None)
            if rating is None:
                rating = table_rating
            if rating is None:
                row_class = (row.get("class") or "").lower()
                rating = next((v for k, v in _RATING_WORDS.items() if len(k) > 2 and k in row_class), None)
            out.append(
                Feedback(
                    rating=rating,
                    text=text or None,
                    date=parse_date(cell["date"], now),
                    listing=cell.get("listing") or None,
                    buyer=cell.get("buyer") or None,
                )
            )
    if out:
        return out, tab
    out = _list_feedback(doc, now, limit)
    if out:
        return out, False
    for line in doc.text_lines:
        parts = _FB_LINE_SPLIT_RE.split(line)
        if len(parts) < 3 or len(line) > 600:
            continue
        rating, text = _rating_of(parts[0])
        date_i = next((i for i, p in enumerate(parts[1:], 1) if len(p) < 40 and parse_date(p, now)), None)
        if rating is None or date_i is None:
            continue
        out.append(
            Feedback(
                rating=rating,
                text=text or None,
                date=parse_date(parts[date_i], now),
                listing=parts[1] if date_i > 1 else None,
                buyer=parts[date_i + 1] if date_i + 1 < len(parts) else None,
            )
        )
        if len(out) >= limit:
            break
    return out, tab
