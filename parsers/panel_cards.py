"""A thread whose posts a market reader took for cards: each "card" titled by its poster's panel.

A board drawn in tables (a panel cell of the poster's name, rank and statistics beside a cell of
the post's date and words) repeats blocks that each hold a short title-like line and, when a
member names what something cost ("12,90 €"), a price: the market reader may read them as a
grid of listing cards. Their "titles" then tell them apart: a card's title names a product, a
post's panel names its poster's statistics ("Beiträge: 214", "Mitglied seit: 02.05.2021",
"Posts: 148"), labels of :data:`parsers.labels.LABELS` in any language they know. When most
cards' titles hold such a statistic, the page's posts are read by the structural readers, and
their thread wins when it reads as many posts as there were cards.

    >>> from parsers.records import Listing
    >>> panel_titled([Listing(title="ann Elder Posts: 12 Joined: 02.05.2021 #1"),
    ...               Listing(title="bob Posts: 3 Joined: 01.01.2024 #2")])
    True
    >>> panel_titled([Listing(title="Assam tea, 250 g"), Listing(title="Posts: 3 tea caddy")])
    False
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import Doc
from parsers.label_words import LABEL_TABLE
from parsers.numbered_posts import numbered_thread
from parsers.post_names import aligned_thread
from parsers.post_rows import row_thread

__all__ = ["panel_titled", "posts_over_cards"]


def _stat_re() -> re.Pattern[str]:
    words = sorted({*LABEL_TABLE["posts"], *LABEL_TABLE["member_since"]}, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words if w)
    # The label, its colon and a number or date after it: "Beiträge: 1.348", "Joined: 06/02/2022".
    return re.compile(rf"(?<![\w])(?:{alt})[ \t]*[:：][ \t]*\d", re.IGNORECASE)


_STAT_RE = _stat_re()


def panel_titled(cards: list[Any]) -> bool:
    """Whether most of the cards (two at least) hold two of a poster's statistics in their titles
    (a post count and a join day, or two of either): panels, not products."""
    titled = sum(1 for c in cards if len(_STAT_RE.findall(c.title or "")) >= 2)
    return titled >= 2 and titled * 2 > len(cards)


def posts_over_cards(doc: Doc, records: list[Any], now: str | None) -> list[Any] | None:
    """The thread's records when a market reader took its posts for cards titled by their
    posters' panels (:func:`panel_titled`), else None."""
    cards = [r for r in records if r.kind == "listing"]
    if len(cards) < 2 or not panel_titled(cards):
        return None
    found = row_thread(doc, now=now) or aligned_thread(doc, now=now) or numbered_thread(doc, now=now)
    posts = sum(1 for r in found if r.kind == "post")
    return found if posts >= 2 and posts * 2 >= len(cards) else None
