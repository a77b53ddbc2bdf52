"""parsers.rated_handle (through parsers.card_fields.card_vendor and parsers.listing_detail): a
link whose text is the last part of its own address, with a star rating right after it, names the
seller of a card or of an item page, whatever word the site's paths and labels use. Made-up pages
written here (none a generality round's page).
"""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.rated_handle import rated_handle
from parsers.records import Listing


def test_a_handle_in_its_own_address_with_stars_after_it_is_the_seller() -> None:
    card = load(b'<div><a href="/kaup/55">Villane kindad</a> <p>M\xc3\xbc\xc3\xbcja: '
                b'<a href="/muuja/Saaremaa_Villa">Saaremaa_Villa</a> <b>\xe2\x98\x85 4,8</b></p></div>').root
    assert rated_handle(card) == "Saaremaa_Villa"


def test_a_link_that_does_not_spell_its_address_or_shows_no_stars_is_no_seller() -> None:
    # A category link rated by its items' average; a handle without a rating.
    card = load(b'<div><a href="/kategooria/kasitoo">K\xc3\xa4sit\xc3\xb6\xc3\xb6</a> <b>\xe2\x98\x85 4,6</b>'
                b'<p><a href="/muuja/Saaremaa_Villa">Saaremaa_Villa</a>'
                b' (120 m\xc3\xbc\xc3\xbcki)</p></div>').root
    assert rated_handle(card) is None


def _listings(html: str, url: str) -> list[Listing]:
    result = parse_page(html.encode("utf-8"), url=url, use_profiles=False)
    return [r for r in result.records if isinstance(r, Listing)]


def test_an_estonian_grid_names_each_cards_seller_by_its_rated_handle() -> None:
    cards = "".join(
        f'<div class="kaart"><a class="n" href="/kaup/{n}">{name}</a>'
        f'<div class="m">Müüja: <a href="/muuja/{seller}">{seller}</a> <span>★ {stars}</span></div>'
        f'<div class="h">{price} €</div></div>'
        for n, (name, seller, stars, price) in enumerate([
            ("Villane kindapaar", "Saaremaa_Villa", "4,8", "24,00"),
            ("Kadakast lõikelaud", "Puutoo_Mart", "4,9", "31,50"),
            ("Kanepiõli 250 ml", "Mahetalu", "4,6", "9,90"),
        ])
    )
    html = f"""<!DOCTYPE html><html lang="et"><head><meta charset="utf-8"><title>Uued</title></head>
    <body><h1>Uued tooted</h1><div class="vork">{cards}</div></body></html>"""
    found = [(x.title, x.vendor) for x in _listings(html, "http://laat.example/uued")]
    assert found == [("Villane kindapaar", "Saaremaa_Villa"), ("Kadakast lõikelaud", "Puutoo_Mart"),
                     ("Kanepiõli 250 ml", "Mahetalu")]


def test_a_swahili_item_page_names_its_seller_by_its_rated_handle_above_the_reviews() -> None:
    html = """<!DOCTYPE html><html lang="sw"><head><meta charset="utf-8">
    <title>Kahawa ya Kilimanjaro, 500 g - Sokoni</title></head>
    <body><h1>Kahawa ya Kilimanjaro, 500 g</h1><p class="bei">TSh 18,000</p>
    <table><tr><th>Muuzaji</th><td><a href="/wauzaji/moshi_kahawa">moshi_kahawa</a>
    <i>⭐ 4.7</i> (88)</td></tr>
    <tr><th>Aina</th><td>Kahawa</td></tr></table>
    <form method="post" action="/kikapu"><button>Nunua</button></form>
    <div class="maoni"><h2>Maoni</h2>
    <div class="review"><a href="/wauzaji/juma_k">juma_k</a> <i>⭐ 5</i><p>Kahawa nzuri sana.</p></div></div>
    </body></html>"""
    (item,) = _listings(html, "http://sokoni.example/bidhaa/301")
    assert item.vendor == "moshi_kahawa"
