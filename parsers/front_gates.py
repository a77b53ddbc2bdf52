"""A front service's gate told by its own markup, whatever the language: Cloudflare's and
DDoS-Guard's challenge scripts and forms (:func:`front_challenge`), and the frame such a service
draws its gate in (:func:`front_frame`). Scripts are gone from the tree: the page's raw bytes are
searched.

    >>> from parsers.dom import load
    >>> from parsers.front_gates import front_challenge, front_frame
    >>> doc = load(b"<html><body><div id=cf-wrapper>Checking your browser</div>"
    ...            b"<script src=/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1></script></body></html>")
    >>> front_challenge(doc), front_frame(doc)
    (True, True)
    >>> front_challenge(load(b"<html><body><p>Ray ID: 1234</p></body></html>"))
    False
"""

from __future__ import annotations

import re

from parsers.dom import Doc

__all__ = ["front_challenge", "front_frame"]


# A front service's challenge in its own markup, whatever the language: Cloudflare's challenge
# forms and scripts ("/cdn-cgi/l/chk_captcha", "chk_jschl", "_cf_chl_opt", the orchestrate script
# of /cdn-cgi/challenge-platform/h/..., not the detection script it adds to ordinary pages) and
# DDoS-Guard's check script (/.well-known/ddos-guard/check). Scripts are gone from the tree: the
# raw bytes are searched.
_CHALLENGE_RE = re.compile(
    rb"/cdn-cgi/l/chk_(?:captcha|jschl)|_cf_chl_opt|cf-browser-verification|"
    rb"/cdn-cgi/challenge-platform/h/[a-z]/orchestrate/|/\.well-known/ddos-guard/check"
)

# ... and the frame such a service draws its gate in: Cloudflare's cf-wrapper / cf-error-details
# boxes and its "Ray ID" footer, DDoS-Guard's name, EndGame's ddos_form.
_FRONT_RE = re.compile(
    _CHALLENGE_RE.pattern + rb"|id=[\"']?cf-(?:wrapper|error-details|content)\b|cf-ray|ray id:|"
    rb"ddos-guard|class=[\"']?ddos_form\b"
)

# Words every match of the patterns above holds: most pages hold none, and ``in`` (memmem) tells
# so faster than the regex tries its alternatives over 64 KB.
_CHALLENGE_WORDS = (b"cdn-cgi", b"_cf_chl", b"cf-browser", b"ddos-guard")

_FRONT_WORDS = (*_CHALLENGE_WORDS, b"cf-", b"ray id", b"ddos_form")


def _raw_head(doc: Doc) -> bytes:
    """The first 64 KB of the page's bytes, lower-cased (scripts are gone from the tree)."""
    head = doc.memo.get("raw_head")
    if head is None:
        head = doc.memo["raw_head"] = doc.raw[:65536].lower()
    return bytes(head)


def front_challenge(doc: Doc) -> bool:
    head = _raw_head(doc)
    return any(w in head for w in _CHALLENGE_WORDS) and _CHALLENGE_RE.search(head) is not None


def front_frame(doc: Doc) -> bool:
    head = _raw_head(doc)
    return any(w in head for w in _FRONT_WORDS) and _FRONT_RE.search(head) is not None
