"""Words of the simulated dark web: fictional handles, benign goods, forum chatter, in five languages.

Everything here is invented: handles are syllable combinations, goods are teas, stamps, soaps
and the like, and the "propaganda" is a clearly labelled placeholder for a fictional movement.
Number and date formats follow each language's habits (``1.234,56 €``, ``вчера, 14:32``).

    >>> fmt_money(1234.56, "EUR", "de")
    '1.234,56 €'
    >>> fmt_money(1234.56, "USD", "en")
    '$1,234.56'
    >>> handle(3, "CamelCase")
    'CobaltHarbor'
"""

from __future__ import annotations

import datetime as dt

LANGS = ("en", "ru", "de", "fr", "es")

#: The lab's common goods taxonomy; every market shows its own labels for these keys.
CATEGORIES = ("tea", "coffee", "books", "stamps", "soap", "candles", "software", "art")

CATEGORY_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "tea": "Tea & Herbs",
        "coffee": "Coffee",
        "books": "Rare Books",
        "stamps": "Stamps",
        "soap": "Handmade Soap",
        "candles": "Candles",
        "software": "Software Licences",
        "art": "Prints & Art",
    },
    "de": {
        "tea": "Tee & Kräuter",
        "coffee": "Kaffee",
        "books": "Antiquarische Bücher",
        "stamps": "Briefmarken",
        "soap": "Handgemachte Seife",
        "candles": "Kerzen",
        "software": "Softwarelizenzen",
        "art": "Drucke & Kunst",
    },
    "es": {
        "tea": "Té e hierbas",
        "coffee": "Café",
        "books": "Libros raros",
        "stamps": "Sellos",
        "soap": "Jabón artesanal",
        "candles": "Velas",
        "software": "Licencias de software",
        "art": "Láminas y arte",
    },
    "fr": {
        "tea": "Thé et tisanes",
        "coffee": "Café",
        "books": "Livres anciens",
        "stamps": "Timbres",
        "soap": "Savon artisanal",
        "candles": "Bougies",
        "software": "Licences logicielles",
        "art": "Estampes et art",
    },
    "ru": {
        "tea": "Чай и травы",
        "coffee": "Кофе",
        "books": "Редкие книги",
        "stamps": "Марки",
        "soap": "Мыло ручной работы",
        "candles": "Свечи",
        "software": "Лицензии ПО",
        "art": "Гравюры и искусство",
    },
}

_NOUNS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "tea": ("oolong", "green tea", "chamomile blend"),
        "coffee": ("single-origin beans", "espresso roast"),
        "books": ("atlas of imaginary islands", "first-edition poetry volume"),
        "stamps": ("commemorative stamp sheet", "airmail stamp set"),
        "soap": ("lavender soap bar", "oat milk soap"),
        "candles": ("beeswax candle", "soy pillar candle"),
        "software": ("PixelForge Studio licence", "NoteGarden Pro key"),
        "art": ("linocut print", "botanical watercolour"),
    },
    "de": {
        "tea": ("Oolong", "Grüntee", "Kamillenmischung"),
        "coffee": ("Hochlandbohnen", "Espressoröstung"),
        "books": ("Atlas erfundener Inseln", "Gedichtband Erstausgabe"),
        "stamps": ("Gedenkmarkenbogen", "Luftpostmarken-Satz"),
        "soap": ("Lavendelseife", "Hafermilchseife"),
        "candles": ("Bienenwachskerze", "Sojastumpenkerze"),
        "software": ("PixelForge Studio Lizenz", "NoteGarden Pro Schlüssel"),
        "art": ("Linolschnitt", "Botanisches Aquarell"),
    },
    "es": {
        "tea": ("oolong", "té verde", "mezcla de manzanilla"),
        "coffee": ("café de origen", "tueste espresso"),
        "books": ("atlas de islas imaginarias", "poemario primera edición"),
        "stamps": ("hoja de sellos conmemorativos", "serie de sellos aéreos"),
        "soap": ("jabón de lavanda", "jabón de avena"),
        "candles": ("vela de cera de abeja", "vela de soja"),
        "software": ("licencia PixelForge Studio", "clave NoteGarden Pro"),
        "art": ("grabado en linóleo", "acuarela botánica"),
    },
    "fr": {
        "tea": ("oolong", "thé vert", "mélange de camomille"),
        "coffee": ("grains d'origine", "torréfaction espresso"),
        "books": ("atlas des îles imaginaires", "recueil de poèmes édition originale"),
        "stamps": ("feuillet de timbres commémoratifs", "série poste aérienne"),
        "soap": ("savon à la lavande", "savon au lait d'avoine"),
        "candles": ("bougie en cire d'abeille", "bougie de soja"),
        "software": ("licence PixelForge Studio", "clé NoteGarden Pro"),
        "art": ("linogravure", "aquarelle botanique"),
    },
    "ru": {
        "tea": ("улун", "зелёный чай", "ромашковый сбор"),
        "coffee": ("зерно моносорт", "эспрессо обжарка"),
        "books": ("атлас вымышленных островов", "сборник стихов первое издание"),
        "stamps": ("лист памятных марок", "серия авиапочты"),
        "soap": ("лавандовое мыло", "овсяное мыло"),
        "candles": ("свеча из пчелиного воска", "соевая свеча"),
        "software": ("лицензия PixelForge Studio", "ключ NoteGarden Pro"),
        "art": ("линогравюра", "ботаническая акварель"),
    },
}

_ADJ: dict[str, tuple[str, ...]] = {
    "en": ("Premium", "Vintage", "Small-batch", "Classic", "Rare"),
    "de": ("Premium", "Vintage", "Kleinserie", "Klassisch", "Selten"),
    "es": ("Premium", "Antiguo", "Artesanal", "Clásico", "Raro"),
    "fr": ("Premium", "Vintage", "Petite série", "Classique", "Rare"),
    "ru": ("Премиум", "Винтаж", "Малая партия", "Классика", "Редкий"),
}

_DESC: dict[str, tuple[str, ...]] = {
    "en": (
        "Packed with care and shipped in plain packaging.",
        "Fictional lab item, described for testing only.",
        "Restocked weekly; bulk discounts on request.",
        "Photos show the actual item.",
    ),
    "de": (
        "Sorgfältig verpackt und neutral versendet.",
        "Fiktiver Laborartikel, nur zu Testzwecken.",
        "Wöchentlich nachgefüllt; Mengenrabatt auf Anfrage.",
        "Die Fotos zeigen den echten Artikel.",
    ),
    "es": (
        "Embalado con cuidado y enviado discretamente.",
        "Artículo ficticio del laboratorio, solo para pruebas.",
        "Reponemos cada semana; descuentos por volumen.",
        "Las fotos muestran el artículo real.",
    ),
    "fr": (
        "Emballé avec soin, envoi discret.",
        "Article fictif du laboratoire, pour les tests uniquement.",
        "Réassort chaque semaine ; remise sur quantité.",
        "Les photos montrent l'article réel.",
    ),
    "ru": (
        "Аккуратная упаковка, нейтральная отправка.",
        "Вымышленный лабораторный товар, только для тестов.",
        "Пополнение каждую неделю; скидки на опт.",
        "На фото реальный товар.",
    ),
}

UNITS = (("g", 10), ("g", 50), ("g", 100), ("pcs", 1), ("pcs", 3), ("pcs", 10))

_PREFIX = (
    "amber",
    "copper",
    "night",
    "silver",
    "quiet",
    "velvet",
    "north",
    "iron",
    "mossy",
    "lunar",
    "paper",
    "echo",
    "frost",
    "cobalt",
    "hazel",
    "rusty",
    "sable",
    "tidal",
    "violet",
    "wander",
)
_SUFFIX = (
    "fox",
    "owl",
    "fern",
    "kettle",
    "lark",
    "moth",
    "pike",
    "reed",
    "stone",
    "wren",
    "harbor",
    "lantern",
    "otter",
    "quill",
    "raven",
    "bloom",
    "drift",
    "spark",
)


def handle(i: int, style: str = "CamelCase") -> str:
    """The i-th fictional handle in one of the styles forums and markets show."""
    block = len(_PREFIX) * len(_SUFFIX)
    # 77 is prime to the block size, so the scramble is a bijection and strided i still vary.
    r = (i % block * 77 + 13) % block
    pre, suf = _PREFIX[r // len(_SUFFIX)], _SUFFIX[r % len(_SUFFIX)]
    n = i // block
    tail = str(n + 1) if n else ""
    if style == "snake":
        return f"{pre}_{suf}{tail}"
    if style == "lower":
        return f"{pre}{suf}{tail}"
    if style == "digits":
        return f"{pre.capitalize()}{suf}{(i * 37) % 97}{tail}"
    return f"{pre.capitalize()}{suf.capitalize()}{tail}"


def listing_title(lang: str, category: str, k: int) -> tuple[str, float, str]:
    """A goods title, its quantity and unit, chosen by k."""
    nouns = _NOUNS[lang][category]
    noun = nouns[k % len(nouns)]
    adj = _ADJ[lang][(k // len(nouns)) % len(_ADJ[lang])]
    unit, qty = UNITS[(k // 7) % len(UNITS)]
    if category == "software":
        unit, qty = "pcs", 1
    return f"{adj} {noun}, {qty} {unit}", float(qty), unit


def description(lang: str, k: int) -> str:
    d = _DESC[lang]
    return " ".join(d[(k + j) % len(d)] for j in range(2))


# --- number formats -------------------------------------------------------------------------


def fmt_number(value: float, lang: str, decimals: int = 2) -> str:
    """``1,234.56`` (en), ``1.234,56`` (de, es), ``1 234,56`` (fr, ru: no-break space)."""
    text = f"{value:,.{decimals}f}"
    if lang in ("de", "es"):
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    if lang in ("fr", "ru"):
        return text.replace(",", "\u00a0").replace(".", ",")
    return text


_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£"}


def fmt_money(value: float, currency: str, lang: str) -> str:
    """A price the way a site in ``lang`` prints it; crypto keeps 8 (BTC) or 4 (XMR) decimals."""
    if currency in ("BTC", "XMR"):
        return f"{fmt_number(value, lang, 8 if currency == 'BTC' else 4)} {currency}"
    num = fmt_number(value, lang)
    if lang == "en":
        return f"{_SYMBOL[currency]}{num}"
    if currency == "USD" and lang != "en":
        return f"{num} US$"
    return f"{num} {_SYMBOL[currency]}"


# --- dates ----------------------------------------------------------------------------------

_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "ru": ("янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
}
_TODAY = {
    "en": ("Today at", "Yesterday at"),
    "ru": ("сегодня,", "вчера,"),
    "fr": ("Aujourd'hui à", "Hier à"),
    "de": ("Heute,", "Gestern,"),
    "es": ("hoy", "ayer"),
}


def fmt_datetime(when: dt.datetime, lang: str, now: dt.datetime) -> tuple[str, str]:
    """(displayed text, ground-truth ISO value) of a post time; today/yesterday are relative."""
    iso = when.strftime("%Y-%m-%dT%H:%M")
    hm = when.strftime("%H:%M")
    days = (now.date() - when.date()).days
    if days in (0, 1):
        return f"{_TODAY[lang][days]} {hm}", iso
    if lang in _MONTHS:
        mon = _MONTHS[lang][when.month - 1]
        sep = " à " if lang == "fr" else ", "
        if lang == "en":
            return f"{mon} {when.day}, {when.year}{sep}{hm}", iso
        return f"{when.day} {mon} {when.year}{sep}{hm}", iso
    if lang == "de":
        return f"{when:%d.%m.%Y}, {hm}", iso
    return f"{when:%d/%m/%Y} {hm}", iso


def fmt_ago(when: dt.datetime, now: dt.datetime) -> tuple[str, str]:
    """Reddit-style ``5 hours ago`` / ``3 days ago`` and its ground truth (minute or day precision)."""
    delta = now - when
    hours = int(delta.total_seconds() // 3600)
    if hours < 24:
        hours = max(hours, 1)
        exact = now - dt.timedelta(hours=hours)
        return f"{hours} hour{'s' if hours > 1 else ''} ago", exact.strftime("%Y-%m-%dT%H:%M")
    days = delta.days
    return f"{days} day{'s' if days > 1 else ''} ago", (now - dt.timedelta(days=days)).strftime("%Y-%m-%d")


def fmt_date(day: dt.date, lang: str) -> str:
    """A join or member-since date, without time."""
    if lang == "de":
        return f"{day:%d.%m.%Y}"
    if lang == "es":
        return f"{day:%d/%m/%Y}"
    if lang in _MONTHS:
        mon = _MONTHS[lang][day.month - 1]
        return f"{mon} {day.day}, {day.year}" if lang == "en" else f"{day.day} {mon} {day.year}"
    return day.isoformat()
