"""A forum member's statistics beside a post or on a profile: the post count and the join date,
labelled in the words of many languages' forum engines and language packs.

:data:`parsers.labels.LABELS` holds the labels shared with market pages (English, German, French,
Spanish, Russian, Italian, Polish, Dutch, Chinese, Persian, Arabic); :data:`MEMBER_STAT_WORDS`
adds, per language, the forum labels of the languages it lacks (FUDforum's Czech "Příspěvků: 88"
and "Registrován: březen 2023", phpBB's Swedish "Inlägg", Turkish "Mesajlar"...).

    >>> from parsers.member_stats import member_stat
    >>> lines = ["pistalka", "Příspěvků: 88", "Registrován: březen 2023", "Bydliště: Kolín"]
    >>> member_stat(lines, "posts"), member_stat(lines, "member_since")
    ('88', 'březen 2023')
    >>> member_stat(["Posts: 12"], "posts")
    '12'
"""

from __future__ import annotations

from collections.abc import Sequence

from parsers.labels import LABELS, find_label, label_re

__all__ = ["MEMBER_STAT_WORDS", "joined_line", "member_stat"]

#: Per field, per language: the labels of a member's post count and join date that
#: :data:`parsers.labels.LABELS` does not hold (lower case; matched at a line's start, then an
#: optional colon and the value, as :func:`parsers.labels.find_label` reads them).
MEMBER_STAT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "posts": {
        "cs": ("příspěvků", "příspěvky", "počet příspěvků"),
        "sk": ("príspevkov", "príspevky", "počet príspevkov"),
        "pl": ("postów", "liczba postów"),
        "pt": ("mensagens", "postagens"),
        "sv": ("inlägg", "antal inlägg"),
        "da": ("indlæg", "antal indlæg"),
        "no": ("innlegg", "antall innlegg"),
        "fi": ("viestejä", "viestit", "viestejä yhteensä"),
        "tr": ("mesajlar", "mesaj sayısı", "toplam mesaj"),
        "uk": ("повідомлень", "повідомлення", "дописів", "дописи"),
        "hu": ("hozzászólások", "hozzászólás"),
        "ro": ("mesaje", "postări"),
        "el": ("μηνύματα", "δημοσιεύσεις"),
        "ja": ("投稿数", "投稿"),
        "ko": ("게시물", "글 수"),
    },
    "member_since": {
        "cs": ("registrován", "registrována", "registrován(a)", "registrace", "členem od", "člen od"),
        "sk": ("registrovaný", "registrovaná", "registrácia", "členom od", "člen od"),
        "pl": ("dołączył", "dołączyła", "dołączył(a)", "rejestracja", "zarejestrowany", "data rejestracji"),
        "nl": ("geregistreerd", "lid geworden", "aangemeld"),
        "pt": ("membro desde", "registrado em", "cadastrado em", "entrou em"),
        "sv": ("medlem sedan", "registrerad", "gick med"),
        "da": ("medlem siden", "tilmeldt", "registreret"),
        "no": ("medlem siden", "registrert"),
        "fi": ("liittynyt", "rekisteröitynyt", "jäsen alkaen"),
        "tr": ("katılım", "katılım tarihi", "kayıt tarihi", "üyelik tarihi"),
        "uk": ("зареєстрований", "зареєстрована", "реєстрація", "дата реєстрації", "з нами з"),
        "hu": ("csatlakozott", "regisztrált", "regisztráció"),
        "ro": ("membru din", "înregistrat", "data înregistrării"),
        "el": ("εγγραφή", "μέλος από"),
        "ja": ("登録日", "参加日"),
        "ko": ("가입일",),
    },
}

_EXTRA = {
    field: label_re(tuple(w for words in langs.values() for w in words))
    for field, langs in MEMBER_STAT_WORDS.items()
}


def member_stat(lines: Sequence[str], field: str, *, max_line: int | None = None) -> str | None:
    """The value labelled as a member's ``field`` ("posts" or "member_since") in ``lines``: the
    shared labels first, then the forum labels of the other languages."""
    return find_label(lines, LABELS[field], max_line=max_line) or find_label(
        lines, _EXTRA[field], max_line=max_line
    )


def joined_line(text: str) -> bool:
    """Whether ``text`` is a join-date line ("Joined: May 2019", "Registrován: březen 2023"):
    a member's statistic, never the date of the post beside it."""
    return bool(LABELS["member_since"].match(text) or _EXTRA["member_since"].match(text))
