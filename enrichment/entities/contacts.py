"""Contact identifiers: e-mail, phone, Telegram, Session, Wickr, XMPP/Jabber and Signal.

Each candidate is validated, not just matched: e-mail syntax and domain labels, phone numbers
through libphonenumber's numbering plans (E.164 out), Telegram's username rules, Session ids as
66-hex ``05`` public keys, Signal usernames with their numeric discriminator. Handles without an
intrinsic format (Wickr, Telegram's bare ``@name``) need their messenger named next to them.

    >>> [(e.entity_type, e.value) for e in find_contacts("Wickr: dr_leaf77 / TG @leafy_shop")]
    [('wickr', 'dr_leaf77'), ('telegram', '@leafy_shop')]
    >>> [(e.entity_type, e.value) for e in find_contacts("call +44 20 7946 0958")]
    [('phone', '+442079460958')]
"""

from __future__ import annotations

import re

import phonenumbers

from enrichment.entities.common import entity
from parsers.records import Entity

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])(?:(?P<scheme>xmpp:)?)(?P<addr>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9-])"
)
_XMPP_KEYWORD = re.compile(r"(?:jabber|xmpp|jid|omemo|otr)\W{0,4}$", re.IGNORECASE)
# Public XMPP servers common on markets; an address there is an XMPP account even unlabelled.
XMPP_SERVERS = frozenset({
    "jabber.ccc.de", "xmpp.jp", "exploit.im", "jabb.im", "thesecure.biz", "dukgo.com", "xmpp.is",
    "jabber.calyxinstitute.org", "404.city", "jabber.de", "jabber.ru", "jabber.org", "creep.im",
    "conversations.im", "jabber.cz", "xmpp.earth", "jabber.fr", "jabber.sk", "anonym.im", "jabber.at",
})
_PHONE = re.compile(r"(?<![\w+])\+\d[\d\s().-]{6,20}\d(?!\w)")
_SIGNAL_KEYWORD = re.compile(r"signal\W{0,6}$", re.IGNORECASE)
_TELEGRAM_LINK = re.compile(r"(?<![\w.])(?:https?://)?(?:t|telegram)\.me/(?P<name>[A-Za-z0-9_]{3,40})",
                            re.IGNORECASE)
_TELEGRAM_LABEL = re.compile(
    r"(?<![\w])(?:telegram|tg|telega|телеграм|телега)\b\W{0,6}@?(?P<name>[A-Za-z][A-Za-z0-9_]{3,40})",
    re.IGNORECASE)
_TELEGRAM_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,30}[A-Za-z0-9]")
_SESSION = re.compile(r"(?<![0-9A-Fa-f])05[0-9a-fA-F]{64}(?![0-9A-Fa-f])")
_WICKR = re.compile(r"(?<![\w])wickr(?:\s*me)?(?:\s*id)?\W{0,6}(?P<name>[A-Za-z0-9][A-Za-z0-9._-]{4,31})",
                    re.IGNORECASE)
_SIGNAL_USER = re.compile(r"(?<![\w])signal\W{0,6}(?:username\W{0,4})?@?(?P<name>[A-Za-z_][A-Za-z0-9_]{2,31}"
                          r"\.\d{2,9})(?![\w.])", re.IGNORECASE)
# Telegram names that are words of the label itself, not accounts.
_NOT_HANDLES = frozenset({"username", "contact", "channel", "only", "please", "message"})


def valid_email(address: str) -> bool:
    """RFC 5321 limits and common-sense syntax: no leading, trailing or doubled dot in the local part."""
    local, _, domain = address.rpartition("@")
    if not local or len(local) > 64 or len(address) > 254:
        return False
    if local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    labels = domain.split(".")
    return len(labels) >= 2 and all(0 < len(lab) <= 63 and not lab.startswith("-") and not lab.endswith("-")
                                     for lab in labels) and labels[-1].isalpha()


def valid_telegram(name: str) -> bool:
    """Telegram usernames: 5 to 32 of a-z, 0-9 and _, a letter first, no trailing underscore."""
    return bool(_TELEGRAM_NAME.fullmatch(name)) and 5 <= len(name) <= 32 and "__" not in name


def normalise_phone(candidate: str) -> str | None:
    """E.164 form of a valid international number, None when no numbering plan accepts it."""
    try:
        number = phonenumbers.parse(candidate, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def find_contacts(text: str) -> list[Entity]:
    """Every validated contact identifier in ``text``, ordered by position."""
    found: list[tuple[int, Entity]] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(pos: int, end: int, item: Entity) -> None:
        taken.append((pos, end))
        found.append((pos, item))

    for m in _TELEGRAM_LINK.finditer(text):
        if valid_telegram(m.group("name")):
            handle = "@" + m.group("name").lower()
            add(m.start(), m.end(), entity("telegram", handle, text, m.start(), m.end(), source="link"))
    for m in _TELEGRAM_LABEL.finditer(text):
        name = m.group("name")
        if free(m.start("name"), m.end("name")) and valid_telegram(name) and name.lower() not in _NOT_HANDLES:
            add(m.start("name"), m.end("name"),
                entity("telegram", "@" + name.lower(), text, m.start(), m.end(), source="label"))
    for m in _SESSION.finditer(text):
        add(m.start(), m.end(), entity("session", m.group().lower(), text, m.start(), m.end()))
    for m in _SIGNAL_USER.finditer(text):
        add(m.start("name"), m.end("name"),
            entity("signal", m.group("name").lower(), text, m.start(), m.end(), kind="username"))
    for m in _WICKR.finditer(text):
        name = m.group("name").rstrip("._-")
        if free(m.start("name"), m.end("name")) and len(name) >= 5 and name.lower() not in _NOT_HANDLES:
            add(m.start("name"), m.end("name"), entity("wickr", name.lower(), text, m.start(), m.end()))
    for m in _EMAIL.finditer(text):
        address = m.group("addr")
        if not free(m.start("addr"), m.end("addr")) or not valid_email(address):
            continue
        domain = address.rsplit("@", 1)[1].lower()
        labelled = bool(_XMPP_KEYWORD.search(text[max(0, m.start() - 12):m.start()]))
        is_xmpp = bool(m.group("scheme")) or labelled or domain in XMPP_SERVERS
        kind = "xmpp" if is_xmpp else "email"
        add(m.start(), m.end(), entity(kind, address.lower(), text, m.start(), m.end()))
    for m in _PHONE.finditer(text):
        number = normalise_phone(m.group())
        if number is None or not free(m.start(), m.end()):
            continue
        is_signal = bool(_SIGNAL_KEYWORD.search(text[max(0, m.start() - 12):m.start()]))
        add(m.start(), m.end(), entity("signal" if is_signal else "phone", number, text, m.start(), m.end(),
                                       **({"kind": "phone"} if is_signal else {})))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]
