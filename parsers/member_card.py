"""A forum member's profile page read by its shape, whatever words its labels use for the join day:
one labelled post count (its label starting with a count's word or compounding it:
"Forumsbeiträge"), a join day (the labelled absolute date no later one precedes: a member
joined before their last visit, and a visit "today at 10:42" writes no year), and the member's
name, a part of the page's title (or of its address) that the page shows again on a line of its
own or as its avatar's text (not a link to another page: a menu's "Forum" or the site's name),
else a handle a heading holds above the count with no other member between them.

What every profile of rounds 24-33 shares, whatever its layout (a definition list, a two-column
table, label and value divisions or spans, a card with tabs): ONE post count under a label, ONE
absolute join day among the same statistics, and the member's name shown once more on its own
(the title, the address, a heading, the avatar). A thread shows a count per poster and a name
between its heading and each count; a vendor page shows commerce counts, a key or priced cards;
an index shows many titled links and no labelled count. Labels glued to their values by inline
elements ("Mensagens3.118") are read in the page's text nodes.

What tells a member's page from a market seller's is asked by the page reader beside it
(:func:`parsers.market_profile.market_profile`); :func:`seller_signs` says what else a seller's
page shows and a member's does not: an armoured PGP key, commerce counts, priced cards.

    >>> from parsers.dom import load
    >>> from parsers.member_card import member_card
    >>> doc = load('''<html><head><title>Lumen - Profiili: kettu_7</title></head><body>
    ...   <a href="/">Lumen</a><img src="/a/7.png" alt="kettu_7"><p>kettu_7</p>
    ...   <table><tr><td>Viestit:</td><td>214</td></tr><tr><td>Liittynyt foorumille:</td>
    ...   <td>3.4.2024</td></tr><tr><td>Viimeksi paikalla:</td><td>tänään 10:42</td></tr></table>
    ...   </body></html>'''.encode(), url="http://lumen.onion/profiili/7")
    >>> author = member_card(doc, now="2026-11-20T12:00:00Z")
    >>> author.name, author.post_count, author.joined
    ('kettu_7', 214, '2024-04-03')
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import unquote

from parsers.bare_stats import bare_stats
from parsers.cards import find_cards
from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.figure_rows import figure_rows
from parsers.figure_tiles import tile_lines
from parsers.forum_members import USER_HREF_RE
from parsers.labels import LABEL_WORDS, LABELS, POSTS_WORDS, iter_labels
from parsers.linked_count import linked_count
from parsers.market_profile import commerce_count
from parsers.prices import parse_number
from parsers.prose_stats import prose_stats
from parsers.rated_count import rated_count
from parsers.records import Author
from parsers.summed_posts import glued_name, summed_count, summed_joined

__all__ = ["member_card", "seller_signs"]

# A line that is a label (a few words and a colon) over its value, or "label: value" on one line.
_LABEL_LINE_RE = re.compile(r"^(?P<label>[^\d:：]{2,40}?)\s*[:：]\s*(?P<value>.*)$")
# A label with no colon: one to four words, no figure, no sentence's mark ("Z nami od").
_BARE_LABEL_RE = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[ \t][^\W\d_][^\W\d_'’-]*){0,3}$")
# A handle's marks: an underscore, a figure, a capital inside a word ("olaria_do_minho", "kettu7").
_HANDLE_RE = re.compile(r"[^\W\d]_|_[^\W\d]|[^\W\d_]\d|[a-z][A-Z]")
# Lines between a post count and a join day labelled with no colon at the most.
_NEAR = 8
# A date that names its year: a join day. "Today at 10:42" and "2 days ago" are a last visit's.
# Its digit before its lookbehind: the search then skips at C speed to a "1" or a "2" (3x faster).
_YEAR_RE = re.compile(r"(?:1(?<!\d1)9[89]|2(?<!\d2)0\d)\d(?!\d)")
# The separators of a page title's parts: "Site – Profile: ann", "Profile of ann | Site".
_TITLE_SPLIT_RE = re.compile(r"\s+[-–—|·:»›/~]+\s+|\s*[|·»›]\s*|[:：]\s+")
# Words in a name at the most ("Old Man Jenkins").
_NAME_WORDS = 3
# Labelled post counts a member's page shows at the most (a summary and a statistics tab).
_MAX_COUNTS = 2
# A whole count opening a value ("1482 (3,1%)", "12.408 posts"): not a rate ("0,6"), nor a date
# ("19.11.2026") nor a time.
_COUNT_RE = re.compile(r"^\s*\d{1,3}(?:[.,'\u00a0\u202f ]\d{3})+(?![.,:/-]?\d)|^\s*\d+(?![.,:/-]?\d)")
# A label's first word and the rest of its line ("Forumsbeiträge: 1482", "Forumsbeiträge").
_FIRST_WORD_RE = re.compile(r"^(?P<word>[^\W\d_]{4,})(?![\w'’])[ \t]*[:：]?[ \t]*(?P<value>.*)$")
# The one-word post count words a compound ends with.
_POST_WORDS = tuple(w.casefold() for w in POSTS_WORDS if " " not in w and len(w) >= 5)
# A post count's label glued to its figure in a line ("Mensagens3.118", "Beiträge1.482").
_GLUED_RE = re.compile(
    r"^[^\W\d_]*(?:" + "|".join(re.escape(w) for w in sorted(POSTS_WORDS, key=len, reverse=True)) + r")\d",
    re.IGNORECASE,
)
# What every line _GLUED_RE matches opens with: letters (and the words' spaces and joiners, and the
# one mark IGNORECASE takes for a letter, U+0345 for "ι") up to a figure. A search of a page's text
# for it costs a quarter of _GLUED_RE's tried at each line's start, whose words are tried after
# each letter; the few lines it finds are then matched.
_GLUED_MARKS = sorted({ch for w in POSTS_WORDS for ch in w if not re.match(r"[^\W\d_]", ch)} | {"\u0345"})
_GLUED_OPENING_RE = re.compile(
    r"^(?:[^\W\d_]|[" + "".join(re.escape(ch) for ch in _GLUED_MARKS) + r"])+\d", re.MULTILINE
)


def _compound_counts(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(line index of the value, value) of every label whose first word ends in a post count's
    word: a compounding language writes what the posts are into the word ("Forumsbeiträge",
    "Foruminlägg", "Gesamtbeiträge"), so the label does not start with the vocabulary's word.
    Read as the vocabulary's labels are: the rest of the line, else the next line."""
    for i, line in enumerate(lines):
        match = _FIRST_WORD_RE.match(line) if len(line) <= 119 else None
        if match is None:
            continue
        word = match["word"].casefold()
        if not word.endswith(_POST_WORDS) or word in _POST_WORDS:
            continue  # no compound, or the vocabulary's own word (read by its labels)
        value = match["value"].strip()
        if value:
            yield i, value
        elif i + 1 < len(lines):
            yield i + 1, lines[i + 1]


def _labelled_counts(lines: list[str]) -> list[tuple[int, str]]:
    """(line index, value) of the post counts' labels of ``lines``, the vocabulary's and compounds
    (:func:`_compound_counts`). Kept for the last list asked of (its identity and length): the
    count, the join day's labels near it and the name above it each ask for the same lines."""
    held = getattr(_CACHE, "counts", None)
    if held is not None and held[0] is lines and held[1] == len(lines):
        return list(held[2])
    found = [*iter_labels(lines, LABELS["posts"], max_line=119), *_compound_counts(lines)]
    _CACHE.counts = (lines, len(lines), tuple(found))  # the list itself is held: its identity is safe
    return found


_CACHE = threading.local()  # parsing may run in worker threads: one cache each


def _post_count(lines: list[str]) -> int | None:
    """The one number labelled as a post count, the label starting with the vocabulary's word
    or compounding it: a tab or a menu entry named "Posts" over some other line is passed over;
    a rate ("Beiträge pro Tag" 0,6) or a date is no count; several numbers are several members
    (a thread's panels)."""
    counts = []
    said: set[int] = set()
    labelled = _labelled_counts(lines)
    for i, value in labelled:
        if i in said:
            continue
        said.add(i)
        match = _COUNT_RE.match(value)
        if match and (number := parse_number(match[0])) is not None:
            counts.append(int(number))
    if not counts or len(counts) > _MAX_COUNTS or len(set(counts)) != 1:
        return None
    return counts[0]


def _labelled_values(lines: list[str], rows: Iterable[int]) -> list[tuple[str, bool]]:
    """The values of the labels on the lines ``rows`` (indices of ``lines``, in order): the rest
    of a "label: value" line, or the line after a label standing alone; each with whether its
    label wrote no colon."""
    out = []
    counts = figure_rows(lines, _labelled_counts(lines))  # a linked count's figures have labels too
    for i in rows:
        line = lines[i]
        if len(line) > 119:
            continue
        match = _LABEL_LINE_RE.match(line)
        if match is None:
            # A label standing alone with no colon ("Dabei seit dem" over "12.03.2019", a
            # definition's term or a cell): a few words and no figure over its value.
            # Only among the post count's statistics: dates under a market's or a list's headings
            # far from it are no member's.
            if i + 1 < len(lines) and _BARE_LABEL_RE.match(line) and any(
                    abs(i - c) <= _NEAR for c in counts):
                out.append((lines[i + 1], True))
            continue
        value = match["value"].strip()
        if value:
            out.append((value, False))
        elif i + 1 < len(lines):
            out.append((lines[i + 1], False))
    return out


def _said_joined(lines: list[str], now: str | None) -> set[str]:
    """The days labelled as a join day by the labels' vocabulary."""
    said = {parse_date(v, now) for _, v in iter_labels(lines, LABELS["member_since"], max_line=119)}
    return {day for day in said if day}


def _year_lines(lines: list[str]) -> list[int]:
    """Indices of the lines that name a year (:data:`_YEAR_RE`, which no line break can join), in
    order, found by one search of their text."""
    found: list[int] = []
    i, end = 0, len(lines[0]) if lines else 0  # the line at i spans the text up to end
    for match in _YEAR_RE.finditer("\n".join(lines)):
        while match.start() > end:
            i += 1
            end += 1 + len(lines[i])
        if not found or found[-1] != i:
            found.append(i)
    return found


def _joined(lines: list[str], now: str | None) -> str | None:
    """The join day: a date labelled as one (the labels' vocabulary), else the earliest of the
    labelled dates that name their year. None when the page shows several labelled join days."""
    said = _said_joined(lines, now)
    if len(said) > 1:
        return None
    if said:
        return said.pop()
    # A value that names a year stands on its label's line or the next: only the labels on a line
    # that names one or just above it are read (one search of the text, not a match a line).
    rows = sorted({i for year in _year_lines(lines) for i in (year - 1, year) if i >= 0})
    # The statistics stand together: dates labelled near the post count win over those labelled
    # further off (a member's own list "Longest day: 42 km, 19 July 2014" under "About me").
    counts = figure_rows(lines, _labelled_counts(lines))
    near = [i for i in rows if any(abs(i - c) <= _NEAR for c in counts)]
    dates: list[str] = []
    for group in (near, rows) if near else (rows,):
        dates = [
            day for value, bare in _labelled_values(lines, group)
            if len(value) <= 60 and _YEAR_RE.search(value) and (day := parse_date(value, now))
            and (not bare or len(day) >= 10)  # no colon: a whole day, no copyright's year
        ]
        if now:
            dates = [d for d in dates if d[:10] <= now[:10]]
        if dates:
            break
    return min(dates) if dates else None


def _name(doc: Doc, lines: list[str]) -> str | None:
    """The member's name: a part of the title (a run of up to three words of one of its parts)
    shown again on a line of its own or as an image's text, not the words of a link to another
    page nor a label. An avatar's text wins over a line (a tab or a heading named "Profile"), a
    line holding no other candidate over one that does (a heading "Profile of ann" over "ann").
    The address's last part counts as the title's ("/membro/ann"), before the site's name when the
    address is a member's ("/user/ann"); else a heading of a name's few words (:func:`_headed_name`)."""
    title = clean(doc.title or "")
    parts: set[str] = set()
    last = unquote((doc.url or "").split("#")[0].split("?")[0].rstrip("/").rsplit("/", 1)[-1])
    if any(ch.isalpha() for ch in last):
        parts.add(last)
    for part in _TITLE_SPLIT_RE.split(title):
        words = part.split()
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + _NAME_WORDS) + 1):
                parts.add(" ".join(words[i:j]).strip(":：,"))
    own = (doc.url or "").split("#")[0]
    elsewhere = {
        clean(a.text_content()) for a in doc.tagged("a")
        if a.get("href") and doc.absolute(a.get("href")).split("#")[0] != own
    }
    alts = _own_alts(doc, own)
    # A handle is also shown after an at sign ("@pilkki"), as mentions write it.
    shown = set(lines) | {line[1:] for line in lines if line[:1] == "@"}
    found = [
        part for part in parts
        if len(part) >= 2 and part not in elsewhere and part.casefold() not in LABEL_WORDS
        and (part in alts or part in shown)
    ]
    # A heading that holds another candidate shown on its own ("Profile of ann" over a line
    # "ann") names the member with words around the name: the name is the one it holds.
    ranked = [
        (part in alts, part == last and bool(USER_HREF_RE.search(own)), part in shown,
         not any(o != part and f" {o} " in f" {part} " for o in found), len(part), part)
        for part in found
    ]
    if ranked:
        return max(ranked)[-1]
    name = _headed_name(doc, shown, elsewhere, parts)
    return name if name is None or _heads_the_count(doc, lines, name) else None


def _own_alts(doc: Doc, own: str) -> set[str]:
    """The texts of the page's images but those that are a link to another page (the site's logo
    linking its home, "和紙の会" or "Forum"): such an image is its link's face, no avatar."""
    out = set()
    for img in doc.tagged("img"):
        link = next(img.iterancestors("a"), None)
        href = (link.get("href") or "").strip() if link is not None else ""
        if href and not href.startswith(("#", "javascript:")) and doc.absolute(href).split("#")[0] != own:
            continue
        out.add(clean(img.get("alt") or ""))
    return out


def _heads_the_count(doc: Doc, lines: list[str], name: str) -> bool:
    """Whether ``name`` is shown above the post count with no other member's name between them:
    a thread's post panel shows its poster's linked name between the topic's heading ("Help
    with WinRAR5") and the poster's count."""
    at = next((i for i, line in enumerate(lines) if name in line), None)
    counts = [i for i, _ in _labelled_counts(lines)]
    below = [i for i in counts if at is not None and i > at]
    if at is None or not below:
        return False
    members = {clean(a.text_content()) for a in doc.tagged("a") if _member_link(a)} - {name}
    return not any(lines[j] in members for j in range(at + 1, min(below)))


def _member_link(a: Any) -> bool:
    """A link to a member's page naming a handle (one word, lower case or marked as a handle):
    a member address's shape, or the address ends with it ("/clan/jugo_vjetar")."""
    href = a.get("href") or ""
    text = clean(a.text_content())
    # A tab of the member's own pages ("Resumo" at "/user/?user=31", "Mensagens") is a
    # capitalised word, no handle.
    if " " in text or len(text) < 2 or not (text.islower() or _HANDLE_RE.search(text)):
        return False
    last = unquote(href.split("#")[0].split("?")[0].rstrip("/").rsplit("/", 1)[-1])
    return bool(USER_HREF_RE.search(href)) or last.casefold() == text.casefold()


def _headed_name(doc: Doc, shown: set[str], elsewhere: set[str], titled: set[str]) -> str | None:
    """The handle a heading holds (one word of a few marked as a handle is: "Benutzerprofil von
    ferro_velho"), else the page's one h1 of one word, neither a label, a colon's, another page's
    link words nor the title's words (the page's or the site's name, "Profile"); else the one
    avatar's text shown again on a line of its own."""
    ranked: list[tuple[int, int, str]] = []
    for tag in ("h1", "h2", "h3"):
        for h in doc.tagged(tag):
            said = clean(h.text_content())
            if not 2 <= len(said) <= 60 or any(ch in said for ch in ":：") or said in elsewhere \
                    or said in titled or said.casefold() in LABEL_WORDS:
                continue
            words = said.split()
            # A handle written as one ("roehrenwilli" is not, "olaria_do_minho" or "kettu7" is)
            # in a heading of a few words ("Benutzerprofil von ferro_velho", "ann_b Moderator").
            handles = [w for w in words if _HANDLE_RE.search(w) and w not in elsewhere]
            if len(handles) == 1 and len(words) <= 5:
                ranked.append((0, len(ranked), handles[0]))
            elif len(words) == 1 and said in shown and tag == "h1" and len(doc.tagged("h1")) == 1:
                # The page's one main heading of one word: a name, not the site's; a section's
                # heading ("Allekirjoitus", the signature's) is a lower one.
                ranked.append((1, len(ranked), said))
    if ranked:
        return min(ranked)[2]
    # Else an avatar's text shown again on a line of its own.
    alts = _own_alts(doc, (doc.url or "").split("#")[0]) & shown
    alts = {a for a in alts if len(a) >= 2 and a not in elsewhere and a.casefold() not in LABEL_WORDS}
    return alts.pop() if len(alts) == 1 else None


def seller_signs(doc: Doc) -> bool:
    """Whether a page shows what a market seller's does and a forum member's does not: an
    armoured PGP key, a commerce count (sales, feedback, a rating) or priced cards."""
    return "PGP PUBLIC KEY BLOCK" in doc.text or commerce_count(doc.head_lines) or bool(find_cards(doc))


def _node_lines(doc: Doc) -> list[str] | None:
    """The page's text nodes as lines of their own, when a line of the page glues a post count's
    label to its value ("Mensagens3.118": a label's and a value's spans, cells or divisions with
    no space between them): a member's statistics laid out in elements read as "label / value"
    lines, whatever the elements (a definition list, two cells, label and value divisions)."""
    lines = doc.head_lines
    text = doc.text if lines is doc.text_lines else "\n".join(lines)
    for match in _GLUED_OPENING_RE.finditer(text):
        end = text.find("\n", match.start())
        line = text[match.start() : len(text) if end < 0 else end]
        if len(line) <= 119 and _GLUED_RE.match(line):
            break
    else:
        return None  # the cheap gate: most pages glue no count to a label
    body = doc.root.find("body")  # the head's title is no line the page shows
    return [said for text in (body if body is not None else doc.root).itertext() if (said := clean(text))]


def member_card(doc: Doc, *, now: str | None = None) -> Author | None:
    """The member a profile page shows (name, post count, join day), read by its shape; None
    when the page shows no single labelled post count, no join day, no name, or a seller's signs.
    Statistics whose labels and values are glued in the page's lines are read in its text nodes,
    those shown as tiles of a figure and its label by the tiles, those told in a sentence by it."""
    lines = doc.head_lines
    tiled = tile_lines(doc, lines)  # a figure over its label: lines read them one tile off
    count = _post_count(tiled) if tiled else None
    if tiled and count is not None:
        # A tile's date is a join day when its label says so (a list's "title / date" rows are
        # blocks of two texts too); else the lines' join day.
        said = _said_joined(tiled, now)
        joined = said.pop() if len(said) == 1 else _joined(lines, now)
    else:
        # A count no label's word names is the post count by its rate per day beside it.
        count = _post_count(lines)
        count = rated_count(lines) if count is None else count
        count = linked_count(doc, lines) if count is None else count  # "Alle Beiträge" links them
        if count is None and (count := summed_count(lines)) is not None:  # "Replies 1186 | Topics 97"
            joined = summed_joined(lines, now) or _joined(lines, now)
        else:
            joined = _joined(lines, now) if count is not None else None
    if joined is None:
        nodes = _node_lines(doc)
        if nodes is not None and (count := _post_count(nodes)) is not None:
            lines = nodes
            joined = _joined(lines, now)
    if joined is None:
        told = prose_stats(lines, now) or bare_stats(lines, now)  # "... 4.217 posts since ...", "873 posts"
        if told is None:
            return None
        count, joined = told
    name = glued_name(doc) or _name(doc, lines)
    if name is None or seller_signs(doc):
        return None
    return Author(name=name, post_count=count, joined=joined[:10], url=doc.url)
