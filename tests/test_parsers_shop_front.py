"""A single seller's shop front (parsers.markets.extract_market): a page of three cards or more on
sale that shows the seller's key (in its footer, its sidebar) but no statistic of a profile (join
day, feedback count, rating) and lies at no seller's address is an index of the seller's
listings, each sold by the shop the page names; a profile that shows its statistics beside its
items stays a profile.

Made-up pages written here (German, French), none a generality round's page.
"""

from __future__ import annotations

from lab.sites.pgp import public_key
from parsers import parse_page
from parsers.records import Listing, Vendor

_NOW = "2026-11-20T12:00:00Z"


def _card(slug: str, title: str, price: str, extra: str) -> str:
    return (f'<div class="artikel"><h3><a href="/artikel/{slug}">{title}</a></h3>'
            f'<p class="preis">{price}</p><p class="info">{extra}</p>'
            f'<a class="kauf" href="/bestellen?a={slug}">Bestellen</a></div>')


def _shop_de(key: str) -> str:
    cards = "".join([
        _card("honig-500", "Waldhonig, 500 g", "14,00 €", "Versand aus Deutschland"),
        _card("honig-250", "Rapshonig, 250 g", "7,50 €", "Versand aus Deutschland"),
        _card("wachs", "Bienenwachskerze, handgezogen", "9,90 €", "Versand aus Deutschland"),
    ])
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Imkerei Lindenhof — Laden</title></head><body>
<div class="kopf"><b>Imkerei Lindenhof</b> · <a href="/">Laden</a> · <a href="/hilfe">Hilfe</a></div>
<p>Eine kleine Imkerei. Jede Bestellung wird mit unserem Schlüssel unten verschlüsselt.</p>
<div class="waren">{cards}</div>
<div class="fuss"><p>Zahlung in XMR.</p><pre>{key}</pre><p>© 2026 Imkerei Lindenhof</p></div>
</body></html>"""


def _shop_fr(key: str) -> str:
    cards = "".join(
        f'<li class="produit"><a href="/produit/{n}">{title}</a> <span class="prix">{price}</span></li>'
        for n, (title, price) in enumerate([
            ("Savon au lait de chèvre", "6,00 €"), ("Savon à l'argile verte", "6,50 €"),
            ("Baume à lèvres, cire d'abeille", "4,20 €"), ("Coffret de trois savons", "16,00 €")]))
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Savonnerie du Causse | Boutique</title></head><body>
<aside class="cote"><h4>Notre clé PGP</h4><pre>{key}</pre></aside>
<main><div class="marque">Savonnerie du Causse</div><ul class="produits">{cards}</ul>
<p>Savons saponifiés à froid, fabriqués à la main en Aveyron.</p></main>
</body></html>"""


def test_a_shop_front_with_its_key_in_the_footer_is_an_index_of_the_shops_listings() -> None:
    key = public_key("shop-front-de", "Imkerei Lindenhof (fictional) <imker@example.org>")
    result = parse_page(_shop_de(key.armored).encode(), url="http://linden.onion/", captured_at=_NOW,
                        use_profiles=False)
    assert result.page.page_type == "listing_index"
    listings = [r for r in result.records if isinstance(r, Listing)]
    assert [(r.title, r.price, r.vendor) for r in listings] == [
        ("Waldhonig, 500 g", 14.0, "Imkerei Lindenhof"), ("Rapshonig, 250 g", 7.5, "Imkerei Lindenhof"),
        ("Bienenwachskerze, handgezogen", 9.9, "Imkerei Lindenhof")]
    assert not [r for r in result.records if isinstance(r, Vendor)]


def test_a_shop_front_with_its_key_in_a_sidebar_is_an_index_too() -> None:
    key = public_key("shop-front-fr", "Savonnerie (fictional) <savon@example.org>")
    result = parse_page(_shop_fr(key.armored).encode(), url="http://causse.onion/boutique",
                        captured_at=_NOW, use_profiles=False)
    assert result.page.page_type == "listing_index"
    listings = [r for r in result.records if isinstance(r, Listing)]
    assert len(listings) == 4 and {r.vendor for r in listings} == {"Savonnerie du Causse"}


def test_a_profile_with_its_statistics_beside_its_items_stays_a_profile() -> None:
    key = public_key("shop-front-profile", "Imkerei Lindenhof (fictional) <imker@example.org>")
    page = _shop_de(key.armored).replace(
        '<div class="waren">', '<p>Mitglied seit: 12.05.2022</p><p>Bewertungen: 214</p><div class="waren">')
    result = parse_page(page.encode(), url="http://linden.onion/", captured_at=_NOW, use_profiles=False)
    assert result.page.page_type == "vendor"
    [vendor] = [r for r in result.records if isinstance(r, Vendor)]
    assert (vendor.member_since, vendor.pgp_fingerprint) == ("2022-05-12", key.fingerprint)
