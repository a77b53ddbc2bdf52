"""A login's second step by PGP, known by its shape in any language: the page shows an armored
PGP *message* (encrypted to the member's key, not a public key block) and a posted form with one
short field to type in, the code the message holds once decrypted. Markets and forums behind Tor
ask for it after the password; it is a wall before content, as the password form is.

    >>> from parsers.dom import load
    >>> page = (b"<h1>Zwei-Faktor</h1><pre>-----BEGIN PGP MESSAGE-----\\nhF4DabcXYZ\\n=uHtG\\n"
    ...         b"-----END PGP MESSAGE-----</pre><form method='post'><input type='hidden' name='s' "
    ...         b"value='1'><input name='code' maxlength='8'><button>OK</button></form>")
    >>> pgp_challenge(load(page))
    True

A thread that quotes an encrypted message beside its reply form (a text area to write in) or a
search box (a form sent by GET) is no such wall; neither is an order form that asks for an address
encrypted by the buyer (its text area is empty: the message is the buyer's to paste).
"""

from __future__ import annotations

from typing import Any

from parsers.dom import Doc

__all__ = ["pgp_challenge"]

_ARMOR = "BEGIN PGP MESSAGE"
# Fields a member types a code into (a code may be masked as a password's is).
_TYPED = ("text", "tel", "number", "password", "")
#: The longest code field: a decrypted challenge is a short code or a word or two.
_MAX_CODE = 64


def _code_field(form: Any) -> bool:
    """Whether a posted ``form`` asks for one short typed value and nothing to write at length:
    one empty field that is short (a maxlength) or kept from the browser's memory."""
    if (form.get("method") or "").lower() != "post":
        return False
    fields = [el for el in form.iter("input") if (el.get("type") or "text").lower() in _TYPED]
    if len(fields) != 1 or (fields[0].get("value") or "").strip():
        return False
    if any(area.get("readonly") is None and area.get("disabled") is None for area in form.iter("textarea")):
        return False  # a reply or a message to write: the form is no code's
    field = fields[0]
    size = field.get("maxlength") or ""
    short = size.isdigit() and 0 < int(size) <= _MAX_CODE
    return short or (field.get("autocomplete") or "").lower() == "off"


def pgp_challenge(doc: Doc) -> bool:
    """Whether the page is a PGP two-factor login: an armored message shown in its text and a
    posted form with one short code field (see the module's docstring)."""
    if _ARMOR not in doc.text:  # one search: nearly every page stops here
        return False
    return any(_code_field(form) for form in doc.tagged("form"))
