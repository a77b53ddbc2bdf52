"""The words of a control link that most of a page's repeated blocks show alike: a per-post
"Report to a moderator" or "Citar" linking an address under the thread's own is the posts' frame,
whereas a topic list's rows each link their own topic by its own title.

    >>> from parsers.dom import load
    >>> from parsers.post_read import THREAD_HREF_RE
    >>> doc = load(b'<body><div><a href="/thread/9/report?p=1">Report post</a> one</div>'
    ...            b'<div><a href="/thread/9/report?p=2">Report post</a> two</div>'
    ...            b'<div><a href="/thread/4">A topic of its own</a></div></body>')
    >>> sorted(repeated_controls(list(doc.root.iter("div")), THREAD_HREF_RE))
    ['report post']
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from parsers.dom import clean
from parsers.forum_members import USER_HREF_RE
from parsers.post_parts import WORDY_RE
from parsers.thread_records import text_without

__all__ = ["repeated_controls", "repeated_counts", "repeated_links"]

#: The first marks of a member's handle ("@ann", "~ann"): a mention, never a control.
_NAME_MARKS = frozenset("@~")
#: Tags that wrap a link inside a line rather than make a box of their own.
_INLINE = frozenset({"span", "b", "i", "em", "strong", "small", "font", "u", "s", "sup", "sub", "bdi", "bdo"})
#: Words a control's text holds at the most ("Denunciar a un moderador", "Nahlásit moderátorovi").
_CONTROL_WORDS = 6


def repeated_controls(blocks: list[Any], href_re: re.Pattern[str]) -> set[str]:
    """The lower-cased texts of the worded links matching ``href_re`` that at least half of
    ``blocks`` (two or more) each show, in a few words, as their own links (a link inside a
    nested block counts for that block only)."""
    if len(blocks) < 2:
        return set()
    held = set(blocks)
    counts: Counter[str] = Counter()
    for block in blocks:
        texts = set()
        for a in block.iter("a"):
            if not href_re.search(a.get("href") or ""):
                continue
            # A link of a nested block (a reply inside its parent) is that block's own.
            owner = next((anc for anc in a.iterancestors() if anc in held), None)
            if owner is not block:
                continue
            text = clean(a.text_content()).casefold()
            if 0 < len(WORDY_RE.findall(text)) <= _CONTROL_WORDS:
                texts.add(text)
        counts.update(texts)
    least = max(2, (len(blocks) + 1) // 2)
    return {text for text, n in counts.items() if n >= least}


def repeated_links(containers: list[Any], drops: list[set[Any]]) -> list[set[Any]]:
    """Per post (its words' box in ``containers``, the elements already left out of them in
    ``drops``), the elements of the short worded links standing alone in their box (the box's
    whole text: "<div class=pie><a>Denunciar a un moderador</a></div>"), or in a bar of such links
    with nothing else between them but marks ("<div><a>Antwoorden</a> | <a>Citeren</a></div>"),
    whose words at least half of the posts (two or more) show so: a control on every post, its
    frame, not its words."""
    found: list[list[tuple[str, Any]]] = []
    barred: list[dict[Any, bool]] = []
    for box, drop in zip(containers, drops, strict=True):
        own = []
        bars: dict[Any, bool] = {}
        barred.append(bars)
        for a in box.iter("a"):
            if a in drop or a is box:
                continue
            text = clean(a.text_content())
            if not text or text[:1] in _NAME_MARKS or USER_HREF_RE.search(a.get("href") or ""):
                continue  # a mention of a member ("@shirin") is the post's words
            parent = a.getparent()
            # The box the link stands in: its inline wrappers (a mention's "span.h-card") are no box.
            while parent is not None and parent is not box and parent.tag in _INLINE:
                parent = parent.getparent()
            if parent is None or parent is box:
                continue
            if clean(parent.text_content()) != text:
                if parent not in bars:
                    bars[parent] = _link_bar(parent)
                if not bars[parent]:
                    continue
            if 0 < len(WORDY_RE.findall(text)) <= _CONTROL_WORDS:
                own.append((text.casefold(), a))
        found.append(own)
    if len(containers) < 2 or not any(found):
        return [set() for _ in containers]
    counts = Counter(t for own in found for t in {t for t, _ in own})
    least = max(2, (len(containers) + 1) // 2)
    out = [{el for t, a in own if counts[t] >= least for el in a.iter()} for own in found]
    for dropped, bars, drop in zip(out, barred, drops, strict=True):
        # A bar whose every link is a control (or already left out) goes whole, its marks too.
        for bar, ok in bars.items():
            if ok and all(a in dropped or a in drop for a in bar.iter("a")):
                dropped |= set(bar.iter())
    return out


#: Links a bar of controls holds at the most ("Reply | Quote | Report | Edit | Delete | Like").
_BAR_LINKS = 8
_BAR_CHARS = 200


def _link_bar(el: Any) -> bool:
    """Whether ``el`` holds nothing but a few short links and the marks between them."""
    if len(el.text_content()) > _BAR_CHARS:
        return False  # a paragraph of words, cheaply
    links = list(el.iter("a"))
    if not 2 <= len(links) <= _BAR_LINKS:
        return False
    if any(len(WORDY_RE.findall(a.text_content())) > _CONTROL_WORDS for a in links):
        return False
    return not WORDY_RE.search(text_without(el, set(links)))


#: A bare count: digits, a sign or a thousands mark at the most ("5", "+12", "1.204", "−3").
_COUNT_RE = re.compile(r"^[+\-−]?\d[\d.,\u00a0\u202f ]*$")


def repeated_counts(containers: list[Any], drops: list[set[Any]]) -> list[set[Any]]:
    """Per post (its words' box in ``containers``, what was left out of them in ``drops``), the
    elements holding a bare number that stand among no words of their own once the frame is left
    out (a like counter beside a dropped "Reply": "<div><span class=like>2</span> <a>Répondre</a>
    </div>"), when at least half of the posts (two or more) show an element of that kind (tag and
    class) so: a counter on every post, its frame, not its words."""
    if len(containers) < 2:
        return [set() for _ in containers]
    found: list[list[tuple[tuple[str, str], Any]]] = []
    for box, drop in zip(containers, drops, strict=True):
        own = []
        for el in box.iter():
            if el is box or el in drop or not isinstance(el.tag, str) or el.tag in ("br", "hr", "img"):
                continue
            raw = el.text_content()
            # Cheap first: a counter's whole text is a few characters, digits among them.
            if len(raw) > 40 or not any(ch.isdigit() for ch in raw):
                continue
            text = clean(text_without(el, drop))
            if not text or len(text) > 12 or not _COUNT_RE.match(text):
                continue
            parent = el.getparent()
            # Apart from any words: its box says nothing but numbers once the frame is left out.
            if parent is None or parent is box or WORDY_RE.search(text_without(parent, drop) or ""):
                continue
            own.append(((el.tag, (el.get("class") or "").strip()), el))
        found.append(own)
    if not any(found):
        return [set() for _ in containers]
    counts = Counter(k for own in found for k in {k for k, _ in own})
    least = max(2, (len(containers) + 1) // 2)
    return [{x for k, el in own if counts[k] >= least for x in el.iter()} for own in found]
