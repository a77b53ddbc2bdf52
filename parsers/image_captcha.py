"""A captcha of picture tiles ("select every picture that shows a camel"), known by its form's
shape in any language: four choices or more of one name (checkboxes, radio buttons, image
buttons), each shown as a picture with no words of its own, on a short page that asks no password.

    >>> from parsers.dom import load
    >>> tiles = "".join(f"<label><input type=checkbox name=t value={n}><img src=/t/{n}.jpg></label>"
    ...                 for n in range(9))
    >>> image_captcha(load(f"<form method=post><p>Dewiswch bob llun â chwch</p>{tiles}"
    ...                    "<button>Iawn</button></form>".encode()))
    True
    >>> swatches = "".join(f"<label><input type=checkbox name=c><img src=/c/{n}.png> lliw {n}</label>"
    ...                    for n in range(9))
    >>> image_captcha(load(f"<form>{swatches}</form>".encode()))
    False

:mod:`parsers.page` asks it beside :func:`parsers.classify.interstitial_type` (the page is a wall).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from parsers.dom import Doc

__all__ = ["image_captcha"]

_MIN_TILES = 4
# A gate is a short page: a shop's filter of colour swatches stands beside a list of goods.
_MAX_TEXT = 3000
_CHOICES = ("checkbox", "radio", "image")


def _holder(control: Any, labels: dict[str, Any]) -> Any:
    """The element that shows one choice: its <label> (around it, or naming its id: a tile the
    style sheet draws from a hidden box), else the control's parent (an image button is its own
    picture)."""
    if (control.get("type") or "").lower() == "image":
        return control
    ident = control.get("id")
    if ident and ident in labels:
        return labels[ident]
    for anc in control.iterancestors():
        if anc.tag == "label":
            return anc
        if anc.tag == "form":
            break
    return control.getparent()


def _picture_only(holder: Any) -> bool:
    if holder is None:
        return False
    if holder.tag == "input":
        return bool(holder.get("src"))
    return next(holder.iter("img"), None) is not None and not holder.text_content().strip()


def image_captcha(doc: Doc) -> bool:
    """Whether ``doc`` is a captcha of picture tiles: a form of four choices or more under one
    name, each a picture with no words beside it, no password field, on a page of little text."""
    controls = [el for el in doc.tagged("input") if (el.get("type") or "").lower() in _CHOICES]
    if len(controls) < _MIN_TILES or len(doc.text) > _MAX_TEXT:
        return False
    if any((el.get("type") or "").lower() == "password" for el in doc.tagged("input")):
        return False
    groups: dict[tuple[Any, str], list[Any]] = defaultdict(list)
    for el in controls:
        form = next((anc for anc in el.iterancestors() if anc.tag == "form"), None)
        if form is not None:
            groups[(form, el.get("name") or "")].append(el)
    for members in groups.values():
        if len(members) < _MIN_TILES:
            continue
        labels = {lab.get("for"): lab for lab in doc.root.iter("label") if lab.get("for")}
        holders = [_holder(el, labels) for el in members]
        if len({id(h) for h in holders}) == len(holders) and all(_picture_only(h) for h in holders):
            return True
    return False
