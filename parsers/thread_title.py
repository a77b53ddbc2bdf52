"""The title of a forum thread shown by an engine nobody wrote selectors for, found among the
page's own names for itself: a title-classed link to the page, the unlinked last step of its forum
path, its headings and title-classed elements; the one the ``<title>`` repeats wins (a ``<title>``
often adds the site's name: "Jawa klub: Napínání řetězu"); without any, the ``<title>``'s own
part for the thread.

    >>> from parsers.dom import load
    >>> from parsers.thread_title import thread_title
    >>> doc = load("<html><head><title>Tea club: Green or black?</title></head><body><a href='/'>Home"
    ...            "</a> » <a href='/f/2'>Tea</a> » <strong>Green or black?</strong></body></html>".encode())
    >>> thread_title(doc)
    'Green or black?'
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from parsers.dom import Doc, clean
from parsers.path_end import path_ends

__all__ = ["quotes_a_post", "thread_title"]

_TITLE_XPATH = etree.XPath(
    "//body/descendant::*[contains(translate(@class, 'TITLE', 'title'), 'title')"
    " and not(self::a) and not(ancestor::a)]"
)


# A guest's greeting and login prompt in the page frame ("Witaj, Gość. Proszę zaloguj się lub
# zarejestruj.", "Welcome, Guest. Please login or register.", "Hallo, Gast"): an engine's line
# over every page, never a thread's name; a greeting counts only beside a guest or login word.
_GREETING_RE = re.compile(
    r"^\W*(?:welcome|hello|hi|hey|witaj(?:cie)?|cześć|willkommen|hallo|bienvenue|bonjour|"
    r"bienvenid[oa]s?|hola|bem-vind[oa]s?|olá|benvenut[oa]|ciao|welkom|добро пожаловать|"
    r"здравствуйте|привет|vítejte|ahoj|hoş geldin(?:iz)?|merhaba|välkommen|velkommen|tervetuloa)"
    r"(?!\w)",
    re.IGNORECASE,
)
_GUEST_OR_LOGIN_RE = re.compile(
    r"(?<!\w)(?:(?:guest|gast|gość|gościu|invité|invitado|visitante|ospite|гость|host|misafir|gäst|vieras)(?!\w)|"
    r"log ?in|sign ?in|register|zaloguj|zarejestruj|anmelden|einloggen|registrier|connecte|"
    r"inscri|identifi|entrar|registr|accedi|войдите|войти|зарегистр|přihlas|giriş|kayıt|logga)",
    re.IGNORECASE,
)


def _greets_a_guest(text: str) -> bool:
    return _GREETING_RE.match(text) is not None and _GUEST_OR_LOGIN_RE.search(text) is not None


_HOME_PATHS = frozenset({"", "/", "/index.php", "/index.html", "/index.htm", "/forum.php", "/forums/"})


def _names_the_site(doc: Doc, heading: Any) -> bool:
    """A heading that is all one link to the site's front page: the board's name over every page
    ("<h1><a href=index.php>Board</a></h1>"), not this page's."""
    links = list(heading.iter("a"))
    if len(links) != 1 or clean(links[0].text_content()) != clean(heading.text_content()):
        return False
    parts = urlsplit(doc.absolute(links[0].get("href") or "") or "")
    return not parts.query and parts.path in _HOME_PATHS


# A thread's address ("viewtopic.php?t=5", "/thread/7/"): a heading linking one names a thread.
_THREAD_LINK_RE = re.compile(r"topic|thread|/t/|[?&]t=\d", re.IGNORECASE)


# An imageboard's name for a board over its threads: its path, then its title ("/diy/ - Woodwork").
_BOARD_NAME_RE = re.compile(r"^/[\w+-]{1,24}/\s*[-–—:|]\s*\S")
_BODY_LINKS = etree.XPath("//body/descendant::a[@href][position() <= 300]")


def _links_a_board(doc: Doc, heading: Any) -> bool:
    """A heading that is all one link to a page above this one, not a thread's ("<h3><a
    href=/forum>Forum</a></h3>" above the thread's own heading on /forumpost/402): the board's
    name, which the <title> holds too, not the thread's."""
    links = list(heading.iter("a"))
    if len(links) != 1 or clean(links[0].text_content()) != clean(heading.text_content()):
        return False
    return _above(doc, links[0])


def _above(doc: Doc, link: Any) -> bool:
    """Whether a link leads to a page above this one (a board's or a group's), not a thread's."""
    href = link.get("href") or ""
    if _THREAD_LINK_RE.search(href) or not doc.url:
        return False
    # A board lies above its threads: fewer steps in its path than the page's own.
    there, here = urlsplit(doc.absolute(href) or ""), urlsplit(doc.url)
    if there.netloc == here.netloc and there.path != here.path and _front_of(there.path, here.path):
        return True
    return len(there.path.strip("/").split("/")) < len(here.path.strip("/").split("/"))


_FRONT_RE = re.compile(r"(?:^|/)(?:index\.(?:php|html?|cgi|pl|asp|aspx|jsp)|)$", re.IGNORECASE)


def _front_of(there: str, here: str) -> bool:
    """Whether path ``there`` is the front page (its folder's index script) of the folder of path
    ``here`` or of a folder above it: "/modules/forum/index.php" is above
    "/modules/forum/viewtopic.php", a board's front page in the thread's own folder."""
    if not _FRONT_RE.search(there):
        return False
    folder = there.rsplit("/", 1)[0] + "/"
    return here.startswith(folder)


def _self_titles(doc: Doc) -> list[str]:
    """Texts of title-classed links to the page itself ("<a class=maintitle href=viewtopic.php?t=5>"
    on that topic's page): the thread's own name, whatever the <title> puts first."""
    if not doc.url:
        return []
    here = doc.url.split("#")[0]
    return [
        clean(a.text_content())
        for a in _TITLE_LINKS(doc.root)
        if doc.absolute((a.get("href") or "").strip()).split("#")[0] == here
    ]


_TITLE_LINKS = etree.XPath(
    "//body/descendant::a[@href][contains(translate(@class, 'TITLE', 'title'), 'title')][position() <= 20]"
)


# The unlinked last step of a forum path, after a link and a separator: "<a>Home</a> »
# <a>Board</a> » <strong>Thread</strong>" (FUDforum's draw_forum_path, many engines' crumbs).
# The separator may be an element of its own ("<a>Board</a><b>--></b><span>Thread</span>": NexusPHP).
_CRUMB_TAILS = etree.XPath(
    "//body/descendant::*[self::strong or self::b or self::span or self::li or self::em]"
    "[preceding-sibling::*[1][self::a[@href]] or preceding-sibling::*[1][not(*)]"
    "[string-length(normalize-space()) <= 3]/preceding-sibling::*[1][self::a[@href]]]"
    "[not(descendant::a)][position() <= 40]"
)
_CRUMB_SEPARATORS = ("»", "›", ">", "→", "/", "|", "::", "•")


def _crumb_tails(doc: Doc) -> list[str]:
    out = []
    for el in _CRUMB_TAILS(doc.root):
        before = el.getprevious()
        sep = (before.tail or "").strip()
        if before.tag != "a":
            # A separator element's own text, nothing between it and the step.
            sep = "" if sep else clean(before.text_content())
        if sep and sep.endswith(_CRUMB_SEPARATORS) and len(sep) <= 3:
            out.append(clean(el.text_content()))
    return out


# A forum path whose last step is plain text after the last link ("<a>Site</a> :: <a>Forum</a>
# :: Thread title": e107's caption row).
_CRUMB_LAST_LINKS = etree.XPath(
    "//body/descendant::a[@href][preceding-sibling::a][not(following-sibling::*)][position() <= 40]"
)


# Links after a link and a separator: steps of a forum path ("<a>Forums</a> » <a>Thread</a>").
_CRUMB_LINKS = etree.XPath(
    "//body/descendant::a[@href][preceding-sibling::*[1][self::a[@href]]][position() <= 60]"
)


def _crumb_last_links(doc: Doc) -> list[str]:
    """The linked last step of a forum path (Seditio's title bar links the thread itself too):
    said only when the <title> holds it (see :func:`thread_title`)."""
    out = []
    for a in _CRUMB_LINKS(doc.root):
        sep = (a.getprevious().tail or "").strip()
        after = (a.tail or "").strip()
        nxt = a.getnext()
        if sep.endswith(_CRUMB_SEPARATORS) and len(sep) <= 3 and not after.endswith(_CRUMB_SEPARATORS) \
                and (nxt is None or nxt.tag != "a"):
            out.append(clean(a.text_content()))
    return out


def _crumb_text_tails(doc: Doc) -> list[str]:
    out = []
    for a in _CRUMB_LAST_LINKS(doc.root):
        tail = clean(a.tail)
        sep = next((s for s in _CRUMB_SEPARATORS if tail.startswith(s)), None)
        if sep and len(tail) > len(sep) + 3:
            out.append(clean(tail[len(sep):]))
    return out


# The engine's word for the page itself ("Topic", "Тема", "Sujet", "View topic"): the last step of
# a forum path or a <title> that names the kind of page, never which thread it is.
_PAGE_KIND_RE = re.compile(
    r"^(?:view |viewing |просмотр |)(?:topic|thread|post|posts|discussion|message|messages|"
    r"thema|beitrag|sujet|tema|tópico|topico|argomento|discussione|onderwerp|temat|"
    r"wątek|watek|téma|vlákno|konu|тема|топик|обсуждение|сообщения|موضوع|الموضوع|主题|主題|帖子)$",
    re.IGNORECASE,
)


def _names_a_thread(text: str) -> bool:
    return not _greets_a_guest(text) and not _PAGE_KIND_RE.match(text)


def thread_title(doc: Doc, heads: list[str] | None = None) -> str | None:
    """The thread's title: a title-classed link to the page itself, the unlinked last step of
    its forum path, a heading or a title-classed element, the first that the <title> holds;
    else the first of them (a forum path's trailing text only when the <title> holds it), else
    the <title>'s own part for the thread. ``heads``: short texts of the first post's frame
    (its subject beside its author's name, an imageboard's way), the title when the <title>
    holds one and none of the page's own names for itself."""
    cands = _self_titles(doc) + _crumb_tails(doc) + path_ends(doc)
    tails = len(cands)
    boards: set[str] = set()  # headings linking a board: the <title> holding one says nothing
    for tag in ("h1", "h2", "h3"):
        heads_of = [h for h in doc.root.iter(tag) if not _names_the_site(doc, h)]
        cands += [clean(h.text_content()) for h in heads_of]
        boards |= {text for h in heads_of
                   if _BOARD_NAME_RE.match(text := clean(h.text_content())) or _links_a_board(doc, h)}
    # A heading whose words a link to a page above names (the board's step in the forum path).
    boards |= {clean(a.text_content()) for a in _BODY_LINKS(doc.root) if _above(doc, a)}
    # Elements classed as titles ("postTitle", "topic-title") when headings are not used.
    cands += [clean(el.text_content()) for el in _TITLE_XPATH(doc.root)[:20]]
    said = [*cands[:tails], *_crumb_text_tails(doc), *cands[tails:], *(heads or ()),
            *_crumb_last_links(doc)] if doc.title else []
    cands = [c for c in cands if 2 < len(c) < 300 and _names_a_thread(c)]
    if (replied := _replied(doc, said or cands, boards)) is not None:
        return replied
    for c in said:
        if 4 <= len(c) < 300 and c in doc.title and _names_a_thread(c) and c not in boards:
            return _shown_part(doc, c) or c
    held = _held_title_part(doc, said) or _bold_title_part(doc) or _labelled_title_part(doc)
    if held:
        return held
    cands = [c for c in cands if c not in boards] or cands
    return cands[0] if cands else _title_part(doc)


# A reply's subject: the thread's after a reply prefix ("RE: Bread too dense", "Odp:", "AW:", "SV:").
_REPLY_RE = re.compile(
    r"^(?:re|aw|sv|vs|odp|antw|ynt|res|rif|απ|отв|回复|回覆)\s*(?:\[\d+\])?\s*[:：]\s*", re.IGNORECASE
)


def _replied(doc: Doc, names: list[str], boards: set[str]) -> str | None:
    """The one of the page's names for itself that the <title> holds and its replies repeat after
    a reply prefix ("<h2>Bread too dense</h2>" and a reply headed "RE: Bread too dense", Redmine's
    and mail's way): the thread's, whatever heading (the site's or project's name) comes first. A
    reply's own subject (a threaded board's "Re: Cherry on canes" under a post) is not in the
    <title>."""
    subjects = [line[m.end():] for line in doc.text_lines if (m := _REPLY_RE.match(line))]
    if not subjects:
        return None
    for c in names:
        if 4 <= len(c) < 300 and c not in boards and c in doc.title and _names_a_thread(c) and any(
            s.startswith(c) and (len(s) == len(c) or not s[len(c)].isalnum()) for s in subjects
        ):
            return c
    return None


def _held_title_part(doc: Doc, said: list[str]) -> str | None:
    """A part of the ``<title>`` (between its separators) that one of the page's names for
    itself holds with a few more characters around it: a heading that shows the thread's status
    or prefix beside its name ("[open] Bread too dense", "Solved: Bread too dense") is titled by
    the name the ``<title>`` gives."""
    if not doc.title:
        return None
    parts = [p for p in (clean(x) for x in _TITLE_SEPARATORS_RE.split(doc.title)) if len(p) >= 8]
    for c in said:
        for part in parts:
            if part != c and part in c and len(c) - len(part) <= 20 and _names_a_thread(part):
                return part
    return None


def _bold_title_part(doc: Doc) -> str | None:
    """A part of the ``<title>`` that a title bar shows in bold, whole, beside more words (IPB's
    "<div class=maintitle><b>Bread too dense</b>, a description | Track | Print</div>"): the
    thread's name without the topic's description and the bar's controls."""
    if not doc.title:
        return None
    parts = {p for p in (clean(x) for x in _TITLE_SEPARATORS_RE.split(doc.title)) if len(p) >= 4}
    for bar in _TITLE_XPATH(doc.root)[:20]:
        for bold in bar.iter("b", "strong"):
            text = clean(bold.text_content())
            if text in parts and _names_a_thread(text):
                return text
    return None


# A line labelling the thread's subject: a short label of words, a colon, the subject.
_LABELLED_LINE_RE = re.compile(r"^[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}\s?[:：]\s*(?P<subject>\S.*)$")


def _labelled_title_part(doc: Doc) -> str | None:
    """A part of the ``<title>`` that a line of the page shows after a label, whole ("Betreff:
    Welches Öl ...", "Subject: Bread too dense", "Тема: ..." in the topic's header row): the
    thread's name, which no heading shows (the page's headings head its side boxes: "Letzte
    Beiträge" over links to other topics)."""
    if not doc.title:
        return None
    parts = {p for p in (clean(x) for x in _TITLE_SEPARATORS_RE.split(doc.title)) if len(p) >= 8}
    if len(parts) < 2:
        return None  # a <title> of one part says nothing of which part is the thread's
    linked: set[str] | None = None  # the site's part is its links' ("<a href=/>Site</a>")
    for line in doc.text_lines:
        if len(line) < 300 and (m := _LABELLED_LINE_RE.match(line)) and len(line) - len(m["subject"]) <= 26 \
                and m["subject"] in parts and _names_a_thread(m["subject"]) and not _GREETING_RE.match(line):
            if linked is None:
                linked = {clean(a.text_content()) for a in doc.tagged("a")}
            if m["subject"] not in linked:
                return str(m["subject"])
    return None


_TITLE_SEPARATORS_RE = re.compile(r"\s+(?:/|\||-|–|—|::|»|›|>|•|·)\s+")


def _shown_part(doc: Doc, heading: str) -> str | None:
    """When ``heading`` is a heading's words all linking another page (a mobile page's top bar
    "<h2><a href=forum.php?mod=forumdisplay&fid=12>Board</a></h2>", the way back to the board),
    the part of the ``<title>`` before it that the page shows as a line of its own, unlinked:
    the thread's name, which the ``<title>`` puts before its board's."""
    here = (doc.url or "").split("#")[0]
    if not any(
        len(links := list(h.iter("a"))) == 1 and clean(h.text_content()) == heading
        and clean(links[0].text_content()) == heading
        and doc.absolute(links[0].get("href") or "").split("#")[0] not in ("", here)
        for h in doc.tagged("h1", "h2", "h3")
    ):
        return None
    linked = {clean(a.text_content()) for a in doc.tagged("a")}
    shown = set(doc.text_lines)
    for part in (clean(x) for x in _TITLE_SEPARATORS_RE.split(doc.title)):
        if part == heading:
            return None  # the heading's words come first: the page is the board's own
        if len(part) >= 4 and part in shown and part not in linked and _names_a_thread(part):
            return part
    return None


def _title_part(doc: Doc) -> str | None:
    """The thread's part of a ``<title>`` that strings the site's and forums' names with it
    ("Clube da Aquarela / Fórum / Papel ondulando"): of its parts, the longest that no link of
    the page reads (the site and its forums are links, the page itself is not); else the whole."""
    if not doc.title:
        return None
    parts = [p for p in (clean(x) for x in _TITLE_SEPARATORS_RE.split(doc.title)) if len(p) > 2]
    if len(parts) < 2:
        return doc.title
    linked = {clean(a.text_content()).casefold() for a in doc.tagged("a")}
    unlinked = [p for p in parts if p.casefold() not in linked]
    return max(unlinked, key=len) if unlinked else doc.title


_QUOTING_TITLE_RE = re.compile(
    r"^(?P<name>[^:：]{2,80}?)\s*[:：]\s*[„“\"«‘'](?P<words>.{10,}?)(?:…|\.\.\.)?[”“\"»’']?$"
)


def quotes_a_post(title: str, posts: list[Any]) -> bool:
    """Whether ``title`` is a post's author and its opening words in quotes ('ann: “My tulips
    are…”'), as a social site titles one status's page: the page has no title of its own."""
    match = _QUOTING_TITLE_RE.match(title)
    if not match:
        return False
    words = clean(match["words"]).rstrip("….")
    return any(
        p.author and p.author in match["name"] and clean(p.body or "").startswith(words) for p in posts
    )
