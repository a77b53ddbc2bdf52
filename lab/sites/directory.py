"""The lab's link directory: markets with their mirrors, forums, an offline (dead) onion, other
onions outside any market/forum scope, and a clear-web news link.

    >>> from lab.sites import World
    >>> w = World(seed=7)
    >>> d = w.site("lanterna-links")
    >>> d.app.page(d, "/").page_type
    'directory'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .extras import OUT_OF_SCOPE
from .model import PageModel, entity, esc, page_shell

if TYPE_CHECKING:
    from .world import Site, World


class DirectoryApp:
    def __init__(self, world: World, name: str):
        self.world, self.name = world, name

    def entries(self) -> list[tuple[str, str, str, str]]:
        """(section, label, onion, status) rows, in page order."""
        w = self.world
        rows = []
        for s in w.sites:
            if s.kind == "directory":
                continue
            section = {"market": "Markets", "forum": "Forums"}[s.kind]
            label = w.display_name(s.name) + (" (mirror)" if s.mirror_of else "")
            rows.append((section, label, s.onion, "online" if s.published else "offline"))
        for n in OUT_OF_SCOPE:
            label = {"oos-pastebin": "PasteBox", "oos-chat": "NightChat", "oos-mail": "QuietMail"}[n]
            rows.append(("Other services", label, w.oos_onion(n), "unverified"))
        return rows

    def page(self, site: Site, path: str) -> PageModel | None:
        if path != "/":
            return None
        rows = self.entries()
        links = [f"http://{onion}/" for _, _, onion, _ in rows]
        links += [f"{site.base_url}/about", f"{site.base_url}/pgp.txt", "http://example.com/darknet-news"]
        records = [entity("onion", onion, label) for _, label, onion, _ in rows]

        def render() -> bytes:
            parts, section = [], None
            for sec, label, onion, status in rows:
                if sec != section:
                    parts.append(("</ul>" if section else "") + f"<h2>{esc(sec)}</h2><ul>")
                    section = sec
                parts.append(
                    f'<li><span class="name">{esc(label)}</span> '
                    f'<a href="http://{onion}/">{onion}</a> '
                    f'<span class="status {status}">{status}</span></li>'
                )
            parts.append("</ul>")
            body = (
                f"<h1>Lanterna Links</h1><p>Verified onion links, updated daily. Always check PGP-signed "
                f'mirror lists.</p>{"".join(parts)}<p><a href="/about">About</a> | '
                f'<a href="/pgp.txt">PGP key</a> | '
                f'<a href="http://example.com/darknet-news">News (clearnet)</a></p>'
            )
            return page_shell("Lanterna Links - onion directory", "en", body)

        return PageModel(
            page_type="directory",
            lang="en",
            records=records,
            links=links,
            render=render,
            title="Lanterna Links",
        )
