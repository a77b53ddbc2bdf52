"""The unlinked last step of a page's path from home written as a list ("<ol class=breadcrumb>
<li><a href=/>Forum</a></li><li><a href=/forum/15>Tamil</a></li><li>The topic</li></ol>",
Bootstrap's and many engines' breadcrumbs): the page's own name for itself, a thread's title.

    >>> from parsers.dom import load
    >>> doc = load(b"<ol><li><a href='/'>Forum</a></li><li><a href='/f/2'>Tea</a></li>"
    ...            b"<li>Green or black?</li></ol><p>Green, always.</p>")
    >>> path_ends(doc)
    ['Green or black?']
"""

from __future__ import annotations

from parsers.crumb_trail import home_paths
from parsers.dom import Doc

__all__ = ["path_ends"]


def path_ends(doc: Doc) -> list[str]:
    """The unlinked last steps of the page's listed paths from home, in page order."""
    raw = doc.raw or b""
    if b"<li" not in raw and b"<LI" not in raw:
        return []  # no list, no listed path: the tree is not walked
    return [steps[-1][0] for box, steps in home_paths(doc) if box.tag in ("ol", "ul") and not steps[-1][1]]
