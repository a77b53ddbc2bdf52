"""parsers.period_table: a seller's feedback counted by kind over several periods in one table
gives the widest period's figures (its count, its positive share), whichever axis the periods
run along and in any language; a vendor's page that shows such a table above its few items is
the vendor's page. Made-up pages written here.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.period_table import period_figures
from parsers.records import Listing, Vendor

_KEYLESS_ITEMS = """<section><h2>{items}</h2><ul>
<li><a href="/item/101">{a}</a> — 12,00 €</li>
<li><a href="/item/102">{b}</a> — 30,50 €</li>
<li><a href="/item/103">{c}</a> — 7,90 €</li></ul></section>"""


def _german_page() -> str:
    # Kinds as rows, periods as columns, the widest period FIRST (counts shrink along them).
    items = _KEYLESS_ITEMS.format(items="Artikel von Holzwurm_Ede", a="Schneidebrett Eiche",
                                  b="Salatbesteck Olive", c="Kochlöffel Buche")
    return f"""<html lang="de"><head><title>Holzwurm_Ede · Händler · Waldmarkt</title></head><body>
<nav><a href="/">Start</a> <a href="/haendler">Händler</a></nav>
<h1>Holzwurm_Ede</h1>
<ul><li>Dabei seit: 14.05.2020</li><li>Zuletzt online: heute</li></ul>
<table class="bewertungen">
<tr><th></th><th>Gesamt</th><th>12 Monate</th><th>30 Tage</th></tr>
<tr><th>Positiv</th><td>2.310</td><td>640</td><td>52</td></tr>
<tr><th>Neutral</th><td>31</td><td>8</td><td>1</td></tr>
<tr><th>Negativ</th><td>12</td><td>2</td><td>0</td></tr>
<tr><th>Anteil positiv</th><td>98,2 %</td><td>98,5 %</td><td>98,1 %</td></tr>
</table>
{items}</body></html>"""


def _english_page() -> str:
    # Periods as rows (the shortest first), kinds as columns, no total row.
    items = _KEYLESS_ITEMS.format(items="Listings by copperkettle", a="Brass kettle, 1 l",
                                  b="Copper mug pair", c="Tin tea caddy").replace("€", "$")
    return f"""<html lang="en"><head><title>copperkettle - Vendors - Lantern Row</title></head><body>
<h1>copperkettle</h1>
<p>Member since March 3, 2022</p>
<table>
<thead><tr><th>Period</th>
<th>Positive</th><th>Neutral</th><th>Negative</th><th>Positive share</th></tr></thead>
<tbody>
<tr><td>Last week</td><td>9</td><td>0</td><td>0</td><td>100 %</td></tr>
<tr><td>Last 6 months</td><td>214</td><td>3</td><td>1</td><td>98.2 %</td></tr>
<tr><td>All time</td><td>761</td><td>9</td><td>6</td><td>98.1 %</td></tr>
</tbody></table>
{items}</body></html>"""


def test_a_table_of_kinds_by_period_gives_the_widest_periods_count_and_share() -> None:
    assert period_figures(load(_german_page().encode())) == (2353, 98.2)
    assert period_figures(load(_english_page().encode())) == (776, 98.1)


def test_a_total_row_is_the_count_not_added_to_the_kinds() -> None:
    page = _german_page().replace(
        "<tr><th>Anteil", "<tr><th>Summe</th><td>2.353</td><td>650</td><td>53</td></tr><tr><th>Anteil")
    assert period_figures(load(page.encode())) == (2353, 98.2)


def test_a_vendor_page_with_a_period_table_above_its_items_is_the_vendors_page() -> None:
    for html, url, want in [
        (_german_page(), "http://waldmarkt.example/haendler/Holzwurm_Ede",
         ("Holzwurm_Ede", 2353, 98.2, "2020-05-14")),
        (_english_page(), "http://lanternrow.example/vendor/copperkettle",
         ("copperkettle", 776, 98.1, "2022-03-03")),
    ]:
        result = parse_page(html.encode(), url=url)
        assert result.page.page_type == "vendor"
        vendors = [r for r in result.records if isinstance(r, Vendor)]
        assert [(v.name, v.feedback_count, v.rating, v.member_since) for v in vendors] == [want]
        assert not [r for r in result.records if isinstance(r, Listing)]


def test_a_table_of_prices_by_quantity_is_no_period_table() -> None:
    page = b"""<html><body><h1>leafy</h1><table><tr><th>Amount</th><th>Price</th><th>Saving</th></tr>
<tr><td>10 g</td><td>40 EUR</td><td>0 %</td></tr><tr><td>50 g</td><td>180 EUR</td><td>10 %</td></tr>
<tr><td>100 g</td><td>320 EUR</td><td>20 %</td></tr></table></body></html>"""
    assert period_figures(load(page)) is None


def test_counts_that_grow_the_same_way_along_both_axes_name_no_period() -> None:
    page = b"""<html><body><table><tr><th></th><th>A</th><th>B</th></tr>
<tr><th>One</th><td>1</td><td>2</td></tr><tr><th>Two</th><td>3</td><td>4</td></tr>
<tr><th>Share</th><td>50 %</td><td>60 %</td></tr></table></body></html>"""
    assert period_figures(load(page)) is None
