"""parsers.shop_head: a single seller's shop page read from its head: the seller as the last step of
the page's path under the sellers' step, named by the heading too; the head's route (labels of any
language over CLDR places) every item's."""

from __future__ import annotations

from typing import Any

from parsers import parse_page
from parsers.dom import Doc, load
from parsers.shop_head import crumb_owner

NOW = "2026-11-20T12:00:00Z"

# Indonesian: "Penjual" (sellers) in the path, the route under labels no vocabulary knows.
INDONESIAN = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Lapak Tenun_Sumba — Pasar Senja</title></head><body>
<header><a href="/">Pasar Senja</a> <a href="/kategori">Kategori</a> <a href="/keluar">Keluar</a></header>
<div class="jejak"><a href="/">Beranda</a> / <a href="/penjual">Penjual</a> / Tenun_Sumba</div>
<h1>Lapak Tenun_Sumba</h1>
<p>Level 2 · 412 transaksi</p>
<ul><li>Asal kiriman: Indonesia</li><li>Tujuan kiriman: Indonesia, Malaysia, Singapura</li></ul>
<div class="barang"><a href="/barang/301">Kain tenun ikat 2 m</a><p>Rp 1.250.000</p></div>
<div class="barang"><a href="/barang/302">Selendang tenun</a><p>Rp 480.000</p></div>
<div class="barang"><a href="/barang/303">Taplak meja tenun</a><p>Rp 350.000</p></div>
</body></html>"""

# French: "Vendeurs" in the path (a plural), the heading "Boutique de NAME", the route in a table.
FRENCH = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Boutique de miel_cevenol · Le Comptoir</title></head><body>
<nav><a href="/">Le Comptoir</a> <a href="/regles">Règles</a></nav>
<p class="fil"><a href="/">Accueil</a> » <a href="/vendeurs">Vendeurs</a> » miel_cevenol</p>
<h1>Boutique de miel_cevenol</h1>
<table class="infos"><tr><td>Part de :</td><td>France</td></tr>
<tr><td>Vers :</td><td>France, Belgique, Suisse</td></tr></table>
<ul class="offres">
<li><a href="/offre/88">Miel de châtaignier 500 g</a> — 11,50 €</li>
<li><a href="/offre/89">Miel de bruyère 250 g</a> — 7,90 €</li>
<li><a href="/offre/90">Pain d'épices</a> — 6,00 €</li></ul>
</body></html>"""


def _parse(page: str, url: str) -> list:
    result = parse_page(page.encode(), url=url, captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "listing_index"
    return result.records


def test_a_shop_under_the_sellers_step_gives_its_items_its_seller_and_route() -> None:
    records = _parse(INDONESIAN, "http://x.onion/penjual/Tenun_Sumba")
    assert [(r.title, r.vendor, r.ships_from, r.ships_to) for r in records] == [
        (title, "Tenun_Sumba", "Indonesia", ["Indonesia", "Malaysia", "Singapura"])
        for title in ("Kain tenun ikat 2 m", "Selendang tenun", "Taplak meja tenun")
    ]


def test_a_plural_sellers_step_and_a_tabled_route_read_alike() -> None:
    records = _parse(FRENCH, "http://x.onion/boutique/88")
    assert [(r.title, r.price, r.vendor, r.ships_from, r.ships_to) for r in records] == [
        ("Miel de châtaignier 500 g", 11.5, "miel_cevenol", "France", ["France", "Belgique", "Suisse"]),
        ("Miel de bruyère 250 g", 7.9, "miel_cevenol", "France", ["France", "Belgique", "Suisse"]),
        ("Pain d'épices", 6.0, "miel_cevenol", "France", ["France", "Belgique", "Suisse"]),
    ]


def _cards(doc: Doc) -> list[Any]:
    return doc.root.xpath("//li")


def test_a_shop_step_names_the_catalogue_not_a_seller() -> None:
    doc = load(b"<div><a href='/'>Home</a> &gt; <a href='/shop'>Shop</a> &gt; Candles</div>"
               b"<h1>Candles</h1><ul><li><a href='/p/1'>Beeswax candle</a> 4 EUR</li>"
               b"<li><a href='/p/2'>Soy candle</a> 3 EUR</li></ul>")
    assert crumb_owner(doc, _cards(doc)) is None


def test_a_last_step_the_heading_does_not_name_is_no_seller() -> None:
    doc = load(b"<div><a href='/'>Start</a> \xe2\x80\xba <a href='/sellers'>Sellers</a> "
               b"\xe2\x80\xba leafy</div><h1>Green teas</h1><ul><li><a href='/p/1'>Sencha</a> 4 EUR</li>"
               b"<li><a href='/p/2'>Bancha</a> 3 EUR</li></ul>")
    assert crumb_owner(doc, _cards(doc)) is None


def test_a_linked_last_step_is_no_shop_page() -> None:
    doc = load(b"<div><a href='/'>Start</a> \xe2\x80\xba <a href='/sellers'>Sellers</a> \xe2\x80\xba "
               b"<a href='/sellers/leafy'>leafy</a></div><h1>leafy's shop</h1>"
               b"<ul><li><a href='/p/1'>Sencha</a> 4 EUR</li><li><a href='/p/2'>Bancha</a> 3 EUR</li></ul>")
    assert crumb_owner(doc, _cards(doc)) is None


def test_a_head_with_an_origin_alone_gives_no_route() -> None:
    page = INDONESIAN.replace("<li>Tujuan kiriman: Indonesia, Malaysia, Singapura</li>", "")
    records = _parse(page, "http://x.onion/penjual/Tenun_Sumba")
    assert {(r.vendor, r.ships_from, tuple(r.ships_to)) for r in records} == {("Tenun_Sumba", None, ())}
