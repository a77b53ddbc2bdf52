"""Page-type signals that do not depend on site structure: interstitials, errors, directories.

Login walls, captchas and DDoS-guard queues are recognised in several languages from the page's
text, forms and images; they stop a crawler and are never attacked. A waiting room is also known
by its shape in any language: a few words, a number and an element classed as its queue or ETA.

    >>> from parsers.dom import load
    >>> from parsers.classify import interstitial_type
    >>> interstitial_type(load(b"<html><body><h1>DDoS protection</h1><p>You are in queue</p></body></html>"))
    'ddos_protection'
    >>> interstitial_type(load(b"<form><input name=u><input type=password><button>Login</button></form>"))
    'login'
"""

from __future__ import annotations

import re

from lxml import etree

from parsers.ddos_mention import attack_named_in_prose
from parsers.dom import Doc, clean, xpath
from parsers.front_gates import front_challenge, front_frame
from parsers.labels import BUY_WORDS
from parsers.pgp_challenge import pgp_challenge
from parsers.prices import find_prices
from parsers.regex_gate import Folded

__all__ = ["QUEUE_WORDS", "directory_like", "error_like", "interstitial_type"]

# v3 names and the retired 16-character v2 names that old directories still list.
_ANY_ONION_RE = re.compile(r"\b(?:[a-z2-7]{56}|[a-z2-7]{16})\.onion\b", re.IGNORECASE)

#: What waiting rooms and DDoS guards say, per language (lower case, accents as written): the
#: queue you are placed in, your place in it, the estimated wait, "please wait", the browser check
#: and the guard's own name. English, German, French, Spanish, Russian are in ``_DDOS_RE`` below.
QUEUE_WORDS: dict[str, tuple[str, ...]] = {
    "nl": ("wachtrij", "even geduld", "geschatte wachttijd", "een ogenblik geduld", "browsercontrole",
           "uw browser wordt gecontroleerd", "ddos-bescherming"),
    "sv": ("du står i kö", "du är i kö", "plats i kön", "i kön", "beräknad väntetid", "vänligen vänta",
           "var god vänta", "webbläsarkontroll", "ddos-skydd"),
    "da": ("du er i kø", "du er sat i kø", "plads i køen", "i køen", "ventekø", "forventet ventetid",
           "vent venligst", "browsertjek", "ddos-beskyttelse"),
    "no": ("du står i kø", "plass i køen", "forventet ventetid", "vennligst vent", "nettleserkontroll",
           "ddos-beskyttelse"),
    "fi": ("olet jonossa", "jonossa", "jonotus", "arvioitu odotusaika", "odota hetki", "ole hyvä ja odota",
           "selaimen tarkistus", "ddos-suojaus"),
    "cs": ("ve frontě", "čekací fronta", "pořadí ve frontě", "odhadovaná doba čekání", "čekejte prosím",
           "prosím čekejte", "prosím počkejte", "kontrola prohlížeče", "ochrana proti ddos"),
    "pl": ("w kolejce", "jesteś w kolejce", "pozycja w kolejce", "kolejka oczekujących",
           "szacowany czas oczekiwania", "proszę czekać", "proszę poczekać", "sprawdzanie przeglądarki",
           "ochrona ddos", "ochrona przed ddos"),
    "pt": ("você está na fila", "voce esta na fila", "posição na fila", "por favor aguarde",
           "por favor, aguarde", "aguarde um momento", "verificando o seu navegador",
           "verificando seu navegador",
           "proteção ddos", "proteção contra ddos"),
    "it": ("sei in coda", "siete in coda", "messo in coda", "posizione in coda", "coda di attesa",
           "tempo di attesa stimato", "attendere prego", "si prega di attendere", "controllo del browser",
           "verifica del browser", "protezione ddos"),
    "tr": ("sıradasınız", "sırada bekliyorsunuz", "bekleme kuyruğu", "sıra numaranız",
           "tahmini bekleme süresi", "lütfen bekleyin", "tarayıcınız kontrol ediliyor", "ddos koruması"),
    "uk": ("ви в черзі", "в черзі", "у черзі", "місце в черзі", "орієнтовний час очікування", "зачекайте",
           "перевірка браузера", "захист від ddos"),
    "hu": ("várólista", "sorban állsz", "ön sorban áll", "becsült várakozási idő", "kérjük, várjon",
           "kérjük várjon", "böngésző ellenőrzése"),
    "ro": ("sunteți în coadă", "sunteti in coada", "în coada de așteptare", "timp de așteptare estimat",
           "vă rugăm să așteptați", "verificarea browserului"),
    "el": ("ουρά αναμονής", "στην ουρά", "παρακαλώ περιμένετε", "εκτιμώμενος χρόνος αναμονής"),
    "ar": ("قائمة الانتظار", "طابور الانتظار", "يرجى الانتظار", "وقت الانتظار المقدر"),
    "fa": ("صف انتظار", "در صف", "لطفا صبر کنید", "لطفاً صبر کنید", "زمان انتظار تخمینی"),
    "ja": ("待機列", "順番待ち", "お待ちください", "推定待ち時間", "待ち時間"),
    "zh": ("请稍候", "請稍候", "等待队列", "等候隊列", "预计等待时间", "預計等待時間"),
    "ko": ("대기열", "잠시 기다려", "예상 대기 시간"),
}
_QUEUE_WORDS_RE = "|".join(
    re.escape(word)
    for word in sorted({w for words in QUEUE_WORDS.values() for w in words}, key=len, reverse=True)
)

_DDOS_RE = Folded(re.compile(
    _QUEUE_WORDS_RE + r"|ddos|anti-?ddos|d\.d\.o\.s|checking your browser|browser check|"
    r"you are in (?:the )?queue|"
    r"queue position|waiting room|please wait while|position in queue|endgame|dos protection|under attack|"
    # Waiting rooms say why you wait: a place in a queue and an estimated wait.
    r"placed in (?:a|the) queue|access queue|estimated wait(?:ing)? time|"
    r"geschätzte wartezeit|temps d'attente estimé|tiempo de espera estimado|tempo de espera estimado|"
    r"fila de espera|ожидаемое время ожидания|排队|"
    r"проверка браузера|вы в очереди|очередь|подождите|ddos-защит|защита от ddos|"
    r"browserprüfung|warteschlange|bitte warten|file d'attente|veuillez patienter|vérification du navigateur|"
    r"cola de espera|por favor espere|verificando (?:su|tu) navegador|est[aá]s en la cola|"
    r"\b(?:1st|2nd|3rd|first|second|third|last) strike\b|security breach detected|new tor identity",
    re.IGNORECASE,
))
_CAPTCHA_RE = Folded(re.compile(
    r"captcha|enter the (?:code|characters|text)|type the (?:characters|code|text)|security check|"
    r"are you (?:a )?human|prove you are human|i'?m not a robot|solve the|verify you are|"
    r"введите (?:код|символы|текст)|капча|каптча|докажите|"
    r"sicherheitscode|geben sie den code|code eingeben|bist du ein mensch|"
    r"entrez le code|saisissez (?:le code|les caractères)|code de sécurité|"
    r"introduzca el código|ingrese el código|introduce los caracteres|código de seguridad|"
    # phpBB's visual confirmation wording, as its language packs translate it.
    r"visual confirmation|confirmation code|visuelle bestätigung|bestätigungscode|gib den code|"
    r"confirmation visuelle|code de confirmation|confirmación visual|código de confirmación|"
    r"confirmação visual|código de confirmação|digite o código|визуальное подтверждение|"
    r"код подтверждения|验证码|驗證碼",
    re.IGNORECASE,
))
_LOGIN_RE = Folded(re.compile(
    r"\b(?:log ?in|sign ?in|login to|log on|please (?:log|sign) in|you must be logged in|register|password|"
    r"forgot (?:your )?password|username)\b|войти|вход|пароль|авторизац|регистрация|"
    r"anmelden|einloggen|passwort|kennwort|benutzername|connexion|se connecter|mot de passe|identifiant|"
    r"iniciar sesi[oó]n|contraseña|acceder|usuario|senha|entrar|usuário|acessar",
    re.IGNORECASE,
))
_ERROR_RE = Folded(re.compile(
    r"not found|page not found|no such (?:page|item|listing)|does not exist|"
    r"doesn't exist|no longer available|has been removed|item not found|listing not found|error occurred|"
    r"internal server error|bad gateway|service unavailable|forbidden|"
    r"не найден|страница не найдена|ошибка|nicht gefunden|existiert nicht|fehler|"
    r"introuvable|n'existe pas|erreur|no encontrad|no existe|página no encontrada",
    re.IGNORECASE,
))


# Field and image names of captcha forms: "captcha", phpBB's "confirm_code" and "mode=confirm"
# image, Discuz's "seccode", "verifycode"/"vcode" of many Chinese and Russian scripts.
_CAPTCHA_ATTR_RE = re.compile(
    r"captcha|confirm_code|mode=confirm|seccode|verify_?code|\bvcode\b", re.IGNORECASE
)
_CAPTCHA_ATTRS = {"img": ("src", "alt", "id"), "input": ("name", "id", "placeholder"), "form": ("action",)}


def _has_captcha_markup(doc: Doc) -> bool:
    for el in doc.tagged("img", "input", "form"):
        for name in _CAPTCHA_ATTRS[el.tag]:
            value = el.get(name)
            if value and _CAPTCHA_ATTR_RE.search(value):
                return True
    return False


def _code_form(doc: Doc) -> bool:
    """A captcha's form by its shape, in any language: a form that holds a picture and one field
    to type in, and that field takes a few characters only (a maxlength of 3 to 10) or, in a
    posted form, is kept from the browser's memory (autocomplete off): the characters the
    picture shows. A search box beside a logo has no such short field, and its form gets; an
    item's order form (its picture, a quantity field) fills its field in ("1") and prices the
    item, and its picture links to a larger one."""
    forms = doc.tagged("form")
    if not forms or find_prices(doc.text, limit=1):
        return False
    for form in forms:
        if not any(all(a.tag != "a" for a in img.iterancestors()) for img in form.iter("img")):
            continue
        fields = [
            el for el in form.iter("input")
            if (el.get("type") or "text").lower() in ("text", "tel", "number", "")
        ]
        if len(fields) != 1:
            continue
        field = fields[0]
        if (field.get("value") or "").strip():
            continue
        size = field.get("maxlength") or ""
        posted = (form.get("method") or "").lower() == "post"  # a search box's form gets
        unremembered = (field.get("autocomplete") or "").lower() == "off"
        if (size.isdigit() and 3 <= int(size) <= 10) or (posted and unremembered):
            return True
    return False


def _credentials_form(password: etree._Element) -> bool:
    """Whether a password field's form also asks for a name: the shape of a login form in any
    language (a short page holding one is a login wall whatever its words)."""
    form = next((a for a in password.iterancestors() if a.tag == "form"), None)
    if form is None:
        return False
    return any(
        (el.get("type") or "text").lower() in ("text", "email")
        for el in form.iter("input")
        if el is not password
    )


def _message_form(password: etree._Element) -> bool:
    """Whether a password field's form asks for a message to write: a reply form, its password
    the key that deletes the post later (old CGI boards' "削除キー", "Löschpasswort"), no login."""
    form = next((a for a in password.iterancestors() if a.tag == "form"), None)
    return form is not None and next(form.iter("textarea"), None) is not None


def _quick_login(password: etree._Element, size: int) -> bool:
    """A login form that is a small part of a page with much else to read: the quick login of
    a board's header (vBulletin 3's navbar) above the content, not a wall. A wall's page holds
    little outside its form (a title, a register link, a footer)."""
    form = next((a for a in password.iterancestors() if a.tag == "form"), None)
    if form is None:
        return False
    own = len(" ".join(form.text_content().split()))
    return size - own > 600 and own * 5 < size


def _goods_on_show(doc: Doc) -> bool:
    """A page that shows goods at their prices, under a title and main heading (h1) that do not
    say "log in": a catalogue with the header's login popup (Shoptet's "Přihlášení k vašemu
    účtu" form above the cards), however short, not a wall. Walls price nothing; a header's
    balance or exchange rate makes one or two prices, not three."""
    if len(find_prices(doc.text, limit=3)) < 3:
        return False
    heads = [doc.title or "", *(el.text_content() for el in doc.tagged("h1")[:2])]
    return not any(_LOGIN_RE.found(h) for h in heads)


def _refresh(doc: Doc) -> bool:
    return any((el.get("http-equiv") or "").lower() == "refresh" for el in doc.tagged("meta"))


# Class and id words of a waiting room's parts: EndGame's span.eta and div.queue-graphic, "queue",
# "waiting-room", "wait-time", "position" widgets of other guards (English names whatever the page's
# language: markup is written in English).
_QUEUE_MARKUP_RE = re.compile(
    r"(?:^|[\s_-])(?:eta|queue|waiting[-_]?room|wait[-_]?time|queue[-_]?pos(?:ition)?)(?:$|[\s_-])",
    re.IGNORECASE,
)


def _queue_markup(doc: Doc, size: int) -> bool:
    """A page that is a waiting room by its shape in any language: little text (a logo, a line or
    two), hardly any links, no form to fill in, and an element whose class or id names the queue
    or its ETA showing a number (a place in the queue, a wait in minutes)."""
    if size > 600 or len(doc.links) > 5:
        return False
    if any((el.get("type") or "text").lower() != "hidden" for el in doc.tagged("input")):
        return False
    if not any(ch.isdigit() for ch in doc.text):
        return False
    for el in doc.root.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "head", "body"):
            continue
        marks = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
        if marks and _QUEUE_MARKUP_RE.search(marks) and any(ch.isdigit() for ch in el.text_content()):
            return True
    return False


def _own_text(doc: Doc, want: int) -> str:
    """The body's text outside links, whitespace collapsed, at least its first ``want`` characters
    (a prefix of the whole: walking stops once it has them, usually after a few elements)."""
    bodies = [doc.root.find("body")] if doc.root.tag == "html" else xpath("//body")(doc.root)
    parts: list[str] = []
    size = 0
    for body in bodies:
        if body is None:
            continue
        in_links = 0  # <a> elements open around the current position
        for event, el in etree.iterwalk(body, events=("start", "end")):
            if event == "start":
                if el.tag == "a":
                    in_links += 1
                text = el.text if in_links == 0 and isinstance(el.tag, str) else None
            else:
                if el.tag == "a":
                    in_links -= 1
                # A tail is the parent's text: outside links when no <a> is still open.
                text = el.tail if in_links == 0 and el is not body else None
            if text:
                parts.append(text)
                size += len(text)
                if size >= want:
                    own = clean(" ".join(parts))
                    if len(own) >= want:
                        return own
                    size = len(own)
    return clean(" ".join(parts))


def _headline(doc: Doc) -> str:
    heads = [el.text_content() for el in doc.tagged("h1", "h2", "h3")[:4]]
    return " ".join([doc.title, *heads])


def interstitial_type(doc: Doc) -> str | None:
    """``login``, ``captcha`` or ``ddos_protection`` when the page is a wall before content, else None.

    Walls are short pages with few links whose title or headings say what they are; a content page
    that mentions a captcha or DDoS protection in its footer is not one.
    """
    text = doc.text
    size = len(text)
    if size > 6000:
        return None
    if len(doc.links) > 30 and not _refresh(doc):
        return None
    headline = _headline(doc)
    # The wall's message is in its title, headings or first lines, not in links: footers and
    # menus link to "/queue" or "captcha help" on ordinary pages too.
    # The first hundred text nodes usually make the 300 characters looked at (a prefix of the
    # whole text: libxml2 keeps one body); else all of them.
    probe = f"{headline}\n{_own_text(doc, 300)[:300]}"
    if _DDOS_RE.found(probe) and not (
            size < 3000 and (_has_captcha_markup(doc) or _code_form(doc)) and not front_frame(doc)
            and attack_named_in_prose(doc, headline, _DDOS_RE)):
        return "ddos_protection"  # unless a site's captcha says it keeps DDoS attacks out
    passwords = [el for el in doc.tagged("input") if el.get("type") in ("password", "PASSWORD")
                 and not _message_form(el)]
    if passwords and not _goods_on_show(doc) and (
        _LOGIN_RE.found(headline)
        or (size < 3000 and _LOGIN_RE.found(text[:3000]) and not _quick_login(passwords[0], size))
        or (size < 1500 and len(doc.links) <= 15 and _credentials_form(passwords[0]))
    ):
        return "login"
    if pgp_challenge(doc):  # the second step: decrypt a PGP message, type its code
        return "login"
    if _CAPTCHA_RE.found(probe) or (size < 3000 and (_has_captcha_markup(doc) or _code_form(doc))):
        # A captcha a front service shows (Cloudflare's "One more step", DDoS-Guard's, EndGame's)
        # is its gate before any site, as its browser check is; a site's own captcha is a captcha.
        return "ddos_protection" if front_frame(doc) else "captcha"
    if (size < 800 and _refresh(doc)) or _queue_markup(doc, size) or front_challenge(doc):
        return "ddos_protection"
    return None


# A bare status code counts only where it stands alone or next to "error"/"HTTP" (prices and
# quantities such as "1 500 ₽" are numbers too). A code is a whole number: "519,00TL" or
# "404.5" in a heading is an amount (a shop's special price in an <h2>), never a status.
_CODE = r"(?:4\d\d|5\d\d)(?![.,]\d)\b"
_CODE_RE = re.compile(rf"^\s*(?:error\s*|http\s*)?{_CODE}|\b(?:error|http|код|fehler|erreur)\s*:?\s*"
                      rf"{_CODE}|\b{_CODE}\s+(?:error|not found|forbidden)", re.IGNORECASE)


def error_like(doc: Doc, status: int | None = None) -> bool:
    """A short page that says it is an error (404, not found, server error...)."""
    if status is not None and status >= 400:
        return True
    text = doc.text
    if len(text) > 3000:
        return False
    main = [doc.title, *[el.text_content() for el in doc.tagged("h1")[:2]]]
    if any(_CODE_RE.search(h) or _ERROR_RE.found(h) for h in main if h):
        return True
    # Weaker signals (a sub-heading, a word in a short page's text) are overruled by a product on
    # show: a price and a buy control beside it ("Yorum Yap" and "519,00TL" in <h2>s, "fehlerfrei"
    # in a description). A shop's own "not found" page says so in its title or main heading.
    heads = [el.text_content() for el in doc.tagged("h1", "h2")[:3]]
    said = any(_CODE_RE.search(h) or _ERROR_RE.found(h) for h in heads if h) or (
        len(text) < 400 and _ERROR_RE.found(text)) or _code_over_heading(doc, heads)
    return said and not _product_on_show(doc)


_BARE_CODE_RE = re.compile(rf"(?:error\s*|http\s*)?{_CODE}", re.IGNORECASE)


def _code_over_heading(doc: Doc, heads: list[str]) -> bool:
    """A status code shown on a line of its own right beside the page's main heading ("410" over
    "Dieses Angebot ist nicht mehr verfügbar"): an error page in any language, its words unknown.
    A figure elsewhere (a count in a table, a sales total) stands beside no heading."""
    if not heads:
        return False
    lines = doc.head_lines
    for head in heads[:2]:
        head = clean(head)
        if not head or head not in lines:
            continue
        at = lines.index(head)
        if any(_BARE_CODE_RE.fullmatch(lines[j]) for j in (at - 1, at + 1) if 0 <= j < len(lines)):
            return True
    return False


_BUY_CONTROL_RE = Folded(re.compile(r"^(?:" + "|".join(map(re.escape, BUY_WORDS)) + r")\b", re.IGNORECASE))


def _product_on_show(doc: Doc) -> bool:
    """A price in the text and a buy control (a button, a submit input or a link whose words
    start with "add to cart", "sepete ekle", "kaufen"...): a product page, whatever else it says."""
    if not find_prices(doc.text, limit=1):
        return False
    controls = [clean(el.text_content()) for el in (*doc.root.iter("button"), *doc.tagged("a"))]
    controls += [el.get("value") or "" for el in doc.tagged("input")
                 if (el.get("type") or "").lower() in ("submit", "button")]
    return any(_BUY_CONTROL_RE.search(c) for c in controls if 0 < len(c) < 40)


def directory_like(doc: Doc) -> bool:
    """A link directory: many distinct onion addresses and little else."""
    text = doc.text
    if text.count(".onion") < 8 and sum(1 for link in doc.links if ".onion" in link) < 8:
        return False  # cheap count first: most pages have few onion names
    # findall over the lower-cased text: no Python step per match (a directory has thousands).
    onions = set(_ANY_ONION_RE.findall(text.lower()))
    if len(onions) < 8:
        onions |= {m.lower() for link in doc.links for m in _ANY_ONION_RE.findall(link)}
    return len(onions) >= 8
