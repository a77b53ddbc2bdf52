"""An item's facts in a CMS's named fields: Drupal (Ubercart, Drupal Commerce) and sites built
like it class each field's block by the field's machine name ("field-name-field-origin",
"field--name-field-ships-from"), which a site builder writes in English whatever the language
of the label shown beside it. The machine name says what the value is.

    >>> from parsers.dom import load
    >>> doc = load(b"<div class='field field-name-field-origin'><div class='field-label'>Dalana:</div>"
    ...            b"<div class='field-items'><div class='field-item'>Antsirabe</div></div></div>")
    >>> field_origin(doc)
    'Antsirabe'
"""

from __future__ import annotations

import re

from parsers.dom import Doc, clean

__all__ = ["field_origin"]

_FIELD_RE = re.compile(r"^field-{1,2}name-field-{1,2}(?P<name>[a-z0-9_-]+)$")
# Machine names of where an item is sent from.
_ORIGINS = frozenset({
    "origin", "ships_from", "ship_from", "shipping_from", "shipped_from", "sent_from", "dispatch_from",
    "dispatched_from", "country_of_origin", "origin_country", "from_country", "item_location", "location",
})
_MAX_VALUE = 80


def field_origin(doc: Doc) -> str | None:
    """Where the item is sent from, as the field its machine name calls so shows it (its label
    left out), or None. Pages with no such class are not walked."""
    raw = doc.raw or b""
    if b"name-field-" not in raw:
        return None
    for el in doc.root.iter("div", "section", "span", "p", "li"):
        for token in (el.get("class") or "").split():
            found = _FIELD_RE.match(token)
            if found is None or found["name"].replace("-", "_") not in _ORIGINS:
                continue
            items = [k for k in el.iter() if "item" in (k.get("class") or "") and len(k) == 0]
            text = clean(" ".join(k.text_content() for k in items)) if items else ""
            if 1 < len(text) <= _MAX_VALUE and not any(ch.isdigit() for ch in text):
                return text
    return None
