"""parsers.markets.extract_market with _own_block: an item page whose one block found as a card
holds the page's main heading (the item's title, over a table of prices by quantity and a seller's
link) is the item's own block, not a list of one card: the page is a listing titled by its heading,
not an index titled by the seller's name. Made-up pages written here (none a generality round's
page).
"""

from __future__ import annotations

from parsers import parse_page
from parsers.records import Listing


def _page(lang: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>x</title></head>'
            f"<body>{body}</body></html>")


def _read(html: str, url: str) -> tuple[str, list[tuple[str | None, float | None, str | None, str | None]]]:
    result = parse_page(html.encode("utf-8"), url=url, use_profiles=False)
    return result.page.page_type, [
        (r.title, r.price, r.currency, r.vendor) for r in result.records if isinstance(r, Listing)
    ]


def test_a_czech_item_block_with_a_price_table_by_quantity_is_one_listing() -> None:
    body = """<nav class="cesta"><a href="/">Domů</a> › <a href="/kategorie/caje">Čaje</a></nav>
    <main class="zbozi"><div class="foto"><img src="/f/771.jpg" alt=""></div>
    <section class="detail"><h1>Sypaný zelený čaj Sencha, 100 g</h1>
    <div class="prodavac">Prodává: <a href="/obchodnik/Cajovna_Brno">Cajovna_Brno</a>
    <span>214 prodejů · 99 % kladných</span></div>
    <table class="ceny"><thead><tr><th></th><th>Množství</th><th>Za kus</th><th>Celkem</th></tr></thead>
    <tbody>
    <tr><td><input type="radio" name="m" value="1" checked></td><td>1 balení</td><td>0,0410 XMR</td>
    <td>0,0410 XMR</td></tr>
    <tr><td><input type="radio" name="m" value="3"></td><td>3 balení</td><td>0,0390 XMR</td>
    <td>0,1170 XMR</td></tr>
    <tr><td><input type="radio" name="m" value="5"></td><td>5 balení</td><td>0,0370 XMR</td>
    <td>0,1850 XMR</td></tr>
    </tbody></table>
    <div class="platba">K úhradě: <strong>0,0410 XMR</strong></div>
    <form action="/nakup/pridat/771" method="post">
    <select name="doprava"><option>Česká pošta (+0,0050 XMR)</option>
    <option>Kurýr (+0,0120 XMR)</option></select><button>Vložit</button></form>
    <dl class="fakta"><dt>Kategorie</dt><dd>Čaje</dd><dt>Odesíláno z</dt><dd>Česko</dd></dl>
    </section></main>
    <section class="popis"><h2>Popis</h2><p>Japonská sencha z první sklizně.</p></section>"""
    page_type, found = _read(_page("cs", body), "http://trziste.example/zbozi/771")
    assert page_type == "listing"
    assert found == [("Sypaný zelený čaj Sencha, 100 g", 0.041, "XMR", "Cajovna_Brno")]


def test_a_turkish_item_block_with_tiered_prices_is_one_listing() -> None:
    body = """<div class="yol"><a href="/">Ana sayfa</a> / <a href="/kategori/kuruyemis">Kuruyemiş</a></div>
    <article class="urun"><h1>Antep fıstığı, kavrulmuş, 500 g</h1>
    <p>Satıcı mağaza: <a href="/dukkan/Gaziantep_Kuruyemis">Gaziantep_Kuruyemis</a> · 1.204 satış</p>
    <ul class="kademe">
    <li><label><input type="radio" name="k" value="1" checked> 1 paket — 0.00062 BTC</label></li>
    <li><label><input type="radio" name="k" value="2"> 2 paket — 0.00118 BTC</label></li>
    <li><label><input type="radio" name="k" value="4"> 4 paket — 0.00220 BTC</label></li></ul>
    <form action="/alisveris/koy/90" method="post"><button>Koy</button></form>
    <p>Gönderen: Türkiye</p></article>
    <div class="aciklama"><h2>Açıklama</h2><p>Taze kavrulmuş, tuzsuz.</p></div>"""
    page_type, found = _read(_page("tr", body), "http://carsi.example/urun/90")
    assert page_type == "listing"
    assert [(t, p, c) for t, p, c, _ in found] == [("Antep fıstığı, kavrulmuş, 500 g", 0.00062, "BTC")]
