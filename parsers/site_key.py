"""A market's own key: the staff's signing key a site publishes beside its warrant canary, its
signed mirror list or its news, is no seller's. Such a page shows a key and a heading that reads
like a profile's ("Vendor bond lowered" as "vendor bond"), but no seller's statistic; the key's
user id names the site itself ("Thornfield Market Staff <staff@...>" under a "Thornfield Market"
logo linking home), which a seller's key never does.

    >>> from parsers.dom import load
    >>> from parsers.records import Vendor
    >>> site_key_page(load(b"<a href='/'>Mall</a>"), Vendor(name="x", has_pgp_key=False))
    False
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from parsers.dom import Doc
from parsers.market_fields import armored_keys
from parsers.market_names import TITLE_SEP_RE, VENDOR_URL_RE, home_link_texts
from parsers.records import Vendor

__all__ = ["site_key_page"]

# A user id's name part: what stands before its "<mail>" or "(comment)".
_UID_NAME_RE = re.compile(r"^[^<(]*")


def _site_names(doc: Doc) -> set[str]:
    """The site's name as the page shows it: its links home ("Thornfield Market" logo), and the
    <title>'s parts that such a link repeats or that its host starts with."""
    names = {t for t in home_link_texts(doc) if len(t) >= 4}
    host = urlsplit(doc.url or "").hostname or ""
    for part in TITLE_SEP_RE.split(doc.title or ""):
        part = part.strip().casefold()
        squeezed = re.sub(r"\W+", "", part)
        if len(squeezed) >= 4 and host.startswith(squeezed):
            names.add(part)
    return names


def site_key_page(doc: Doc, vendor: Vendor) -> bool:
    """Whether the vendor read off ``doc`` is the site's own key and nobody's profile: a key shows,
    no statistic of a seller (join day, count, rating) does, the page is at no seller's address,
    and every readable key's user id names the site."""
    if not vendor.has_pgp_key or vendor.member_since or vendor.feedback_count is not None:
        return False
    if vendor.rating is not None or (doc.url and VENDOR_URL_RE.search(doc.url)):
        return False
    _, parsed = armored_keys(doc)
    uids = [_UID_NAME_RE.match(u)[0].strip().casefold() for k in parsed for u in k.user_ids]  # type: ignore[index]
    if not uids:
        return False
    names = _site_names(doc)
    return bool(names) and all(any(n in uid for n in names) for uid in uids)
