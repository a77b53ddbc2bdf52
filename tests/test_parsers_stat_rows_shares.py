"""parsers.stat_rows.stat_share and stat_share_count: a seller's share written with its percent
sign first, as CLDR's Turkish, Basque and Kurdish patterns write it ("%97,9", "% 98,2"), and a
count shown first with its share in brackets ("874 (%97,9 olumlu)", "512 (98.6% chanya)") are read
by their form whatever the labels' language. Invented seller pages in Basque and Swahili written
here, none a copy of a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.records import Vendor
from parsers.stat_rows import stat_share, stat_share_count

_EU = """<html lang="eu"><head><title>itsas_argia - saltzailea | Azoka Iluna</title></head><body>
<nav><a href="/">Azoka Iluna</a> <a href="/saltzaileak">Saltzaileak</a></nav>
<h1>itsas_argia <small>3. maila</small></h1>
<table class="datuak"><tr><th>Noiztik</th><td>2023-05-14</td></tr>
<tr><th>Iritziak</th><td>% 98,2</td></tr><tr><th>Salmentak</th><td>415</td></tr>
<tr><th>Azken saioa</th><td>atzo</td></tr></table>
<p>Gipuzkoatik bidaltzen dut dena.</p></body></html>"""

_SW = """<html lang="sw"><head><title>simba_chai - muuzaji | Soko Giza</title></head><body>
<header><a href="/">Soko Giza</a></header>
<h2>simba_chai</h2>
<dl><dt>Alijiunga</dt><dd>12.02.2022</dd><dt>Maoni</dt><dd>512 (98.6% chanya)</dd>
<dt>Mauzo</dt><dd>1,204</dd><dt>Mahali</dt><dd>Mombasa</dd></dl>
<p>Chai ya Kenya, moja kwa moja kutoka shambani.</p></body></html>"""


def _vendor(html: str, path: str) -> Vendor:
    result = parse_page(html.encode(), url="http://soko.example" + path, captured_at="2026-11-20T12:00:00Z",
                        use_profiles=False)
    return next(r for r in result.records if isinstance(r, Vendor))


def test_a_share_with_its_percent_sign_first_is_a_share() -> None:
    rows = ["Noiztik:", "2023-05-14", "Iritziak:", "%98,2", "Salmentak:", "415"]
    assert (stat_share(rows), stat_share_count(rows)) == (98.2, None)
    vendor = _vendor(_EU, "/vendor/itsas_argia")
    assert (vendor.name, vendor.rating, vendor.member_since) == ("itsas_argia", 98.2, "2023-05-14")


def test_a_count_shown_first_with_its_share_in_brackets_gives_both() -> None:
    rows = ["Katıldı:", "3 Mart 2024", "Geri bildirim:", "874 (%97,9 olumlu)", "Satış:", "1.203"]
    assert (stat_share(rows), stat_share_count(rows)) == (97.9, 874)
    vendor = _vendor(_SW, "/muuzaji/simba_chai")
    assert (vendor.name, vendor.feedback_count, vendor.rating, vendor.member_since) == (
        "simba_chai", 512, 98.6, "2022-02-12")


def test_two_shares_of_a_run_say_nothing_by_their_form() -> None:
    rows = ["Iritzi onak:", "% 97,1", "Iritzi txarrak:", "% 2,9", "Salmentak:", "415"]
    assert stat_share(rows) is None
