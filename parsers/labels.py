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

import importlib
import re
import threading
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import groupby

__all__ = [
    "BUY_WORDS", "CONTROL_WORDS", "FEEDBACK_WORDS", "LABELS", "LABEL_WORDS", "SALES_WORDS", "find_label",
    "find_label_index", "iter_labels", "label_re",
]

#: The words of a buy or order control (a button, a link, a form's heading), in several languages:
#: a page that shows one sells the item it is about.
BUY_WORDS = (
    "add to cart", "add to basket", "buy now", "buy", "order now", "order product", "order item", "purchase",
    "place order", "checkout", "купить", "заказать", "в корзину", "in den warenkorb", "kaufen", "bestellen",
    "acheter", "commander", "ajouter au panier", "comprar", "añadir al carrito", "acquista",
    "aggiungi al carrello", "sepete ekle", "adicionar ao carrinho", "adicionar à sacola", "mua ngay",
    "thêm vào giỏ", "đặt hàng", "beli sekarang", "tambah ke keranjang", "satın al", "in de winkelwagen",
    "in winkelwagen", "toevoegen aan winkelwagen", "nu kopen", "dodaj do koszyka", "kup teraz", "do košíku",
    "lägg i varukorgen", "köp nu", "в кошик", "купити",
    # Malay, Swahili, Filipino, Serbian (Cyrillic and Latin), Croatian.
    "beli", "tambah ke troli", "nunua", "weka kwenye kikapu", "ongeza kwenye kikapu", "bilhin",
    "idagdag sa cart", "idagdag sa basket", "купи", "додај у корпу", "kupi", "dodaj u korpu",
    "dodaj u košaricu",
)

#: What a control says (buy, order, message, follow, log in... in several languages): such a word
#: standing alone is a button's or a form's, never a vendor's name ("<h3>Купить</h3>" over a
#: package table, "<a class=button>Contact</a>" beside a seller's card).
CONTROL_WORDS: frozenset[str] = frozenset(
    (
        *BUY_WORDS, "add to bag", "add to wishlist", "jetzt kaufen", "in den korb", "warenkorb", "kup",
        "kup teraz", "dodaj do koszyka", "do koszyka", "zamów", "koupit", "do košíku", "objednat", "kopen",
        "bestel", "in winkelwagen", "köp", "osta", "купити", "замовити", "в кошик", "оформить заказ",
        "achetez", "comprar ahora", "acquista ora", "ordina", "order",
        "contact", "message", "send message", "follow", "unfollow", "subscribe", "report",
        "login", "log in", "sign in", "register", "sign up", "написать", "написать сообщение",
        "связаться", "подписаться", "войти", "регистрация", "лс", "kontakt", "nachricht", "folgen",
        "anmelden", "contacter", "suivre", "connexion", "contactar", "seguir", "contatta", "segui",
    )
)

#: Labels of a count of feedback, and of a count of sales (a vendor's feedback count is either).
FEEDBACK_WORDS = (
    "feedback",
    "feedbacks",
    "reviews",
    "ratings",
    "total feedback",
    "feedback count",
    "отзывы",
    "отзывов",
    "количество отзывов",
    "bewertungen",
    "avis",
    "évaluations",
    "valoraciones",
    "reseñas",
    "opiniones",
    "recensioni",
    "opinie",
    "recenzje",
    "recenze",
    "hodnocení",
    "beoordelingen",
    "recensies",
    "avaliações",
    "відгуки",
    "yorumlar",
    "omdömen",
    "anmeldelser",
    "ulasan",  # ms, id
    "maoni",  # sw
    "утисци",  # sr
    "utisci",
    "recenzije",  # hr, sr, bs
    # Orders the buyer rated: one feedback each ("Pedidos valorados: 216", Eckmar's stats).
    "rated orders",
    "pedidos valorados",
    "bewertete bestellungen",
    "commandes évaluées",
    "ordini valutati",
    "оценённых заказов",
    "оцененных заказов",
)
SALES_WORDS = (
    "sales", "orders", "transactions", "продажи", "сделок", "verkäufe", "ventes", "ventas", "vendite",
)

_RAW: dict[str, tuple[str, ...]] = {
    "price": (
        "purchase price",
        "sale price",
        "our price",
        "listing price",
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
        # Chinese: "本店售价" (this shop's price, beside a struck "市场价格" market price), "售价".
        "本店售价",
        "售价",
        "价格",
        "单价",
        "现价",
        "促销价",
        "価格",
        "販売価格",
        "amount",
        "kosten",
        # Vietnamese, Indonesian, Turkish.
        "giá",
        "giá bán",
        "harga",
        "fiyat",
        "fiyatı",
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
        "người bán",
        "nhà bán",
        "penjual",
        "satıcı",
        # Romanian, Danish, Norwegian, Swedish, Finnish, Greek, Czech, Slovak.
        "vânzător",
        "vanzator",
        "sælger",
        "selger",
        "säljare",
        "myyjä",
        "πωλητής",
        "prodejce",
        "predajca",
    ),
    "ships_from": (
        "ships from",
        "shipping from",
        "ship from",
        "shipped from",
        "sends from",
        "dispatch from",
        "dispatches from",
        "location",
        "expédié de",
        "expédie de",
        "envoi depuis",
        "versand aus",
        "versand von",
        "versendet aus",
        "envío desde",
        "envia desde",
        "envía desde",
        "enviado desde",
        "envíos desde",
        "spedito da",
        "spedizione da",
        "отправка из",
        "доставка из",
        "откуда",
        "страна отправки",
        "отправляется из",
        "wysyłka z",
        "wysyłane z",
        "enviado de",
        "envio de",
        "verzonden vanuit",
        "verzending vanuit",
        "verzonden uit",
        "odesláno z",
        "doprava z",
        "gửi từ",
        "giao từ",
        "dikirim dari",
        "item location",
        "lieu où se trouve l'objet",
        "localisation de l'objet",
        "artikelstandort",
        "ubicación del artículo",
        "posizione dell'oggetto",
        "gönderim yeri",
    ),
    # Where the goods come from ("Origine: Lozère, France", "Herkunft: Kenia"): a product's
    # attribute, read as where it ships from only beside a shipping destination (markets label
    # the route "Origin country" / "Ship to"), see parsers.market_places.ships_from_value.
    "origin": (
        "origin country",
        "country of origin",
        "origin",
        "pays d'origine",
        "origine",
        "herkunft",
        "herkunftsland",
        "ursprungsland",
        "origen",
        "país de origen",
        "paese di origine",
        "origine del prodotto",
        "kraj pochodzenia",
        "pochodzenie",
        "origem",
        "país de origem",
        "herkomst",
        "land van herkomst",
        "země původu",
        "původ",
        "страна происхождения",
        "страна производства",
        "происхождение",
        "xuất xứ",
    ),
    "ships_to": (
        "ships to",
        "shipping to",
        "ship to",
        "shipped to",
        "envoyé vers",
        "versendet nach",
        "enviado a",
        "spedito in",
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
        "gửi đến",
        "giao đến",
        "giao hàng đến",
        "dikirim ke",
        "gönderim",
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
        "type",
        "danh mục",
        "kategori",
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
    "feedback_count": FEEDBACK_WORDS + SALES_WORDS,
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
        "положительных",
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
        "geregistreerd",
        "iscritto dal",
        "registrato",
        "membro desde",
        "anggota sejak",
        "bergabung sejak",
        "bergabung",
        "terdaftar sejak",
        "registrado em",
        "zarejestrowany",
        "zarejestrowana",
        "data rejestracji",
        "członek od",
        "registrován",
        "registrována",
        "datum registrace",
        "členem od",
        "зареєстрований",
        "дата реєстрації",
        "на сайті з",
        "kayıt tarihi",
        "üyelik tarihi",
        "تاریخ عضویت",
        "عضویت",
        "تاريخ التسجيل",
        "تاريخ الانضمام",
        "عضو منذ",
        "انضم",
        "انضم في",
        "اشترك في",
        "تاريخ الاشتراك",
        "entrou",
        "entrou em",
        "cadastrado em",
        "data de cadastro",
        # Forum engines' language packs (FUDforum's Czech "Registrován", phpBB's Swedish...).
        "registrován(a)", "registrace", "člen od",  # cs
        "registrovaný", "registrovaná", "registrácia", "členom od",  # sk
        "dołączył", "dołączyła", "dołączył(a)", "rejestracja",  # pl
        "lid geworden", "aangemeld",  # nl
        "cadastrado em", "entrou em",  # pt
        "medlem sedan", "registrerad", "gick med",  # sv
        "medlem siden", "tilmeldt", "registreret",  # da
        "registrert",  # no
        "liittynyt", "rekisteröitynyt", "jäsen alkaen",  # fi
        "katılım", "katılım tarihi",  # tr
        "зареєстрована", "реєстрація", "з нами з",  # uk
        "csatlakozott", "regisztrált", "regisztráció",  # hu
        "membru din", "înregistrat", "data înregistrării",  # ro
        "εγγραφή", "μέλος από",  # el
        "登録日", "参加日",  # ja
        "가입일",  # ko
        "придружио се", "придружила се", "члан од", "регистрован", "регистрована",  # sr (Cyrillic)
        "pridružio se", "pridružila se", "član od", "registrovan", "registriran",  # sr, hr, bs
        "ahli sejak", "menyertai", "sumali", "miyembro mula", "alijiunga", "mwanachama tangu",  # ms, tl, sw
        "tham gia", "ngày tham gia", "gia nhập",  # vi
        # vBulletin's language packs: "Fecha de ingreso" (es), "Data de ingresso" (pt),
        # "Data registrazione" (it), "Date d'inscription" (fr), "Registriert seit" (de).
        "fecha de ingreso", "se unió", "data de ingresso", "data registrazione",
        "date d'inscription", "geregistreerd op", "lid geworden op",
        "միացել է", "գրանցվել է",  # Armenian
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
        "帖子",
        "回帖",
        "發文",
        # Persian ("ارسال ها", with a space or a zero-width non-joiner) and Arabic.
        "ارسال ها",
        "ارسال\u200cها",
        "پست ها",
        "پست\u200cها",
        "المشاركات",
        "գրառումներ",  # Armenian
        "مشاركات",
        "عدد المشاركات",
        # Forum engines' language packs (FUDforum's Czech "Příspěvků", phpBB's Swedish "Inlägg"...).
        "příspěvků", "příspěvky", "počet příspěvků",  # cs
        "príspevkov", "príspevky", "počet príspevkov",  # sk
        "postów", "liczba postów",  # pl
        "mensagens", "postagens",  # pt
        "inlägg", "antal inlägg",  # sv
        "indlæg", "antal indlæg",  # da
        "innlegg", "antall innlegg",  # no
        "viestejä", "viestit", "viestejä yhteensä",  # fi
        "mesajlar", "mesaj sayısı", "toplam mesaj",  # tr
        "повідомлень", "повідомлення", "дописів", "дописи",  # uk
        "hozzászólások", "hozzászólás",  # hu
        "ziņas", "ziņojumi",  # lv
        "postime",  # sq
        "mesaje", "postări",  # ro
        "μηνύματα", "δημοσιεύσεις",  # el
        "投稿数", "投稿",  # ja
        "게시물", "글 수",  # ko
        "missatges",  # ca
        "pranešimai", "pranešimų",  # lt
        "הודעות",  # he
        "kiriman", "jumlah kiriman",  # id
        "bài viết", "số bài viết", "bài gửi",  # vi
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
_FIRSTS: dict[re.Pattern[str], tuple[str, ...]] = {}
try:
    # The regex engine's case-insensitive equivalences beyond lower() (s/ſ, i/ı, в/ᲀ...).
    _EXTRA_CASES: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
except (ImportError, AttributeError):  # pragma: no cover - other Python versions
    _EXTRA_CASES = {}


def label_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """A regex matching a line that starts with one of ``words`` (then an optional colon and value)."""
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # [ \t] rather than \s: patterns may run over many lines at once (re.M) and must not cross them.
    # A possessive is no label: "Vendor's other listings" does not give a vendor.
    pattern = re.compile(
        rf"^(?:{alt})(?![\w'’])(?:[ \t]*\([^)\n]*\))?[ \t]*(?P<sep>[:：\u055d=\-–—]?)[ \t]*(?P<value>.*)$",
        re.IGNORECASE | re.MULTILINE,
    )
    # The lower-cased first letters a matching line can start with: lines are looked up by their
    # first letter instead of running the regex over the whole text.
    firsts: set[str] = set()
    if not all(words):
        return pattern  # an empty label matches any line: no first letter to look up
    for word in words:
        low = word[:1].lower()
        firsts.add(low)
        firsts.update(chr(c) for c in _EXTRA_CASES.get(ord(low), ()))
    _FIRSTS[pattern] = tuple(sorted(firsts))
    return pattern


for _name, _words in _RAW.items():
    LABELS[_name] = label_re(_words)
#: The words naming a post count, also read after their number ("87 postów", "1,412 posts").
POSTS_WORDS: tuple[str, ...] = _RAW["posts"]

#: Every one-word label (lower case): a word a page uses to name a field is never a field's value
#: such as a vendor's name ("Category: Cannabis" under a "Vendor" heading is not a seller).
LABEL_WORDS: frozenset[str] = frozenset(
    w.casefold() for words in (*_RAW.values(), FEEDBACK_WORDS, SALES_WORDS) for w in words if " " not in w
)


def find_label_index(
    lines: Sequence[str], pattern: re.Pattern[str], *, max_label: int = 40, max_line: int | None = None
) -> tuple[int, str] | None:
    """(line index of the value, value) for the first line labelled by ``pattern``."""
    for found in iter_labels(lines, pattern, max_label=max_label, max_line=max_line):
        return found
    return None


_CACHE = threading.local()  # parsing may run in worker threads: one cache each


def _by_first(lines: Sequence[str]) -> dict[str, list[int]] | None:
    """Indices of the lines (up to 400 characters) by lower-cased first letter; None when a line
    holds a newline (then a label may start inside it, and the lines are searched as one text)."""
    cache: list[tuple[Sequence[str], int, dict[str, list[int]] | None]] | None = getattr(
        _CACHE, "by_first", None
    )
    if cache is None:
        cache = _CACHE.by_first = []
    # The cache holds the lists themselves, so identity is safe; the length guards against appends.
    # Several lists alternate (the page's lines, then each card's), hence a few entries.
    for held, size, index in cache:
        if held is lines and size == len(lines):
            return index
    # First letters lower-cased, then grouped by a (stable, C) sort: no Python step per line.
    # Lines over 400 characters are indexed too; iter_labels skips them.
    keys = [first[:1] for first in map(str.lower, [line[:1] for line in lines])]
    order = sorted(range(len(keys)), key=keys.__getitem__)
    by_first = {key: list(group) for key, group in groupby(order, key=keys.__getitem__) if key}
    index = None if "\n" in "".join(lines) else by_first
    cache.insert(0, (lines, len(lines), index))
    del cache[8:]
    return index


_SHORT = 12


def _line_matches(
    lines: Sequence[str], pattern: re.Pattern[str]
) -> Iterator[tuple[int, re.Match[str]]]:
    """(line index, match) of every line starting with one of ``pattern``'s labels, in order."""
    firsts = _FIRSTS.get(pattern)
    if firsts is not None and len(lines) <= _SHORT and not any("\n" in line for line in lines):
        # A few lines (a user panel, a card) are matched directly: indexing them costs more.
        for i, line in enumerate(lines):
            short_match = pattern.match(line)
            if short_match:
                yield i, short_match
        return
    index = _by_first(lines) if firsts is not None else None
    if firsts is None or index is None:
        text = "\n".join(lines)
        starts, pos = [], 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        for match in pattern.finditer(text):
            yield bisect_right(starts, match.start()) - 1, match
        return
    found: list[int] = []
    for first in firsts:
        hit = index.get(first)
        if hit:
            found += hit
    if len(firsts) > 1:
        found.sort()
    for i in found:
        hit_match = pattern.match(lines[i])
        if hit_match:
            yield i, hit_match


def iter_labels(
    lines: Sequence[str],
    pattern: re.Pattern[str],
    *,
    max_label: int = 40,
    strict: bool = False,
    max_line: int | None = None,
) -> Iterator[tuple[int, str]]:
    """Every (line index of the value, value) labelled by ``pattern``, in order.

    ``strict`` accepts a value on the label's line only after a separator ("Vendor: x"), so
    that menu entries such as "Vendor Block List" are not read as labelled values. Lines longer
    than ``max_line`` count as absent (as if filtered out of ``lines``, which would cost a new
    list to index).
    """
    if not lines:
        return
    for i, match in _line_matches(lines, pattern):
        line = lines[i]
        if len(line) > 400 or (max_line is not None and len(line) > max_line):
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
        else:
            j = i + 1
            while max_line is not None and j < len(lines) and len(lines[j]) > max_line:
                j += 1
            if j < len(lines):
                yield j, lines[j]


def find_label(lines: Sequence[str], pattern: re.Pattern[str], *, max_line: int | None = None) -> str | None:
    """The value of the first line labelled by ``pattern`` (same line after a colon, or next line)."""
    found = find_label_index(lines, pattern, max_line=max_line)
    return found[1] if found else None
