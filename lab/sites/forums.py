"""Lab forums: routing and ground truth of three styles, phpBB-like (``phpbb``), XenForo-like
(``xenforo``) and a Dread/Reddit-like board (``dread``).

    >>> from lab.sites import World
    >>> site = World(seed=7).site("le-cercle")
    >>> site.app.page(site, "/threads/" + site.app.thread_slug(0) + ".1/").page_type
    'thread'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import forum_html as H
from . import text, ui
from .forum_data import POSTS_PER_PAGE, THREADS_PER_PAGE, ForumData, SimPost, SimThread, slugify
from .model import PageModel, entity, rec

if TYPE_CHECKING:
    from .world import Site, World


class ForumApp:
    def __init__(
        self,
        world: World,
        name: str,
        family: str,
        lang: str,
        n_threads: int,
        n_authors: int,
        author_offset: int,
    ):
        self.world, self.name, self.family, self.lang = world, name, family, lang
        self.data = ForumData(
            world.seed,
            name,
            family,
            lang,
            n_threads,
            n_authors,
            world.now,
            author_offset,
            world.out_of_scope_onions(),
            world.site_onion("lanterna-links"),
        )
        self.labels = ui.LABELS[lang]
        self.ppp = POSTS_PER_PAGE[family]
        self.tpp = THREADS_PER_PAGE[family]
        self._hexes: dict[str, int] | None = None
        self._order: dict[int, list[int]] = {}
        self._slugs: dict[int, str] = {}
        f = family
        self.routes: list[tuple[re.Pattern[str], str]] = [
            (re.compile(p + "$"), k)
            for p, k in {
                "phpbb": [
                    (r"/index\.php", "home"),
                    (r"/viewforum\.php\?f=(\d+)(?:&start=(\d+))?", "board"),
                    (r"/viewtopic\.php\?t=(\d+)(?:&start=(\d+))?", "thread"),
                    (r"/memberlist\.php\?mode=viewprofile&u=(\d+)", "profile"),
                ],
                "xenforo": [
                    (r"/forums/[\w-]+\.(\d+)/(?:page-(\d+))?", "board"),
                    (r"/threads/[\w-]+\.(\d+)/(?:page-(\d+))?", "thread"),
                    (r"/members/[\w-]+\.(\d+)/", "profile"),
                ],
                "dread": [
                    (r"/d/(\w+)(?:\?p=(\d+))?", "board"),
                    (r"/post/([0-9a-f]{10})/(?:\?page=(\d+))?", "thread"),
                    (r"/u/([\w-]+)", "profile"),
                ],
            }[f]
        ]

    def board_order(self, b: int) -> list[int]:
        """Threads of board b, newest activity first like every forum (computed once)."""
        if b not in self._order:
            threads = self.data.board_threads[b]
            self._order[b] = sorted(threads, key=lambda t: self.data.thread(t).last.when, reverse=True)
        return self._order[b]

    # --- URLs (canonical paths) --------------------------------------------------------
    def thread_slug(self, t: int) -> str:
        slug = self._slugs.get(t)
        if slug is None:
            slug = self._slugs[t] = slugify(self.data.thread(t).title, "sujet")
        return slug

    def board_url(self, b: int, n: int = 1) -> str:
        slug = self.data.boards[b][0]
        if self.family == "phpbb":
            return f"/viewforum.php?f={b + 1}" + (f"&start={(n - 1) * self.tpp}" if n > 1 else "")
        if self.family == "xenforo":
            return f"/forums/{slug}.{b + 1}/" + (f"page-{n}" if n > 1 else "")
        return f"/d/{slug}" + (f"?p={n}" if n > 1 else "")

    def thread_url(self, t: int, n: int = 1) -> str:
        if self.family == "phpbb":
            return f"/viewtopic.php?t={t + 1}" + (f"&start={(n - 1) * self.ppp}" if n > 1 else "")
        if self.family == "xenforo":
            return f"/threads/{self.thread_slug(t)}.{t + 1}/" + (f"page-{n}" if n > 1 else "")
        return f"/post/{self.thread_hex(t)}/" + (f"?page={n}" if n > 1 else "")

    def _hex_index(self) -> dict[str, int]:
        if self._hexes is None:
            self._hexes = {self.thread_hex(t): t for t in range(self.data.n_threads)}
        return self._hexes

    def thread_hex(self, t: int) -> str:
        return f"{(t * 2654435761 + self.data.salt) % (1 << 40):010x}"

    def profile_url(self, a: int) -> str:
        name = self.data.author(a).name
        if self.family == "phpbb":
            return f"/memberlist.php?mode=viewprofile&u={a + 2}"
        if self.family == "xenforo":
            return f"/members/{slugify(name, 'membre')}.{a + 1}/"
        return f"/u/{name}"

    def home_url(self) -> str:
        return "/index.php" if self.family == "phpbb" else "/"

    # --- routing ---------------------------------------------------------------------------
    def page(self, site: Site, path: str) -> PageModel | None:
        if path == "/":
            return self.home(site)
        for regex, kind in self.routes:
            m = regex.match(path)
            if m:
                return getattr(self, kind)(site, *m.groups())
        return None

    def nav_links(self, site: Site) -> list[str]:
        base = site.base_url
        return [base + self.home_url()] + [base + self.board_url(b) for b in range(len(self.data.boards))]

    def _finish(self, site: Site, page: PageModel, links: list[str]) -> PageModel:
        page.links = list(dict.fromkeys(self.nav_links(site) + links + self.world.extras.footer_links(site)))
        return page

    def home(self, site: Site, *_: Any) -> PageModel:
        base = site.base_url
        boards = [(b, base + self.board_url(b)) for b in range(len(self.data.boards))]
        page = PageModel(page_type="forum_index", lang=self.lang, title=self.world.display_name(self.name))
        page.render = lambda: H.render_home(self, site, boards)
        return self._finish(site, page, [])

    def board(self, site: Site, ident: str, n: str | None) -> PageModel | None:
        if self.family == "dread":
            slugs = [b[0] for b in self.data.boards]
            if ident not in slugs:
                return None
            b = slugs.index(ident)
            num = int(n or 1)
        else:
            b = int(ident) - 1
            if not 0 <= b < len(self.data.boards):
                return None
            num = int(n or 1) if self.family == "xenforo" else int(n or 0) // self.tpp + 1
        threads = self.board_order(b)
        last = ui.pages(len(threads), self.tpp)
        if not 1 <= num <= last:
            return None
        base = site.base_url
        chunk = threads[(num - 1) * self.tpp : num * self.tpp]
        board_title = self.data.boards[b][1]
        url = base + self.board_url(b, num)
        rows, records, links = [], [], []
        for t in chunk:
            th = self.data.thread(t)
            turl = base + self.thread_url(t)
            starter = self.data.author(th.starter)
            records.append(
                rec(
                    "thread",
                    url=url,
                    site=site.onion,
                    lang=th.lang,
                    title=th.title,
                    board=board_title,
                    author=starter.name,
                    thread_url=turl,
                )
            )
            purl = base + self.profile_url(th.starter)
            rows.append((th, turl, starter, purl))
            links += [turl, purl]
        pager = [(k, base + self.board_url(b, k)) for k in ui.window(num, last)] if last > 1 else []
        links += [u for k, u in pager if k != num]
        page = PageModel(page_type="forum_index", lang=self.lang, records=records, title=board_title)
        page.next_page = ui.next_of(pager, num)
        page.render = lambda: H.render_board(self, site, b, rows, pager, num)
        return self._finish(site, page, links)

    def post_text(self, site: Site, post: SimPost) -> str:
        """The ground-truth body: the post's own text and links, no quote, no signature."""
        parts = [post.body]
        if post.url:
            parts.append(post.url)
        for kind, value in post.entities:
            if kind != "onion":
                parts.append(f"{kind.upper()}: {value}")
        return " ".join(parts)

    def thread(self, site: Site, ident: str, n: str | None) -> PageModel | None:
        if self.family == "dread":
            found = self._hex_index().get(ident)
            if found is None:
                return None
            t = found
            num = int(n or 1)
        else:
            t = int(ident) - 1
            if not 0 <= t < self.data.n_threads:
                return None
            num = int(n or 1) if self.family == "xenforo" else int(n or 0) // self.ppp + 1
        th: SimThread = self.data.thread(t)
        last = ui.pages(len(th.posts), self.ppp)
        if not 1 <= num <= last:
            return None
        base = site.base_url
        url = base + self.thread_url(t, num)
        board_title = self.data.boards[th.board][1]
        chunk = th.posts[(num - 1) * self.ppp : num * self.ppp]
        records: list[dict[str, Any]] = [
            rec(
                "thread",
                url=url,
                site=site.onion,
                lang=th.lang,
                title=th.title,
                board=board_title,
                # the starter is only visible on page 1, as author of the first post
                author=self.data.author(th.starter).name if num == 1 else None,
                thread_url=base + self.thread_url(t),
            )
        ]
        authors_shown: dict[int, None] = {}
        ents: list[dict[str, Any]] = []
        links = [base + self.board_url(th.board)]
        views = []
        for i, post in enumerate(chunk):
            au = self.data.author(post.author)
            shown, iso = (
                text.fmt_ago(post.when, self.world.now)
                if self.family == "dread"
                else text.fmt_datetime(post.when, self.lang, self.world.now)
            )
            quoted = self.data.author(th.posts[post.quote[0]].author).name if post.quote else None
            records.append(
                rec(
                    "post",
                    url=url,
                    site=site.onion,
                    lang=post.lang,
                    author=au.name,
                    posted_at=iso,
                    index=i,
                    body=self.post_text(site, post),
                    quotes=[quoted] if quoted else [],
                    reply_to=i - 1 if self.nests(chunk, i) else None,
                    thread=th.title,
                    thread_url=base + self.thread_url(t),
                    links=[post.url] if post.url else [],
                )
            )
            authors_shown[post.author] = None
            for kind, value in post.entities:
                ents.append(entity(kind, value))
            purl = base + self.profile_url(post.author)
            links.append(purl)
            if post.url:
                links.append(post.url)
            views.append((post, au, shown, quoted, purl))
        if self.family != "dread":
            for a in authors_shown:
                au = self.data.author(a)
                records.append(
                    rec(
                        "author",
                        url=url,
                        site=site.onion,
                        name=au.name,
                        post_count=au.post_count,
                        joined=au.joined.isoformat(),
                    )
                )
        pager = [(k, base + self.thread_url(t, k)) for k in ui.window(num, last)] if last > 1 else []
        links += [u for k, u in pager if k != num]
        page = PageModel(page_type="thread", lang=th.lang, records=records + _unique(ents), title=th.title)
        page.next_page = ui.next_of(pager, num)
        page.render = lambda: H.render_thread(self, site, th, views, pager, num)
        return self._finish(site, page, links)

    def nests(self, chunk: list[SimPost], i: int) -> bool:
        """Whether the ``i``-th post of a page is shown nested in the one before it: on the
        Dread-like boards, a reply to the comment just above it (other quotes stay flat)."""
        quote = chunk[i].quote
        return self.family == "dread" and i > 0 and quote is not None and quote[0] == chunk[i - 1].k

    def profile(self, site: Site, ident: str) -> PageModel | None:
        if self.family == "dread":
            a = self.data.author_index(ident)
        else:
            a = int(ident) - (2 if self.family == "phpbb" else 1)
            a = a if 0 <= a < self.data.n_authors + len(self.data.producer_names) else None
        if a is None:
            return None
        au = self.data.author(a)
        url = site.base_url + self.profile_url(a)
        record = rec(
            "author",
            url=url,
            site=site.onion,
            name=au.name,
            post_count=au.post_count,
            joined=au.joined.isoformat(),
        )
        page = PageModel(page_type="profile", lang=self.lang, records=[record], title=au.name)
        page.render = lambda: H.render_profile(self, site, au)
        return self._finish(site, page, [])


def _unique(ents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for e in ents:
        seen.setdefault((e["entity_type"], e["value"]), e)
    return list(seen.values())
