"""A note under a post's words that says who changed it and when ("Edited by ann on 19 Nov 2026",
"Ndryshime në këtë postim: <a>Drita</a> - 19 nëntor 2026", "[Redaktita la 18.11.2026 je 07:52 de
Marta]"): the post's frame, not its words, and so is a signature under a typed rule just above it.

Known by its shape, whatever its language: the last part of the post's words, set apart (a
classed element, or one under a rule), that names a member (a link to a member page, or the name
of one of the page's posters written out) and holds a date, and few words of its own besides.
A note naming no member is a word or a few and a date that says nothing else ("Modifié
aujourd'hui, 08:02", "2026/11/20 08:02 編集"; its day words the page language's CLDR words), in
an element of a kind none of the words' own parts is.

    >>> from parsers.dom import load
    >>> from parsers.post_notes import edit_notes
    >>> doc = load(b'<div><p>Tea is best green.</p><div class="e">Changed: <a href="/user/5">ann</a>'
    ...            b' - 19.11.2026 21:32</div></div>')
    >>> body = doc.root.find("body")[0]
    >>> [el.tag for el in sorted(edit_notes(body, set()), key=lambda e: e.tag)]
    ['a', 'div']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from typing import Any

from parsers.dates import parse_date
from parsers.dom import clean
from parsers.forum_members import user_links
from parsers.post_parts import WORDY_RE, typed_rule_signature
from parsers.thread_records import text_without

__all__ = ["edit_notes"]

# Words a note says besides its member's name and its date at the most ("Edited by", "Last
# edited by ann; edited 2 times in total").
_NOTE_WORDS = 8
# Characters a note holds at the most: a line, not a paragraph of the post.
_NOTE_CHARS = 200
# Characters of a part under a note at the most: a signature's line or two.
_TAIL_CHARS = 300


def _last_part(body: Any, skip: set[Any], first: bool = False) -> Any:
    """The last child with words of ``body`` (outside ``skip``), looked for inside the one child
    that holds all of its words (a wrapper of the words and the note: "div.post_inner >
    div#body41236 > ... span.small"); the first such child when ``first``."""
    while True:
        # A child whose words all lie in ``skip`` (a signature, the post's date line) says none.
        children = [c for c in body if isinstance(c.tag, str) and c not in skip
                    and WORDY_RE.search(text_without(c, skip) if skip else c.text_content())]
        if len(children) != 1 or WORDY_RE.search(body.text or "") \
                or any(WORDY_RE.search(c.tail or "") for c in body if c not in skip):
            return (children[0] if first else children[-1]) if children else None
        body = children[0]


def _named(text: str, names: Collection[str]) -> str | None:
    """The longest of ``names`` that ``text`` holds as a whole word, whatever its case (a note
    may shout its member's name: "EDITED: 16 Nov 13:20 by MILLER_ODELL"), as ``text`` writes it."""
    low = text.casefold()
    found = [m.group(0) for n in names if n and n.casefold() in low
             and (m := re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.IGNORECASE))]
    return max(found, key=len) if found else None


def edit_notes(body: Any, skip: set[Any], now: str | None = None, names: Collection[str] = ()) -> set[Any]:
    """The elements of a trailing edit note of ``body`` (its last child with words, when that
    names a member, by a link to a member page or as one of the page's posters' ``names``
    written out, and holds a date and few words besides); empty when there is none, or when the
    note would leave the post no words. A note with a short classed line under it (a signature)
    is taken with that line. A classed note naming its member atop the words
    ("<div class=edit>Last edited: ann · yesterday 20:10</div><div>words</div>") is one too."""
    last = _last_part(body, skip)
    if last is None:
        return set()
    found = _trailing_note(body, last, skip, now, names) or _note_above_tail(body, last, skip, now, names)
    if found:
        # A signature under a typed rule just above the note ("_____<br>motto", then "Edited by
        # ..."): the note stood last, where a signature is looked for, so it is looked for again.
        box = last.getparent()
        return found | (typed_rule_signature(box, skip | found) if box is not None else set())
    head = _last_part(body, skip, first=True)
    if head is None or head is last or not (head.get("class") or "").strip():
        return set()
    text = clean(head.text_content())
    if len(text) > _NOTE_CHARS or not any(ch.isdigit() for ch in text):
        return set()
    members = [clean(a.text_content()) for a in user_links(head)] if head.find(".//a") is not None else []
    if not members and (named := _named(text, names)) is not None:
        members = [named]
    return _named_note(body, head, skip, text, members, now) if members else set()


def _trailing_note(
    body: Any, last: Any, skip: set[Any], now: str | None, names: Collection[str]
) -> set[Any]:
    """The elements of ``last`` when it is a note: set apart, a member and a date in it."""
    # Set apart from the words: a classed element of its own, or one under a rule (a plain
    # closing paragraph thanking a member "on 17.11." is the post's words).
    before = last.getprevious()
    text = clean(last.text_content())
    bracketed = _bracketed(text)  # "[This message was edited ...]", "（已编辑：昨天 下午3:20）"
    if not _classed(last) and (before is None or before.tag != "hr") and not bracketed:
        return set()
    if len(text) > _NOTE_CHARS or not any(ch.isdigit() for ch in text):
        return set()
    members = [clean(a.text_content()) for a in user_links(last)] if last.find(".//a") is not None else []
    if not members and (named := _named(text, names)) is not None:
        members = [named]
    if not members:
        # No member named: a word or a few and a date, on a line of a kind of its own ("Modifié
        # aujourd'hui, 08:02", "Bearbeitet: 19.11.2026", "2026-11-20 08:02 編集").
        return _note_of(body, last, skip) if _stamp(text, now) and _apart(last, skip) else set()
    return _named_note(body, last, skip, text, members, now)


def _classed(el: Any) -> bool:
    """Whether ``el`` is classed, or holds all it says in one classed child ("<p><font
    class=small>Edited by ann ...</font></p>": the note's style set on the line's one part)."""
    if (el.get("class") or "").strip():
        return True
    if len(el) != 1 or (el.text or "").strip() or (el[0].tail or "").strip():
        return False
    return bool((el[0].get("class") or "").strip())


def _note_above_tail(
    body: Any, last: Any, skip: set[Any], now: str | None, names: Collection[str]
) -> set[Any]:
    """The elements of a note with one short classed part after it, and that part's: a note
    closes a post's words, and what a board prints under it is no word of them either ("Edited by
    ann on 19-11-2026", then the poster's motto in a signature's box)."""
    if not (last.get("class") or "").strip() or len(clean(last.text_content())) > _TAIL_CHARS:
        return set()
    tail = set(last.iter())
    note = _last_part(body, skip | tail)
    if note is None or note is last or note.getnext() is not last:
        return set()
    found = _trailing_note(body, note, skip | tail, now, names)
    return found | tail if found else set()


def _named_note(
    body: Any, note: Any, skip: set[Any], text: str, members: list[str], now: str | None
) -> set[Any]:
    """The elements of ``note`` when, its ``members`` left out, it holds a date and few words."""
    rest = text
    for name in members:
        rest = rest.replace(name, " ")
    # A year alone dates no change ("Пуэрыч — пью чай с 2009 года": the poster's signature).
    if parse_date(rest, now) is None or _YEAR_ONLY_RE.match(rest):
        return set()
    if len(WORDY_RE.findall(rest)) > _NOTE_WORDS + 4:  # the date's own words (a month, "at") counted loosely
        return set()
    return _note_of(body, note, skip)


def _note_of(body: Any, last: Any, skip: set[Any]) -> set[Any]:
    """The elements of the note ``last``, when the post keeps words of its own without it."""
    note = set(last.iter())
    out = note | skip
    # An element's tail is its parent's words: the post's words after a quote box left out count.
    own = [t for el in body.iter() if isinstance(el.tag, str)
           for t, holder in ((el.text, el), (el.tail if el is not body else None, el.getparent()))
           if holder not in out and t and WORDY_RE.search(t)]
    return note if own else set()


# The words of an edit note besides its date: one to three words of letters, a colon after them
# at the most ("Modifié", "Last edited:", "最后编辑于").
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_STAMP_WORDS_RE = re.compile(rf"^{_WORD}(?:\s+{_WORD}){{0,2}}\s*[:：]?$")
# A date's own words at the most ("le 19 novembre 2026 à 21:32": le, novembre, à).
_DATE_WORDS = 4
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_YEAR_ONLY_RE = re.compile(r"^\D*\d{4}\D*$")
# A label's colon written on the word after it, no space between ("已编辑：昨天").
_AFTER_COLON_RE = re.compile(r"([:：])(?=[^\W\d_])")


def _bracketed(text: str) -> bool:
    """Whether ``text`` is wholly in brackets of any script ("[...]", "（...）", "［...］")."""
    return len(text) > 2 and unicodedata.category(text[0]) == "Ps" and unicodedata.category(text[-1]) == "Pe"


def _stamp(text: str, now: str | None) -> bool:
    """Whether ``text`` is a word or a few and then a date, or a date and then a word or a few,
    the date saying little besides itself; a note in brackets is read inside them, and its
    label's colon parts it from the date ("（已编辑：昨天 下午3:20）")."""
    if _bracketed(text):
        text = text[1:-1]
    words = _AFTER_COLON_RE.sub("\\1 ", text).split()
    for k in range(1, min(3, len(words) - 1) + 1):
        # A word after the date is one word ("2026/11/20 08:02 編集", "19.11.2026 bearbeitet").
        for head, rest in ((words[:k], words[k:]), *([(words[-k:], words[:-k])] if k == 1 else [])):
            date = " ".join(rest)
            # A year alone dates no change ("Sangrai sendiri sejak 2009.": a signature).
            if _YEAR_ONLY_RE.match(date):
                continue
            if _STAMP_WORDS_RE.match(" ".join(head)) and len(date) <= 40 and _date_only(date, now):
                return True
    return False


def _date_only(text: str, now: str | None) -> bool:
    """Whether ``text`` is a date and says nothing else: each of its words longer than a short
    joining word ("le", "à", "klo", "в") is part of the date, which reads otherwise without it
    ("aujourd'hui", "novembre", "hace"; not "yaptı" in "böyle yaptı, 17.11.2026")."""
    words = _LETTERS_RE.findall(text)
    if len(words) > _DATE_WORDS or sum(1 for w in words if len(w) <= 3) > 3 \
            or (found := parse_date(text, now)) is None:
        return False
    return all(len(w) <= 3 or parse_date(re.sub(rf"(?<!\w){re.escape(w)}(?!\w)", " ", text, count=1), now)
               != found for w in words)


def _apart(last: Any, skip: set[Any]) -> bool:
    """Whether ``last`` is of a kind (tag and class) none of its siblings with words is: a note
    under a post's paragraphs, not one of them."""
    parent = last.getparent()
    if parent is None:
        return False
    kind = (last.tag, last.get("class"))
    return not any(c is not last and (c.tag, c.get("class")) == kind and c not in skip
                   and WORDY_RE.search(c.text_content()) for c in parent)
