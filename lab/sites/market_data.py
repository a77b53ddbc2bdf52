"""The generative model of a lab market: vendors, listings, feedback, all lazy and seeded.

Demand model (what :meth:`lab.sites.World.demand_truth` sums): every listing has a feedback
count ``f`` (Pareto-distributed, capped) and one feedback line is one sale, so the listing's sales
value is ``f * price_usd``; a category's demand is the sum over the listings of the canonical
markets (mirrors are not counted twice).

    >>> from lab.sites import World
    >>> m = World(seed=7).site("tessera-market").app.data
    >>> m.vendor(m.listing(0).vendor).name
    'NightOwl'
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from . import chatter, coins, text
from .errors import SitesError
from .model import mix, rng
from .pgp import PgpKey, public_key

#: USD value of one unit of each currency the lab prices in (fixed: part of the ground truth).
RATES = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "BTC": 64000.0, "XMR": 160.0}

_WEIGHTS = (
    ("tea", 5),
    ("coffee", 4),
    ("books", 2),
    ("stamps", 1),
    ("soap", 3),
    ("candles", 2),
    ("software", 2),
    ("art", 1),
)
_CAT_TABLE = tuple(c for c, w in _WEIGHTS for _ in range(w))

COUNTRIES = {
    "grid": (
        ("United States", ("Worldwide",)),
        ("United Kingdom", ("United Kingdom", "Europe")),
        ("Netherlands", ("Europe",)),
        ("Canada", ("Canada", "United States")),
        ("Germany", ("Worldwide",)),
    ),
    "table": (
        ("Deutschland", ("EU",)),
        ("Österreich", ("Deutschland", "Österreich")),
        ("Niederlande", ("Weltweit",)),
        ("Schweiz", ("Schweiz", "EU")),
    ),
    "text": (("ES", ("ES", "PT")), ("MX", ("MX",)), ("AR", ("WW",)), ("CO", ("CO", "MX"))),
}

#: The same real vendor on several markets: (actor, {market: (vendor index, handle)}, shared wallet).
LINKED_VENDORS: tuple[tuple[str, dict[str, tuple[int, str]], str], ...] = (
    ("nightowl", {"tessera-market": (0, "NightOwl"), "kornblume-markt": (0, "night_0wl")}, "btc"),
    ("silverfern", {"tessera-market": (1, "SilverFern"), "sombra-mercado": (0, "Silver-Fern")}, "xmr"),
)



def actor_contact(seed: int, actor: str, tag: int) -> tuple[str, str]:
    """The contact one actor shows on every market it sells on: (kind, value as displayed).

    Derived from the actor, not from a market handle, so one real vendor shows one contact and
    two actors never share one: the value carries the actor's world-unique ``tag`` after a
    separator no handle contains.
    """
    base = actor.rsplit("/", 1)[-1].lower().replace("-", "").replace("_", "")
    kind = ("xmpp", "telegram", "session", "email")[rng(seed, actor, "contact").randrange(4)]
    if kind == "xmpp":
        return kind, f"{base}.{tag}@xmpp.example.net"
    if kind == "telegram":
        return kind, f"@{base}_{tag}_shop"
    if kind == "session":
        return kind, "05" + rng(seed, actor, "session").randbytes(32).hex()
    return kind, f"{base}.{tag}@mail.example.org"


def _fold(title: str) -> str:
    """A title as feedback matching compares it (case and spacing do not tell listings apart)."""
    return " ".join(title.casefold().split())


@dataclass
class SimVendor:
    idx: int
    name: str
    actor: str
    country: str
    ships_to: tuple[str, ...]
    member_since: dt.date
    btc: str
    xmr: str
    contact: tuple[str, str]
    #: Further wallets shown on the profile: ("eth" | "ltc", address).
    wallets: tuple[tuple[str, str], ...]
    seed: int
    listings: list[int] = field(default_factory=list)

    @cached_property
    def pgp(self) -> PgpKey:
        uid = f"{self.actor_display} (onionscope lab, fictional)"
        return public_key(f"{self.seed}:{self.actor}", uid)

    @property
    def actor_display(self) -> str:
        for actor, _, _ in LINKED_VENDORS:
            if actor == self.actor:
                return actor
        return self.name


@dataclass
class SimListing:
    idx: int
    vendor: int
    category: str
    lang: str
    title: str
    quantity: float
    unit: str
    price_usd: float
    currency: str
    price: float
    alt_prices: dict[str, float]
    stock: int
    escrow: bool
    feedback_count: int
    negatives: int
    posted: dt.date
    description: str


class MarketData:
    """All generated facts of one market; each item is built on first use and cached."""

    def __init__(
        self,
        seed: int,
        name: str,
        family: str,
        lang: str,
        n_listings: int,
        n_vendors: int,
        now: dt.datetime,
        vendor_offset: int,
    ):
        self.seed, self.name, self.family, self.lang = seed, name, family, lang
        self.n_listings, self.n_vendors, self.now = n_listings, n_vendors, now
        self.vendor_offset = vendor_offset
        self.salt = mix(seed, sum(name.encode()))
        if not 1 <= vendor_offset <= 9:
            # actor_tag relies on the offset being a distinct non-zero residue mod 10 per market
            raise SitesError(f"vendor offset of {name} must be 1..9, not {vendor_offset}")
        self.listing = lru_cache(maxsize=50000)(self._listing)
        self.vendor = lru_cache(maxsize=20000)(self._vendor)
        self.vendor_titles = lru_cache(maxsize=20000)(self._vendor_titles)
        self.vendor_feedback = lru_cache(maxsize=256)(self._vendor_feedback)

    # --- cheap layout, computed for every listing at scale ------------------------------
    def category_of(self, j: int) -> str:
        return _CAT_TABLE[mix(self.salt, j) % len(_CAT_TABLE)]

    def vendor_of(self, j: int) -> int:
        return j % self.n_vendors

    def noun_key(self, j: int) -> int:
        return mix(self.salt, j, 11) % 1000

    @cached_property
    def by_category(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {c: [] for c in text.CATEGORIES}
        for j in range(self.n_listings):
            out[self.category_of(j)].append(j)
        return out

    def vendor_listings(self, v: int) -> list[int]:
        return list(range(v, self.n_listings, self.n_vendors))

    # --- vendors ------------------------------------------------------------------------
    def vendor_name(self, v: int) -> tuple[str, str, dict[str, str]]:
        """(handle, actor id, wallets shared with the actor's other markets) of vendor v; cheap."""
        style = {"grid": "CamelCase", "table": "snake", "text": "digits"}.get(self.family, "lower")
        name = text.handle(self.vendor_offset + v * 10, style)
        actor = f"{self.name}/{name}"
        shared: dict[str, str] = {}
        for act, where, wallet in LINKED_VENDORS:
            if self.name in where and where[self.name][0] == v:
                name, actor = where[self.name][1], act
                shared[wallet] = act
        return name, actor, shared

    def actor_tag(self, v: int) -> int:
        """A number unique to vendor v's actor across the whole world (the same on every market).

        Handles are not: ``night_owl`` on one market and ``NightOwl`` on another normalise alike.
        An unlinked vendor's handle index ``offset + 10 v`` is unique because each market's offset
        is a distinct residue 1..9 mod 10; linked actors take multiples of 10, a residue no market has.
        """
        for k, (_, where, _) in enumerate(LINKED_VENDORS):
            if where.get(self.name, (-1, ""))[0] == v:
                return 10 * (k + 1)
        return self.vendor_offset + v * 10

    def _vendor(self, v: int) -> SimVendor:
        r = rng(self.seed, self.name, "vendor", v)
        name, actor, shared = self.vendor_name(v)
        country, ships_to = COUNTRIES[self.family][r.randrange(len(COUNTRIES[self.family]))]
        since = dt.date(2023, 1, 1) + dt.timedelta(days=r.randrange(1300))
        btc_seed = f"{self.seed}:{shared.get('btc', actor)}"
        btc = coins.btc_p2pkh(btc_seed) if r.random() < 0.5 or "btc" in shared else coins.btc_bech32(btc_seed)
        if actor == "silverfern":
            btc = coins.btc_bech32(f"{self.seed}:silverfern")
        xmr = coins.xmr_address(f"{self.seed}:{shared.get('xmr', actor)}")
        contact = actor_contact(self.seed, actor, self.actor_tag(v))
        extra = []
        if v % 3 == 0:
            extra.append(("eth", coins.eth_address(f"{self.seed}:{actor}")))
        if v % 4 == 1:
            extra.append(("ltc", coins.ltc_p2pkh(f"{self.seed}:{actor}")))
        return SimVendor(
            idx=v,
            name=name,
            actor=actor,
            country=country,
            ships_to=ships_to,
            member_since=since,
            btc=btc,
            xmr=xmr,
            contact=contact,
            wallets=tuple(extra),
            seed=self.seed,
            listings=self.vendor_listings(v),
        )

    def vendor_index(self, name: str) -> int | None:
        idx = self._names.get(name)
        return idx

    @cached_property
    def _names(self) -> dict[str, int]:
        return {self.vendor_name(v)[0]: v for v in range(self.n_vendors)}

    # --- listings -----------------------------------------------------------------------
    def _draw_lang(self, r: random.Random) -> str:
        # the first draws of a listing's stream: listing_lang and _listing must agree
        if self.family == "grid" and r.random() < 0.25:
            return r.choice(("ru", "de", "fr", "es"))
        return self.lang

    def listing_lang(self, j: int) -> str:
        return self._draw_lang(rng(self.seed, self.name, "listing", j))

    def _vendor_titles(self, v: int) -> dict[int, tuple[str, float, str, int]]:
        """Listing j of vendor v -> (title, quantity, unit, title key), no title twice per vendor.

        Feedback names a listing by its title alone, so two listings of one vendor under one title
        would make sales ambiguous. A clash takes the next key with the same noun (other adjective
        or pack size: search hits stay the same), then any noun, then a numbered title.
        """
        used: set[str] = set()
        out: dict[int, tuple[str, float, str, int]] = {}
        for j in self.vendor_listings(v):
            lang, cat, k = self.listing_lang(j), self.category_of(j), self.noun_key(j)
            n = len(text._NOUNS[lang][cat])
            keys = itertools.chain((k + n * m for m in range(60)), (k + m for m in range(1, 200)))
            for key in keys:
                title, qty, unit = text.listing_title(lang, cat, key)
                if _fold(title) not in used:
                    break
            else:  # pragma: no cover - needs more than 200 listings of one vendor in one category
                title, qty, unit = text.listing_title(lang, cat, k)
                key, base = k, title
                title = next(t for t in (f"{base} #{i}" for i in itertools.count(2)) if _fold(t) not in used)
            used.add(_fold(title))
            out[j] = (title, qty, unit, key)
        return out

    def title_key(self, j: int) -> int:
        """The key listing j's title was made from (``noun_key`` unless it clashed)."""
        return self.vendor_titles(self.vendor_of(j))[j][3]

    def _listing(self, j: int) -> SimListing:
        r = rng(self.seed, self.name, "listing", j)
        cat = self.category_of(j)
        lang = self._draw_lang(r)
        title, qty, unit, _ = self.vendor_titles(self.vendor_of(j))[j]
        base = {
            "tea": 18,
            "coffee": 22,
            "books": 140,
            "stamps": 60,
            "soap": 9,
            "candles": 14,
            "software": 45,
            "art": 320,
        }[cat]
        usd = round(
            base * r.choice((0.6, 1, 1, 1.5, 2.5, 6)) * r.uniform(0.8, 1.6) * max(qty / 10, 1) ** 0.5, 2
        )
        vendor = self.vendor(self.vendor_of(j))
        currency = {
            "grid": "GBP" if vendor.country == "United Kingdom" else "USD",
            "table": "EUR",
            "text": "XMR",
        }[self.family]
        places = 4 if currency == "XMR" else 2
        price = round(usd / RATES[currency], places)
        usd = round(price * RATES[currency], 2)
        alt = {"BTC": round(usd / RATES["BTC"], 8)}
        if currency == "XMR":
            alt["EUR"] = round(usd / RATES["EUR"], 2)
        else:
            alt["XMR"] = round(usd / RATES["XMR"], 4)
        fb = min(int(r.paretovariate(1.4) * 3) - 3 + r.randrange(3), 250)
        fb = max(fb, 0)
        neg = int(fb * r.choice((0, 0, 0, 0.04, 0.1)))
        posted = (self.now - dt.timedelta(days=r.randrange(20, 600))).date()
        return SimListing(
            idx=j,
            vendor=vendor.idx,
            category=cat,
            lang=lang,
            title=title,
            quantity=qty,
            unit=unit,
            price_usd=usd,
            currency=currency,
            price=price,
            alt_prices=alt,
            stock=r.randrange(0, 120),
            escrow=r.random() < 0.7,
            feedback_count=fb,
            negatives=neg,
            posted=posted,
            description=text.description(lang, r.randrange(8)),
        )

    # --- feedback -------------------------------------------------------------------------
    def listing_feedback(self, j: int) -> list[dict[str, Any]]:
        lst = self.listing(j)
        out = []
        span = max((self.now.date() - lst.posted).days, 1)
        sentences = chatter.SENTENCES[
            "de" if self.lang == "de" else self.lang if self.lang in chatter.SENTENCES else "en"
        ]
        for k in range(lst.feedback_count):
            negative = (k * 7919 + j) % lst.feedback_count < lst.negatives
            day = lst.posted + dt.timedelta(days=(k * 37 + j) % span)
            buyer = text.handle(mix(self.salt, j, k) % 5000, "lower")
            out.append(
                {
                    "rating": "negative" if negative else "positive",
                    "text": sentences[(j + k) % len(sentences)],
                    "date": day.isoformat(),
                    "listing": lst.title,
                    "buyer": f"{buyer[0]}***{buyer[-1]}",
                }
            )
        return out

    def _vendor_feedback(self, v: int) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for j in self.vendor_listings(v):
            out.extend(self.listing_feedback(j))
        out.sort(key=lambda f: (f["date"], f["listing"], f["buyer"]), reverse=True)
        return out

    def vendor_stats(self, v: int) -> tuple[int, float | None]:
        """(feedback count, positive percentage rounded to 0.1) of a vendor."""
        fbs = self.vendor_feedback(v)
        if not fbs:
            return 0, None
        pos = sum(1 for f in fbs if f["rating"] == "positive")
        return len(fbs), round(100.0 * pos / len(fbs), 1)
