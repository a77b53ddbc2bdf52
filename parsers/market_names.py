"""How a market page names its vendors and itself: vendor handles, links to vendors, listings and
categories, headings, breadcrumbs and the ``<title>`` separator.

A vendor's handle is the first token of a labelled value, never a label or a control; headings
that name a kind of page or section ("Product Details", "Über uns") name no item or vendor.

>>> from parsers.market_names import GENERIC_HEADING_RE, vendor_name
>>> vendor_name("PHARMORA (1000) (4.97)"), vendor_name("Add to cart")
('PHARMORA', None)
>>> bool(GENERIC_HEADING_RE.match("About us"))
True
"""

from __future__ import annotations

import functools
import re
from typing import Any

from parsers.dom import Doc, clean
from parsers.labels import CONTROL_WORDS, LABEL_WORDS

__all__ = [
    "CATEGORY_URL_RE",
    "GENERIC_HEADING_RE",
    "LISTING_URL_RE",
    "TITLE_SEP_RE",
    "VENDOR_URL_RE",
    "breadcrumb_category",
    "breadcrumb_current",
    "category_url",
    "headings",
    "home_link_texts",
    "vendor_links",
    "vendor_name",
]


_NAME_TOKEN_RE = re.compile(r"^[^\s(\[|,]+")

# A measure, not a handle: a number, a share or a score, bare or run into its word ("97.8%Positive",
# "4.9/5", "★★★★☆", "1482"); a handle may start with digits ("420stoner") but is not a number.
_MEASURE_RE = re.compile(
    r"^[+-]?(?:\d+(?:[.,]\d+)*(?:\s*(?:%|/\s*\d+(?:[.,]\d+)?|[★☆⭐]+)[^\W\d_]*)?|[★☆⭐]+)$"
)

# Words a rating badge shows in place of a handle ("Positive", "Excellent", "Top rated"), in the
# languages of the label lists; "positive" and "rating" are labels already.
_RATING_WORDS = frozenset({
    "negative", "neutral", "excellent", "good", "bad", "poor", "trusted", "verified", "top", "positiv",
    "negativ", "positif", "négatif", "neutre", "positivo", "negativo", "neutro", "positiva", "negativa",
    "положительный", "отрицательный", "нейтральный",
})


# Chinese and Japanese sites join a <title>'s parts with a bare "_" ("商品名_分类_店名").
TITLE_SEP_RE = re.compile(
    r"\s+(?:-|\||::|—|–|»|·|•)\s+|(?<=[\u3040-\u9fff\uff00-\uffef])_|_(?=[\u3040-\u9fff\uff00-\uffef])"
)


# Relative links ("user.php?u_id=x") count as well as absolute ones ("/vendor/x").
VENDOR_URL_RE = re.compile(
    r"(?:(?:^|/)(?:vendor|vendors|seller|sellers|user|users|u|profile|profiles|shop|store|v)"
    r"(?:/|\.php|$|\?))|(?:[?&](?:vendor|seller|user|u|id_vendor|vendor_id|seller_id|user_id|u_id|"
    r"username|member)=)",
    re.IGNORECASE,
)


LISTING_URL_RE = re.compile(
    r"(?:^|/)(?:listing|listings|product|products|item|items|offer|viewproduct|p|goods|produto|produtos|"
    r"producto|productos|produit|produits|prodotto|prodotti)"
    r"(?:/|\.php|\?|$)|[?&](?:offer|listing|product|item|pid|ls_id|listing_id|product_id|item_id|"
    r"offer_id)=",
    re.IGNORECASE,
)


def vendor_name(value: str | None) -> str | None:
    """The vendor's handle from a labelled value ("PHARMORA (1000) (4.97)", "leafy - 12 sold")."""
    if not value:
        return None
    value = clean(value).lstrip("@:-– ")
    match = _NAME_TOKEN_RE.match(value)
    if not match:
        return None
    name = match.group(0).strip(".,:;-–")
    folded = name.casefold()
    if _MEASURE_RE.match(name) or folded in _RATING_WORDS:
        return None  # a rating badge ("97.8%" over "Positive") names no one
    if folded in LABEL_WORDS:
        return None  # a label ("Category: Cannabis", "Rating 98.70 %") names no one
    if folded in CONTROL_WORDS or value.casefold() in CONTROL_WORDS:
        return None  # nor does a control ("<h3>Купить</h3>" over a price table, "Add to cart")
    return name if 1 < len(name) <= 60 else None


_HOME_HREF_RE = re.compile(r"^(?:https?://[^/]+)?(?:/|\./|/?index\.\w+)?$", re.IGNORECASE)


def _link_texts(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """(texts of links to vendor profiles or shops, lower-cased texts of links home), one pass."""
    found = doc.memo.get("link_texts")
    if found is None:
        vendors, home = set(), set()
        profiles = []  # every link to a profile's address, in page order (vendor_anchors)
        for a in doc.root.iter("a"):
            href = a.get("href") or ""
            profile = VENDOR_URL_RE.search(href) is not None
            if profile:
                profiles.append((a, href))
            if profile and not LISTING_URL_RE.search(href) and not _ACCOUNT_RE.search(href):
                text = clean(a.text_content())
                if 1 < len(text) <= 60:
                    vendors.add(text)
            elif href and _HOME_HREF_RE.match(href):
                home.add(clean(a.text_content()).casefold())
        found = doc.memo["link_texts"] = (frozenset(vendors), frozenset(home))
        doc.memo["vendor_anchors"] = tuple(profiles)
    return found


def vendor_anchors(doc: Doc) -> list[tuple[Any, str]]:
    """(link, address) of every link whose address is a profile's or a shop's
    (:data:`VENDOR_URL_RE`), in page order: found once per page, with :func:`vendor_links`."""
    if "vendor_anchors" not in doc.memo or "link_texts" not in doc.memo:
        doc.memo.pop("link_texts", None)
        _link_texts(doc)
    return list(doc.memo["vendor_anchors"])


# The visitor's own account pages under a /user/ address ("/user/login", "/user/register"): the
# site's sign-in links, no seller's profile.
_ACCOUNT_RE = re.compile(
    r"/(?:log-?in|log-?out|sign-?in|sign-?up|sign-?out|register|registration|lost-?password|"
    r"forgot(?:-?password)?|recover(?:-?password)?|dashboard)(?:[/?#.]|$)",
    re.IGNORECASE,
)


def vendor_links(doc: Doc) -> frozenset[str]:
    """Texts of the page's links to vendor profiles or shops (computed once per page)."""
    return _link_texts(doc)[0]


def home_link_texts(doc: Doc) -> frozenset[str]:
    """Lower-cased texts of the page's links to its home page (the site's name, "Home")."""
    return _link_texts(doc)[1]


# "ur_here" ("you are here"): ECShop's and its derivatives' breadcrumb.
_CRUMB_RE = re.compile(r"crumb|nav-?path|navlinks|location|ur_?here|you-?are-?here", re.IGNORECASE)
# "kategori": the word's spelling in German, Polish, Czech, Turkish, Scandinavian, Indonesian paths.
CATEGORY_URL_RE = re.compile(
    r"categor|/cat/|[?&](?:cat(?:egory)?|c|sc|cs|subcat)_?id=|[?&]cat(?:egory)?=|kategori|/c/|/browse/",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def category_url(href: str) -> bool:
    """Whether ``href`` is an address into a category page (:data:`CATEGORY_URL_RE`). Kept across
    pages: a site links the same menu of categories from each of its pages, several readers test
    each link of a page, and the regex (no literal to seek, case ignored) tries every character."""
    return CATEGORY_URL_RE.search(href) is not None


# What stands between the links of a breadcrumb written as text: "Top » Catalogo » Oli"
# (osCommerce), "Startseite :: Gewürze :: Pfeffer" (Zen Cart), "Home > Tea", "Home / Tea".
_CRUMB_SEP_RE = re.compile(r"^(?:»|›|::|>|/|\||-)$")


def _text_crumb(el: Any) -> bool:
    """A run of three links or more, each but the last followed by a separator: a breadcrumb
    whatever its class says (osCommerce's td.headerNavigation)."""
    if len(el) < 3:
        return False  # fewer than three children: no run of three links (most elements)
    links = [c for c in el if c.tag == "a"]
    return len(links) >= 3 and all(_CRUMB_SEP_RE.match(clean(a.tail or "")) for a in links[:-1])


def breadcrumb_category(doc: Doc, title: str | None, where: frozenset[str] = frozenset()) -> str | None:
    """The last category link of a breadcrumb ("Home > Tea > Green tea" -> "Tea"); a crumb that
    names a part of the item's place ``where`` ("Bikes > Pune > <name>") is passed over."""
    for el in doc.root.iter("div", "nav", "ul", "ol", "p", "span", "td"):
        # A class or id that says so, or a schema.org BreadcrumbList / an aria-label, the marks
        # a template names its breadcrumb with whatever its classes are.
        cls, ident = el.get("class"), el.get("id")
        marker = f"{cls or ''} {ident or ''}"
        marked = bool(marker.strip() and _CRUMB_RE.search(marker))
        if not marked and len(el.attrib) > (cls is not None) + (ident is not None):
            extra = f"{el.get('itemtype') or ''} {el.get('aria-label') or ''}"
            marked = bool(extra.strip() and _CRUMB_RE.search(extra))
        if not marked and not _text_crumb(el):
            continue
        anchors = [a for a in el.iter("a") if clean(a.text_content()) and clean(a.text_content()) != title]
        cats = [a for a in anchors if category_url(a.get("href") or "")]
        if cats:
            # A last item that is not a link, and not the item's own name, is the most precise
            # category ("Drugs > Cannabis > <li class=active>Weed</li>" above "<h2>Blue Dream").
            items = list(el.iter("li"))
            last = clean(items[-1].text_content()) if items else ""
            if (
                last
                and len(last.split()) <= 4
                and not any(a.get("href") for a in items[-1].iter("a"))
                and (not title or (last not in title and title not in last))
            ):
                return last
            return clean(cats[-1].text_content())
        # Category links named like any page ("/optics.html"): a crumb that ends with the item's
        # own name has the item's category just before it (after the home link).
        items = [li for li in el.iter("li") if clean(li.text_content())]
        if title and not items and len(anchors) >= 2 and clean(el.text_content()).endswith(title):
            # A crumb of links and separators, no list items ("Top » Oli » <name>", the name
            # as text or as a link to itself): its last link before the name; a lone link
            # before the name ("Accueil / <name>") is the home page, whatever its address.
            inner = [a for a in anchors if not _HOME_HREF_RE.match(a.get("href") or "")]
            text = clean(inner[-1].text_content()) if inner else ""
            if text and len(text.split()) <= 4:
                return text
        if title and len(items) >= 3 and _CRUMB_LEAD_RE.sub("", clean(items[-1].text_content())) == title:
            back = 2
            crumb = [_CRUMB_LEAD_RE.sub("", clean(li.text_content())) for li in items]
            while back < len(items) - 1 and crumb[-back] in where:
                back += 1
            prev = [a for a in items[-back].iter("a") if a.get("href")]
            if prev and not _HOME_HREF_RE.match(prev[0].get("href") or ""):
                text = clean(prev[0].text_content())
                if text and len(text.split()) <= 4:
                    return text
        # A path of two links or more that stops at a link (not at the item): the item's
        # category is that last link ("Genuss > Tees" over a product of Tees).
        inner = [a for a in anchors if not _HOME_HREF_RE.match(a.get("href") or "")]
        if marked and not items and inner and len(anchors) >= 2 and anchors[-1] is inner[-1]:
            # Links alone, no list items ("<nav aria-label=breadcrumb><a>Home</a> <a>Tea</a>"):
            # a marked path that ends at a link ends at the item's category.
            end = el[-1] if len(el) else None
            text = clean(inner[-1].text_content())
            # The last link, or an element around it and nothing else ("<span itemprop=
            # itemListElement><a>Bikes</a></span>", schema.org's crumbs).
            ends = end is inner[-1] or (end is not None and inner[-1] in end.iterdescendants()
                                        and clean(end.text_content()) == text)
            if ends and end is not None and not clean(end.tail or "") and text and len(text.split()) <= 4:
                return text
        if title and len(inner) >= 2 and items and clean(items[-1].text_content()) != title:
            last_links = [a for a in items[-1].iter("a") if a.get("href")]
            text = clean(last_links[0].text_content()) if last_links else ""
            if text and text == clean(inner[-1].text_content()) and len(text.split()) <= 4:
                return text
    return None


# Headings that name a kind of page or section, not an item or a vendor ("Product Details",
# "Vendor Profile", "Beschreibung", "Контактная информация", "About the shop"), in the languages
# the labels cover: a profile's section headings are never its owner's name.
GENERIC_HEADING_RE = re.compile(
    r"^(?:(?:product|item|listing|offer|vendor|seller|user|member|shop|store|contact)\s+)?"
    r"(?:details?|information|info|description|profile|overview|reviews?|feedbacks?|listings?|products?|"
    r"items?|ratings?|comments?|statistics|stats|contacts?|policy|policies|terms|rules|shipping|"
    r"shipping options|payment|staff|agreement|news|announcements?)$|"
    r"^(?:about|about (?:us|me|the (?:shop|store|vendor|seller))|contact (?:us|me|the (?:vendor|seller))|"
    r"terms (?:and|&) conditions|refund policy|shipping (?:policy|information|info))$|"
    r"^(?:produktdetails|produktbeschreibung|beschreibung|verkäuferprofil|profil|détails du produit|"
    r"description du produit|détails|detalles del producto|descripción|perfil|описание|"
    r"информация о товаре|профиль|профиль продавца|"
    # Sections of a store or profile, by language: contact, about, reviews, items, shipping, terms.
    r"kontakt|kontaktdaten|kontaktinformationen|über uns|über den shop|über mich|bewertungen|"
    r"rezensionen|artikel|produkte|angebote|versand|versandoptionen|statistik|agb|"
    r"coordonnées|informations de contact|à propos|avis|évaluations|produits|annonces|livraison|"
    r"conditions|statistiques|contacto|información de contacto|acerca de|sobre nosotros|"
    r"sobre mí|opiniones|reseñas|valoraciones|productos|anuncios|envío|envíos|condiciones|"
    r"estadísticas|contatti|informazioni di contatto|chi siamo|recensioni|prodotti|spedizione|"
    r"statistiche|kontakt|dane kontaktowe|o nas|o sklepie|opinie|recenzje|produkty|dostawa|"
    r"statystyki|kontaktní údaje|o nás|recenze|hodnocení|produkty|doprava|statistiky|"
    r"contactgegevens|over ons|beoordelingen|recensies|producten|verzending|"
    r"контакты|контактная информация|контактные данные|о магазине|о продавце|о нас|отзывы|"
    r"товары|объявления|доставка|способы доставки|статистика|соглашение|правила|персонал|"
    r"контакти|про магазин|відгуки|товари|доставка)$",
    re.IGNORECASE,
)


def breadcrumb_current(doc: Doc) -> str | None:
    """The page's own name as the last item of a breadcrumb, when that item is not a link
    ("Home > Tea > <li class=active>Green tea</li>")."""
    for el in doc.root.iter("ul", "ol", "nav", "div"):
        marker = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not marker.strip() or not _CRUMB_RE.search(marker):
            continue
        items = [li for li in el.iter("li")]
        if len(items) < 2:
            continue
        last = items[-1]
        # Without the separator a template writes inside the item ("<li> &gt; <span>name</span>").
        text = _CRUMB_LEAD_RE.sub("", clean(last.text_content()))
        if 2 < len(text) < 200 and not any(a.get("href") for a in last.iter("a")):
            return text
    return None


_CRUMB_LEAD_RE = re.compile(r"^(?:[>»›/|·•→\\–—-]\s*)+")


def headings(doc: Doc) -> list[tuple[str, Any]]:
    """(text, element) of the h1, then h2, h3 and h4 headings (computed once per page; read-only)."""
    cached = doc.memo.get("headings")
    if cached is not None:
        return list(cached)
    out = []
    for tag in ("h1", "h2", "h3", "h4"):
        for el in doc.root.iter(tag):
            text = clean(el.text_content())
            if 2 < len(text) < 300:
                out.append((text, el))
    doc.memo["headings"] = tuple(out)
    return out


# A heading that table-layout shops give by class, not by tag: osCommerce 2.x prints the item's
# name in td.pageHeading, others in div.productName / span.product-title. Its first line is the
# name; a model number may follow under a <br> ("[COR-3L]").
_NAMED_HEADING_RE = re.compile(r"(?:^|\s)(?:page|product)[-_]?(?:heading|title|name)(?:$|\s)", re.IGNORECASE)


def named_heading(doc: Doc) -> tuple[str, Any] | None:
    """(first line, element) of the first element whose class names a page or product heading
    ("pageHeading", "productName", "product-title") and that holds words, not only a price."""
    if "named_heading" not in doc.memo:
        found = None
        for el in doc.root.iter("td", "div", "span", "p"):
            if not _NAMED_HEADING_RE.search(el.get("class") or ""):
                continue
            lines = Doc.lines(el)
            if lines and 2 < len(lines[0]) < 300 and any(ch.isalpha() for ch in lines[0]):
                found = (lines[0], el)
                break
        doc.memo["named_heading"] = found
    return doc.memo["named_heading"]
