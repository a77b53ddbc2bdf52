"""A site's own captcha that says why it asks: "to protect the market from robots and DDoS
attacks, prove you are human" names the attack in a sentence of its prose, while a DDoS guard's
wall names itself ("DDoS Protection" as its title, a heading or a line of its own) or says what
it does (a queue, a browser check). A short page whose only word of a guard is the attack's
name inside a sentence, and whose form asks the characters of a picture, is a captcha, in any
language.

    >>> from parsers.dom import load
    >>> from parsers.classify import interstitial_type
    >>> form = (b"<form method=post><img src='/c.png'><input name=r maxlength=6>"
    ...         b"<button>Go</button></form>")
    >>> prose = b"<p>Pour garder le forum des robots et des attaques DDoS, tapez les lettres.</p>"
    >>> interstitial_type(load(b"<h1>Forum</h1>" + prose + form))
    'captcha'
    >>> interstitial_type(load(b"<h1>Forum</h1><div>DDoS Protection</div>" + prose + form))
    'ddos_protection'
"""

from __future__ import annotations

import re

from parsers.dom import Doc
from parsers.regex_gate import Folded

__all__ = ["attack_named_in_prose"]

# The attack's name as a word ("DDoS", "anti-DDoS", "D.D.o.S").
_NAME_RE = re.compile(r"(?<![^\W_])(?:anti-?)?d\.?d\.?o\.?s(?![^\W_])", re.IGNORECASE)
# A sentence, not a name: words enough that a line saying them is prose.
_SENTENCE_WORDS = 8
# Lines of a wall's head looked at: its message stands at its top.
_HEAD = 40


def attack_named_in_prose(doc: Doc, headline: str, guard_words: Folded) -> bool:
    """Whether every mention of a DDoS guard in the page's first lines is the attack's bare name
    inside a sentence (a line of eight words or more), none in ``headline`` (the title and
    headings) and none a guard's act: ``guard_words`` finds nothing in those lines once the name
    is taken out."""
    found = guard_words.found
    if found(headline):
        return False
    named = False
    for line in doc.text_lines[:_HEAD]:
        if not _NAME_RE.search(line):
            if found(line):
                return False  # a queue, a browser check said without the attack's name
            continue
        if len(line.split()) < _SENTENCE_WORDS or found(_NAME_RE.sub(" ", line)):
            return False
        named = True
    return named
