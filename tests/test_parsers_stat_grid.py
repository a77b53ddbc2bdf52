"""A seller's statistics laid out as a grid of two-element blocks, read by structure whatever the
labels' language (parsers.stat_rows.grid_rows through parsers.vendor_page.vendor_detail), and the
feedback count of a tab written with its thousands grouped by a space (parsers.vendor_counts):

* a grid of same-looking blocks, each a label element then a value element, gives the join day
  (the earliest full date) and the positive share (the one bare share), also when the page's
  lines run each label into its value ("Dołączył12.03.2022": inline elements, no space between);
* "Recenzje (1 204)", "Avis (2 417)" leading to the seller's reviews count 1204 and 2417;
* a heading that runs badges after the name ("<h2>lipovy_caj <span>Úroveň 2</span></h2>"),
  the <title> naming the same as a part of its own, names the seller of a page with a key.

Made-up pages written here (Polish, Swahili, French, Czech), none a generality round's page.
"""

from __future__ import annotations

from lab.sites.pgp import public_key
from parsers import parse_page
from parsers.dom import load
from parsers.records import Vendor
from parsers.stat_rows import grid_rows
from parsers.vendor_page import vendor_detail

_NOW = "2026-11-20T12:00:00Z"

# Polish: each statistic a <p> of two <span>s, nothing between them: the lines glue them.
_GLUED_PL = """<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8">
<title>Herbaciarnia_Ola | Sprzedawca | Bazar Nocny</title></head><body>
<nav><a href="/">Bazar Nocny</a> <a href="/koszyk">Koszyk</a></nav>
<h1>Herbaciarnia_Ola</h1>
<section class="staty">
<p class="st"><span class="k">Dołączył</span><span class="v">12.03.2022</span></p>
<p class="st"><span class="k">Ostatnio</span><span class="v">wczoraj</span></p>
<p class="st"><span class="k">Sprzedaż</span><span class="v">2 310</span></p>
<p class="st"><span class="k">Zadowolenie</span><span class="v">99,1%</span></p>
</section>
<p>Herbaty sypane z Chin i Japonii, pakowane próżniowo.</p>
<a href="/vendor/Herbaciarnia_Ola/reviews">Recenzje (1 204)</a>
</body></html>"""

# Swahili: each statistic a <div> of two <div>s, caption over value, one line each.
_BLOCKS_SW = """<!DOCTYPE html><html lang="sw"><head><meta charset="utf-8">
<title>Muuzaji Chai_Bora — Soko Giza</title></head><body>
<div class="juu"><a href="/">Soko Giza</a></div>
<h2 class="jina">Chai_Bora</h2>
<div class="takwimu">
<div class="seli"><div class="lebo">Alijiunga</div><div class="thamani">7 Aprili 2021</div></div>
<div class="seli"><div class="lebo">Mauzo</div><div class="thamani">845</div></div>
<div class="seli"><div class="lebo">Maoni chanya</div><div class="thamani">97,4%</div></div>
<div class="seli"><div class="lebo">Alionekana</div><div class="thamani">leo</div></div>
</div>
<a href="/vendor/Chai_Bora/feedback">Maoni (2 417)</a>
</body></html>"""


def test_a_grid_of_label_and_value_blocks_gives_its_rows_in_order() -> None:
    doc = load(_BLOCKS_SW.encode(), url="http://soko.onion/vendor/Chai_Bora")
    assert grid_rows(doc) == [
        ("Alijiunga", "7 Aprili 2021"), ("Mauzo", "845"), ("Maoni chanya", "97,4%"), ("Alionekana", "leo"),
    ]


def test_a_seller_whose_statistic_lines_run_label_into_value_still_gives_its_join_day_and_share() -> None:
    doc = load(_GLUED_PL.encode(), url="http://bazar.onion/vendor/Herbaciarnia_Ola")
    assert "Dołączył12.03.2022" in doc.text_lines  # the glued lines no label reader can split
    vendor = vendor_detail(doc, now=_NOW)
    assert vendor is not None and vendor.name == "Herbaciarnia_Ola"
    assert (vendor.member_since, vendor.rating) == ("2022-03-12", 99.1)


def test_a_tab_count_grouped_by_a_space_is_the_feedback_count() -> None:
    result = parse_page(_GLUED_PL.encode(), url="http://bazar.onion/vendor/Herbaciarnia_Ola",
                        captured_at=_NOW, use_profiles=False)
    [vendor] = [r for r in result.records if isinstance(r, Vendor)]
    assert vendor.feedback_count == 1204


def test_a_swahili_grid_of_captions_over_values_gives_join_day_share_and_count() -> None:
    result = parse_page(_BLOCKS_SW.encode(), url="http://soko.onion/vendor/Chai_Bora", captured_at=_NOW,
                        use_profiles=False)
    assert result.page.page_type == "vendor"
    [vendor] = [r for r in result.records if isinstance(r, Vendor)]
    assert (vendor.name, vendor.member_since, vendor.rating, vendor.feedback_count) == (
        "Chai_Bora", "2021-04-07", 97.4, 2417)


def test_blocks_of_two_that_are_not_label_and_value_make_no_grid() -> None:
    page = ("<html><body><div>" + "".join(
        f"<p><b>{n}</b><i>{n + 1}</i></p>" for n in range(5)) + "</div>"
        "<div><p><a href='/a'>Home</a><a href='/b'>About</a></p></div></body></html>")
    assert grid_rows(load(page.encode())) == []


def test_a_heading_that_runs_badges_after_the_name_names_the_seller_of_a_keyed_page() -> None:
    key = public_key("stat-grid-cs", "Lipovy caj (fictional) <caj@example.org>")
    page = f"""<!DOCTYPE html><html lang="cs"><head><meta charset="utf-8">
<title>lipovy_caj - Profil prodejce - Trh Lípa</title></head><body>
<div class="hlava"><a href="/">Trh Lípa</a></div>
<h2 class="jmeno">lipovy_caj <span class="uroven">Úroveň 2</span> <span class="odznak">Ověřený</span></h2>
<table class="udaje"><tr><td>Členem:</td><td>5. května 2023</td></tr><tr><td>Prodeje:</td><td>312</td></tr>
<tr><td>Spory:</td><td>0</td></tr></table>
<h3>Veřejný klíč</h3><pre>{key.armored}</pre></body></html>"""
    result = parse_page(page.encode(), url="http://lipa.onion/prodejce/lipovy_caj", captured_at=_NOW,
                        use_profiles=False)
    assert result.page.page_type == "vendor"
    [vendor] = [r for r in result.records if isinstance(r, Vendor)]
    assert (vendor.name, vendor.member_since, vendor.pgp_fingerprint) == (
        "lipovy_caj", "2023-05-05", key.fingerprint)
