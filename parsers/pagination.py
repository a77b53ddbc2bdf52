"""A paginated list's or thread's next page: the link numbered one above the current page's
number, else ``rel=next``, else a link that says "next" in one of several languages.

    >>> from parsers.dom import load
    >>> from parsers.pagination import next_page
    >>> html = b'<ul><li class=active><span>1</span></li><li><a href="?page=2">2</a></li></ul>'
    >>> next_page(load(html, url="http://f.example/t/5"))
    'http://f.example/t/5?page=2'
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from parsers.counted_pager import counted_next
from parsers.dom import Doc, xpath

__all__ = ["next_page"]

_NEXT_TEXT_RE = re.compile(
    # An arrow may lead the word, the link's visible mark before its words for screen readers
    # ("» Próximo": <span aria-hidden>»</span><span class=sr-only>Próximo</span>).
    r"^(?:(?:[›»>→]{1,2}\s*)?(?:next|next page|weiter|nächste|nächste seite|suivant|page suivante|siguiente|"
    r"página siguiente|следующая|след\.?|далее|successiva|pagina successiva|volgende|następna|"
    r"sonraki|下一页|下一頁|"
    # Portuguese, Nordic, Finnish, Czech and Slovak, Hungarian, Ukrainian, Greek, Polish ("dalej").
    r"próxima|próximo|próxima página|seguinte|nästa|næste|neste|seuraava|další|ďalšia|következő|"
    r"наступна|επόμενη|dalej|"
    # Right-to-left scripts point the way on left ("التالي ‹"): Arabic, Persian, Hebrew; and
    # Japanese, Korean, Hindi, Thai, Vietnamese, Indonesian, Romanian.
    r"التالي|الصفحة التالية|بعدی|صفحه بعد|הבא|次へ|次のページ|다음|다음 페이지|अगला|ถัดไป|"
    r"tiếp|trang sau|berikutnya|următoarea|înainte)\s*[›»>→‹«←]{0,2}|›|»|>|>>|→)$",
    re.IGNORECASE,
)

# The current page of numbered pagination: its number, not a link ("[<strong>1</strong>] 2 3",
# "<li class=active><span>1</span>", or a link that goes nowhere), unless the link or its item is
# marked as the current one ("<a class='page-link current-page' href=/cat/x/1>1</a>",
# aria-current, "<li class='page-item active'><a href=?page=1>1</a>").
_CURRENT_PAGE = xpath(
    "descendant-or-self::*[normalize-space() = $n][not(self::a[@href][not(starts-with(@href, '#'))"
    " and not(starts-with(@href, 'javascript'))][not(@aria-current)][not(contains(@class, 'current')"
    " or contains(@class, 'active') or contains(@class, 'selected'))]"
    # Bootstrap marks the item around the link: <li class="page-item active"><a href>1</a></li>.
    "[not(parent::li[contains(@class, 'current') or contains(@class, 'active')"
    " or contains(@class, 'selected') or @aria-current])])][not(*[normalize-space() = $n])]"
)


def _current_page_beside(a: Any, number: int) -> bool:
    """Whether link ``a`` (numbered ``number``) sits beside the current page, numbered one less."""
    box = a.getparent()
    for _ in range(2):  # the number's own container, then the one around it
        if box is None:
            return False
        if _CURRENT_PAGE(box, n=str(number - 1)):
            return True
        box = box.getparent()
    return False


def next_page(doc: Doc) -> str | None:
    """The next page of a paginated list or thread: the link numbered one above the current
    page's number, else ``rel=next``, else a link that says "next" (in several languages)."""
    rel = None
    for el in doc.tagged("link", "a"):
        if el.get("rel") == "next" and el.get("href") is not None:
            rel = doc.absolute(el.get("href").strip())
            break
    said = None
    for a in doc.tagged("a"):
        href = a.get("href")
        if href is None:
            continue
        href = href.strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        # A link without child elements holds its text directly (text_content runs an XPath).
        text = " ".join((a.text_content() if len(a) else a.text or "").split())
        number = text.strip("[]")
        if number.isdigit() and len(number) <= 5 and number != "1" and _current_page_beside(a, int(number)):
            # Some engines (SMF) point rel=next at the next topic: numbered pages are not mistaken.
            return doc.absolute(href.split("#", 1)[0])  # the page, not an anchor in it
        if said is None:
            cls = (a.get("class") or "").lower()
            if not text and a.getparent() is not None:
                # An icon link: its item says what it is ("<li class=next><a><i class=...>").
                cls = f"{cls} {(a.getparent().get('class') or '').lower()}"
            if _NEXT_TEXT_RE.match(text) or (
                "next" in cls.split() or "pagination-next" in cls or "pagenav-next" in cls
            ):
                said = doc.absolute(href)
    # Last, a pager known by its count of pages beside a link one page on (parsers.counted_pager).
    return rel or said or _page_after(doc) or counted_next(doc)


# A query parameter or path step naming a page number ("page=2", "whichpage=2", "pagina=2", "p=2",
# "/page/2"); an offset ("start=25") is not a page's number.
_PAGE_NAME_RE = re.compile(r"page|^p$|^pg$|^pag|seite|strona|sayfa|sivu|side$", re.IGNORECASE)
# A cheap look at a link before its address is taken apart.
_PAGE_CUE_RE = re.compile(r"pag|p=|pg|seite|strona|sayfa|sivu|side", re.IGNORECASE)
_PAGE_STEP_RE = re.compile(r"/(?:page|pagina|seite|strona)/(\d{1,5})/?$", re.IGNORECASE)


def _page_number(url: str) -> tuple[tuple[str, str, tuple[tuple[str, str], ...]], int] | None:
    """The address with its page number left out, and that number (1 where none is given)."""
    parts = urlsplit(url)
    path, number = parts.path, 1
    step = _PAGE_STEP_RE.search(path)
    if step:
        path, number = path[: step.start()] or "/", int(step.group(1))
    query = []
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if _PAGE_NAME_RE.search(name):
            if not value.isdigit():
                return None
            number = int(value)
        else:
            query.append((name, value))
    return (parts.netloc, path.rstrip("/") or "/", tuple(sorted(query))), number


def _page_after(doc: Doc) -> str | None:
    """A link to this very address with its page number one higher, whatever words it shows (a
    "next page" in a language no list here knows): the address says what the link is."""
    if not doc.url:
        return None
    here = _page_number(doc.url)
    if here is None:
        return None
    wanted = str(here[1] + 1)
    for a in doc.tagged("a"):
        href = (a.get("href") or "").strip()
        # The next page's number is written in its address: other links are not taken apart.
        if wanted not in href or href.startswith(("#", "javascript:")) or not _PAGE_CUE_RE.search(href):
            continue
        target = doc.absolute(href.split("#", 1)[0])
        if not target or target == doc.url:
            continue
        there = _page_number(target)
        if there is not None and there[0] == here[0] and there[1] == here[1] + 1:
            return target
    return None
