"""The messiness of the real thing, per site: login walls, captcha and DDoS-guard interstitials,
redirect loops, a slow endpoint, a very large page, broken markup, binary files with right and
wrong Content-Types, out-of-scope paths and links to other onions and the clear web.

Which site carries what is the table :data:`EXTRAS`; every extra a site has is linked from its
footer (:meth:`Extras.footer_links`), so a crawler meets them the way it would in the wild.

    >>> from lab.sites import World
    >>> w = World(seed=7)
    >>> w.site("tessera-market").handle("GET", "/loop/a", {}).status
    302
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import chatter, files
from .model import PageModel, entity, esc, page_shell, rng

if TYPE_CHECKING:
    from .world import Site, World

#: Path -> (kind, option) per site. Kinds: login, wall (302 to login), captcha, ddos, loop, slow,
#: large, broken, pdf, zip, png (option: declared Content-Type), notfound.
EXTRAS: dict[str, dict[str, tuple[str, str]]] = {
    "tessera-market": {
        "/login": ("login", "en"),
        "/robots.txt": ("robots", "/admin /account/"),
        "/account/settings": ("wall", "/login?next=/account/settings"),
        "/login?next=/account/settings": ("login", "en"),
        "/admin": ("login", "en"),
        "/captcha?next=/": ("captcha", "en"),
        "/loop/a": ("loop", "/loop/b"),
        "/loop/b": ("loop", "/loop/a"),
        "/files/catalogue.pdf": ("pdf", "application/pdf"),
        "/files/keys.zip": ("zip", "text/html"),
        "/listing/999": ("notfound", ""),
    },
    "kornblume-markt": {
        "/anmelden": ("login", "de"),
        "/konto": ("wall", "/anmelden?weiter=/konto"),
        "/anmelden?weiter=/konto": ("login", "de"),
        "/warteschlange": ("ddos", "de"),
        "/agb.pdf": ("pdf", "image/png"),
        "/admin/": ("login", "de"),
    },
    "sombra-mercado": {
        "/buscar/avanzada": ("captcha", "es"),
        "/cola": ("ddos", "es"),
        "/estado": ("slow", "3.0"),
        "/img/logo.png": ("png", "application/octet-stream"),
        "/roto": ("broken", "es"),
        "/cuenta/ajustes": ("wall", "/entrar"),
        "/entrar": ("login", "es"),
    },
    "vorota-forum": {
        "/ucp.php?mode=login": ("login", "ru"),
        "/memberlist.php": ("login", "ru"),
        "/download/file.php?id=1": ("zip", "application/zip"),
        "/ucp.php?mode=register": ("captcha", "ru"),
    },
    "le-cercle": {
        "/verification": ("ddos", "fr"),
        "/attachments/guide.pdf": ("pdf", "application/pdf"),
        "/connexion": ("login", "fr"),
        "/compte/parametres": ("wall", "/connexion"),
    },
    "undertow": {
        "/wiki/archive": ("large", "en"),
        "/robots.txt": ("robots", "/login /wiki/"),
        "/queue": ("ddos", "en"),
        "/login": ("login", "en"),
        "/media/banner.png": ("png", "image/jpeg"),
    },
    "lanterna-links": {"/about": ("other", "en"), "/pgp.txt": ("pgp", "text/plain")},
}

#: Onions that are linked but never published (out of any sane scope); derived like the others.
OUT_OF_SCOPE = ("oos-pastebin", "oos-chat", "oos-mail")

_TEXTS: dict[str, Any] = {
    "login": {
        "en": ("Sign in", "You must be logged in to view this page."),
        "de": ("Anmelden", "Bitte melde dich an, um diese Seite zu sehen."),
        "es": ("Iniciar sesión", "Debes iniciar sesión para ver esta página."),
        "fr": ("Connexion", "Vous devez être connecté pour voir cette page."),
        "ru": ("Вход", "Для просмотра этой страницы необходимо войти."),
    },
    "captcha": {
        "en": ("Security check", "Enter the characters shown in the image to continue."),
        "es": ("Verificación", "Escribe los caracteres de la imagen para continuar."),
        "ru": ("Проверка", "Введите символы с картинки, чтобы продолжить."),
    },
    "ddos": {
        "en": ("DDoS protection", "You are in the queue. Please wait, this page refreshes itself."),
        "de": ("DDoS-Schutz", "Du bist in der Warteschlange. Bitte warten, die Seite lädt sich neu."),
        "es": ("Protección DDoS", "Estás en la cola. Espera, la página se recargará sola."),
        "fr": ("Protection DDoS", "Vous êtes dans la file d'attente. Patientez, la page se recharge."),
    },
    "notfound": {
        "en": "Page not found",
        "de": "Seite nicht gefunden",
        "es": "Página no encontrada",
        "fr": "Page introuvable",
        "ru": "Страница не найдена",
    },
}


class Extras:
    """Serves and links the messy pages of each site."""

    def __init__(self, world: World):
        self.world = world
        self._files: dict[str, bytes] = {}

    def table(self, site: Site) -> dict[str, tuple[str, str]]:
        return EXTRAS.get(site.mirror_of or site.name, {})

    def footer_links(self, site: Site) -> list[str]:
        """Absolute URLs every page of ``site`` links to in its footer."""
        cached = site.cache.get("__footer_links__")
        if cached is not None:
            return cached
        base = f"http://{site.onion}"
        links = []
        for path, (kind, _) in self.table(site).items():
            if (kind == "login" and ("next=" in path or "weiter=" in path)) or (
                kind == "loop" and path.endswith("/b")
            ):
                continue
            if kind == "robots":
                continue  # robots.txt is fetched, not linked
            links.append(base + path)
        w = self.world
        for other in w.related(site):
            links.append(f"http://{other.onion}/")
        if site.kind != "directory":
            links.append(f"http://{w.site('lanterna-links').onion}/")
            links.append(f"http://{w.oos_onion(OUT_OF_SCOPE[len(site.name) % 3])}/")
            links.append(f"http://example.com/{site.name}/faq")
        site.cache["__footer_links__"] = links
        return links

    def footer_html(self, site: Site) -> str:
        from .market_html import _a

        base = f"http://{site.onion}"
        parts = []
        for url in self.footer_links(site):
            # External links get words, not URLs, so only the mirror note shows onions as text.
            label = (
                url.removeprefix(base) if url.startswith(base) else "partner" if ".onion" in url else "faq"
            )
            parts.append(_a(url, label, site))
        mirrors = [o.onion for o in self.world.related(site)]
        note = f'<p class="mirrors">Mirrors: {" ".join(esc(m) for m in mirrors)}</p>' if mirrors else ""
        return f'{note}<p class="footer-links">{" | ".join(parts)}</p>'

    def footer_entities(self, site: Site) -> list[dict[str, Any]]:
        return [entity("onion", o.onion) for o in self.world.related(site)]

    # --- serving -------------------------------------------------------------------------
    def page(self, site: Site, path: str) -> PageModel | None:
        table = self.table(site)
        spec = table.get(path)
        if spec is None:
            return None
        kind, opt = spec
        builder: Callable[[Site, str, str], PageModel] = getattr(self, f"_{kind}")
        return builder(site, path, opt)

    def _simple(
        self,
        site: Site,
        page_type: str,
        lang: str,
        title: str,
        body: str,
        status: int = 200,
        head: str = "",
        links: list[str] | None = None,
    ) -> PageModel:
        page = PageModel(status=status, page_type=page_type, lang=lang, title=title, links=links or [])
        page.render = lambda: page_shell(title, lang, body, "body{font-family:sans-serif}", head)
        return page

    def _login(self, site: Site, path: str, lang: str) -> PageModel:
        title, msg = _TEXTS["login"][lang]
        body = (
            f'<h1>{esc(title)}</h1><p>{esc(msg)}</p><form method="post" action="{esc(path)}">'
            f'<input name="username"><input name="password" type="password">'
            f"<button>{esc(title)}</button></form>"
        )
        return self._simple(site, "login", lang, title, body)

    def _wall(self, site: Site, path: str, target: str) -> PageModel:
        return self.redirect(site, target)

    def _loop(self, site: Site, path: str, target: str) -> PageModel:
        return self.redirect(site, target, notes=["redirect_loop"])

    def redirect(self, site: Site, target: str, notes: list[str] | None = None) -> PageModel:
        url = f"http://{site.onion}{target}"
        page = PageModel(
            status=302,
            page_type="other",
            links=[url],
            extra_headers=[("Location", target)],
            notes=["redirect", *(notes or [])],
        )
        page.render = lambda: f'<html><body><a href="{esc(target)}">Moved</a></body></html>'.encode()
        return page

    def _captcha(self, site: Site, path: str, lang: str) -> PageModel:
        title, msg = _TEXTS["captcha"][lang]
        img = base64.b64encode(self._file("captcha.png")).decode()
        body = (
            f'<h1>{esc(title)}</h1><p>{esc(msg)}</p><img src="data:image/png;base64,{img}" alt="captcha">'
            f'<form method="post" action="{esc(path)}"><input name="captcha" autocomplete="off">'
            f"<button>OK</button></form>"
        )
        return self._simple(site, "captcha", lang, title, body)

    def _ddos(self, site: Site, path: str, lang: str) -> PageModel:
        title, msg = _TEXTS["ddos"][lang]
        pos = rng(self.world.seed, site.name, "queue").randrange(3, 90)
        body = f'<div class="queue"><h1>{esc(title)}</h1><p>{esc(msg)}</p><p class="pos">#{pos}</p></div>'
        page = self._simple(
            site,
            "ddos_protection",
            lang,
            title,
            body,
            status=503,
            head='<meta http-equiv="refresh" content="10">',
        )
        page.extra_headers = [("Retry-After", "10")]
        return page

    def _slow(self, site: Site, path: str, delay: str) -> PageModel:
        page = self._simple(site, "other", site.lang, "Estado", "<h1>Estado del servidor</h1><p>OK</p>")
        page.delay = float(delay)
        page.notes = ["slow"]
        return page

    def _large(self, site: Site, path: str, lang: str) -> PageModel:
        def render() -> bytes:
            r = rng(self.world.seed, site.name, "archive")
            sentences = chatter.SENTENCES["en"]
            rows = [
                f"<tr><td>{i}</td><td>{sentences[r.randrange(len(sentences))]} "
                f"{sentences[r.randrange(len(sentences))]}</td></tr>"
                for i in range(40000)
            ]
            return page_shell("Archive", lang, f"<h1>Archive</h1><table>{''.join(rows)}</table>")

        return PageModel(page_type="other", lang=lang, render=render, notes=["large"], title="Archive")

    def _broken(self, site: Site, path: str, lang: str) -> PageModel:
        body = (
            '<html><head><title>Roto<body><div class="x"><p>Mercado <b>sombra <i>texto sin cerrar'
            "<table><tr><td>uno<td>dos<tr><td>tres</table><div <p>fin <!-- comentario sin cerrar"
        )
        return PageModel(page_type="other", lang=lang, body=body.encode(), notes=["malformed"])

    def _robots(self, site: Site, path: str, disallow: str) -> PageModel:
        lines = ["User-agent: *", *(f"Disallow: {p}" for p in disallow.split()), "Crawl-delay: 1", ""]
        return PageModel(page_type="other", body="\n".join(lines).encode(), content_type="text/plain")

    def _other(self, site: Site, path: str, lang: str) -> PageModel:
        return self._simple(
            site, "other", lang, "About", "<h1>About</h1><p>A fictional link list of the lab.</p>"
        )

    def _pgp(self, site: Site, path: str, ctype: str) -> PageModel:
        from .pgp import public_key

        key = public_key(f"{self.world.seed}:{site.name}", "Lanterna Links (onionscope lab, fictional)")
        return PageModel(
            page_type="other",
            lang="en",
            body=key.armored.encode() + b"\n",
            content_type=ctype,
            records=[entity("pgp", key.fingerprint)],
        )

    def _file(self, name: str) -> bytes:
        if name not in self._files:
            if name.endswith(".pdf"):
                data = files.pdf("Lab catalogue (fictional)", ("Teas, stamps and soaps.", "onionscope lab"))
            elif name.endswith(".zip"):
                data = files.zip_archive(
                    {"README.txt": b"Fictional lab archive.\n", "keys/vendor.asc": b"(see vendor pages)\n"}
                )
            else:
                data = files.png(32, 16, (30, 120, 200))
            self._files[name] = data
        return self._files[name]

    def _binary(self, kind: str, ctype: str) -> PageModel:
        real = {"pdf": "application/pdf", "zip": "application/zip", "png": "image/png"}[kind]
        notes = ["binary"] + (["wrong_content_type"] if ctype != real else [])
        return PageModel(page_type="other", body=self._file(f"f.{kind}"), content_type=ctype, notes=notes)

    def _pdf(self, site: Site, path: str, ctype: str) -> PageModel:
        return self._binary("pdf", ctype)

    def _zip(self, site: Site, path: str, ctype: str) -> PageModel:
        return self._binary("zip", ctype)

    def _png(self, site: Site, path: str, ctype: str) -> PageModel:
        return self._binary("png", ctype)

    def _notfound(self, site: Site, path: str, opt: str) -> PageModel:
        return self.not_found(site)

    def not_found(self, site: Site) -> PageModel:
        lang = site.lang
        title = _TEXTS["notfound"].get(lang, "Not found")
        home = f"http://{site.onion}/"
        return self._simple(
            site,
            "error",
            lang,
            title,
            f'<h1>404</h1><p>{esc(title)}</p><a href="/">Home</a>',
            status=404,
            links=[home],
        )
