"""HTML building blocks of the web app: escaping, links, tables and the page layout.

Example::

    >>> from onionscope.web.render import esc, link, marked, path_for
    >>> esc('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    >>> link(path_for("vendor", "Kräuter & Co"), "Kräuter & Co")
    '<a href="/vendor/Kr%C3%A4uter%20%26%20Co">Kräuter &amp; Co</a>'
    >>> marked("…the <em>green</em> tea &lt;b&gt;")
    '…the <mark>green</mark> tea &lt;b&gt;'

Everything taken from the index or the audit log goes through :func:`esc` (or :func:`marked`
for highlight fragments, which keeps only the app's own ``<mark>`` tags). Pages need no
JavaScript and load nothing else: the style is inline, allowed by the app's
Content-Security-Policy, which forbids everything else.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import quote, urlencode

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2327;background:#fafafa}
header{background:#20303c;color:#eee;padding:.6em 1.2em;display:flex;flex-wrap:wrap;gap:1em;
 align-items:baseline}
header a{color:#fff;text-decoration:none;margin-right:.8em}header .brand{font-weight:700}
header .who{margin-left:auto;font-size:.9em}header .who a{color:#cde;text-decoration:underline;margin-right:0}
main{padding:1em 1.2em;max-width:78em}
h1{font-size:1.35em;margin:.3em 0 .6em}h2{font-size:1.1em;margin:1.2em 0 .4em}
table{border-collapse:collapse;margin:.4em 0 1em;background:#fff}
th,td{border:1px solid #d6d9dc;padding:.25em .55em;text-align:left;vertical-align:top}
th{background:#eef1f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
form.search{display:grid;grid-template-columns:repeat(auto-fill,minmax(13em,1fr));gap:.4em .8em;
 background:#fff;border:1px solid #d6d9dc;padding:.8em;margin-bottom:1em}
form.search .wide{grid-column:1/-1}label{display:block;font-size:.85em;color:#555}
input,select{font:inherit;width:100%;box-sizing:border-box}
label.chk{display:inline;margin-right:.8em;font-size:1em;color:inherit}label.chk input{width:auto}
button{font:inherit;padding:.25em 1em}
.hit{background:#fff;border:1px solid #d6d9dc;padding:.5em .8em;margin:.4em 0}
.hit .meta{font-size:.88em;color:#555}.type{font-size:.78em;background:#e3e8ec;padding:0 .4em;
 border-radius:3px;margin-right:.4em}
.frag{font-size:.9em;color:#333}mark{background:#ffe58a}
.facets{display:flex;flex-wrap:wrap;gap:1em}.facet{background:#fff;border:1px solid #d6d9dc;
 padding:.4em .7em;min-width:11em}.facet ul{list-style:none;margin:0;padding:0}
.ok{color:#17612d;font-weight:700}.bad{color:#a11;font-weight:700}
.note{font-size:.88em;color:#555}.onion{font-family:ui-monospace,monospace;word-break:break-all}
.fp{font-family:ui-monospace,monospace;display:inline-block;min-width:12em}
pre{background:#fff;border:1px solid #d6d9dc;padding:.5em;overflow:auto;white-space:pre-wrap}
.error{background:#fff1f0;border:1px solid #e3a3a0;padding:.8em}
.pages a{margin-right:1em}
"""

_MARK = re.compile(r"(</?em>)")


def esc(value: Any) -> str:
    """HTML-escaped text of any value (None is empty)."""
    return html.escape("" if value is None else str(value), quote=True)


def path_for(*segments: str) -> str:
    """An absolute path from raw segments, each percent-encoded (``/`` inside a name included)."""
    return "/" + "/".join(quote(s, safe="") for s in segments)


def url(path: str, params: Iterable[tuple[str, Any]] = ()) -> str:
    pairs = [(k, str(v)) for k, v in params]
    return path + ("?" + urlencode(pairs) if pairs else "")


def link(href: str, text: Any, cls: str | None = None) -> str:
    attr = f' class="{esc(cls)}"' if cls else ""
    return f'<a href="{esc(href)}"{attr}>{esc(text)}</a>'


def marked(fragment: str) -> str:
    """A highlight fragment (text with ``<em>`` around matches) as safe HTML with ``<mark>``.

    The fragment's text is unescaped then escaped again, so whatever the backend did, only
    the app's own tags reach the page.
    """
    out, open_ = [], False
    for part in _MARK.split(fragment):
        if part == "<em>" and not open_:
            out.append("<mark>")
            open_ = True
        elif part == "</em>" and open_:
            out.append("</mark>")
            open_ = False
        elif part not in ("<em>", "</em>"):
            out.append(esc(html.unescape(part)))
    if open_:
        out.append("</mark>")
    return "".join(out)


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[int] = ()) -> str:
    """A table; ``rows`` hold HTML cells (escape them first), ``numeric`` column indexes align right."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(r))
        + "</tr>"
        for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def pairs(items: Iterable[tuple[str, str]]) -> str:
    """A two-column table of names (text) and values (HTML)."""
    return "<table>" + "".join(f"<tr><th>{esc(k)}</th><td>{v}</td></tr>" for k, v in items) + "</table>"


def value_html(value: Any) -> str:
    """A record field: text as text (addresses never become links), lists and objects as JSON."""
    if isinstance(value, (dict, list)):
        return f"<pre>{esc(json.dumps(value, indent=2, ensure_ascii=False, default=str))}</pre>"
    if isinstance(value, float):
        return esc(f"{value:g}")
    return esc(value)


def short_host(name: Any) -> str:
    """An onion host short enough for a table cell: its first 16 characters ("g3o364kv6cbo3h72….onion")."""
    text = str(name or "")
    return f"{text[:16]}….onion" if text.endswith(".onion") and len(text) > 30 else text


def fingerprint(value: Any) -> str:
    """A PGP fingerprint in groups of four, as gpg prints it (wraps between groups, never inside)."""
    text = str(value or "")
    if not text:
        return ""
    groups = " ".join(text[i : i + 4] for i in range(0, len(text), 4))
    return f'<span class="fp" title="{esc(text)}">{esc(groups)}</span>'


def when(value: Any) -> str:
    """A capture or post time to the minute ("2026-11-28 22:29"), the exact one in the tooltip."""
    text = str(value or "")
    if len(text) >= 16 and text[4] == "-" and text[10] in "T ":
        return f'<span title="{esc(text)}">{esc(text[:10])} {esc(text[11:16])}</span>'
    return esc(text)


def money(price: Any, currency: Any) -> str:
    if price is None:
        return ""
    return f"{price:g} {currency or ''}".rstrip() if isinstance(price, (int, float)) else str(price)


def hidden(params: Iterable[tuple[str, Any]]) -> str:
    return "".join(f'<input type="hidden" name="{esc(k)}" value="{esc(v)}">' for k, v in params)


def layout(
    title: str,
    body: str,
    *,
    user: str | None,
    justification: str | None,
    here: str = "/",
    json_href: str | None = None,
    csv_href: str | None = None,
    logged: dict[str, Any] | None = None,
) -> str:
    """A whole page: navigation, who consults and why (with a link to change it), the body."""
    who = ""
    if user:
        why = (
            f"justification: <q>{esc(justification)}</q> ({link(url('/why', [('next', here)]), 'change')})"
            if justification
            else link(url("/why", [("next", here)]), "give a justification")
        )
        who = f'<div class="who">user <b>{esc(user)}</b> · {why}</div>'
    foot = []
    if logged:
        foot.append(f"Logged as audit entry #{esc(logged.get('seq'))} at {esc(logged.get('ts'))}.")
    if json_href:
        also = " or " + link(csv_href, "CSV") if csv_href else ""
        foot.append("This page as " + link(json_href, "JSON") + also + ".")
    footer = f'<p class="note">{" ".join(foot)}</p>' if foot else ""
    nav = "".join(
        link(href, text)
        for href, text in (
            ("/search", "Search"),
            ("/ecosystem", "Ecosystem"),
            ("/export/graph", "Graph"),
            ("/audit", "Audit"),
            ("/health", "Health"),
        )
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<meta name="referrer" content="no-referrer"><title>{esc(title)} · onionscope</title>'
        f"<style>{STYLE}</style></head><body><header>"
        f'<a class="brand" href="/">onionscope</a><nav>{nav}</nav>{who}</header>'
        f"<main><h1>{esc(title)}</h1>{body}{footer}</main></body></html>"
    )
