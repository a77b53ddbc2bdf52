"""HTML of the three market families: a card grid with sidebar filters (``grid``), a table layout
(``table``) and a minimal text layout with sloppy, unclosed markup (``text``).

Every ``href``/``src`` written here is one of the page model's links, so the ground truth's link
list and the markup agree (a test checks it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from . import text, ui
from .model import esc, page_shell

if TYPE_CHECKING:
    from .market_data import SimListing, SimVendor
    from .markets import MarketApp
    from .world import Site

CSS = {
    "grid": "body{font-family:sans-serif;margin:0;background:#f4f1ea}.topbar{background:#2b2d42;color:#fff;"
    "padding:8px}.wrap{display:flex}.filters{width:220px;padding:10px}.cards{display:grid;"
    "grid-template-columns:repeat(4,1fr);gap:10px}.card{background:#fff;padding:8px}",
    "table": "body{font-family:Verdana,sans-serif;font-size:12px}table.angebote td,table.angebote th"
    "{border:1px solid #999;padding:3px}.kopf{background:#3a5;color:#fff}",
    "text": "body{font-family:monospace;background:#000;color:#0f0}a{color:#6cf}",
}


def _rel(url: str) -> str:
    """Same-site links are written relative, like most real sites do."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _a(url: str, label: str, site: Site, cls: str = "") -> str:
    href = _rel(url) if urlsplit(url).hostname == site.onion else url
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{esc(href)}"{c}>{esc(label)}</a>'


def _nav(app: MarketApp, site: Site) -> str:
    base = f"http://{site.onion}"
    labels = text.CATEGORY_LABELS[app.lang]
    cats = [(base + app.urls.category(c), labels[c], len(app.data.by_category[c])) for c in text.CATEGORIES]
    searches = [(base + app.urls.search(q), q) for q, _, _ in app.searches]
    lab = app.labels
    if app.family == "grid":
        items = "".join(f'<li>{_a(u, n, site)} <span class="count">({c})</span></li>' for u, n, c in cats)
        pops = "".join(f"<li>{_a(u, q, site)}</li>" for u, q in searches)
        return (
            f'<aside class="filters"><h4>{lab["categories"]}</h4><ul>{items}</ul>'
            f'<h4>{lab["ships_from"]}</h4><label><input type="checkbox" name="from" value="us"> US</label>'
            f'<label><input type="checkbox" name="from" value="eu"> EU</label>'
            f'<h4>{lab["price"]}</h4><input name="min" size="4"> – <input name="max" size="4">'
            f'<h4>{lab["search"]}</h4><ul class="popular">{pops}</ul></aside>'
        )
    if app.family == "table":
        cells = "".join(f"<td>{_a(u, n, site)}</td>" for u, n, _ in cats)
        pops = " | ".join(_a(u, q, site) for u, q in searches)
        return (
            f'<table class="nav"><tr><td>{_a(base + "/", lab["home"], site)}</td>{cells}</tr></table>'
            f'<div class="beliebt">{lab["search"]}: {pops}</div>'
        )
    links = " · ".join(_a(u, n, site) for u, n, _ in cats)
    pops = " ".join(_a(u, q, site) for u, q in searches)
    return f"<p>[{_a(base + '/', lab['home'], site)}] {links} <p>{lab['search']}: {pops}"


def _frame(app: MarketApp, site: Site, title: str, main: str) -> bytes:
    name = app.world.display_name(app.name)
    foot = app.world.extras.footer_html(site)
    nav = _nav(app, site)
    base = f"http://{site.onion}"
    if app.family == "grid":
        body = (
            f'<header class="topbar">{_a(base + "/", name, site, "logo")}'
            f'<form action="/search" method="get"><input name="q" placeholder="{app.labels["search"]}">'
            f'</form></header><div class="wrap">{nav}<main>{main}</main></div><footer>{foot}</footer>'
        )
        return page_shell(f"{title} | {name}", app.lang, body, CSS["grid"])
    if app.family == "table":
        body = (
            f'<table width="100%"><tr><td class="kopf"><b>{esc(name)}</b></td></tr>'
            f"<tr><td>{nav}</td></tr><tr><td>{main}</td></tr><tr><td>{foot}</td></tr></table>"
        )
        return page_shell(f"{name} - {title}", app.lang, body, CSS["table"])
    # The text family never closes its paragraphs, list items or table cells, and drops </body>.
    foot = foot.replace("</p>", "")
    html = (
        f'<html><head><meta charset="utf-8"><title>{esc(name)} :: {esc(title)}</title>'
        f"<style>{CSS['text']}</style></head><body><h2>{esc(name)}</h2>{nav}<hr>{main}<hr>{foot}\n"
    )
    return html.encode()


def _price_block(app: MarketApp, lst: SimListing) -> str:
    primary = text.fmt_money(lst.price, lst.currency, app.lang)
    alts = " / ".join(text.fmt_money(v, k, app.lang) for k, v in lst.alt_prices.items())
    return f'<span class="price">{esc(primary)}</span> <span class="alt">({esc(alts)})</span>'


def render_index(
    app: MarketApp,
    site: Site,
    heading: str,
    cards: list[dict[str, Any]],
    pager: list[tuple[int, str]],
    current: int,
) -> bytes:
    lab = app.labels
    if app.family == "grid":
        items = []
        for c in cards:
            lst, v = c["lst"], c["v"]
            btc = text.fmt_money(lst.alt_prices["BTC"], "BTC", "en")
            items.append(
                f'<div class="card"><img src="{esc(_rel(c["img"]))}" alt="" width="96">'
                f"<h3>{_a(c['url'], lst.title, site)}</h3>"
                f'<div class="price">{esc(text.fmt_money(lst.price, lst.currency, "en"))}</div>'
                f'<div class="btc">{esc(btc)}</div><div class="vendor">{lab["vendor"]}: '
                f'{_a(c["vendor_url"], v.name, site)}</div><div class="from">{lab["ships_from"]}: '
                f'{esc(v.country)}</div><span class="badge">'
                f"{esc(text.CATEGORY_LABELS[app.lang][lst.category])}</span></div>"
            )
        body = f'<div class="cards">{"".join(items)}</div>'
    elif app.family == "table":
        rows = [
            f"<tr><th>{lab['item']}</th><th>{lab['vendor']}</th><th>{lab['price']}</th>"
            f"<th>{lab['stock']}</th><th>{lab['ships_from']}</th><th>{lab['escrow']}</th></tr>"
        ]
        for c in cards:
            lst, v = c["lst"], c["v"]
            rows.append(
                f"<tr><td>{_a(c['url'], lst.title, site)}</td><td>{_a(c['vendor_url'], v.name, site)}</td>"
                f'<td align="right">{esc(text.fmt_money(lst.price, lst.currency, app.lang))}</td>'
                f"<td>{lst.stock}</td><td>{esc(v.country)}</td>"
                f"<td>{lab['yes'] if lst.escrow else lab['no']}</td></tr>"
            )
        body = f'<table class="angebote">{"".join(rows)}</table>'
    else:
        lines = [
            f"<li>{_a(c['url'], c['lst'].title, site)} -- "
            f"{esc(text.fmt_money(c['lst'].price, c['lst'].currency, app.lang))} -- "
            f"{_a(c['vendor_url'], c['v'].name, site)}"
            for c in cards
        ]
        body = f"<ul>{''.join(lines)}</ul>"
    if pager:
        parts = [(f"<b>{k}</b>" if k == current else _a(u, str(k), site)) for k, u in pager]
        nxt = ui.next_of(pager, current)
        parts += [_a(nxt, f"{lab['next']} »", site, "next")] if nxt else []
        body += f'<div class="pagination">{lab["page"]}: {" ".join(parts)}</div>'
    return _frame(app, site, heading, f"<h1>{esc(heading)}</h1>{body}")


def render_listing(app: MarketApp, site: Site, lst: SimListing, v: SimVendor, links: list[str]) -> bytes:
    lab = app.labels
    vendor_url, feedback_url, cat_url = links[:3]
    cat = text.CATEGORY_LABELS[app.lang][lst.category]
    escrow = lab["yes"] if lst.escrow else lab["no"]
    rows = [
        (lab["price"], _price_block(app, lst)),
        (lab["vendor"], _a(vendor_url, v.name, site)),
        (lab["category"], _a(cat_url, cat, site)),
        (lab["stock"], str(lst.stock)),
        (lab["ships_from"], esc(v.country)),
        (lab["ships_to"], esc(", ".join(v.ships_to))),
        (lab["escrow"], escrow),
        (lab["reviews"], _a(feedback_url, f"{lab['reviews']} ({lst.feedback_count})", site)),
    ]
    if app.family == "grid":
        img = f'<img src="{esc(_rel(links[3]))}" alt="" width="240">'
        dl = "".join(f"<dt>{k}</dt><dd>{v_}</dd>" for k, v_ in rows)
        main = (
            f'<article class="listing" lang="{lst.lang}">{img}<h1>{esc(lst.title)}</h1><dl>{dl}</dl>'
            f'<section class="description"><p>{esc(lst.description)}</p></section></article>'
        )
    elif app.family == "table":
        trs = "".join(f"<tr><td><b>{k}:</b></td><td>{v_}</td></tr>" for k, v_ in rows)
        main = (
            f'<h1>{esc(lst.title)}</h1><table class="details">{trs}</table>'
            f'<p class="beschreibung">{esc(lst.description)}</p>'
        )
    else:
        lines = "".join(f"<br>{k}: {v_}" for k, v_ in rows)
        main = f"<h3>{esc(lst.title)}</h3><p>{lines}<p>{esc(lst.description)}"
    return _frame(app, site, lst.title, main)


def _feedback_table(app: MarketApp, feedback: list[dict[str, Any]]) -> str:
    lab = app.labels
    if app.family == "text":
        return "".join(
            f"<br>[{lab[f['rating']]}] {esc(f['text'])} -- {esc(f['listing'])} -- "
            f"{esc(text.fmt_date(_d(f['date']), app.lang))} -- {esc(f['buyer'])}"
            for f in feedback
        )
    rows = [
        f"<tr><th>{lab['feedback']}</th><th>{lab['item']}</th><th>{lab['date']}</th><th>{lab['buyer']}</th></tr>"
    ]
    for f in feedback:
        rows.append(
            f'<tr class="fb-{f["rating"]}"><td><span class="rating">{lab[f["rating"]]}</span> '
            f"{esc(f['text'])}</td><td>{esc(f['listing'])}</td>"
            f"<td>{esc(text.fmt_date(_d(f['date']), app.lang))}</td><td>{esc(f['buyer'])}</td></tr>"
        )
    return f'<table class="feedback">{"".join(rows)}</table>'


def _d(iso: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(iso)


def render_vendor(
    app: MarketApp,
    site: Site,
    v: SimVendor,
    count: int,
    rating: float | None,
    feedback: list[dict[str, Any]],
    listing_urls: list[str],
) -> bytes:
    lab = app.labels
    base = f"http://{site.onion}"
    rating_text = f"{text.fmt_number(rating, app.lang, 1)}%" if rating is not None else "—"
    stats = [
        (lab["rating"], rating_text),
        (lab["feedback"], str(count)),
        (lab["member_since"], text.fmt_date(v.member_since, app.lang)),
        (lab["ships_from"], v.country),
        (f"{lab['wallet']} BTC", v.btc),
        (f"{lab['wallet']} XMR", v.xmr),
        (f"{lab['contact']} ({v.contact[0]})", v.contact[1]),
        *((f"{lab['wallet']} {kind.upper()}", addr) for kind, addr in v.wallets),
        ("PGP fingerprint", v.pgp.fingerprint),
    ]
    items = " ".join(
        _a(u, app.data.listing(j).title, site) for u, j in zip(listing_urls, v.listings, strict=True)
    )
    more = _a(base + app.urls.feedback(v.name), lab["all_feedback"], site)
    key = f'<pre class="pgp">{esc(v.pgp.armored)}</pre>'
    if app.family == "text":
        st = "".join(f"<br>{esc(k)}: {esc(x)}" for k, x in stats)
        main = (
            f"<h3>{esc(v.name)}</h3><p>{st}<p>{lab['listings']}: {items}<p>{lab['pgp']}:{key}"
            f"<p>{lab['feedback']}:{_feedback_table(app, feedback)}<p>{more}"
        )
    else:
        tag = "dl" if app.family == "grid" else "table"
        if tag == "dl":
            st = "".join(f"<dt>{esc(k)}</dt><dd>{esc(x)}</dd>" for k, x in stats)
        else:
            st = "".join(f"<tr><td>{esc(k)}:</td><td>{esc(x)}</td></tr>" for k, x in stats)
        main = (
            f'<h1 class="vendor-name">{esc(v.name)}</h1><{tag} class="stats">{st}</{tag}>'
            f'<h3>{lab["listings"]}</h3><div class="items">{items}</div>'
            f"<h3>{lab['pgp']}</h3>{key}<h3>{lab['feedback']}</h3>{_feedback_table(app, feedback)}"
            f"<p>{more}</p>"
        )
    return _frame(app, site, v.name, main)


def render_feedback(
    app: MarketApp,
    site: Site,
    v: SimVendor,
    total: int,
    chunk: list[dict[str, Any]],
    pager: list[tuple[int, str]],
    current: int,
) -> bytes:
    lab = app.labels
    base = f"http://{site.onion}"
    head = f"<h1>{lab['feedback']}: {_a(base + app.urls.vendor(v.name), v.name, site)} ({total})</h1>"
    body = head + _feedback_table(app, chunk)
    if pager:
        parts = [(f"<b>{k}</b>" if k == current else _a(u, str(k), site)) for k, u in pager]
        nxt = ui.next_of(pager, current)
        parts += [_a(nxt, f"{lab['next']} »", site, "next")] if nxt else []
        body += f'<div class="pagination">{lab["page"]}: {" ".join(parts)}</div>'
    return _frame(app, site, f"{lab['feedback']} {v.name}", body)
