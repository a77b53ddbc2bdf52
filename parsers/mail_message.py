"""One mail of a mailing list's web archive (Pipermail, MHonArc, Hypermail and the like) read as a
thread of one post: the sender shown with an address (a mailto link, "ann at example.org",
"Ann <ann@example.org>") and a date above the mail's preformatted text, whose lines are the
words but for the quoted lines ("> ...") with the attribution line over them ("On DATE, NAME
wrote:" in any language: the last run of capitalised words names the quoted) and the signature
after a "-- " line. The subject, without the list's "[tag]" and reply prefixes, is the title.

    >>> from parsers.dom import load
    >>> page = load(b'''<html><body><h1>[garden] Re: Frost on leeks</h1><b>Ann Lee</b>
    ... <a href="mailto:list@example.org">ann at example.org</a><br><i>Wed Nov 18 14:05:33 UTC 2026</i>
    ... <hr><pre>On Tue, Bob Stone wrote:
    ... &gt; Do leeks survive the frost?
    ...
    ... They do, leave them in the ground.
    ... --
    ... Ann</pre></body></html>''', url="http://lists.example/archive/000413.html")
    >>> thread, post = mail_thread(page, now="2026-11-20T12:00:00Z")
    >>> thread.title, post.author, post.posted_at, post.body, post.quotes
    ('Frost on leeks', 'Ann Lee', '2026-11-18T14:05:33', 'They do, leave them in the ground.', ['Bob Stone'])
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.records import Post
from parsers.thread_records import thread_records

__all__ = ["mail_thread", "quoted_name", "subject_title"]

# An address as archives show it: plain, or obfuscated against harvesters ("ann at example.org").
_ADDRESS_RE = re.compile(
    r"[\w.+-]+?(?:@| at |_at_| ?[<(\[]at[>)\]] ?)[\w-]+(?:\.| dot |_dot_)[\w.-]+", re.IGNORECASE
)
# The list's tag and the reply / forward prefixes mail clients put before a subject.
_SUBJECT_PREFIX_RE = re.compile(
    r"^(?:\s*(?:\[[^\]]{1,40}\]|(?:re|fw|fwd|aw|wg|sv|vs|antw|rif|tr|odp|ynt|vá|r)\s*(?:\[\d+\])?\s*:))+\s*",
    re.IGNORECASE,
)
# A label before a header's value ("From:", "Von:", "Date :").
_LABEL_RE = re.compile(r"^[^\W\d_]{1,12}\s?:\s*")
_CAPITAL_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")
# The elements a mail's header shows its sender's name and date in, before the text.
_HEADER_TAGS = frozenset({"b", "strong", "i", "em", "a", "span", "li", "td", "dd", "p", "div", "font",
                          "address"})


def mail_thread(doc: Doc, *, now: str | None = None) -> list[Any]:
    """[Thread, Post] of a mail archive's message page; [] when the page shows no preformatted
    text of words under a sender with an address and a date."""
    body = doc.root.find("body")
    if body is None:
        return []
    pres = [p for p in body.iter("pre") if "BEGIN PGP" not in (text := p.text_content())
            and len(text.split()) >= 3]
    if len(pres) != 1:
        return []  # a page of code or of several mails is no one mail
    pre = pres[0]
    if _prose_words(body, pre) > len(pre.text_content().split()):
        return []  # a page of prose that shows a snippet of code or text preformatted
    sender, date = _header(body, pre, now)
    if sender is None or date is None:
        return []
    words, quoted = _read_text(pre.text_content())
    if not words:
        return []
    post = Post(author=sender, posted_at=date, index=0, body=words, quotes=quoted)
    heading = next(body.iter("h1"), None)
    subject = clean(heading.text_content()) if heading is not None else (doc.title or "")
    return thread_records(doc, subject_title(subject), [post], [])


def _prose_words(body: Any, pre: Any) -> int:
    """How many words the page says outside ``pre``, its links (an archive's navigation, the
    sender's address) and headings (the subject)."""
    aside = sum(len(el.text_content().split()) for el in body.iter("a", "h1", "h2", "h3", "pre")
                if not any(a.tag in ("a", "h1", "h2", "h3", "pre") for a in el.iterancestors()))
    return len(body.text_content().split()) - aside


def subject_title(subject: str) -> str | None:
    """A mail's subject without the list's tag and reply prefixes: "[garden] Re: Leeks" -> "Leeks"."""
    return _SUBJECT_PREFIX_RE.sub("", clean(subject)) or None


def _header(body: Any, pre: Any, now: str | None) -> tuple[str | None, str | None]:
    """The sender's name and the date shown before ``pre``: the name the short text beside an
    address (before it, or around it: "Ann Lee <ann@example.org>"), the date the first short text
    read as one with its time of day."""
    sender: str | None = None
    date: str | None = None
    last_text: str | None = None
    for el in body.iter():
        if el is pre:
            break
        if not isinstance(el.tag, str) or el.tag not in _HEADER_TAGS or len(el) > 2:
            continue
        text = clean(el.text_content())
        if not text or len(text) > 120:
            continue
        if sender is None and ((el.tag == "a" and (el.get("href") or "").lower().startswith("mailto:"))
                               or _ADDRESS_RE.search(text)):
            around = _LABEL_RE.sub("", _ADDRESS_RE.sub("", text)).strip(" <>()[]\"'")
            name = around if _CAPITAL_WORD_RE.search(around) else last_text
            if name:
                sender = name
            continue
        if date is None and sender is not None and any(c.isdigit() for c in text):
            parsed = parse_date(_LABEL_RE.sub("", text), now)
            if parsed and "T" in parsed:
                date = parsed
                continue
        if not el.get("href"):
            last_text = _LABEL_RE.sub("", text) if len(text) <= 60 else None
    return sender, date


def _read_text(text: str) -> tuple[str, list[str]]:
    """The words of a mail's plain text and the names it quotes: quoted lines ("> ...") and the
    attribution line over them ("..., NAME wrote:") left out, the signature after "-- " cut."""
    lines = text.split("\n")
    cut = next((i for i, line in enumerate(lines) if line.rstrip() == "--"), len(lines))
    lines = lines[:cut]
    quoted = [i for i, line in enumerate(lines) if line.lstrip().startswith(">")]
    drop = set(quoted)
    names: list[str] = []
    for i in quoted:
        j = i - 1
        while j >= 0 and j in drop and lines[j].lstrip().startswith(">"):
            j -= 1
        if j in drop or j < 0:
            continue
        head = lines[j].strip()
        if head.endswith(":") and j not in drop and (j + 1 == i or not lines[j + 1].strip()):
            drop.add(j)
            name = quoted_name(head)
            if name and name not in names:
                names.append(name)
    words = [clean(line) for i, line in enumerate(lines) if i not in drop]
    return "\n".join(w for w in words if w), names


def quoted_name(line: str) -> str | None:
    """The name an attribution line gives ("On Tue, 17 Nov 2026, Jane Doe <jane@x.org> wrote:",
    "Am 17.11. schrieb Hans Müller:"): its last run of capitalised words, a run of two or more
    words before a single one, addresses and figures aside."""
    line = _ADDRESS_RE.sub(" ", line)
    runs: list[list[str]] = []
    current: list[str] = []
    for token in line.split():
        word = token.strip(",;:()<>\"'«»")
        if word and word[0].isupper() and _CAPITAL_WORD_RE.fullmatch(word) \
                and not any(c.isdigit() for c in word):
            current.append(word)
            if token.endswith((",", ";", ":", ")")):
                runs.append(current)
                current = []
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    longer = [r for r in runs if len(r) >= 2]
    best = (longer or runs or [[]])[-1]
    return " ".join(best) or None
