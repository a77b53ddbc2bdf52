"""Forum posts shown as a byline over their words, with no link to any member: a short line
naming the author and the date ("#1 By: <b>Ann</b>, November 17th, 2026 18:40": Discourse's first
crawler view; "Posted by <strong>ann</strong> on 17.11.2026"), then the post's words in the
element right after it, repeated once a post.

What makes these posts is their shape, not an engine's classes: several sibling lines of one
kind, each short, each naming someone (an emphasised name, or the name after a "by" word in one
of several languages) and each holding a date, each followed by an element of words.

    >>> from parsers.dom import load
    >>> from parsers.bylines import byline_thread
    >>> html = ("<h2>Tea</h2><div class=by>By: <b>Ann</b>, 17 Nov 2026 18:40</div><div>Green or black?</div>"
    ...         "<div class=by>By: <b>Bob</b>, 18 Nov 2026 09:15</div><div>Green, always.</div>")
    >>> [(r.kind, getattr(r, "author", None)) for r in byline_thread(load(html.encode()))]
    [('thread', 'Ann'), ('post', 'Ann'), ('post', 'Bob')]
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise
from typing import Any

from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.post_columns import named_quote
from parsers.post_dates import day_date
from parsers.post_parts import QUOTE_CLASS_RE, WORDY_RE
from parsers.quotes import QUOTE_SAID_WORDS, quote_author
from parsers.records import Post
from parsers.reply_to import mark_replies
from parsers.thread_records import post_links, text_without, thread_records
from parsers.thread_title import thread_title

__all__ = ["BY_WORDS", "byline_thread", "name_after_by"]

#: The words that put an author's name after them in a byline, per language.
BY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("posted by", "written by", "by"),
    "de": ("geschrieben von", "verfasst von", "von"),
    "fr": ("posté par", "écrit par", "par"),
    "es": ("publicado por", "escrito por", "por"),
    "pt": ("postado por", "enviado por", "por"),
    "it": ("scritto da", "inviato da", "da"),
    "nl": ("geplaatst door", "door"),
    "pl": ("napisane przez", "przez", "autor"),
    "ru": ("автор", "от"),
    "cs": ("napsal", "autor"),
    "sv": ("skrivet av", "av"),
    "tr": ("gönderen", "yazan"),
    "ca": ("publicat per", "escrit per", "per"),
    "ro": ("postat de", "scris de"),
    "hr": ("objavio", "napisao", "napisala"),
    "lt": ("autorius",),
    "fi": ("kirjoittanut", "lähettänyt"),
    "da": ("skrevet af", "af"),
    "id": ("diposting oleh", "ditulis oleh", "oleh"),
    "el": ("δημοσιεύτηκε από", "από"),
    "he": ("נכתב על ידי", "מאת"),
    "ko": ("작성자",),
    "ja": ("投稿者",),
    "th": ("โดย",),
}
_ALL_BY = sorted({w for ws in BY_WORDS.values() for w in ws}, key=len, reverse=True)
_BY_RE = re.compile(
    # Thai writes no space between words: its "by" follows the verb ("รายงานโดย", reported by).
    r"(?:^|[\s#\d.:]|(?<=[\u0e00-\u0e7f]))(?:"
    + "|".join(re.escape(w) for w in _ALL_BY)
    + r")\s*:?\s+(?P<name>[^\s,|•·][^,|•·]{0,40}?)\s*(?:,|\||•|·|\s-\s|\s(?:on|am|le|el|em|il|op|เมื่อ)\s)",
    re.IGNORECASE,
)
# A header line naming its author first: a post's number at most before the name, then a verb
# of writing (the quote attributions' verbs) or a pointer to the date.
_SAID = sorted({w for words in QUOTE_SAID_WORDS.values() for w in words}, key=len, reverse=True)
# A post's number ("#1 · ann · date") is no name.
_SAID_RE = re.compile(
    rf"^(?:[#(]?\d{{1,6}}[).:]?\s+)?@?(?![#(]?\d{{1,6}}[).:]?\s)(?P<name>[^\s:»›|•·]{{2,40}})\s+"
    rf"(?:(?:{'|'.join(re.escape(w) for w in _SAID)})(?!\w)|[»›|•·]\s)",
    re.IGNORECASE,
)
# The first word of every "by" phrase: a line holding none of them has no byline by words.
_BY_HEADS = frozenset(w.split()[0] for w in _ALL_BY)
_POST_NUMBER_RE = re.compile(r"^\s*#\s*(\d+)")
# What str.isdigit takes for a digit: the decimal digits and the superscript, subscript, circled
# and Ethiopic ones (Python 3.11's Unicode data).
_DIGIT_RE = re.compile(
    "[\\d\\u00b2-\\u00b3\\u00b9\\u1369-\\u1371\\u19da\\u2070\\u2074-\\u2079\\u2080-\\u2089\\u2460-\\u2468"
    "\\u2474-\\u247c\\u2488-\\u2490\\u24ea\\u24f5-\\u24fd\\u24ff\\u2776-\\u277e\\u2780-\\u2788\\u278a-\\u2792"
    "\\U00010a40-\\U00010a43\\U00010e60-\\U00010e68\\U00011052-\\U0001105a\\U0001f100-\\U0001f10a]"
)
_NAME_TAGS = ("b", "strong", "a", "span", "em", "cite")
_LINE_TAGS = ("div", "p", "header", "span", "li", "dt", "td", "h2", "h3", "h4", "h5", "h6")
# A name with its date in brackets after it, in one element ("ann (Nov 17 2026 at 18:40):").
_NAME_DATE_RE = re.compile(r"^(?P<name>[^()\[\]\d]{2,40}?)\s*[(\[](?P<date>[^()\[\]]{4,40})[)\]]\s*:?$")
# The elements a post's words run on in after the first one, up to the next byline: paragraphs,
# quotes, lists and code of a message rendered as flat siblings (a chat archive's messages).
_FLOW_TAGS = frozenset({"p", "blockquote", "ul", "ol", "pre"})
# A link's words in brackets ("[link]", "(#2)") are a control, not a name.
_CONTROL_OPENERS = "[(<{#"


def name_after_by(text: str) -> str | None:
    """The name a line gives after a "by" word ("Reported by ann on 17.11.26"), or None."""
    low = text.lower()
    if not any(word in low for word in _BY_HEADS):
        return None
    match = _BY_RE.search(text)
    return clean(match["name"]) if match else None


def _byline(el: Any, now: str | None, by_word: bool = False) -> tuple[str, str] | None:
    """(author, date) of a byline element, or None; ``by_word``: only a name after a "by" word."""
    raw = el.text_content()
    # A byline is a short line with a date's digits: most lines of a page fail before any work.
    if len(raw) < 6 or _DIGIT_RE.search(raw) is None:
        return None
    text = clean(raw)
    if not 6 <= len(text) <= 160:
        return None
    name = None
    for child in () if by_word else el.iter(*_NAME_TAGS):
        if child is el or child.getparent() is not el:
            continue
        value = clean(child.text_content())
        if (paired := _NAME_DATE_RE.match(value)) and parse_date(paired["date"], now):
            name = clean(paired["name"])  # "<a>ann (Nov 17 2026 at 18:40)</a>": one link, both
            break
        if 1 < len(value) <= 40 and not any(c.isdigit() for c in value.replace("_", "")[:1]) \
                and value[0] not in _CONTROL_OPENERS \
                and parse_date(value, now) is None:
            name = value
            break
    if name is None:
        low = text.lower()
        match = _BY_RE.search(text) if any(word in low for word in _BY_HEADS) else None
        if match is None and by_word:
            # Or the name first, a verb of writing after it ("jan schreef op 17-11-2026"), or a
            # pointer to the date ("ann » 17.11.2026"): a header line in one word of its own.
            match = _SAID_RE.match(text)
        if match is None:
            return None  # the regexes' cost spared on most lines of a page by the word test
        name = clean(match["name"])
    date = day_date(text.replace(name, " "), now)
    if date is None:
        return None
    return name, date


def _linked_heading(el: Any) -> bool:
    return el is not None and el.tag in ("h1", "h2", "h3", "h4", "h5", "h6") and any(
        a.get("href") for a in el.iter("a")
    )


def _wrapped_bylines(lines: list[Any], kind_of: list[int], kinds: list[tuple[Any, str, str]],
                     counts: list[int], now: str | None, min_posts: int) -> list[tuple[Any, tuple[str, str]]]:
    """The largest group of bylines one to a wrapper (a division per post holding its byline
    and its words): lines alone of their kind in their parents, alike across the wrappers.
    ``lines``, ``kind_of``, ``kinds`` and ``counts``: as :func:`byline_thread` numbers them."""
    keyed_lines: list[Any] = []
    keyed: list[int] = []  # each wrapped line's kind (of wrapper and line), as a number
    numbers: dict[tuple[Any, ...], int] = {}
    wrapped: list[int] = []  # the lines of each kind
    for el, n in zip(lines, kind_of, strict=True):
        if counts[n] != 1:
            continue
        # A post's byline opens its wrapper (after its title at most): lines further down are
        # its words, not read here.
        before = el.getprevious()
        if before is not None and before.getprevious() is not None:
            continue
        parent, _, line_class = kinds[n]
        grand = parent.getparent()
        if grand is not None:
            # The wrapper's kind is its first class, numbers aside: "post odd" / "post even",
            # "row1" / "row2" and "post first" are one kind.
            cls = parent.get("class")
            kind = (cls.split() or [""])[0].rstrip("0123456789") if cls else ""
            wkey = (grand, parent.tag, kind, el.tag, line_class)
            number = numbers.get(wkey)
            if number is None:
                number = numbers[wkey] = len(wrapped)
                wrapped.append(0)
            keyed_lines.append(el)
            keyed.append(number)
            wrapped[number] += 1
    groups: dict[int, list[tuple[Any, tuple[str, str]]]] = defaultdict(list)
    # One byline to every wrapper of the kind, none left out: a wrapper without one (an undated
    # post) says the posts are better read by their aligned names and dates. A kind is given up
    # at its first line that is no byline (a table of 40,000 rows is read no further).
    broken = [False] * len(wrapped)
    for el, number in zip(keyed_lines, keyed, strict=True):
        if wrapped[number] < min_posts or broken[number]:
            continue
        # Lines one to a wrapper are bylines only when they say so by a "by" word: a name and
        # a date in a post's head are the aligned readers' to read, wrappers and all.
        if (found := _byline(el, now, by_word=True)) is not None:
            groups[number].append((el, found))
        else:
            broken[number] = True
            groups.pop(number, None)
    whole = [lines for number, lines in groups.items() if len(lines) == wrapped[number]]
    return max(whole, key=len, default=[])


def _flow_parts(body: Any, heads: set[Any]) -> list[Any]:
    """A post's words from its first element on: the paragraphs, quotes and lists after it up to
    the next byline or anything else (a rule, a heading, a wrapper: the page's frame)."""
    parts = [body]
    if body.tag not in _FLOW_TAGS:
        return parts
    nxt = body.getnext()
    while nxt is not None and nxt not in heads and (not isinstance(nxt.tag, str) or nxt.tag in _FLOW_TAGS):
        if isinstance(nxt.tag, str):
            parts.append(nxt)
        nxt = nxt.getnext()
    return parts


def _enclosed_first(
    lines: list[tuple[Any, tuple[str, str]]], now: str | None,
) -> tuple[list[tuple[Any, tuple[str, str]]], dict[Any, Any]]:
    """``lines`` with the byline an element left open before them swallowed (an unclosed <h2>
    over the page holds the first message's heading as its last child, the parser closing it
    there): a byline of the same kind, last in the element before the first line's words, is the
    first post's, its words the elements after that element."""
    first = lines[0][0]
    prev = first.getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or prev.tag in _FLOW_TAGS
                                or (prev.tag == "a" and not clean(prev.text_content()))):
        prev = prev.getprevious()
    if prev is None or not len(prev) or prev.getnext() is first:
        return lines, {}
    last = prev[-1]
    if last.tag != first.tag or last.get("class") != first.get("class"):
        return lines, {}
    found = _byline(last, now)
    if found is None:
        return lines, {}
    return [(last, found), *lines], {last: prev.getnext()}


def _quote_heads(parts: list[Any], quote_ids: set[Any], posters: list[str], quotes: list[Any]) -> set[Any]:
    """The lines of their own right before a post's quotes that name a poster of the page and end
    on a colon ("<p><span>ann</span> said:</p><blockquote>"): the quotes' heads, no words; each
    quote whose own words name nobody is marked as that poster's (its "data-author")."""
    heads: set[Any] = set()
    for before, part in pairwise(parts):
        if part not in quotes or before in quote_ids:
            continue
        text = clean(before.text_content())
        if 0 < len(text) <= 80 and text.endswith((":", "：")) and (named := named_quote(before, posters)):
            heads |= set(before.iter())
            if not part.get("data-author"):
                part.set("data-author", named)
    return heads


def byline_thread(doc: Doc, *, now: str | None = None, min_posts: int = 2) -> list[Any]:
    """Thread and Post records from repeated byline-then-words siblings, or bylines one to each
    post's wrapper; [] when there are none."""
    body_el = doc.root.find("body")
    root = body_el if body_el is not None else doc.root
    # The candidate lines and their kinds (parent, tag, class) numbered, in lists side by side, not
    # a pair apiece: on a page of 40,000 rows the objects kept alive cost more (the garbage
    # collector walks them) than the walk, and a number is looked up without hashing a key.
    candidates: list[Any] = []
    kind_of: list[int] = []
    kinds: list[tuple[Any, str, str]] = []
    counts: list[int] = []  # the candidates of each kind
    numbers: dict[tuple[Any, str, str], int] = {}
    for el in root.iter(*_LINE_TAGS):
        nxt = el.getnext()
        if nxt is None or len(el) > 8 or not isinstance(nxt.tag, str):
            continue
        parent = el.getparent()
        if parent is None:
            continue
        key = (parent, el.tag, el.get("class") or "")
        n = numbers.get(key)
        if n is None:
            n = numbers[key] = len(kinds)
            kinds.append(key)
            counts.append(0)
        counts[n] += 1
        candidates.append(el)
        kind_of.append(n)
    groups: dict[int, list[tuple[Any, tuple[str, str]]]] = defaultdict(list)
    # Only a line with min_posts siblings of its kind can be one of min_posts bylines: the
    # others (most lines of a page) are not read at all, nor looked at when no kind has so many
    # (a table of 40,000 rows, each a number beside a text).
    repeated = max(counts, default=0) >= min_posts
    for el, n in zip(candidates, kind_of, strict=True) if repeated else ():
        if counts[n] >= min_posts and (found := _byline(el, now)):
            groups[n].append((el, found))
    lines = max(groups.values(), key=len, default=[])
    title = None
    wrapped = len(lines) < min_posts
    starts: dict[Any, Any] = {}  # a byline's words where they are not the element after it
    if lines and not wrapped:
        lines, starts = _enclosed_first(lines, now)
    if wrapped:
        lines = _wrapped_bylines(candidates, kind_of, kinds, counts, now, min_posts)
        # A heading in the first post's own wrapper, over its byline, heads the thread (a
        # heading over the page names the site).
        above = lines[0][0].getprevious() if lines else None
        if above is not None and above.tag in ("h1", "h2", "h3") and not _linked_heading(above):
            title = clean(above.text_content()) or None
    if len(lines) < min_posts:
        return []
    heads = {el for el, _ in lines}
    # A list of articles shows each byline under the article's linked title: no thread.
    titled = sum(1 for el, _ in lines if _linked_heading(el.getprevious()))
    if 2 * titled >= len(lines):
        return []
    posts: list[Post] = []
    outer: list[list[Any]] = []  # each post's quotes, not those inside another quote
    first_number = None
    posters = list(dict.fromkeys(name for _, (name, _) in lines))
    for el, (name, date) in lines:
        body = starts.get(el, el.getnext())
        if body in heads or len(WORDY_RE.findall(body.text_content())) < 2:
            return []  # a byline's words are its own element, not the next byline
        parts = [body] if wrapped else _flow_parts(body, heads)
        quotes = [q for part in parts for q in part.iter() if (q is not body or len(parts) > 1)
                  and isinstance(q.tag, str)
                  and (q.tag in ("blockquote", "aside") or QUOTE_CLASS_RE.search(q.get("class") or ""))]
        quote_ids: set[Any] = set()
        for q in quotes:
            quote_ids |= set(q.iter())
        outer.append([q for q in quotes if not any(a in quote_ids for a in q.iterancestors())])
        quote_ids |= _quote_heads(parts, quote_ids, posters, outer[-1])
        number = _POST_NUMBER_RE.match(clean(el.text_content()))
        if first_number is None and number:
            first_number = int(number.group(1))
        words = "\n".join(t for part in parts if (t := text_without(part, quote_ids)))
        links = [link for part in parts for link in post_links(doc, part, quote_ids)]
        posts.append(Post(author=name, posted_at=date, index=len(posts), body=words or None, links=links))
    if wrapped:
        # Each post's wrapper holds its byline and words: an "in reply to" link in it, or the
        # wrappers' nesting, says which post a reply answers (parsers.reply_to).
        mark_replies([el.getparent() for el, _ in lines], posts)
    for post, quotes in zip(posts, outer, strict=True):
        names = []
        for q in quotes:
            said = quote_author(q)
            # A head no reader takes apart ("ann-k idatzia"): a line of its own naming a poster.
            if said not in posters:
                said = named_quote(q, posters) or said
            names.append(said)
        post.quotes = list(dict.fromkeys(n for n in names if n))
    return thread_records(doc, title or thread_title(doc), posts, [], first_number)
