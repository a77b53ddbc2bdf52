"""An item's category as the last step of a breadcrumb found by its shape, whatever its class and
words: a path that starts at the site's home link and goes down step by step before the item's
heading. Three shapes are read:

* links side by side, separated by a path's marks ("Home › Books › <span>Old books</span>"),
  ending at a link or at the current step written as text or in an element of its own;
* an ordered list of steps, one link each, the first one home ("<ol><li><a href=/>Home</a></li>
  <li><a href=/c/tea>Tea</a></li>..."), a list whose links' addresses nest (/c/tea, /c/tea/green),
  or a list from home that ends at the item's own title, unlinked;
* links side by side whose addresses nest one in the next, after no words or a short lead-in
  ("Estás en: <a href=/r/almacen>Almacén</a> / <a href=/r/almacen/infusiones>Infusiones</a>"),
  with no home link at all.

The item's category is the last step, unless that step names the item itself (then the one
before it) or a part of the item's place. A path inside a menu (a ``<nav>``, a header) counts only
when its addresses nest one in the next: a menu's links side by side never do.

>>> from parsers.dom import load
>>> doc = load(b"<div class='x'><a href='/'>Start</a> &gt; <a href='/r/2'>Teas</a> &gt; <b>Green teas</b>"
...            b"</div><h1>Sencha, 100 g</h1>")
>>> trail_category(doc, "Sencha, 100 g")
'Green teas'
>>> doc = load(b"<ol><li><a href='/'>Start</a></li><li><a href='/k/tea'>Teas</a></li>"
...            b"<li>Sencha, 100 g</li></ol><h1>Sencha, 100 g</h1>")
>>> trail_category(doc, "Sencha, 100 g")
'Teas'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from parsers.dom import Doc, clean

__all__ = ["home_paths", "trail_category"]

# The link home: the site's root, its index page, with or without the host.
_HOME_RE = re.compile(r"^(?:https?://[^/]+)?(?:/|\./|/?index\.\w+)?(?:[?#].*)?$", re.IGNORECASE)
# The marks between a path's steps.
_SEP_RE = re.compile(r"^(?:»|›|>|/|\\|::|\||→|»»|—|-|·|•|>>)$")
_MENUS = frozenset({"nav", "header", "footer", "aside", "menu", "select", "form"})
_MAX_WORDS = 6
_MAX_STEPS = 8


def _text(el: Any) -> str:
    return clean(el.text_content())


def _link_steps(box: Any) -> list[tuple[str, bool]] | None:
    """The steps of ``box`` when its children are links side by side with a path's marks between
    them (the home link first), then maybe a last step in an element or as text: (text, linked)."""
    kids = [k for k in box if isinstance(k.tag, str)]
    if not kids or kids[0].tag != "a" or not _HOME_RE.match(kids[0].get("href") or "x"):
        return None
    if clean(box.text or ""):
        return None  # words before the home link: a sentence, not a path
    steps: list[tuple[str, bool]] = []
    for i, kid in enumerate(kids):
        text = _text(kid)
        if not text or len(text.split()) > _MAX_WORDS:
            return None
        linked = kid.tag == "a" or (len(kid) == 1 and kid[0].tag == "a" and _text(kid[0]) == text)
        if not linked and i != len(kids) - 1:
            return None
        steps.append((text, linked))
        tail = clean(kid.tail or "")
        if i == len(kids) - 1:
            # The current step as text after the last link's mark ("... › Old books").
            mark, _, rest = tail.partition(" ")
            if tail and not _SEP_RE.match(tail):
                if not (_SEP_RE.match(mark) and rest and len(rest.split()) <= _MAX_WORDS):
                    return None
                steps.append((rest.strip(), False))
        elif not _SEP_RE.match(tail):
            return None
    return steps


def _list_steps(box: Any, title: str | None = None) -> list[tuple[str, bool]] | None:
    """The steps of a list whose items are a path: an ordered list starting home, items whose
    links' addresses nest one in the next, or a list from home whose last item, unlinked, is the
    item's own title (``title``)."""
    items = [k for k in box if isinstance(k.tag, str)]
    if any(k.tag != "li" for k in items):
        return None
    steps: list[tuple[str, bool]] = []
    hrefs: list[str] = []
    for i, li in enumerate(items):
        text = _text(li)
        links = [a for a in li.iter("a") if a.get("href")]
        # The item's own name, the last step, may be long ("Divan of Hafez, fine leather-bound ...").
        if not text or (len(text.split()) > _MAX_WORDS and text != title) or len(links) > 1:
            return None
        if not links and i != len(items) - 1:
            return None
        if links:
            hrefs.append(links[0].get("href") or "")
        steps.append((text, bool(links)))
    if not hrefs or not _HOME_RE.match(hrefs[0]):
        return None
    inner = [h.split("?")[0].rstrip("/") for h in hrefs[1:]]
    nested = len(inner) >= 2 and all(b.startswith(a + "/") for a, b in pairwise(inner))
    ends_at_item = bool(title) and not steps[-1][1] and steps[-1][0] == title
    return steps if box.tag == "ol" or nested or ends_at_item else None


def _in_menu(el: Any) -> bool:
    return any(anc.tag in _MENUS for anc in el.iterancestors())


def _nesting(links: list[Any]) -> bool:
    """Whether ``links`` after the first (home) go down one path, each address inside the one
    before ("/c/home", "/c/home/rugs"): a path even in a ``<nav>``, where a menu's links side by
    side ("/shop", "/forum") never nest."""
    if links and links[-1] is None:
        links = links[:-1]  # the current step, unlinked
    if len(links) < 3 or any(a is None for a in links):
        return False
    paths = [(a.get("href") or "").split("?")[0].split("#")[0].rstrip("/") for a in links[1:]]
    return len(paths) >= 2 and all(paths) and all(b.startswith(a + "/") for a, b in pairwise(paths))


def _before(doc: Doc, box: Any, heading: Any) -> bool:
    """Whether ``box`` stands before ``heading`` in the page (a path leads to the item)."""
    for el in doc.root.iter():
        if el is box:
            return heading not in box.iterdescendants()
        if el is heading:
            return False
    return False


def trail_category(
    doc: Doc, title: str | None, where: frozenset[str] = frozenset(), heading: Any = None
) -> str | None:
    """The item's category as its breadcrumb's last step before the item, or None when no path
    from the home link stands before the item's heading (``heading``, when known)."""
    for box, steps in home_paths(doc, title):
        if heading is not None and not _before(doc, box, heading):
            continue
        found = _category(steps[1:], title, where)
        if found is not None:
            return found
    return _nested_category(doc, title, where, heading)


def home_paths(doc: Doc, title: str | None = None) -> Iterator[tuple[Any, list[tuple[str, bool]]]]:
    """(box, steps) of every path from the home link the page shows (the shapes the module reads
    from there), of three to eight steps, each step (text, linked), in page order."""
    raw = doc.raw or b""
    if b'href="/"' not in raw and b"href='/'" not in raw and b"index." not in raw and b"href=/" not in raw:
        return  # no link home: no path starts there
    for a in doc.root.iter("a"):
        if not _HOME_RE.match(a.get("href") or "x"):
            continue
        parent = a.getparent()
        if parent is None:
            continue
        steps = None
        box = parent.getparent() if parent.tag == "li" else parent
        if parent.tag == "li" and box is not None and box.tag in ("ol", "ul"):
            if not _in_menu(parent) or _nesting([li.find(".//a[@href]") for li in box if li.tag == "li"]):
                steps = _list_steps(box, title)
        elif parent.tag != "li" and (not _in_menu(a) or _nesting([k for k in parent if k.tag == "a"])):
            steps = _link_steps(parent)
        if steps and 3 <= len(steps) <= _MAX_STEPS:
            yield box, steps


# Two links side by side with a path's mark between them (the page's raw bytes): a gate that
# spares the tree walk on pages showing no such path.
_LINKED_PATH_RE = re.compile(rb"</a>\s*(?:/|\\|&gt;|>|\xc2\xbb|\xe2\x80\xba|\xe2\x86\x92|::|\|)\s*<a\b")
# A short lead-in before a path ("Estás en:", "You are here:", "Jesteś tutaj:"): words and a colon.
_LEAD_RE = re.compile(r"^[^\W\d_][^\d:]{0,30}[:：]$")


def _nested_steps(box: Any) -> list[tuple[str, bool]] | None:
    """The steps of ``box`` when its children are two links or more side by side with a path's
    marks between them, after no words or a short lead-in ("Estás en:"), whose addresses nest
    one in the next ("/rubros/almacen", "/rubros/almacen/infusiones"): a path down from a
    section even where no home link starts it."""
    kids = [k for k in box if isinstance(k.tag, str)]
    if len(kids) < 2 or any(k.tag != "a" for k in kids):
        return None
    lead = clean(box.text or "")
    if lead and not _LEAD_RE.match(lead):
        return None
    paths = [(k.get("href") or "").split("?")[0].split("#")[0].rstrip("/") for k in kids]
    if not all(paths) or not all(b.startswith(a + "/") for a, b in pairwise(paths)):
        return None
    steps = []
    for i, kid in enumerate(kids):
        text = _text(kid)
        if not text or len(text.split()) > _MAX_WORDS:
            return None
        if i < len(kids) - 1 and not _SEP_RE.match(clean(kid.tail or "")):
            return None
        steps.append((text, True))
    return None if clean(kids[-1].tail or "") else steps


def _nested_category(doc: Doc, title: str | None, where: frozenset[str], heading: Any) -> str | None:
    """The last step of a path of nesting addresses before the item's heading (_nested_steps)."""
    if not _LINKED_PATH_RE.search(doc.raw or b""):
        return None
    seen: set[Any] = set()
    for a in doc.root.iter("a"):
        box = a.getparent()
        if box is None or box in seen or box.tag == "li" or _in_menu(a):
            continue
        seen.add(box)
        steps = _nested_steps(box)
        if not steps or len(steps) > _MAX_STEPS or (heading is not None and not _before(doc, box, heading)):
            continue
        found = _category(steps, title, where)
        if found is not None:
            return found
    return None


def _category(steps: list[tuple[str, bool]], title: str | None, where: frozenset[str]) -> str | None:
    """The last step that is neither the item (the last step alone may be) nor a part of its place
    (``steps`` follow home)."""
    texts = [text for text, _ in steps]
    # The item's own name, maybe cut short ("Sencha, 100 g, first fl…"); a category's name is
    # no more than a part of it ("Tea" over "Green Tea, 100 g").
    last = texts[-1].rstrip(".…").rstrip()
    if title and last and (title in last or (title.startswith(last) and 2 * len(last) >= len(title))):
        texts.pop()
    texts = [text for text in texts if text not in where]
    return texts[-1] if texts else None
