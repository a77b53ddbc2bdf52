"""A forum post's date inside its block: a ``<time datetime>``, a tooltip's full date over a
relative one, a date a script shows from a data attribute, else the first dated element that is
not a member's join date ("Joined: 09 Feb 2024" in the user panel).

    >>> from parsers.dom import load
    >>> from parsers.post_dates import post_date
    >>> doc = load(b'<div id=p><span>Joined: 3 Mar 2024</span> <time datetime="2026-11-17T18:40:00Z">'
    ...            b'3 days ago</time><div class="content">Hello there</div></div>')
    >>> post_date(doc.root.get_element_by_id("p"), set(), None)[0]
    '2026-11-17T18:40:00'
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dates import parse_date
from parsers.dom import Doc, clean, xpath
from parsers.labelled_line import labelled_values
from parsers.labels import LABELS
from parsers.stat_pieces import only_stats, without_stats

__all__ = ["data_date", "day_date", "first_line", "join_labelled", "post_date", "titled_join"]


# Tooltip scripts (Tippy, Bootstrap) hold the full date over a relative one: "3 days ago" shown,
# "Tuesday, November 17, 2026 at 6:40 PM" in data-tippy-content.
_TOOLTIP_ATTRS = ("data-tippy-content", "data-original-title", "data-bs-original-title", "data-tooltip")
_TOOLTIP_DATES = xpath(
    "descendant-or-self::*[" + " or ".join(f"@{a}" for a in _TOOLTIP_ATTRS) + "]"
    "[normalize-space()][string-length(normalize-space()) < 40]"
)


# A date a script renders from a data attribute ("data-timestamp", "data-utime", "data-created"):
# the attribute's name says it holds a time, its value is a unix time (in seconds or
# milliseconds) or an ISO date. Ids and counts ("data-id", "data-count") are never read.
_DATA_DATE_NAME_RE = re.compile(
    r"^data-(?:[\w-]*[_-])?(?:u?time|timestamp|date|datetime|created|posted|published|ts)(?:[_-]\w*)?$"
)
_DATA_DATE_VALUE_RE = re.compile(
    r"^(?:\d{10}|\d{13}|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}[\d:.]*(?:z|Z|[+-]\d\d:?\d\d)?)?)$"
)


def data_date(el: Any, now: str | None) -> str | None:
    """The date a data attribute of a short element ``el`` holds for a script to show
    ("data-timestamp=1794940800", "data-time=1794940800000", "data-created=2026-11-17T18:40Z"),
    or None."""
    if not el.attrib or len(el) > 3 or len(el.text_content()) > 80:
        return None  # a post's whole block carries its data too ("li data-timestamp"): a line only
    for name, value in el.attrib.items():
        if name.startswith("data-") and _DATA_DATE_NAME_RE.match(name) and _DATA_DATE_VALUE_RE.match(value):
            parsed = parse_date(value[:10] if len(value) == 13 and value.isdigit() else value, now)
            if parsed:
                return parsed
    return None


# A day's number with a suffix written on it ("17ی تشرینی دووەمی 2026", Sorani's "the 17th of"):
# the date readers take the number for no day and read the month and year alone.
_GLUED_DAY_RE = re.compile(r"(?<![\w])(\d{1,2})[^\W\d_]{1,3}(?=\s)")


def day_date(text: str, now: str | None) -> str | None:
    """:func:`parsers.dates.parse_date` of ``text``, read again with a suffix written on its
    day's number left out when the first reading gives no day ("2026-11")."""
    parsed = parse_date(text, now)
    if parsed and len(parsed) < 10 and _GLUED_DAY_RE.search(text):
        again = parse_date(_GLUED_DAY_RE.sub(r"\1", text), now)
        if again and len(again) >= 10 and again.startswith(parsed):
            return again
    return parsed


_LEAD_DIGIT_RE = re.compile(r"\s*\d")


def first_line(text: str) -> str | None:
    """The first of a text's lines in the page's source when it opens with a digit and is short
    ("18/11/2026 10:05 πμ" over "Posted as a reply to: ann." in one text node, too long as a
    whole for a date): a line of its own, as :meth:`parsers.dom.Doc.lines` reads the page."""
    if not _LEAD_DIGIT_RE.match(text):
        return None
    value = text.lstrip()
    cut = value.find("\n", 0, 61)
    return (value[:cut].strip() or None) if cut > 0 else None


def _tooltip_attr(el: Any) -> str:
    return next(a for a in _TOOLTIP_ATTRS if el.get(a) is not None)


def join_labelled(el: Any) -> bool:
    """Whether the element before ``el`` labels it as the member's join date ("<dt>Joined:</dt>
    <dd>Feb 9, 2024</dd>", a table's "<td>Registered</td><td>..</td>")."""
    before = el.getprevious()
    if before is None or not isinstance(before.tag, str) or (before.tail or "").strip():
        return False
    label = clean(before.text_content())
    match = LABELS["member_since"].match(label) if 0 < len(label) <= 40 else None
    # A line of its own value ("Katılım: 9 Şubat 2017") labels no element after it.
    return match is not None and not any(c.isdigit() for c in match["value"])


def post_date(block: Any, exclude: set[Any], now: str | None) -> tuple[str | None, Any]:
    """A post's date and the element it was read from (None, None when there is none)."""
    # A machine-readable <time datetime> is the post's own date; labelled dates shown before
    # it in the block ("Joined: Mar 3, 2024" in the user panel) are not.
    for el in block.iter("time"):
        if el not in exclude and (value := el.get("datetime")) and (parsed := parse_date(value, now)):
            return parsed, el
    # So is the full date a tooltip script shows over a relative one ("3 days ago").
    for el in _TOOLTIP_DATES(block):
        if el not in exclude and (value := el.get(_tooltip_attr(el))) and (parsed := parse_date(value, now)):
            return parsed, el
    found = _shown_date(block, exclude, now, _DATE_TAGS)
    # A date shown in a heading or in emphasis ("<h5>17 Nov 2026</h5>", "<strong>Yesterday</strong>
    # at 21:15") only where no other element holds one.
    found = found if found[0] is not None else _shown_date(block, exclude, now, _EMPHASIS_TAGS)
    return found if found[0] is not None else _byline_tail_date(block, exclude, now)


def _byline_tail_date(block: Any, exclude: set[Any], now: str | None) -> tuple[str | None, Any]:
    """The day and time written a word after a link, where no element shows a date ("Posted by
    <a>Anneke Vos</a> om 2026/11/17 21:30:00"): the byline's date. Last, as an edit note
    ("edited by <a>ann</a> on ...") reads alike where the post's own date is shown apart: a
    byline heads its post (a subject at most before it), a note in brackets or after the words
    ("[edited by <a>ann</a> on 18.11.2026 08:40]") is none."""
    whole = None
    for a in block.iter("a"):
        tail = clean(a.tail)
        if a in exclude or not tail or len(tail) > 40 or not _BYLINE_TAIL_RE.match(tail) \
                or tail[-1] in ")]" or not 1 < len(clean(a.text_content())) <= 40:
            continue
        if len(parsed := parse_date(tail, now) or "") >= 16:
            whole = block.text_content() if whole is None else whole
            cut = whole.find(a.text_content() + (a.tail or ""))
            if cut >= 0 and len(clean(whole[:cut])) <= _BYLINE_LEAD:
                return parsed, a.getparent()
    return None, None


#: The characters a byline's line shows before the poster's link at the most (a subject, "by").
_BYLINE_LEAD = 150


_ASIDE_RE = re.compile(r"\([^()]{1,30}\)")
_DATE_TAGS = ("time", "span", "div", "small", "abbr", "p", "dd", "td", "li", "a")
_EMPHASIS_TAGS = ("h4", "h5", "h6", "strong", "b", "em", "i", "font", "cite", "header")


def _shown_date(
    block: Any, exclude: set[Any], now: str | None, tags: tuple[str, ...]
) -> tuple[str | None, Any]:
    for el in block.iter(*tags):
        if el in exclude:
            continue
        for attr in ("datetime", "data-time", "title"):
            value = el.get(attr)
            if value and (parsed := parse_date(value, now)):
                if _join_span(el):
                    break  # "<p title=2015-09-12><em>Стаж:</em> 11 лет</p>": the join day's
                return parsed, el
        if (parsed := data_date(el, now)) is not None:
            return parsed, el
        own = clean((el.text or "") if len(el) else el.text_content())
        if own and (LABELS["member_since"].match(own) or join_labelled(el)):
            continue  # "Joined: 09 Feb 2024" in the user panel is not the post's date
        if own and (rest := without_stats(own)) is not None:
            # "(posts 1583, joined 12.4.2015) · 13.11.2026 20:14": the poster's statistics
            # beside the post's date in one line are left out.
            own = rest
        elif own and only_stats(own):
            continue  # "Posts: 1 204 · Joined: 2013-04-02": the poster's line, no date of the post
        if own and len(own) <= 60 and any(c.isdigit() for c in own):
            parsed = day_date(own, now)
            if parsed:
                return _beside_time(el, block, _with_time(el, parsed, now), now), el
        elif own and len(own) <= 20:
            parsed = parse_date(own, now)  # "Yesterday", "вчера"
            if parsed:
                return _with_time(el, parsed, now), el
        elif own and len(own) <= 200 and (parsed := _labelled_piece_date(own, now)):
            return parsed, el  # "Posted: 17.11.2026 07:12  Subject: a long title": the date's piece
        if len(el):
            # "<strong>Today</strong> at 09:15 AM": the words are split over child elements.
            whole = clean(el.text_content())
            if len(whole) > 60:
                # A byline's asides ("ann (offline) am Oktober 29 2026 20:14 (142 Mal gelesen)",
                # "(edited)", "(Moderator)") make its line no longer than its date's.
                whole = clean(_ASIDE_RE.sub(" ", whole)) or whole
            if (
                whole != own
                and 0 < len(whole) <= 60
                and any(c.isdigit() for c in whole)
                and not any(LABELS["member_since"].match(line) for line in Doc.lines(el))
                # A child of the poster's statistics ("Posts: 12 | Joined: 3 March 2012"): its day
                # and the post's time run together are no date.
                and not any(isinstance(c.tag, str) and only_stats(clean(c.text_content())) for c in el)
            ):
                parsed = parse_date(whole, now)
                # A short post's words around a date element ("<small>17.11.2026</small><p>Thanks!
                # </p>"): the date is that element's, found next, not its container's.
                if parsed and not any(
                    isinstance(c.tag, str) and parse_date(clean(c.text_content()), now) == parsed
                    for c in el.iterdescendants()
                ):
                    return _titled_time(el, parsed, now), el
            if len(clean(el.text_content())) > 60 and (parsed := _labelled_tail_date(el, now)):
                return parsed, el
    return None, None


def _labelled_piece_date(line: str, now: str | None) -> str | None:
    """The date a short piece of a line of labelled pieces holds, unless labelled a join date."""
    for label, value in labelled_values(line):
        if (
            len(value) <= 40
            and any(c.isdigit() for c in value)
            and not LABELS["member_since"].match(label)
            and (parsed := parse_date(value, now))
        ):
            return parsed
    return None


def _with_time(el: Any, day: str, now: str | None) -> str:
    """``day`` read from ``el``'s own text, with the time of day a child shows after it
    ("11-17-2026, <span class=time>06:40 PM</span>", "Yesterday, <span>09:15 PM</span>")."""
    if len(el) and len(day) == 10 and len(whole := clean(el.text_content())) <= 60:
        fuller = parse_date(whole, now)
        if fuller and fuller.startswith(day):
            return fuller
    return day


_TITLED = xpath("descendant::*[@title or @datetime]")


def _titled_time(el: Any, day: str, now: str | None) -> str:
    """``day`` read from a relative age ("Added by ann <a title='17-11-2026 20:15'>3 days</a>
    ago", Redmine's way) with the exact time a child's title or datetime attribute gives that day."""
    if len(day) != 10:
        return day
    for child in _TITLED(el):
        fuller = parse_date(child.get("datetime") or child.get("title"), now)
        if fuller and len(fuller) > 10 and fuller.startswith(day):
            return fuller
    return day


def _beside_time(el: Any, block: Any, day: str, now: str | None) -> str:
    """``day`` read from ``el`` with the exact time an element beside it holds in a title of
    that day ("<span>Tuesday, 17 November 2026</span><div class=time><span title='17 November
    2026 21:14'>21:14</span></div>", HyperKitty's way), in a short line of the block's."""
    parent = el.getparent()
    if len(day) != 10 or parent is None or parent is block or len(parent) > 6:
        return day
    if len(clean(parent.text_content())) > 100:
        return day
    return _titled_time(parent, day, now)


def _labelled_tail_date(el: Any, now: str | None) -> str | None:
    """A date written after a short bold label in a longer line ("<b>Title</b> « <b>on:</b>
    17.11.2026 om 18:40:00 »", SMF 1 and YaBB's post header): the text after the label alone.
    A label styled apart needs no colon ("<span class=x>Date</span> yesterday 08:05 <span
    class=x>Reply to</span> ann") where the text after it is a whole day. A join date after its
    label ("<b>Joined:</b> Mar 2019") is no post's date."""
    for child in el:
        tail = clean(child.tail)
        if len(tail) > 40 and (line := first_line(child.tail or "")):
            tail = clean(line)  # "18/11/2026 10:05 πμ" over "Posted as a reply to: ann."
        if not tail or len(tail) > 40 or not any(c.isdigit() for c in tail) or not isinstance(child.tag, str):
            continue
        label = clean(child.text_content())
        if not 0 < len(label) <= 20 or LABELS["member_since"].match(label):
            continue
        colon = label.endswith(":")
        if not colon and (child.tag == "a" or len(label.split()) > 2 or any(c.isdigit() for c in label)):
            continue  # a link is a name or a title, no label
        parsed = parse_date(tail, now)
        if parsed and (colon or len(parsed) >= 10):
            return parsed
    return None


# A link's tail that is a date after at most one short word ("om", "on", "le", "am").
_BYLINE_TAIL_RE = re.compile(r"^(?:[^\W\d_]{1,4}\s+)?\d")


def _join_span(el: Any) -> bool:
    """Whether ``el``'s short text opens on a join label ("Стаж: 11 лет 2 месяца", "Joined: 3
    years ago"): the day its attribute holds is the member's join day, no post's."""
    text = el.text_content()
    return len(text) <= 80 and LABELS["member_since"].match(clean(text)) is not None


def titled_join(block: Any, now: str | None) -> str | None:
    """The join day a poster's panel holds in an attribute of its labelled line, the line
    showing a span ("<p title='2015-09-12 18:22'><em>Стаж:</em> 11 лет 2 месяца</p>"), else None."""
    for el in block.iter("p", "div", "span", "li", "dd", "td", "abbr", "time"):
        value = el.get("title") or el.get("datetime")
        if value and len(parsed := parse_date(value, now) or "") >= 10 and _join_span(el):
            return parsed[:10]
    return None
