"""Whether a heading's or a <title>'s words are only a label naming a kind of page ("Seller
profile", "Perfil del vendedor", "Profil sprzedawcy", "Vendedores"): such words name nobody, so
no vendor's name is read out of them. Label words are matched as whole words, inflected too
(a plural, a case ending: "vendedores", "sprzedawcy", "продавца").

    >>> from parsers.title_labels import label_phrase, label_word
    >>> label_phrase("Perfil del vendedor"), label_phrase("Profil sprzedawcy"), label_phrase("Perfil de bob")
    (True, True, False)
    >>> label_word("Vendedores"), label_word("leafy"), label_word("sellerbob")
    (True, False, False)
    >>> label_rest("Perfil del vendedor | Mercado"), label_rest("Vendor profile: leafy")
    (' | Mercado', ': leafy')
"""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.label_words import LABEL_TABLE

__all__ = ["label_phrase", "label_rest", "label_word"]

#: Words naming a profile, a store or a member's page, beside the vendor labels of
#: :data:`parsers.label_words.LABEL_TABLE` ("vendor", "vendedor", "sprzedawca"...).
_PAGE_WORDS = (
    "profile", "profil", "perfil", "profilo", "profiel", "профиль", "профіль", "profili", "profiili",
    "store", "shop", "tienda", "loja", "boutique", "negozio", "sklep", "obchod", "winkel", "butik",
    "магазин", "user", "member", "usuario", "utilisateur", "benutzer", "utente", "użytkownik",
    "uživatel", "gebruiker", "пользователь", "vendors", "sellers", "page", "página", "pagina", "seite",
    "страница", "stránka", "strona", "info", "details", "información", "informationen",
)

#: A word of a label phrase: letters only (a handle often holds digits, "_" or ".").
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: Letters a word may add to a label word's stem (a plural or case ending: "-es", "-y", "-а").
_ENDING = 2
#: A connecting word between two label words ("del", "of the", "des", "do"): short, lower case.
_LINK_LETTERS = 4


@lru_cache(maxsize=1)
def _stems() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """(the label words, the label words of four letters or more by their first four letters)."""
    words = {
        w.casefold()
        for w in (*LABEL_TABLE["vendor"], *_PAGE_WORDS)
        for w in w.split()
        if len(w) >= 3
    }
    long: dict[str, list[str]] = {}
    for w in words:
        if len(w) >= 4:
            long.setdefault(w[:4], []).append(w)
    return frozenset(words), {k: tuple(v) for k, v in long.items()}


def label_word(word: str) -> bool:
    """Whether ``word`` is a vendor's or a profile page's label word, whole or inflected: the
    label's stem (a short label whole, a longer one less its last one or two letters) and an
    ending of two letters at the most ("Shops", "Vendedores", "sprzedawcy", "профиля"); a handle
    running on ("sellerbob") is none."""
    folded = word.casefold()
    words, by_start = _stems()
    if folded in words:
        return True
    if not folded.isalpha() or len(folded) < 5:
        return False
    for label in by_start.get(folded[:4], ()):
        stem = len(label) - (2 if len(label) >= 7 else len(label) == 6)
        common = 0
        for x, y in zip(folded, label, strict=False):
            if x != y:
                break
            common += 1
        if common >= stem and len(folded) - common <= _ENDING and len(folded) <= len(label) + _ENDING:
            return True
    return False


def label_phrase(text: str) -> bool:
    """Whether ``text`` is only a label naming a page, no one's name: one label word, or label
    words joined by a short lower-case word or two ("Seller profile", "Perfil del vendedor",
    "Profile of the seller", "Profil sprzedawcy")."""
    tokens = text.split()
    words = _WORD_RE.findall(text)
    if not words or len(words) != len(tokens) or len(words) > 5:
        return False  # a token of digits, "_" or a mark ("leafy_99", "@bob") is a handle's
    if not (label_word(words[0]) and label_word(words[-1])):
        return False
    inner = words[1:-1]
    return all(label_word(w) or (len(w) <= _LINK_LETTERS and w.islower()) for w in inner) and \
        sum(not label_word(w) for w in inner) <= 2


def label_rest(text: str) -> str | None:
    """What ``text`` shows after the longest label phrase it opens with (words joined by spaces
    only: "Perfil del vendedor" of "Perfil del vendedor | Mercado", "Vendor profile" of "Vendor
    profile: leafy"), or None when it opens with no label word ("Vendorleafy" neither)."""
    words = list(_WORD_RE.finditer(text[:200]))
    if not words or words[0].start() != len(text) - len(text.lstrip()) or not label_word(words[0][0]):
        return None
    end = words[0].end()
    for i in range(1, min(len(words), 5)):
        if not text[words[i - 1].end():words[i].start()].isspace():
            break
        if label_word(words[i][0]) and label_phrase(" ".join(w[0] for w in words[: i + 1])):
            end = words[i].end()
    return text[end:]
