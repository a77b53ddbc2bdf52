"""Field labels in several languages, and reading "label: value" pairs from text lines.

Pages put a label and its value on one line ("Posts: 922"), in adjacent cells or dt/dd pairs
(two lines after block splitting), so :func:`find_label` looks at both.

    >>> from parsers.labels import find_label, LABELS
    >>> find_label(["Vendor", "leafy (12)", "Price", "$5"], LABELS["vendor"])
    'leafy (12)'
    >>> find_label(["Beiträge: 1.234"], LABELS["posts"])
    '1.234'
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Iterator, Sequence

__all__ = ["LABELS", "find_label", "find_label_index", "iter_labels", "label_re"]

_RAW: dict[str, tuple[str, ...]] = {
    "price": (
        "purchase price",
        "price",
        "unit price",
        "prix",
        "preis",
        "precio",
        "prezzo",
        "preço",
        "prijs",
        "cena",
        "цена",
        "стоимость",
        "cost",
        "amount",
        "kosten",
    ),
    "vendor": (
        "vendor",
        "seller",
        "sold by",
        "vendor name",
        "vendeur",
        "vendu par",
        "verkäufer",
        "verkauft von",
        "händler",
        "anbieter",
        "vendedor",
        "vendido por",
        "venditore",
        "venduto da",
        "verkoper",
        "sprzedawca",
        "продавец",
        "поставщик",
        "магазин",
        "shop",
        "store",
        "merchant",
        "dealer",
    ),
    "ships_from": (
        "ships from",
        "shipping from",
        "ship from",
        "shipped from",
        "origin country",
        "country of origin",
        "origin",
        "sends from",
        "dispatch from",
        "dispatches from",
        "location",
        "expédié de",
        "expédie de",
        "envoi depuis",
        "pays d'origine",
        "origine",
        "versand aus",
        "versand von",
        "versendet aus",
        "herkunft",
        "herkunftsland",
        "envío desde",
        "envia desde",
        "envía desde",
        "enviado desde",
        "envíos desde",
        "origen",
        "spedito da",
        "spedizione da",
        "отправка из",
        "доставка из",
        "откуда",
        "страна отправки",
        "отправляется из",
        "wysyłka z",
    ),
    "ships_to": (
        "ships to",
        "shipping to",
        "ship to",
        "shipping destinations",
        "destination",
        "destinations",
        "delivers to",
        "ships worldwide to",
        "expédie vers",
        "livraison vers",
        "livraison",
        "expédié vers",
        "versand nach",
        "lieferung nach",
        "liefert nach",
        "envío a",
        "envíos a",
        "envia a",
        "envía a",
        "envío hacia",
        "spedizione verso",
        "spedisce in",
        "доставка в",
        "отправка в",
        "куда",
        "доставка",
        "wysyłka do",
    ),
    "category": (
        "category",
        "categories",
        "catégorie",
        "kategorie",
        "categoría",
        "categoria",
        "категория",
        "раздел",
        "kategoria",
        "product class",
        "type",
    ),
    "stock": (
        "in stock",
        "stock",
        "quantity left",
        "quantity available",
        "available",
        "qty available",
        "en stock",
        "lager",
        "auf lager",
        "bestand",
        "vorrat",
        "quantité",
        "existencia",
        "cantidad",
        "количество",
        "existencias",
        "disponible",
        "disponibles",
        "в наличии",
        "наличие",
        "остаток",
    ),
    "escrow": ("escrow", "payment", "treuhand", "séquestre", "depósito", "гарант", "эскроу"),
    "feedback_count": (
        "feedback",
        "feedbacks",
        "reviews",
        "ratings",
        "total feedback",
        "feedback count",
        "отзывы",
        "отзывов",
        "bewertungen",
        "avis",
        "évaluations",
        "valoraciones",
        "reseñas",
        "opiniones",
        "recensioni",
        "sales",
        "orders",
        "transactions",
        "продажи",
        "сделок",
        "verkäufe",
        "ventes",
        "ventas",
    ),
    "rating": (
        "positive feedback",
        "positive bewertungen",
        "opiniones positivas",
        "avis positifs",
        "положительные отзывы",
        "positive",
        "rating",
        "rating:",
        "score",
        "trust",
        "рейтинг",
        "положительные",
        "bewertung",
        "positiv",
        "note",
        "évaluation positive",
        "calificación",
        "valoración",
        "positivo",
        "positive rate",
    ),
    "member_since": (
        "member since",
        "joined",
        "join date",
        "registered",
        "registration date",
        "vendor since",
        "since",
        "на сайте с",
        "регистрация",
        "зарегистрирован",
        "дата регистрации",
        "с нами с",
        "mitglied seit",
        "registriert",
        "registriert seit",
        "dabei seit",
        "membre depuis",
        "inscrit",
        "inscrit le",
        "inscription",
        "inscrit depuis",
        "miembro desde",
        "registrado",
        "fecha de registro",
        "membro dal",
        "iscritto",
        "lid sinds",
    ),
    "posts": (
        "posts",
        "post count",
        "total posts",
        "messages",
        "beiträge",
        "сообщений",
        "сообщения",
        "messages postés",
        "mensajes",
        "publicaciones",
        "messaggi",
        "berichten",
        "wiadomości",
        "posty",
    ),
    "last_seen": (
        "last seen",
        "last active",
        "last online",
        "last login",
        "zuletzt online",
        "dernière visite",
        "был в сети",
        "последний визит",
        "última conexión",
    ),
}
LABELS: dict[str, re.Pattern[str]] = {}


def label_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """A regex matching a line that starts with one of ``words`` (then an optional colon and value)."""
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # [ \t] rather than \s: patterns run over many lines at once (re.M) and must not cross them.
    return re.compile(
        rf"^(?:{alt})(?!\w)(?:[ \t]*\([^)\n]*\))?[ \t]*(?P<sep>[:：=\-–—]?)[ \t]*(?P<value>.*)$",
        re.IGNORECASE | re.MULTILINE,
    )


for _name, _words in _RAW.items():
    LABELS[_name] = label_re(_words)


def find_label_index(
    lines: Sequence[str], pattern: re.Pattern[str], *, max_label: int = 40
) -> tuple[int, str] | None:
    """(line index of the value, value) for the first line labelled by ``pattern``."""
    for found in iter_labels(lines, pattern, max_label=max_label):
        return found
    return None


_CACHE = threading.local()  # parsing may run in worker threads: one cache each


def _joined(lines: Sequence[str]) -> tuple[str, list[int]]:
    hit = getattr(_CACHE, "joined", None)
    # The cache holds the list itself, so identity is safe; the length guards against appends.
    if hit is not None and hit[0] is lines and hit[1] == len(lines):
        return hit[2], hit[3]
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    text = "\n".join(lines)
    _CACHE.joined = (lines, len(lines), text, starts)
    return text, starts


def iter_labels(
    lines: Sequence[str], pattern: re.Pattern[str], *, max_label: int = 40, strict: bool = False
) -> Iterator[tuple[int, str]]:
    """Every (line index of the value, value) labelled by ``pattern``, in order.

    ``strict`` accepts a value on the label's line only after a separator ("Vendor: x"), so
    that menu entries such as "Vendor Block List" are not read as labelled values.
    """
    if not lines:
        return
    # One regex pass over the joined lines (C speed) instead of one call per line; the join and
    # line offsets are kept for the next label looked up in the same lines.
    text, starts = _joined(lines)
    for match in pattern.finditer(text):
        i = bisect_right(starts, match.start()) - 1
        line = lines[i]
        if len(line) > 400:
            continue
        value = match["value"].strip()
        label_len = len(line) - len(match["value"])
        if label_len > max_label:
            continue
        if value and strict and not match["sep"]:
            continue
        if value:
            # Without a separator, a long rest of line is prose that starts with the word
            # ("Shipping is fast and discreet..."), not a value.
            if len(value) > 60 and not match["sep"]:
                continue
            yield i, value
        elif i + 1 < len(lines):
            yield i + 1, lines[i + 1]


def find_label(lines: Sequence[str], pattern: re.Pattern[str]) -> str | None:
    """The value of the first line labelled by ``pattern`` (same line after a colon, or next line)."""
    found = find_label_index(lines, pattern)
    return found[1] if found else None
