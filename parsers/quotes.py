"""Quote blocks of forum posts and whom they quote, in the words of many languages' forum engines.

An attribution names the quoted member before a verb ("ann wrote:", phpBB's German "ann hat
geschrieben:", "ann писал(а):") or after a header word ("Quote from: ann on <date>", SMF's
Italian "Citazione da: ann il <date>"), or in a data attribute (``data-author``, wpForo's
``data-mention``). The words are one table per language: :data:`QUOTE_SAID_WORDS`,
:data:`QUOTE_HEAD_WORDS`.

>>> from parsers.dom import load
>>> from parsers.quotes import quote_author
>>> doc = load("<blockquote><cite>ann hat geschrieben: ↑Mo 17. Nov 2026</cite>Hallo</blockquote>".encode())
>>> quote_author(doc.root.find(".//blockquote"))
'ann'
>>> quote_author(load(b"<blockquote><cite>Citazione da: bob il 17 Novembre 2026</cite>x</blockquote>")
...              .root.find(".//blockquote"))
'bob'
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import Doc, clean
from parsers.mail_quotes import text_heads

__all__ = [
    "QUOTE_DATE_WORDS",
    "QUOTE_HEAD_WORDS",
    "QUOTE_SAID_COLON_WORDS",
    "QUOTE_SAID_WORDS",
    "attributed_quote",
    "is_quote",
    "quote_author",
    "quote_heads",
]

#: The words that open a quote's header before the quoted name, per language, as forum engines
#: and their language packs print them ("Quote from: ann on <date>", SMF; "Zitat von ann",
#: vBulletin; "Citazione da: ann il <date>"; wpForo's "Posted by: @ann"; vBulletin's "Originally
#: Posted by" in its language packs: "Originalmente Escrito por", "Originariamente inviato da").
QUOTE_HEAD_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("originally posted by", "posted by", "quote from", "quoting", "quote"),
    "de": ("ursprünglich geschrieben von", "zitat von", "geschrieben von", "zitat"),
    "fr": ("citation de", "message d'origine de", "posté par", "citation"),
    "es": ("originalmente escrito por", "originalmente publicado por", "escrito por", "cita de",
           "citando a", "publicado por", "cita"),
    "it": ("originariamente inviato da", "inviato da", "citazione da", "citazione di", "pubblicato da",
           "citazione"),
    "pt": ("originalmente postado por", "postado originalmente por", "postado por", "citação de",
           "citacao de", "citação", "citacao"),
    "nl": ("oorspronkelijk geplaatst door", "geplaatst door", "citaat van", "citaat"),
    "pl": ("cytat od", "cytat"),
    "ru": ("цитата",),
    "uk": ("цитата",),
    "tr": ("alıntı yapılan", "alıntı"),
    "sv": ("citat från", "citat"),
    "cs": ("citace",),
    "ca": ("citació de", "citació"),
    "ro": ("citat de la", "citat"),
    "hr": ("citat od", "citiraj", "citat"),
    "fi": ("lainaus käyttäjältä", "lainaus"),
    "id": ("kutipan dari", "kutipan", "kutip"),
    "el": ("παράθεση από", "παράθεση"),
    "he": ("ציטוט מאת", "ציטוט"),
    "ko": ("인용",),
    "ja": ("引用",),
    "zh": ("引用",),
    "lt": ("citata",),
    "hu": ("idézet",),
    # phpBB's and MyBB's Persian and Arabic language packs ("نقل قول از ann:", "اقتباس من ann").
    "fa": ("نقل قول از", "نقل قول"),
    "ar": ("اقتباس من", "مقتبس من", "اقتباس"),
}
#: The word that joins the quoted name to the quoted post's date in such a header ("on", "am",
#: "le", "el", "en", "em", "il", "op", "dnia", "от"): what follows it is not the name.
QUOTE_DATE_WORDS: tuple[str, ...] = (
    "on", "am", "le", "el", "en", "em", "il", "op", "dnia", "от", "w", "den", "på", "tarihinde",
)
#: The attribution verbs written AFTER the quoted name, per language: the forms engines and
#: their language packs print ("ann wrote:", phpBB's German "ann hat geschrieben:", Italian
#: "ann ha scritto:", French "ann a écrit :", Russian "ann писал(а):").
QUOTE_SAID_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("wrote", "said"),
    "de": ("hat geschrieben", "schrieb"),
    "fr": ("a écrit", "a ecrit"),
    "es": ("escribió", "escribio", "ha escrito"),
    "it": ("ha scritto",),
    "pt": ("escreveu",),
    "nl": ("schreef", "heeft geschreven"),
    "pl": ("napisał", "napisała", "napisał(a)"),
    "ru": ("писал(а)", "писала", "писал", "пишет", "написал", "написала", "написал(а)"),
    "uk": ("писав", "написав", "написала"),
    "tr": ("yazdı",),
    "sv": ("skrev",),
    "cs": ("napsal", "napsala"),
    "fi": ("kirjoitti",),
    "hu": ("írta",),
    "ro": ("a scris",),
    "el": ("έγραψε",),
    "zh": ("发表于", "發表於", "写道", "寫道"),
    "ko": ("님이 작성",),
    "ja": ("さんの投稿", "さんは書きました"),
    "hr": ("je napisao", "je napisala", "napisao", "napisala"),
    "fa": ("نوشته",),
    "ar": ("كتب", "قال"),
    "he": ("כתב", "כתבה", "כתב/ה"),
    "lt": ("rašė", "parašė"),
    "ca": ("va escriure", "ha escrit"),
    "id": ("menulis",),
}
#: Verbs of speech that engines print as an attribution too (XenForo "ann said:" in its language
#: packs) but that also open ordinary sentences ("Il a dit que..."): an attribution only when a
#: colon follows at once.
QUOTE_SAID_COLON_WORDS: dict[str, tuple[str, ...]] = {
    "de": ("sagte",), "fr": ("a dit",), "es": ("dijo",), "it": ("ha detto",), "pt": ("disse",),
    "nl": ("zei",), "pl": ("powiedział",), "ru": ("сказал(а)", "сказал", "сказала"), "tr": ("dedi",),
}


def _alternation(words: Any) -> str:
    """One regex alternation of ``words`` (escaped), longest first so that "hat geschrieben"
    is tried before a word it holds."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in unique)


def _all(table: dict[str, tuple[str, ...]]) -> list[str]:
    return [word for words in table.values() for word in words]


_QUOTE_HEAD_RE = re.compile(
    # A head word ending in a Latin letter is a whole word ("Citation" is not "Citat" + "ion").
    rf"^(?:{_alternation(_all(QUOTE_HEAD_WORDS))})(?:(?<![a-zà-ÿ])|(?![a-zà-ÿ]))\s*[:：]?\s*(?P<name>[^\s:][^:]{{0,60}}?)"
    # The name ends where the quoted post's date or its labelled number follows ("on <date>",
    # "Post:2204 <date>", "post #12", AEF's and others' references to the quoted post).
    rf"(?:\s+(?:{_alternation(QUOTE_DATE_WORDS)})\s+.*|\s+[^\W\d_]{{2,12}}\s?[:#]\s?\d+.*)?\s*:?$",
    re.IGNORECASE,
)
# A verb is a whole word ("(?!\w)": "писал(а)" ends in a bracket, where \b would not match).
_QUOTE_SAID_RE = re.compile(
    rf"^@?(?P<name>[^\s:][^:]{{0,60}}?)\s+(?:(?:{_alternation(_all(QUOTE_SAID_WORDS))})(?!\w).*"
    rf"|(?:{_alternation(_all(QUOTE_SAID_COLON_WORDS))})\s*[:：].*)$",
    re.IGNORECASE,
)
_HEAD_WORDS = frozenset(_all(QUOTE_HEAD_WORDS))
# "data-mention": wpForo's quotes (<blockquote data-userid data-postid data-mention="ann">).
_QUOTE_ATTRS = (
    "data-author", "data-quote", "data-username", "data-ipsquote-username", "data-user", "data-mention",
)


_ATTRIBUTION_HOLDERS = ("cite", "strong", "b", "a", "div", "span", "p", "td")


def quote_author(quote: Any) -> str | None:
    """Who a quote block quotes: from data attributes, a ``cite`` or an attribution line."""
    for attr in _QUOTE_ATTRS:
        value = quote.get(attr)
        if value:
            return clean(value.split(",")[0].split(";")[0])
    # The quote's own elements first: the quote's whole text runs its attribution into the quoted
    # words ("Zitat von ann Quoted words"), its header element holds the attribution alone.
    inner = [el for el in quote.iter(*_ATTRIBUTION_HOLDERS) if el is not quote]
    for el in [*inner, quote] if quote.tag in _ATTRIBUTION_HOLDERS else inner:
        # An attribution may open with the quoted post's date in brackets (MyBB: "(date)ann Wrote:").
        line = _LEADING_BRACKET_RE.sub("", clean(el.text_content()))
        if not line or len(line) > 120:
            continue
        if el.tag == "cite" and not (_QUOTE_SAID_RE.match(line) or _QUOTE_HEAD_RE.match(line)):
            return line.rstrip(":")
        # A quote's title bar holding only "name:" (Discourse: <div class="title"><img> ann:</div>).
        if el.tag in ("div", "span", "p") and re.search(r"title|citation", el.get("class") or "", re.I) and (
            named := _NAME_COLON_RE.match(line)
        ):
            return named["name"]
        for regex in (_QUOTE_HEAD_RE, _QUOTE_SAID_RE):
            match = regex.match(line)
            if match:
                name = clean(match["name"]).strip("\"'«»@ ()")
                # "Originally Posted by <strong>bob</strong> quoted text...": the emphasised
                # name is exact where the line runs on into the quote.
                for mark in el.iter("strong", "b", "a"):
                    text = clean(mark.text_content())
                    if text and text in name and not _QUOTE_HEAD_RE.match(text):
                        return text
                return name
    lines = Doc.lines(quote)[:3]
    # A bold "name :" opening the quote, after a link to the quoted post ("#1 <strong>ann
    # :</strong>", Cotonti): the name, when the bold element says it alone.
    if lines and (named := _BOLD_NAME_RE.match(lines[0])) and any(
        _BOLD_NAME_RE.match(clean(b.text_content())) for b in quote.iter("strong", "b")
    ):
        return named["name"]
    for i, line in enumerate(lines):
        # A head word on a line of its own over the name ("Citation<br><strong>ann</strong>").
        if line.rstrip(":： ").casefold() in _HEAD_WORDS and i + 1 < len(lines) and (
            named := _BARE_NAME_RE.match(lines[i + 1])
        ):
            return named["name"]
        for regex in (_QUOTE_HEAD_RE, _QUOTE_SAID_RE):
            match = regex.match(line)
            if match:
                return clean(match["name"]).strip("\"'«»@ ")
    return None


_BOLD_NAME_RE = re.compile(r"^(?:#\d+\s+)?@?(?P<name>[^\s:]{2,60})\s*:$")
_BARE_NAME_RE = re.compile(r"^@?(?P<name>[^\s:]{1,60}):?$")
_NAME_COLON_RE = re.compile(r"^@?(?P<name>[^\s:]{1,60}):$")
_LEADING_BRACKET_RE = re.compile(r"^\([^()]{1,40}\)\s*")


def quote_heads(quotes: list[Any]) -> dict[Any, tuple[Any, str | None]]:
    """Attribution lines written just before a quote block instead of inside it (Markdown
    boards: "@ann said in <a>Topic</a>:" then a blockquote): each quote's line and name."""
    heads: dict[Any, tuple[Any, str | None]] = {}
    for quote in quotes:
        head = quote.getprevious()
        row = quote.getparent() if head is None and quote.tag in ("td", "th") else None
        if row is not None and len(row) == 1:
            # Table-built quotes (phpBB 2): "<tr><td><b>ann wrote:</b></td></tr><tr><td class=quote>".
            head = row.getprevious()
        # A bold line too: BBCode renderers print "<b>ann wrote:</b>" before the quote's box
        # (Kunena's "<b>ann wrote:</b><div class=kmsgtext-quote>").
        # A <cite> just before a quote names its source, colon or not (FUDforum: "<cite>ann
        # wrote on <date></cite><blockquote>").
        if head is None or head.tag not in ("p", "div", "span", "tr", "b", "strong", "cite"):
            continue
        if (head.tail or "").strip():
            continue  # words between the line and the quote: not its attribution
        line = clean(head.text_content())
        if not (line.endswith(":") or head.tag == "cite") or len(line) > 200:
            continue
        match = _QUOTE_SAID_RE.match(line) or _QUOTE_HEAD_RE.match(line)
        if match:
            name = clean(match["name"]).strip("\"'«»@ ")
            heads[quote] = (head, name or None)
    # A mail client's line as plain text before the quote ("T, 17. nov 2026 kell 21:14 kirjutas ann:").
    if len(heads) < len(quotes):
        heads.update(text_heads([q for q in quotes if q not in heads], None))
    return heads


def is_quote(el: Any) -> bool:
    """Generic quote blocks: blockquote, ``*quote*`` classes, or a "Quote:" header line."""
    if el.tag == "blockquote":
        return True
    cls = (el.get("class") or "").lower()
    if "quote" in cls and "postcontent" not in cls and "messagetext" not in cls:
        return True
    first = el[0] if len(el) else None
    if first is None or first.tag not in ("div", "span", "b", "strong", "p") or _holds_box(first):
        return False
    # A lone header word ("Quote:", "Цитата:", "Citation :") in any language of the table.
    line = clean(first.text_content())
    if line.lower().rstrip(" :：") in _HEAD_WORDS:
        return True
    # A header word and the quoted name ("Цитата (ann)", "Cita de: ann") on a line of their own
    # over the quoted words, the post's own words after the box.
    return not (el.text or "").strip() and len(line) <= 100 and bool(_QUOTE_HEAD_RE.match(line)) \
        and not _heads_next_quote(first) and _words_around(el, line)


def _holds_box(first: Any) -> bool:
    """Whether a box's first element holds a box of its own ("<div><div>引用 ann 的发言：</div>
    quoted words</div>"): a header is one line, so the first element is then the quote, and
    the element around it the post's words that open with it."""
    return any(isinstance(c.tag, str) and c.tag in _BOX_TAGS for c in first)


_BOX_TAGS = frozenset({"div", "p", "blockquote", "table", "ul", "ol", "dl", "pre"})


def _heads_next_quote(header: Any) -> bool:
    """Whether a header line heads the quote box just after it ("<div class=quote_header>" over
    "<div class=quote>", YaBB), not the element around both (the post's words)."""
    after = header.getnext()
    return after is not None and not (header.tail or "").strip() and isinstance(after.tag, str) and (
        after.tag == "blockquote" or "quote" in (after.get("class") or "").lower()
    )


def _words_around(el: Any, line: str) -> bool:
    """Whether a box holds words after its header ``line`` and words follow the box."""
    if not clean(el.text_content())[len(line):].strip():
        return False
    return bool((el.tail or "").strip()) or any(
        clean(sib.text_content()) or (sib.tail or "").strip() for sib in el.itersiblings()
    )


# A fieldset's legend is its caption: a quote box drawn as a fieldset ("<fieldset><legend>引用:
# ann</legend>...": NexusPHP, TBDev's heirs) is captioned by its attribution.
_ATTRIBUTION_TAGS = frozenset({"em", "i", "b", "strong", "cite", "span", "small", "legend"})


def attributed_quote(el: Any) -> bool:
    """A quote box classed as nothing a quote is ("div.indent", "div.bbcode-box"), known by its
    first words: an emphasised attribution line ("<em>ann escreveu ...</em>", "<b>ann wrote:</b>",
    "<i>Zitat von ann</i>") opening it, the quoted words after that line, and the post's own
    words after the box (a post that opens with such a line is no quote of itself)."""
    if el.tag not in ("div", "td", "p", "fieldset") or not len(el) or (el.text or "").strip():
        return False
    first = el[0]
    line = clean(first.text_content())
    if not line or len(line) > 100 or _holds_box(first):
        return False
    if first.tag == "div":
        # A header bar of its own ("<div>Цитата (ann)</div>", "<div>ann wrote:</div>"): the
        # attribution alone, a head word's or a verb's line ending in its colon.
        if not (_QUOTE_HEAD_RE.match(line) or (line.endswith(":") and _QUOTE_SAID_RE.match(line))) \
                or _heads_next_quote(first):
            return False
    elif first.tag not in _ATTRIBUTION_TAGS or not (_QUOTE_SAID_RE.match(line) or _QUOTE_HEAD_RE.match(line)):
        return False
    return _words_around(el, line)  # the quoted words after the line, the post's after the box
