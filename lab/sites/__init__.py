"""The lab's simulated dark web: deterministic, synthetic, benign markets, forums and a directory.

Three market families (card grid, table, minimal text), three forum styles (phpBB-like,
XenForo-like, Dread/Reddit-like) and a link directory, in five languages, with the messiness of the
real thing and a ground truth of every page. ``python -m lab.sites.serve`` serves them over HTTP
on 127.0.0.1 for the lab's Tor network to publish as v3 onion services.

    >>> from lab.sites import World
    >>> world = World(seed=7)
    >>> site = world.site("tessera-market")
    >>> site.kind, site.family, world.by_onion(site.onion) is site
    ('market', 'grid', True)
    >>> resp = site.handle("GET", "/", {"Host": site.onion})
    >>> resp.status, resp.header("Content-Type")
    (200, 'text/html; charset=utf-8')
    >>> first = next(world.ground_truth())
    >>> first["site"], first["page_type"]
    ('lanterna-links', 'directory')
"""

from __future__ import annotations

from .errors import SitesError, UnknownSite
from .model import PageModel, Response
from .world import NOW, Site, World

__all__ = ["NOW", "PageModel", "Response", "Site", "SitesError", "UnknownSite", "World"]
