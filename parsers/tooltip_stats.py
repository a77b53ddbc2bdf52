"""A member's statistics labelled by tooltips only: each figure shown beside an icon, its word
in the element's ``title`` ("<li title='Príspevky'>✎ 2 318</li>", "<span title='Joined'>📅
3.4.2024</span>"), a legend of the icons elsewhere if at all. The page read with each tooltip
written as its figure's label ("Príspevky: 2 318") is read by :func:`parsers.member_card.member_card`.

    >>> from parsers.dom import load
    >>> doc = load('''<html><head><title>kettu_7 - profiili</title></head><body>
    ...   <h1>kettu_7</h1><ul><li title="Viestit"><i aria-hidden="true">✎</i> 214</li>
    ...   <li title="Liittynyt"><i aria-hidden="true">📅</i> 3.4.2024</li></ul>
    ...   </body></html>'''.encode(), url="http://lumen.onion/jasen/kettu_7")
    >>> author = tooltip_card(doc, now="2026-11-20T12:00:00Z")
    >>> author.name, author.post_count, author.joined
    ('kettu_7', 214, '2024-04-03')
"""

from __future__ import annotations

import copy
import re

from lxml import html

from parsers.dom import Doc, clean, load, xpath
from parsers.member_card import member_card
from parsers.records import Author

__all__ = ["tooltip_card"]

# Elements whose tooltip is a short label (no figure) and whose own text is a short figure.
_TIPPED = xpath(
    "//body//*[@title][string-length(@title) >= 2][string-length(@title) <= 40]"
    "[string-length(normalize-space(.)) > 0][string-length(normalize-space(.)) <= 24]"
)
_LABEL_RE = re.compile(r"[^\W\d_]+(?:[ \-][^\W\d_]+){0,3}")
# Fewer tooltips than a count and a date make no statistics.
_MIN_STATS = 2


def _value(el: object) -> str:
    """The element's text but its icons': children hidden from screen readers, and marks that
    are no letter or figure."""
    shown = copy.deepcopy(el)
    for icon in shown.xpath(".//*[@aria-hidden='true']"):  # type: ignore[attr-defined]
        icon.drop_tree()
    text = clean(shown.text_content())  # type: ignore[attr-defined]
    return text.lstrip("".join(ch for ch in text if not ch.isalnum() and not ch.isspace()))


def tooltip_card(doc: Doc, *, now: str | None = None) -> Author | None:
    """The member a profile page shows when its statistics' labels are their tooltips only;
    None when fewer than two figures carry a tooltip label or the page reads as no member's."""
    tipped = []
    for el in _TIPPED(doc.root):
        label = clean(el.get("title") or "")
        if not _LABEL_RE.fullmatch(label) or el.find(".//*[@title]") is not None:
            continue
        value = _value(el)
        if value and any(ch.isdigit() for ch in value) and not clean(el.text_content()).startswith(label):
            tipped.append((el, label, value))
    if len(tipped) < _MIN_STATS:
        return None
    root = copy.deepcopy(doc.root)
    paths = {doc.root.getroottree().getpath(el): (label, value) for el, label, value in tipped}
    tree = root.getroottree()
    for path, (label, value) in paths.items():
        found = tree.xpath(path)
        if not found:
            continue
        el = found[0]
        for child in list(el):
            el.remove(child)
        el.text = f"{label}: {value}"
    body = html.tostring(root, encoding="utf-8")
    return member_card(load(body, url=doc.url), now=now)
