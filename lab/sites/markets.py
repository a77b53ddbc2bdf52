"""Lab markets: routing and ground truth of the three market families (grid, table, text).

Each family has its own URL scheme and HTML (see :mod:`lab.sites.market_html`); the facts come
from :class:`lab.sites.market_data.MarketData`, so a mirror serves the same market under its own
onion.

    >>> from lab.sites import World
    >>> site = World(seed=7).site("kornblume-markt")
    >>> site.app.page(site, "/angebot.php?id=1").page_type
    'listing'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote_plus

from . import market_html as H
from . import text, ui
from .files import png
from .market_data import MarketData
from .model import PageModel, entity, rec

if TYPE_CHECKING:
    from .world import Site, World

PER_PAGE = {"grid": 6, "table": 6, "text": 4}  # small, so the default world paginates
FEEDBACK_PER_PAGE = 20


class Urls:
    """The URL scheme of one market family (paths only; page 1 has no page parameter)."""

    def __init__(self, family: str):
        self.f = family

    def category(self, cat: str, n: int = 1) -> str:
        k = text.CATEGORIES.index(cat) + 1
        if self.f == "grid":
            return f"/category/{cat}" + (f"?page={n}" if n > 1 else "")
        if self.f == "table":
            return f"/kategorie.php?id={k}" + (f"&seite={n}" if n > 1 else "")
        return f"/cat/{cat}/{n}"

    def search(self, q: str, n: int = 1) -> str:
        if self.f == "grid":
            return f"/search?q={quote(q)}" + (f"&page={n}" if n > 1 else "")
        if self.f == "table":
            return f"/suche.php?q={quote(q)}" + (f"&seite={n}" if n > 1 else "")
        return f"/buscar?q={quote(q)}" + (f"&p={n}" if n > 1 else "")

    def listing(self, j: int) -> str:
        return {"grid": f"/listing/{1000 + j}", "table": f"/angebot.php?id={j + 1}"}.get(
            self.f, f"/item/{j:04d}"
        )

    def vendor(self, name: str) -> str:
        return {"grid": f"/vendor/{name}", "table": f"/verkaeufer.php?name={name}"}.get(self.f, f"/v/{name}")

    def feedback(self, name: str, n: int = 1) -> str:
        if self.f == "grid":
            return f"/vendor/{name}/feedback" + (f"?page={n}" if n > 1 else "")
        if self.f == "table":
            return f"/bewertungen.php?name={name}" + (f"&seite={n}" if n > 1 else "")
        return f"/v/{name}/opiniones/{n}"

    def image(self, j: int) -> str:
        return f"/img/{1000 + j}.png"


_ROUTES = {
    "grid": [
        (r"/category/(\w+)(?:\?page=(\d+))?", "category"),
        (r"/search\?q=([^&]*)(?:&page=(\d+))?", "search"),
        (r"/listing/(\d+)", "listing"),
        (r"/vendor/([\w.-]+)", "vendor"),
        (r"/vendor/([\w.-]+)/feedback(?:\?page=(\d+))?", "feedback"),
        (r"/img/(\d+)\.png", "image"),
    ],
    "table": [
        (r"/kategorie\.php\?id=(\d+)(?:&seite=(\d+))?", "category"),
        (r"/suche\.php\?q=([^&]*)(?:&seite=(\d+))?", "search"),
        (r"/angebot\.php\?id=(\d+)", "listing"),
        (r"/verkaeufer\.php\?name=([\w.-]+)", "vendor"),
        (r"/bewertungen\.php\?name=([\w.-]+)(?:&seite=(\d+))?", "feedback"),
    ],
    "text": [
        (r"/cat/(\w+)/(\d+)", "category"),
        (r"/buscar\?q=([^&]*)(?:&p=(\d+))?", "search"),
        (r"/item/(\d{4,})", "listing"),
        (r"/v/([\w.-]+)", "vendor"),
        (r"/v/([\w.-]+)/opiniones/(\d+)", "feedback"),
    ],
}


class MarketApp:
    """Pages of one market, by path; ``page`` never does I/O."""

    def __init__(
        self,
        world: World,
        name: str,
        family: str,
        lang: str,
        n_listings: int,
        n_vendors: int,
        vendor_offset: int,
    ):
        self.world, self.name, self.family, self.lang = world, name, family, lang
        self.data = MarketData(
            world.seed, name, family, lang, n_listings, n_vendors, world.now, vendor_offset
        )
        self.urls = Urls(family)
        self.per_page = PER_PAGE[family]
        self.labels = ui.LABELS[lang]
        self.routes = [(re.compile(p + "$"), kind) for p, kind in _ROUTES[family]]

    # --- search terms: the first goods noun of three categories, in the market's language --
    @property
    def searches(self) -> list[tuple[str, str, int]]:
        """(query, category, noun key residue) triples linked from the home page."""
        out = []
        for cat in ("tea", "soap", "coffee"):
            title, _, _ = text.listing_title(self.lang, cat, 0)
            noun = title.split(" ", 1)[1].split(",")[0]
            out.append((noun, cat, 0))
        return out

    def search_hits(self, q: str) -> list[int]:
        for noun, cat, _ in self.searches:
            if noun == q:
                n = len(text._NOUNS[self.lang][cat])
                return [
                    j
                    for j in self.data.by_category[cat]
                    if self.data.listing(j).lang == self.lang and self.data.title_key(j) % n == 0
                ]
        return []

    # --- routing -------------------------------------------------------------------------
    def page(self, site: Site, path: str) -> PageModel | None:
        page: PageModel | None = None
        if path == "/":
            page = self.home(site)
        for regex, kind in self.routes:
            m = regex.match(path) if page is None else None
            if m:
                page = getattr(self, kind)(site, *m.groups())
        if page is not None and page.status == 200 and page.content_type.startswith("text/html"):
            # the footer's mirror note shows the market's other onions as text
            page.records.extend(self.world.extras.footer_entities(site))
        return page

    def _base(self, site: Site) -> str:
        return f"http://{site.onion}"

    def _card(self, site: Site, j: int) -> tuple[dict[str, Any], dict[str, Any]]:
        """(ground-truth record, view data) of a listing as an index card shows it."""
        d, u = self.data, self.urls
        lst = d.listing(j)
        v = d.vendor(lst.vendor)
        base = self._base(site)
        url = base + u.listing(j)
        shown: dict[str, Any] = dict(
            title=lst.title,
            price=lst.price,
            currency=lst.currency,
            vendor=v.name,
            listing_url=url,
            url=None,
            site=site.onion,
            market=self.name,
            lang=lst.lang,
        )
        if self.family == "grid":
            shown.update(
                alt_prices={"BTC": lst.alt_prices["BTC"]},
                ships_from=v.country,
                category=text.CATEGORY_LABELS[self.lang][lst.category],
                category_norm=lst.category,
            )
        elif self.family == "table":
            shown.update(stock=lst.stock, ships_from=v.country, escrow=lst.escrow)
        view = {
            "j": j,
            "lst": lst,
            "v": v,
            "url": url,
            "vendor_url": base + u.vendor(v.name),
            "img": base + u.image(j),
        }
        return rec("listing", **shown), view

    def _index(
        self, site: Site, path: str, heading: str, items: list[int], n: int, page_url: Any
    ) -> PageModel:
        last = ui.pages(len(items), self.per_page)
        if n > last or n < 1:
            return self.not_found(site, path)
        chunk = items[(n - 1) * self.per_page : n * self.per_page]
        base = self._base(site)
        records, cards = [], []
        for j in chunk:
            r, view = self._card(site, j)
            r["url"] = base + path
            records.append(r)
            cards.append(view)
        pager = [(k, base + page_url(k)) for k in ui.window(n, last)] if last > 1 else []
        links = [c["url"] for c in cards]
        if self.family == "grid":
            links += [c["img"] for c in cards]
        links += [c["vendor_url"] for c in cards]
        links += [u for k, u in pager if k != n]
        nav = self.nav_links(site)
        page = PageModel(page_type="listing_index", lang=self.lang, records=records, title=heading)
        page.next_page = ui.next_of(pager, n)
        page.links = _dedupe(nav + links + self.world.extras.footer_links(site))
        page.render = lambda: H.render_index(self, site, heading, cards, pager, n)
        return page

    def nav_links(self, site: Site) -> list[str]:
        base = self._base(site)
        links = [base + "/"] + [base + self.urls.category(c) for c in text.CATEGORIES]
        links += [base + self.urls.search(q) for q, _, _ in self.searches]
        return links

    # --- pages -----------------------------------------------------------------------------
    def home(self, site: Site) -> PageModel:
        featured = list(range(min(self.per_page, self.data.n_listings)))
        return self._index(site, "/", self.world.display_name(self.name), featured, 1, lambda k: "/")

    def category(self, site: Site, cat_or_id: str, n: str | None) -> PageModel | None:
        cat = text.CATEGORIES[int(cat_or_id) - 1] if cat_or_id.isdigit() else cat_or_id
        if cat not in text.CATEGORIES or (cat_or_id.isdigit() and not 1 <= int(cat_or_id) <= 8):
            return None
        path = self.urls.category(cat, int(n or 1))
        heading = text.CATEGORY_LABELS[self.lang][cat]
        return self._index(
            site, path, heading, self.data.by_category[cat], int(n or 1), lambda k: self.urls.category(cat, k)
        )

    def search(self, site: Site, q: str, n: str | None) -> PageModel | None:
        query = unquote_plus(q)
        path = self.urls.search(query, int(n or 1))
        heading = f"{self.labels['results']} «{query}»"
        return self._index(
            site, path, heading, self.search_hits(query), int(n or 1), lambda k: self.urls.search(query, k)
        )

    def listing(self, site: Site, ident: str) -> PageModel | None:
        j = int(ident) - {"grid": 1000, "table": 1}.get(self.family, 0)
        if not 0 <= j < self.data.n_listings:
            return None
        d = self.data
        lst, v = d.listing(j), d.vendor(d.listing(j).vendor)
        base = self._base(site)
        url = base + self.urls.listing(j)
        record = rec(
            "listing",
            url=url,
            listing_url=url,  # a detail page is the listing's own page
            site=site.onion,
            lang=lst.lang,
            title=lst.title,
            price=lst.price,
            currency=lst.currency,
            alt_prices=dict(lst.alt_prices),
            vendor=v.name,
            category=text.CATEGORY_LABELS[self.lang][lst.category],
            category_norm=lst.category,
            ships_from=v.country,
            ships_to=list(v.ships_to),
            stock=lst.stock,
            escrow=lst.escrow,
            # the page's "Reviews (N)" row; index cards do not show it, so their records leave it None
            feedback_count=lst.feedback_count,
            description=lst.description,
            quantity=lst.quantity,
            unit=lst.unit,
            market=self.name,
            price_usd=lst.price_usd,
        )
        links = [
            base + self.urls.vendor(v.name),
            base + self.urls.feedback(v.name),
            base + self.urls.category(lst.category),
        ]
        if self.family == "grid":
            links.append(base + self.urls.image(j))
        page = PageModel(page_type="listing", lang=lst.lang, records=[record], title=lst.title)
        page.links = _dedupe(self.nav_links(site) + links + self.world.extras.footer_links(site))
        page.render = lambda: H.render_listing(self, site, lst, v, links)
        return page

    def vendor(self, site: Site, name: str) -> PageModel | None:
        vi = self.data.vendor_index(name)
        if vi is None:
            return None
        d, base = self.data, self._base(site)
        v = d.vendor(vi)
        count, rating = d.vendor_stats(vi)
        feedback = d.vendor_feedback(vi)[:10]
        url = base + self.urls.vendor(v.name)
        record = rec(
            "vendor",
            url=url,
            site=site.onion,
            lang=self.lang,
            name=v.name,
            feedback_count=count,
            rating=rating,
            member_since=v.member_since.isoformat(),
            pgp_fingerprint=v.pgp.fingerprint,
            has_pgp_key=True,
            pgp_key=v.pgp.armored,
            feedback=feedback,
            market=self.name,
        )
        ents = [
            entity("btc", v.btc),
            entity("xmr", v.xmr),
            entity("pgp", v.pgp.fingerprint),
            entity(v.contact[0], v.contact[1]),
            *(entity(kind, addr) for kind, addr in v.wallets),
        ]
        listing_urls = [base + self.urls.listing(j) for j in v.listings]
        links = [*listing_urls, base + self.urls.feedback(v.name)]
        page = PageModel(page_type="vendor", lang=self.lang, records=[record, *ents], title=v.name)
        page.links = _dedupe(self.nav_links(site) + links + self.world.extras.footer_links(site))
        page.render = lambda: H.render_vendor(self, site, v, count, rating, feedback, listing_urls)
        return page

    def feedback(self, site: Site, name: str, n: str | None) -> PageModel | None:
        vi = self.data.vendor_index(name)
        if vi is None:
            return None
        num = int(n or 1)
        v = self.data.vendor(vi)
        allfb = self.data.vendor_feedback(vi)
        last = ui.pages(len(allfb), FEEDBACK_PER_PAGE)
        base = self._base(site)
        path = self.urls.feedback(v.name, num)
        if num < 1 or num > last:
            return None
        chunk = allfb[(num - 1) * FEEDBACK_PER_PAGE : num * FEEDBACK_PER_PAGE]
        record = rec(
            "vendor",
            url=base + path,
            site=site.onion,
            lang=self.lang,
            name=v.name,
            feedback_count=len(allfb),
            feedback=chunk,
            market=self.name,
        )
        pager = [(k, base + self.urls.feedback(v.name, k)) for k in ui.window(num, last)] if last > 1 else []
        links = [base + self.urls.vendor(v.name)] + [u for k, u in pager if k != num]
        page = PageModel(page_type="feedback", lang=self.lang, records=[record], title=v.name)
        page.next_page = ui.next_of(pager, num)
        page.links = _dedupe(self.nav_links(site) + links + self.world.extras.footer_links(site))
        page.render = lambda: H.render_feedback(self, site, v, len(allfb), chunk, pager, num)
        return page

    def image(self, site: Site, ident: str) -> PageModel | None:
        j = int(ident) - 1000
        if not 0 <= j < self.data.n_listings:
            return None
        colour = {
            "tea": (90, 160, 90),
            "coffee": (120, 80, 50),
            "books": (150, 120, 90),
            "stamps": (60, 90, 170),
            "soap": (200, 170, 220),
            "candles": (240, 200, 90),
            "software": (70, 70, 90),
            "art": (200, 90, 90),
        }[self.data.category_of(j)]
        return PageModel(
            page_type="other", render=lambda: _png(colour), content_type="image/png", notes=["binary"]
        )

    def not_found(self, site: Site, path: str) -> PageModel:
        return self.world.extras.not_found(site)


@lru_cache(maxsize=16)
def _png(colour: tuple[int, int, int]) -> bytes:
    return png(24, 24, colour)


def _dedupe(links: list[str]) -> list[str]:
    return list(dict.fromkeys(links))
