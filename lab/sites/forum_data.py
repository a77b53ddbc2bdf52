"""The generative model of a lab forum: boards, threads, posts with quotes, authors, producers.

One board per forum carries placeholder "propaganda" threads of a fictional movement: a few
prolific *producers* start them and post the bulletins, many *consumers* reply briefly.

    >>> from lab.sites import World
    >>> f = World(seed=7).site("le-cercle").app.data
    >>> len(f.producer_names), f.thread(0).posts[0].author == f.thread(0).starter
    (3, True)
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from . import chatter, text
from .model import mix, rng

BOARDS: dict[str, tuple[tuple[str, str, str, bool], ...]] = {
    # (slug, title, language, propaganda board?)
    "phpbb": (
        ("obshchenie", "Общение", "ru", False),
        ("chai-kofe", "Чай и кофе", "ru", False),
        ("otzyvy", "Отзывы о продавцах", "ru", False),
        ("pepelny-fonar", "Пепельный фонарь [вымышленное движение]", "en", True),
    ),
    "xenforo": (
        ("discussions", "Discussions générales", "fr", False),
        ("the-cafe", "Thé et café", "fr", False),
        ("avis-vendeurs", "Avis sur les vendeurs", "fr", False),
        ("english", "English corner", "en", False),
        ("lanterne", "Lanterne cendrée [mouvement fictif]", "en", True),
    ),
    "dread": (
        ("Tea", "Tea", "en", False),
        ("Markets", "Markets", "en", False),
        ("Comunidad", "Comunidad", "es", False),
        ("AshenLantern", "AshenLantern (fictional)", "en", True),
    ),
}

PRODUCERS = {
    "phpbb": ("PepelVestnik", "SeryFonar", "Glashatai"),
    "xenforo": ("HerautCendre", "LanterneGrise", "VeilleurNoir"),
    "dread": ("AshHerald", "GreyBeacon", "EmberScribe"),
}

POSTS_PER_PAGE = {"phpbb": 10, "xenforo": 15, "dread": 20}
THREADS_PER_PAGE = {"phpbb": 5, "xenforo": 3, "dread": 4}  # small, so the default world paginates


@dataclass
class SimAuthor:
    idx: int
    name: str
    joined: dt.date
    post_count: int
    producer: bool = False
    signature: str | None = None


@dataclass
class SimPost:
    k: int
    author: int
    when: dt.datetime
    body: str
    lang: str
    quote: tuple[int, str] | None = None  # (quoted post number, quoted text)
    url: str | None = None  # one link in the body, absolute
    entities: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class SimThread:
    idx: int
    board: int
    title: str
    lang: str
    starter: int
    posts: list[SimPost]
    propaganda: bool

    @property
    def last(self) -> SimPost:
        return self.posts[-1]


def slugify(title: str, fallback: str = "topic") -> str:
    ascii_ = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    words = "".join(c if c.isalnum() else " " for c in ascii_).split()
    return "-".join(words)[:40].strip("-") or fallback


class ForumData:
    """Every generated fact of one forum; threads and authors are built on first use."""

    def __init__(
        self,
        world_seed: int,
        name: str,
        family: str,
        lang: str,
        n_threads: int,
        n_authors: int,
        now: dt.datetime,
        author_offset: int,
        oos: list[str],
        directory: str,
    ):
        self.seed, self.name, self.family, self.lang = world_seed, name, family, lang
        self.n_threads, self.n_authors, self.now = n_threads, n_authors, now
        self.offset = author_offset
        self.boards = BOARDS[family]
        self.producer_names = list(PRODUCERS[family])
        self.oos, self.directory = oos, directory
        self.salt = mix(world_seed, sum(name.encode()))
        self.thread = lru_cache(maxsize=20000)(self._thread)
        self.author = lru_cache(maxsize=50000)(self._author)

    # --- layout ---------------------------------------------------------------------------
    def board_of(self, t: int) -> int:
        return t % len(self.boards)

    @cached_property
    def board_threads(self) -> list[list[int]]:
        out: list[list[int]] = [[] for _ in self.boards]
        for t in range(self.n_threads):
            out[self.board_of(t)].append(t)
        return out

    # --- authors --------------------------------------------------------------------------
    def _author(self, a: int) -> SimAuthor:
        r = rng(self.seed, self.name, "author", a)
        if a >= self.n_authors:  # the producers come after the ordinary members
            name = self.producer_names[a - self.n_authors]
            return SimAuthor(
                a,
                name,
                dt.date(2024, 2, 1) + dt.timedelta(days=30 * (a - self.n_authors)),
                r.randrange(1500, 4000),
                producer=True,
                signature="[FICTIONAL PLACEHOLDER] The lantern never sleeps.",
            )
        style = {"phpbb": "lower", "xenforo": "CamelCase", "dread": "snake"}[self.family]
        name = text.handle(self.offset + a * 10, style)
        joined = dt.date(2022, 6, 1) + dt.timedelta(days=r.randrange(700))
        sig = (
            f"~ {name}: {chatter.SENTENCES[self.lang if self.lang in chatter.SENTENCES else 'en'][a % 8]}"
            if a % 4 == 0
            else None
        )
        return SimAuthor(a, name, joined, r.randrange(1, 900), signature=sig)

    def author_index(self, name: str) -> int | None:
        return self._author_names.get(name)

    @cached_property
    def _author_names(self) -> dict[str, int]:
        return {self.author(a).name: a for a in range(self.n_authors + len(self.producer_names))}

    def producer_ids(self) -> list[int]:
        return [self.n_authors + i for i in range(len(self.producer_names))]

    # --- threads --------------------------------------------------------------------------
    def _pick_author(self, r: object, skew: bool = True) -> int:
        x = r.random()  # type: ignore[attr-defined]
        return int(self.n_authors * (x * x if skew else x)) % self.n_authors

    def _thread(self, t: int) -> SimThread:
        r = rng(self.seed, self.name, "thread", t)
        b = self.board_of(t)
        slug, _, lang, propaganda = self.boards[b]
        n_posts = min(2 + int(r.paretovariate(1.3) * 5), 70)
        recent = t % 5 == 0
        start = self.now - dt.timedelta(
            days=r.randrange(2) if recent else r.randrange(3, 400),
            hours=r.randrange(1, 5),
            minutes=r.randrange(60),
        )
        step = (self.now - start) / (n_posts + 1)
        if propaganda:
            producer = self.producer_ids()[t % len(self.producer_names)]
            title = chatter.PROPAGANDA_TITLES[t % len(chatter.PROPAGANDA_TITLES)].format(n=t + 1)
            starter = producer
        else:
            cat = text.CATEGORIES[mix(self.salt, t) % len(text.CATEGORIES)]
            noun = text.listing_title(lang, cat, mix(self.salt, t, 3) % 9)[0].split(" ", 1)[1].split(",")[0]
            topics = chatter.THREAD_TOPICS[lang]
            title = topics[r.randrange(len(topics))].format(x=noun)
            starter = self._pick_author(r)
        posts: list[SimPost] = []
        sentences = chatter.SENTENCES[lang]
        for k in range(n_posts):
            when = start + step * k + dt.timedelta(minutes=r.randrange(50))
            when = min(when, self.now - dt.timedelta(minutes=5)).replace(second=0, microsecond=0)
            if posts and when < posts[-1].when:  # replies never predate what they answer
                when = posts[-1].when
            if k == 0:
                author = starter
            elif propaganda:
                author = (
                    self.producer_ids()[r.randrange(3)] if r.random() < 0.2 else self._pick_author(r, False)
                )
            else:
                author = self._pick_author(r)
            if propaganda and self.author(author).producer:
                body = chatter.PROPAGANDA_BODY.format(n=t * 10 + k + 1)
                plang = "en"
            elif propaganda:
                body = chatter.CONSUMER_REPLIES[r.randrange(len(chatter.CONSUMER_REPLIES))].format(n=t + 2)
                plang = "en"
            else:
                body = " ".join(sentences[r.randrange(len(sentences))] for _ in range(1 + r.randrange(3)))
                plang = lang
            post = SimPost(k=k, author=author, when=when, body=body, lang=plang)
            if k > 0 and r.random() < 0.3:
                q = k - 1 - r.randrange(min(k, 3))
                post.quote = (q, posts[q].body.split(". ")[0])
            roll = r.random()
            if roll < 0.08:
                post.url = f"http://{self.oos[r.randrange(len(self.oos))]}/"
            elif roll < 0.12:
                post.url = f"http://example.com/{slug}/{t}-{k}"
            elif roll < 0.15:
                post.url = f"http://{self.directory}/"
            if propaganda and k == 0:
                from .coins import xmr_address

                post.entities.append(("xmr", xmr_address(f"{self.seed}:{self.name}:donate:{starter}")))
            elif not propaganda and roll > 0.96:
                from .coins import btc_bech32

                post.entities.append(("btc", btc_bech32(f"{self.seed}:{self.name}:tip:{author}")))
            if post.url and ".onion" in post.url:
                post.entities.append(("onion", post.url.split("/")[2]))
            posts.append(post)
        return SimThread(
            idx=t,
            board=b,
            title=title,
            lang="en" if propaganda else lang,
            starter=starter,
            posts=posts,
            propaganda=propaganda,
        )
