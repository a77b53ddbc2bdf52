"""The classes a page's own style sheet strikes through: a sale's old price is often crossed out by
a rule of the page's ``<style>`` (".was { text-decoration: line-through }") on an element whose
class names nothing old in any language ("scb-was", "cena-przed", "alt"), and the rule says what
its class is for.

    >>> sorted(struck_classes(b"<style>.p-a{color:red}.p-b, .box .p-c { text-decoration: line-through }"
    ...                       b"</style><span class='p-b'>9</span>"))
    ['p-b', 'p-c']
    >>> struck_classes(b"<p>no style</p>")
    frozenset()

Only a rule whose selector ends with a class counts (the class of the element struck); pages
without "line-through" in their markup pay a substring search.
"""

from __future__ import annotations

import re

__all__ = ["struck_classes"]

_STYLE_RE = re.compile(rb"<style[^>]*>(.*?)</style>", re.IGNORECASE | re.DOTALL)
# A rule: its selectors, then declarations that strike through.
_RULE_RE = re.compile(r"([^{}]+)\{[^{}]*line-through[^{}]*\}", re.IGNORECASE)
# A selector's last class: ".box .was" -> "was" (a pseudo-class or attribute after it is allowed).
_LAST_CLASS_RE = re.compile(r"\.([\w-]+)(?:[:\[][^\s.]*)?\s*$")


def struck_classes(raw: bytes | None) -> frozenset[str]:
    """The classes the page's ``<style>`` rules strike through (see the module)."""
    if not raw or b"line-through" not in raw:
        return frozenset()
    found: set[str] = set()
    for sheet in _STYLE_RE.findall(raw):
        if b"line-through" not in sheet:
            continue
        text = re.sub(r"/\*.*?\*/", "", sheet.decode("utf-8", "replace"), flags=re.DOTALL)
        for rule in _RULE_RE.finditer(text):
            for selector in rule.group(1).split(","):
                match = _LAST_CLASS_RE.search(selector.strip())
                if match:
                    found.add(match.group(1))
    return frozenset(found)
