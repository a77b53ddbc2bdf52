"""A forum post's own parts inside its block: the element holding its words (its date is
:mod:`parsers.post_dates`'s).

The words are the element schema.org marks as the post's text, else the largest element classed
as a body ("postbody", "messageText", "post_message_12"), never a quote, a signature, a link or a
copy the page hides.

    >>> from parsers.dom import clean, load
    >>> from parsers.post_parts import post_body
    >>> doc = load(b'<div id=p><span>ann</span><div class="content">Hello there</div></div>')
    >>> clean(post_body(doc.root.get_element_by_id("p"), set()).text_content())
    'Hello there'
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.media_body import without_byline

__all__ = [
    "LABEL_LINE_RE",
    "QUOTE_CLASS_RE",
    "SIG_CLASS_RE",
    "WORDY_RE",
    "body_frame",
    "hidden_box",
    "panel_like",
    "post_body",
    "typed_rule_signature",
    "wordiest_part",
]


_BODY_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:body|content|description|message|text|postbody|post-body|entry|md|bbwrapper|"
    r"cooked|comment-?body|commenttext|messagetext|postmsg|msg)(?:$|[\s_-])",
    re.IGNORECASE,
)
# camelCase class names ("postContent", "commentBody", "messageText"), and the compound names
# an engine prefixes with its own letter or two ("kmsgtext", "kmsgbody": Kunena).
_CAMEL_BODY_RE = re.compile(
    r"[a-z](?:Body|Content|Message|Text)(?:$|[\s_-])|"
    r"(?:^|\s)[a-z]{1,3}(?:msg|post|message|comment)(?:body|text|content)(?:$|\s)"
)
# Typographic "...Text" classes name a style, not a post's words (FUDforum's "SmallText",
# "GenText", "DateText", the subject's "MsgSubText").
_STYLE_TEXT_RE = re.compile(
    r"(?:small|smaller|large|big|tiny|gen|bold|date|time|sub|head|title|nav|link|foot|muted)Text",
    re.IGNORECASE,
)
# CSS frameworks' text utilities ("text-right", "text-muted", "text-small", "text-gray-500"):
# a block's alignment or colour, not a post's words.
_TEXT_UTILITY_RE = re.compile(
    r"(?:^|\s)text-(?:left|right|center|justify|start|end|muted|small|smaller|large|nowrap|"
    r"truncate|wrap|break|lowercase|uppercase|capitalize|primary|secondary|success|danger|warning|"
    r"info|light|dark|white|black|gray|grey|bold|italic|xs|sm|md|lg|xl|\d)[\w-]*(?=$|\s)",
    re.IGNORECASE,
)
# Not "js-selectToQuote" (XenForo marks the quotable post body so).
QUOTE_CLASS_RE = re.compile(r"(?<!to)quote", re.IGNORECASE)
_BODY_PROPS = frozenset({"articleBody", "text", "commentText"})
# A post's text numbered by its post id ("postmessage_88101", "post_message_12", "pid18840body").
_BODY_ID_RE = re.compile(r"^(?:(?:post_?message|post_?body|post_?content|message|pid)_\d+|"
                         r"(?:pid|post|msg|p)_?\d+_?(?:body|message|text|content))$", re.IGNORECASE)


SIG_CLASS_RE = re.compile(r"signature|sig\b", re.IGNORECASE)


def _marks() -> str:
    """A regex class body of the combining marks (Unicode Mn and Mc): the vowel signs and viramas
    that spell a word in Indic and South-East Asian scripts with its letters ("ನಮ್ಮ" is four
    characters, two of them letters)."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x300, 0x1E000):
        if unicodedata.category(chr(cp)) in ("Mn", "Mc"):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges if b <= 0xFFFF)


_MARKS = f"{_marks()}\u200c\u200d"
# A letter of a word: a script's combining marks and the zero-width (non-)joiners inside its words
# count as its letters.
LETTER = rf"(?:[^\W\d_]|[{_MARKS}])"


class _Words:
    """Words of three letters or more (:data:`WORDY_RE`), a script's combining marks counted as
    letters. A text with no mark (ASCII, Cyrillic, most text) is read with the plain letters'
    pattern, which finds the same words at half the cost of the marks' class."""

    def __init__(self) -> None:
        self.plain = re.compile(r"[^\W\d_]{3,}")
        self.marked = re.compile(rf"{LETTER}{{3,}}")
        self._mark = re.compile(f"[{_MARKS}]")

    def _pick(self, text: str) -> re.Pattern[str]:
        return self.plain if text.isascii() or self._mark.search(text) is None else self.marked

    def findall(self, text: str) -> list[str]:
        return self._pick(text).findall(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self._pick(text).search(text)


# A word of three letters or more.
WORDY_RE = _Words()


# A link, a menu or a control holds no post's words, whatever its utility classes say
# ("<a class='comment__permalink text-sm'>Permalink</a>" below a two-word reply).
_NOT_BODY_TAGS = frozenset({"a", "nav", "button", "label", "time", "form", "select", "option", "input"})
# A copy the page hides (the markdown source an edit box is filled from: "raw-content hide",
# "display:none") is never what a reader reads.
_HIDDEN_RE = re.compile(r"(?:^|\s)(?:hide|hidden|d-none|is-hidden)(?:$|\s)|display:\s*none", re.IGNORECASE)


def _hidden(el: Any) -> bool:
    shown = f"{el.get('class') or ''} {el.get('style') or ''}"
    return el.get("hidden") is not None or bool(_HIDDEN_RE.search(shown))


def hidden_box(el: Any, block: Any) -> Any:
    """The outermost element from ``el`` up to (not including) ``block`` that the page hides, or
    None when none is hidden."""
    found = None
    while el is not None and el is not block:
        if _hidden(el):
            found = el
        el = el.getparent()
    return found


def post_body(block: Any, skip: set[Any], meta: tuple[Any, ...] = ()) -> Any:
    """The element holding a post's own words; of several, one that does not also hold one of
    the post's ``meta`` elements (its author link, its dates: "postbody" around "by ann » date"
    and the "content" div, "ipsComment_content" around "Posted <time>" and the text)."""
    # schema.org microdata names a post's text whatever its class (Discourse, NodeBB, XenForo,
    # vBulletin 5, IP.Board 3): it wins over class names, which also match wrappers around the
    # whole post ("message-inner", "ipsComment_content").
    marked = [
        el
        for el in block.iter()
        if el is not block and isinstance(el.tag, str) and el not in skip
        and el.get("itemprop") in _BODY_PROPS
    ]
    if marked:
        return max(marked, key=lambda el: len(el.text_content()))
    found = []
    for el in block.iter():
        if el is block or not isinstance(el.tag, str) or el in skip or el.tag in _NOT_BODY_TAGS \
                or _hidden(el):
            continue
        cls = el.get("class") or ""
        if "text-" in cls:
            cls = _TEXT_UTILITY_RE.sub(" ", cls)
        if (_BODY_CLASS_RE.search(cls) or _CAMEL_BODY_RE.search(_STYLE_TEXT_RE.sub(" ", cls))
                or "post" in cls.split()
                or _BODY_ID_RE.match(el.get("id") or "")) \
                and not QUOTE_CLASS_RE.search(cls) and not SIG_CLASS_RE.search(cls):
            size = len(el.text_content().strip())
            if size:  # an empty "under_message" bar is not a body
                found.append((el, size))
    marks = [m for m in meta if m is not None]
    if marks:
        holders = {anc for m in marks for anc in m.iterancestors()} | set(marks)
        found = without_byline(block, found, holders, skip)
    if not found:
        return None
    best = max(found, key=lambda item: item[1])[0]
    # A body wrapper around the body and a bar of controls ("div.Item-Body" around
    # "div.Message" and the reaction links "Like"): the inner body, when all the wrapper says
    # beside it lies in links and buttons, a user panel of "Label: value" lines or a signature
    # (a table theme's row classed "post" around the poster's panel and "div.MessageContent").
    while True:
        inner = [(el, size) for el, size in found if el is not best and best in set(el.iterancestors())]
        if not inner:
            break
        core = max(inner, key=lambda item: item[1])[0]
        if _words_outside(best, set(core.iter()) | _controls(best) | _aside(best, core)):
            break
        best, found = core, inner
    # A post's subject shown as a heading over its text ("<h4>Re: subject</h4><div
    # class=entry-content>"): the text is the inner body that leaves the heading out.
    heads = [h for h in best.iterdescendants("h1", "h2", "h3", "h4", "h5", "h6") if h not in skip]
    if heads:
        inner = []
        for el, size in found:
            if el is not best and best in set(el.iterancestors()):
                own = set(el.iter())
                if not any(h in own for h in heads):
                    inner.append((el, size))
        if inner:
            best = max(inner, key=lambda item: item[1])[0]
    return best


# "Label: value" lines of a user panel ("ID: 5", "Registrado: 12 mar 2019", "Local: Curitiba").
LABEL_LINE_RE = re.compile(r"^[^\W\d][^:]{0,24}:\s*\S.{0,40}$")
_PART_TAGS = ("td", "div", "p", "section", "article", "dd")


def panel_like(el: Any) -> bool:
    """A user panel or a details box: most of its lines are short "Label: value" lines."""
    lines = Doc.lines(el)
    labelled = sum(1 for line in lines if LABEL_LINE_RE.match(line))
    return labelled >= 2 and 2 * labelled >= len(lines)


def _signature_after_rule(part: Any) -> set[Any]:
    """A signature set off by a horizontal rule at the end of a post's cell ("<hr> <span>sig</span>"):
    the elements after the last ``<hr>`` child of ``part``, with the rule itself."""
    rules = [child for child in part if child.tag == "hr"]
    if not rules or _dated_head(part, rules[-1]):
        return set()
    out = {rules[-1]}
    for el in rules[-1].itersiblings():
        if isinstance(el.tag, str):
            out |= set(el.iter())
    return out


def _dated_head(part: Any, rule: Any) -> bool:
    """Whether all ``part`` shows before its ``rule`` is a short dated line ("投稿日：昨日 午前7時50分"
    over the rule): the rule opens the words under the post's date, it sets off no signature."""
    head = [part.text or ""]
    for child in part:
        if child is rule:
            break
        head += [child.text_content() if isinstance(child.tag, str) else "", child.tail or ""]
    text = clean(" ".join(head))
    return 0 < len(text) <= 80 and any(c.isdigit() for c in text) and parse_date(text) is not None


def post_cell(row: Any, author: Any, date_el: Any) -> Any:
    """The words of a post shown as one table row of a poster cell and a post cell (the name,
    avatar and group on one side; the date, the words and the signature on the other): the
    wordiest cell of ``row`` that does not hold the ``author`` element and says more than the
    date (a header row's date cell, whose words are in the next row, is none); else None."""
    date_part = set(date_el.iter()) if date_el is not None else set()
    cells = [
        td for td in row
        if td.tag in ("td", "th") and author not in set(td.iter()) and _words_outside(td, date_part) >= 3
    ]
    return max(cells, key=lambda td: len(td.text_content().strip()), default=None)


def wordiest_part(block: Any, quotes: set[Any], sigs: set[Any], meta: tuple[Any, ...]) -> Any:
    """A post's words in a block whose classes name no body (table themes: "forumheader3"): the
    innermost cell or division holding most of the block's words (at least six in ten of the
    wordiest one's), outside its ``meta`` elements (the author's link, the date), its ``quotes``,
    its ``sigs`` (which gains the signatures set off under a rule) and user panels of "Label:
    value" lines; None when none has words."""
    for el in block.iter():
        if isinstance(el.tag, str) and el not in quotes:
            sigs |= _signature_after_rule(el)
    skip = quotes | sigs
    marks = {m for m in meta if m is not None}
    holders = {anc for m in marks for anc in m.iterancestors()} | marks
    within = {el for m in marks for el in m.iter()} | skip
    scored = []
    for el in block.iter(*_PART_TAGS):
        if el is block or el in holders or el in within or any(anc in within for anc in el.iterancestors()):
            continue
        words = _words_outside(el, skip)
        if words and not panel_like(el):
            scored.append((el, words))
    panels = {el for el in block.iter(*_PART_TAGS) if el not in holders and panel_like(el)}
    scored = [(el, n) for el, n in scored if not any(p in panels for p in el.iterdescendants(*_PART_TAGS))]
    if not scored:
        return None
    most = max(n for _, n in scored)
    # The innermost; of as deep, the wordier (the words' division, not a panel's line of a
    # count and a home page's address beside it).
    return max(((el, n) for el, n in scored if 10 * n >= 6 * most),
               key=lambda item: (sum(1 for _ in item[0].iterancestors()), item[1]))[0]


def _controls(el: Any) -> set[Any]:
    """Every element of the links and buttons under ``el``."""
    return {sub for c in el.iter("a", "button") for sub in c.iter()}


def _aside(wrapper: Any, core: Any) -> set[Any]:
    """The elements of ``wrapper``'s user panels and signatures outside its ``core``."""
    inside = set(core.iter())
    out: set[Any] = set()
    for el in wrapper.iter(*_PART_TAGS):
        if el not in inside and el not in out and core not in set(el.iterdescendants()) \
                and (SIG_CLASS_RE.search(el.get("class") or "") or panel_like(el)):
            out |= set(el.iter())
    return out


def _words_outside(el: Any, skip: set[Any]) -> int:
    """The words of ``el``'s text outside the ``skip`` elements (a skipped element's tail counts)."""
    words = 0
    for sub in el.iter():
        if not isinstance(sub.tag, str):
            continue
        if sub not in skip and sub.text:
            words += len(WORDY_RE.findall(sub.text))
        if sub is not el and sub.tail and sub.getparent() not in skip:
            words += len(WORDY_RE.findall(sub.tail))
    return words


# A post's action links in many languages: reply, quote, report, like, edit, delete, share.
_ACTION_TEXT = """reply quote report like edit delete share permalink multiquote multi-quote thanks
    répondre repondre citer signaler modifier supprimer partager aimer j'aime
    antworten zitieren melden bearbeiten löschen teilen danke
    responder citar reportar denunciar editar borrar eliminar compartir curtir excluir compartilhar
    rispondi cita segnala modifica elimina condividi
    ответить цитировать цитата пожаловаться жалоба изменить редактировать удалить нравится
    odpowiedz cytuj zgłoś edytuj usuń beantwoorden reageren citeren rapporteren bewerken verwijderen
    yanıtla cevapla alıntı şikayet beğen düzenle sil رد اقتباس إبلاغ تعديل حذف إعجاب"""
_ACTION_WORDS = frozenset(_ACTION_TEXT.split()) | {
    "me gusta", "mi piace", "gefällt mir", "lubię to", "like this", "report post", "quote post",
}


_PERMALINK_RE = re.compile(r"^#\d+$")
_ANY_WORD_RE = re.compile(r"[^\W_]")


def text_of(el: Any, skip: set[Any]) -> str:
    """The text of ``el`` outside the ``skip`` elements (a skipped element's tail counts)."""
    parts = [sub.text or "" for sub in el.iter() if isinstance(sub.tag, str) and sub not in skip]
    parts += [sub.tail or "" for sub in el.iterdescendants() if sub.getparent() not in skip]
    return "".join(parts)


# A rule typed out of dashes or underscores over a signature ("-----------------", "__________").
_TYPED_RULE_RE = re.compile(r"^[-_=~*]{5,}$")


def typed_rule_signature(body: Any, skip: set[Any]) -> set[Any]:
    """A signature under a typed rule: the last part with words of a post's ``body`` (after
    other words: another part, or the body's loose text), whose text opens with a line of
    dashes ("<p>-----------------<br>Bread is life.</p>")."""
    parts = [c for c in body if isinstance(c.tag, str) and c not in skip and clean(c.text_content())]
    if not parts:
        return set()
    opening = next((t for t in (clean(x) for x in parts[-1].itertext()) if t), "")
    if not _TYPED_RULE_RE.match(opening):
        return set()
    sig = set(parts[-1].iter())
    if len(parts) < 2 and not _ANY_WORD_RE.search(text_of(body, skip | sig)):
        return set()  # the body's only words
    return sig


def body_frame(body: Any, date_el: Any, skip: set[Any]) -> set[Any]:
    """The parts of a post's ``body`` element that are its frame, not its words: the post's date
    line (``date_el``, when it lies inside the body) and its action links ("Reply", "Répondre",
    "Zitieren", "Ответить"); none of them when they would leave no words."""
    frame: set[Any] = set()
    if (
        date_el is not None
        and date_el is not body
        and body in set(date_el.iterancestors())
        and len(clean(date_el.text_content())) <= 80  # a line, not a box dated by its attribute
    ):
        frame |= set(date_el.iter())
    # A disclosure's summary over the words (a content warning, a subject, "Spoiler") is no words.
    for summary in body.iter("summary"):
        if (box := summary.getparent()) is not None and box.tag == "details":
            frame |= set(summary.iter())
    frame |= typed_rule_signature(body, skip)
    actions: list[Any] = []
    links = [(el, clean(el.text_content()).lower().strip(" .:!»«[]()|")) for el in body.iter("a", "button")]
    for el, word in links:
        if word in _ACTION_WORDS:
            actions.append(el)
            frame |= set(el.iter())
    # A post's number link ("#2") beside its action links, before them or after.
    if actions:
        for el, word in links:
            if _PERMALINK_RE.match(word):
                actions.append(el)
                frame |= set(el.iter())
    # The bar holding them ("<span>Reply | #2</span>"): nothing but links and separators.
    for el in actions:
        bar = el.getparent()
        if bar is not None and bar is not body and not _ANY_WORD_RE.search(text_of(bar, frame)):
            frame |= set(bar.iter())
    if frame and not _words_outside(body, skip | frame):
        return set()
    return frame
