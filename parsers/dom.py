"""Bytes to an lxml tree, once per page: encoding detection, size cap, text lines, links, selectors.

>>> from parsers.dom import load
>>> doc = load("<html><body><div>Price</div><div>€12,50</div><a href='/x'>x</a></body></html>".encode(),
...            url="http://example.onion/a/")
>>> doc.lines(doc.root)
['Price', '€12,50', 'x']
>>> doc.links
['http://example.onion/x']
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree, html
from lxml.cssselect import CSSSelector

from parsers.encoding import detect_encoding

__all__ = [
    "INDEXED_TAGS", "MAX_BYTES", "Doc", "clean", "css", "element_kind", "load", "xpath",
]

#: Parse cap: bigger bodies are truncated (and the truncation is recorded on the page).
MAX_BYTES = 8 * 1024 * 1024
_BLOCK_TAGS = (
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "tbody", "thead", "h1", "h2",
    "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "aside", "nav", "form", "fieldset",
    "blockquote", "pre", "option", "legend", "center", "main", "hr", "caption", "figcaption", "address",
    "select", "textarea", "iframe", "summary", "details", "label",
)
_XML_DECL_RE = re.compile(rb"^\s*<\?xml[^>]*\?>")
# Session ids make one page look like many (phpBB sid, vBulletin s, PHP sessions).
_SESSION_RE = re.compile(r"([?&])(?:sid|s|PHPSESSID|phpsessid|sessionid)=[0-9a-fA-F]{16,64}(&?)")


def clean(text: str | None) -> str:
    """Collapse whitespace (including non-breaking spaces) and strip."""
    if not text:
        return ""
    if "\u200b" in text:
        text = text.replace("\u200b", "")
    # str.split() splits on every Unicode space (NBSP included) and is much faster than a regex.
    return " ".join(text.split())


#: Lines of a page that :attr:`Doc.head_lines` keeps.
HEAD_LINES = 5000
#: Tags that :meth:`Doc.tagged` indexes in its one walk of the tree.
INDEXED_TAGS = ("a", "img", "area", "h1", "h2", "h3", "input", "meta", "link", "form")
_PARSERS = threading.local()  # lxml parser objects must not be shared between threads


def _parser(encoding: str) -> html.HTMLParser:
    cache = getattr(_PARSERS, "by_encoding", None)
    if cache is None:
        cache = _PARSERS.by_encoding = {}
    parser = cache.get(encoding)
    if parser is None:
        parser = cache[encoding] = _new_parser(encoding)
    return parser


def _new_parser(encoding: str) -> html.HTMLParser:
    parser = html.HTMLParser(
        encoding=encoding,
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        default_doctype=False,
        # No table of id attributes: selectors match @id like any attribute, and XPath's id()
        # is never used. Building it is a fifth of a small page's parse.
        collect_ids=False,
    )
    # lxml.html picks each element's class (form, input, label...) in a Python callback, run for
    # every element proxy created: a third of the tree-walking time. Extractors use only the
    # HtmlElement methods (text_content), so one class for every element, chosen in C, does.
    parser.set_element_class_lookup(_LOOKUP)
    return parser


_LOOKUP = etree.ElementDefaultClassLookup(
    element=html.HtmlElement,
    comment=html.HtmlComment,
    pi=html.HtmlProcessingInstruction,
    entity=html.HtmlEntity,
)


@lru_cache(maxsize=1024)
def css(selector: str) -> etree.XPath:
    """A compiled CSS selector (cached); raises ``cssselect`` errors on bad syntax."""
    return CSSSelector(selector)


@lru_cache(maxsize=1024)
def xpath(expr: str) -> etree.XPath:
    """A compiled XPath expression (cached)."""
    return etree.XPath(expr, smart_strings=False)


@dataclass
class Doc:
    """A parsed page: the tree plus what every extractor needs, computed once."""

    root: Any
    raw: bytes
    url: str | None
    encoding: str
    truncated: bool = False
    title: str = ""
    _links: list[str] | None = field(default=None, repr=False)
    _text: str | None = field(default=None, repr=False)
    _lines: list[str] | None = field(default=None, repr=False)
    _joins: tuple[str, str, str] | tuple[()] | None = field(default=None, repr=False)
    #: Per-page results that several extractors ask for (computed once).
    memo: dict[str, Any] = field(default_factory=dict, repr=False)
    _tagged: dict[str, list[Any]] | None = field(default=None, repr=False)
    #: What relative links resolve against: ``<base href>`` when the page sets one, else ``url``.
    base: str | None = None

    def tagged(self, *tags: str) -> list[Any]:
        """Elements of the given tags (of :data:`INDEXED_TAGS`), in document order.

        One walk of the tree (in C) indexes them all on first use: every full-tree XPath costs
        a walk of its own, and page-level checks ask for links, headings, inputs and metas.
        """
        index = self._tagged
        if index is None:
            index = self._tagged = {"": []}
            ordered = index[""]
            for el in self.root.iter(INDEXED_TAGS):
                ordered.append(el)
                index.setdefault(el.tag, []).append(el)
        if len(tags) == 1 and tags[0] in INDEXED_TAGS:
            return index.get(tags[0], [])
        if any(tag not in INDEXED_TAGS for tag in tags):
            raise ValueError(f"Doc.tagged indexes only {INDEXED_TAGS}, not {tags}")
        return [el for el in index[""] if el.tag in tags]

    def select(self, selector: str, node: Any = None) -> list[Any]:
        """Elements matching a CSS selector, or XPath (``/...``, ``./...``, ``.``, ``(...)``)."""
        target = self.root if node is None else node
        if selector in (".", "..") or selector.startswith(("/", "./", "../", "(")):
            return list(
                xpath(selector if node is None or not selector.startswith("/") else "." + selector)(target)
            )
        return list(css(selector)(target))

    def forget_derived(self) -> None:
        """Drop what was computed from the tree (text, lines, links, the tag index, the memo):
        for a reader that changed the tree (parsers.struck removes struck-out old prices)."""
        self._text = self._lines = self._links = self._tagged = None
        self.memo.clear()

    @property
    def text(self) -> str:
        """Visible text of the page, one line per block."""
        if self._text is None:
            body = self.root.find("body")
            self._text = "\n".join(self.lines(self.root if body is None else body))
        return self._text

    @property
    def text_lines(self) -> list[str]:
        """:attr:`text` split into lines, computed once (label lookups reuse the same list)."""
        if self._lines is None:
            self._lines = self.text.split("\n")
        return self._lines

    @property
    def head_lines(self) -> list[str]:
        """The first :data:`HEAD_LINES` of :attr:`text_lines` (the list itself when shorter): what
        readers of one item or one person look at. On a huge page (an archive of 100 000 rows)
        a listing's or a profile's labels are at its head, and a lookup over every line would
        cost more than the parse."""
        lines = self.text_lines
        if len(lines) <= HEAD_LINES:
            return lines
        head = self.memo.get("head_lines")
        if head is None:
            head = self.memo["head_lines"] = lines[:HEAD_LINES]
        return head

    @staticmethod
    def lines(node: Any) -> list[str]:
        """Visible text of a node as cleaned, non-empty lines (block elements break lines)."""
        try:
            raw = node.text_content() if hasattr(node, "text_content") else "".join(node.itertext())
        except (ValueError, TypeError):
            return []
        if "\u200b" in raw:
            raw = raw.replace("\u200b", "")
        # clean() inlined: one call per line of every page adds up.
        return [" ".join(part.split()) for part in raw.split("\n") if part and not part.isspace()]

    @property
    def links(self) -> list[str]:
        """Absolute targets of ``<a href>`` and ``<img src>``, in order, without duplicates or fragments."""
        if self._links is None:
            seen: dict[str, None] = {}
            raw: set[str] = set()
            for el in self.tagged("a", "img", "area"):
                href = el.get("src" if el.tag == "img" else "href")
                if not href or href in raw:
                    continue  # a page repeats its links (menus, pagers): each is made absolute once
                raw.add(href)
                href = href.strip()
                if not href or href[0] == "#" or href.startswith(_NOT_LINKS):
                    continue
                seen.setdefault(self.absolute(href), None)
            self._links = list(seen)
        return self._links

    def absolute(self, href: str) -> str:
        """``href`` made absolute against the page URL, without forum session ids (``sid=``...).

        The same as :func:`urllib.parse.urljoin`, which a page with thousands of links would
        spend more time in than in its parse: the usual shapes (``/x``, ``x/y``, ``?page=2``) are
        joined by concatenation, anything with dot segments, ``//``, a scheme or a control
        character goes to ``urljoin``.
        """
        if "=" in href and _SESSION_RE.search(href):
            href = _SESSION_RE.sub(lambda m: m.group(1) if m.group(2) else "", href).replace("?&", "?")
        base = self.base or self.url
        if not base or "://" in href[:12]:
            return href
        if self._joins is None:
            self._joins = _joins(base)
        if self._joins and href and not _NOT_PLAIN_RE.search(href):
            origin, directory, bare = self._joins
            first = href[0]
            if first == "/":
                if href[1:2] != "/":
                    return origin + href
            elif first == "?":
                return bare + href
            elif first not in ".#" and ":" not in href:
                return directory + href
        try:
            return urljoin(base, href)
        except ValueError:
            return href


_NOT_LINKS = ("javascript:", "mailto:", "data:")
# What only urljoin gets right: dot segments (it resolves them), "//" (a host, or an empty
# segment it drops), ";" parameters, control characters and spaces it strips, an empty query or
# fragment (it drops them: "?" alone keeps the page's own query).
_NOT_PLAIN_RE = re.compile(r"(?:^|/)\.\.?(?:/|$|[?#])|//|;|[\x00-\x20\x7f\\]|[?#]$|\?#")


def _joins(base: str) -> tuple[str, str, str] | tuple[()]:
    """(origin, directory, URL without query or fragment) of ``base`` for :meth:`Doc.absolute`'s
    concatenations, or () when ``base`` itself needs urljoin (dot segments, ``//`` in its path)."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return ()
    path = parts.path
    if not (parts.scheme and parts.netloc) or path[:1] not in ("", "/") or _NOT_PLAIN_RE.search(path):
        return ()
    origin = f"{parts.scheme}://{parts.netloc}"
    return origin, origin + (path or "/")[: (path or "/").rfind("/") + 1], origin + path


def _has_content(el: Any) -> bool:
    """Whether an element holds a page's worth of words under headings or paragraphs."""
    words = sum(len((t or "").split()) for t in el.itertext())
    blocks = el.iter("h1", "h2", "h3", "h4", "p", "article", "li", "table")
    return words >= 40 and next(blocks, None) is not None


def _prepare(root: Any) -> None:
    # Drop invisible content and mark block boundaries with newlines, so that text_content()
    # gives one line per block: labels and values in separate cells land on separate lines.
    # Setting a text is dear (lxml rebuilds the text node): most pages are indented, so most
    # boundaries already start with a newline and are left alone.
    # A <noscript> that holds the page's content (Flarum renders its whole discussion in one for
    # clients without JavaScript, which a Tor crawler is) is what such a client shows: kept. Short
    # ones ("enable JavaScript", a tracking pixel) are dropped with the scripts.
    for ns in list(root.iter("noscript")):
        if len(ns) and _has_content(ns):
            ns.drop_tag()
    etree.strip_elements(root, "script", "style", "noscript", "template", etree.Comment, with_tail=False)
    for el in root.iter(_BLOCK_TAGS):
        text = el.text
        if text is None:
            el.text = "\n"
        elif text[:1] != "\n":
            el.text = "\n" + text
        text = el.tail
        if text is None:
            el.tail = "\n"
        elif text[:1] != "\n":
            el.tail = "\n" + text
    for br in root.iter("br"):
        text = br.tail
        if text is None:
            br.tail = "\n"
        elif text[:1] != "\n":
            br.tail = "\n" + text


_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])


def load(
    body: bytes, *, url: str | None = None, content_type: str | None = None, max_bytes: int = MAX_BYTES
) -> Doc:
    """Parse ``body`` into a :class:`Doc`; raises ``ValueError``/``etree.ParserError`` on empty input."""
    truncated = len(body) > max_bytes
    if truncated:
        body = body[:max_bytes]
    encoding = detect_encoding(body, content_type)
    data = _XML_DECL_RE.sub(b"", body, count=1)
    if encoding != "utf-8":
        # Decoded by Python's codecs rather than libxml2's: they know every name detect_encoding
        # gives ("euc_kr", "cp437", ISO-2022-JP, whose escapes libxml2 takes for control bytes),
        # and keep a letter and its points apart where iconv composes them into a presentation
        # form (windows-1255's Yiddish "ײַ"), as the page's own text has them.
        data = data.decode(encoding, "replace").encode("utf-8")
    # A stray control byte in a page's text (a database's leftovers) is no character HTML shows,
    # and lxml refuses to set any text that holds one: dropped, not the whole page.
    data = data.translate(None, _CONTROL_BYTES)
    root = html.document_fromstring(data, parser=_parser("utf-8"))
    # The first <title> in document order: <head>'s own as a rule, found without walking the body
    # (a page whose markup holds a <title> elsewhere is walked, as find(".//title") would).
    head = root.find("head")
    title_el = head.find("title") if head is not None else None
    if title_el is None and b"<title" in data.lower():
        title_el = next(root.iter("title"), None)
    title = clean(title_el.text_content()) if title_el is not None else ""
    _prepare(root)
    return Doc(root=root, raw=body, url=url, encoding=encoding, truncated=truncated, title=title,
               base=_base_href(head, url))


def _base_href(head: Any, url: str | None) -> str | None:
    """The page's ``<base href>`` made absolute (browsers resolve every relative link against it;
    forum engines such as XenForo 1 set it and link relative to the board's root)."""
    if head is None or url is None:
        return None
    el = head.find("base")
    href = (el.get("href") or "").strip() if el is not None else ""
    if not href or href.startswith(("javascript:", "data:", "#")):
        return None
    try:
        joined = urljoin(url, href)
    except ValueError:
        return None
    return joined if joined.startswith(("http://", "https://")) else None


def element_kind(el: Any) -> tuple[str, str]:
    """An element's tag and first class: what repeated blocks of one template share. The first
    class names the component; the rest often differs block by block ("product post-2044 first
    instock product_tag-x ..."), so it does not tell blocks apart."""
    classes = (el.get("class") or "").split()
    return el.tag, classes[0] if classes else ""
