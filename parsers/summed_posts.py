"""A member's post count told as its parts, and a member's name glued to its page's title word.

Forum engines store a topic's opening post apart from the replies under it, and some profiles
show the two counts apart ("Replies 1186 | Topics 97", Discuz!'s 回帖数 and 主题数) with no total:
the member's posts are their sum. A profile page titled in a language written without spaces
glues the member's name to the page's word ("肉肉控小王的个人资料", "kohaku_nekoさんのプロフィール"):
the name is the heading the title's first part starts with.

    >>> summed_count(["Replies: 1,186", "Topics: 97", "Joined: 2017-04-09"])
    1283
    >>> summed_count(["Replies: 12"]) is None
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsers.dates import parse_date
from parsers.dom import Doc, clean
from parsers.prices import parse_number

__all__ = ["glued_name", "summed_count", "summed_joined"]

#: Labels of a member's replies count (replies alone, the topics they opened counted apart).
REPLY_WORDS = (
    "replies", "reply count", "回帖数", "回帖數", "回复数", "回覆數", "回應數", "返信数", "답글 수",
    "antworten", "réponses", "respuestas", "risposte", "respostas", "antwoorden", "odpowiedzi",
    "odpovědi", "ответов", "ответы", "відповідей", "відповіді", "yanıtlar", "cevaplar",
    "vastaukset", "válaszok", "απαντήσεις", "odgovori",
)
#: Labels of the count of topics a member opened.
TOPIC_WORDS = (
    "topics", "threads", "topic count", "thread count", "主题数", "主題數", "话题数", "話題數",
    "トピック数", "スレッド数", "주제 수", "themen", "sujets", "temas", "discussioni", "argomenti",
    "onderwerpen", "tematy", "wątki", "témata", "тем", "темы", "теми", "ämnen", "trådar",
    "emner", "konular", "aiheet", "témák", "θέματα", "teme",
)


def _label_re(words: tuple[str, ...]) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    # "Replies: 1,186", "回帖数 1186 ·", "Topics" over "97": a line of its own (a link's, a cell's),
    # or a label's line over its value's.
    return re.compile(
        rf"^(?:{alt})[ \t]*[:：]?[ \t]*\n?[ \t]*(?P<n>\d{{1,3}}(?:[.,'\u00a0\u202f ]\d{{3}})+|\d+)"
        r"[ \t]*[·|•,;]?[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )


_REPLIES_RE = _label_re(REPLY_WORDS)
_TOPICS_RE = _label_re(TOPIC_WORDS)
# Scripts written without spaces between words: a title's word glued to a name is one of theirs.
_UNSPACED_RE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# A label (letters first, no figure) and a day on one line, glued or after a colon; a label alone.
_DATED_RE = re.compile(r"^[^\W\d_][^\d:：]{0,30}?[ \t]*[:：]?[ \t]*(?P<value>\d.*)$")
_BARE_RE = re.compile(r"^[^\W\d_][^\d:：]{0,30}[:：]?$")
_YEAR_RE = re.compile(r"(?<!\d)(?:19[89]\d|20\d\d)(?!\d)")
# Lines around the two counts the member's other statistics stand in.
_NEAR = 16
_TITLE_PART_RE = re.compile(r"\s+[-–—|·:»›/~]+\s+|\s*[|·»›]\s*")


def _one(pattern: re.Pattern[str], text: str) -> int | None:
    """The one number the lines label with ``pattern`` (None when none, or several differ)."""
    values = {parse_number(m["n"]) for m in pattern.finditer(text)}
    if len(values) != 1:
        return None
    value = values.pop()
    return int(value) if value is not None else None


def summed_count(lines: list[str]) -> int | None:
    """The post count as the sum of one labelled replies count and one labelled topics count,
    or None when the lines label no such pair."""
    text = "\n".join(line for line in lines if len(line) <= 60)
    replies = _one(_REPLIES_RE, text)
    if replies is None:
        return None  # most pages: the topics are not looked up
    topics = _one(_TOPICS_RE, text)
    return None if topics is None else replies + topics


def _labelled_dates(lines: list[str], rows: list[int], now: str | None) -> Iterator[str]:
    """The days labelled on the lines ``rows``: "label: day", a label glued to its day
    ("注册时间2017-4-9 21:14", a label element and its value's text) or a label over its day."""
    for i in rows:
        match = _DATED_RE.match(lines[i])
        if match is None and _BARE_RE.match(lines[i]) and i + 1 < len(lines):
            value = lines[i + 1]
        elif match is not None:
            value = match["value"]
        else:
            continue
        day = parse_date(value, now) if len(value) <= 40 and _YEAR_RE.search(value) else None
        if day and len(day) >= 10 and (not now or day[:10] <= now[:10]):
            yield day[:10]


def summed_joined(lines: list[str], now: str | None) -> str | None:
    """The join day of a page whose post count is summed (:func:`summed_count`): the earliest
    whole day labelled among the statistics around the two counts (a member joined before their
    last visit and last post), else on the page."""
    text = "\n".join(line if len(line) <= 60 else "" for line in lines)
    at = [text.count("\n", 0, m.start()) for m in (*_REPLIES_RE.finditer(text), *_TOPICS_RE.finditer(text))]
    if not at:
        return None
    near = [i for i in range(len(lines)) if len(lines[i]) <= 60 and any(abs(i - a) <= _NEAR for a in at)]
    for rows in (near, [i for i in range(len(lines)) if len(lines[i]) <= 60]):
        days = list(_labelled_dates(lines, rows, now))
        if days:
            return min(days)
    return None


def glued_name(doc: Doc) -> str | None:
    """The heading (h1-h3) whose whole text the title's first part starts with, the rest of the
    part in a script written without spaces ("肉肉控小王" of "肉肉控小王的个人资料 - 多肉花园")."""
    title = clean(doc.title or "")
    if not title or not _UNSPACED_RE.search(title):
        return None
    first = _TITLE_PART_RE.split(title, maxsplit=1)[0].strip()
    for h in doc.tagged("h1", "h2", "h3"):
        said = clean(h.text_content())
        rest = first[len(said):]
        if 2 <= len(said) < len(first) and first.startswith(said) and _UNSPACED_RE.match(rest):
            return said
    return None
