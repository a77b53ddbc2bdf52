"""parsers.stat_rows.cell_rows: a definition list that wraps each term and its description in a
<div> of their own (as HTML 5 allows) is a run of label / value rows too, so a seller's share and
join day under labels of no known language are read from it.

The pages are small synthetic ones written here, none a copy of a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.records import Vendor
from parsers.stat_rows import cell_rows, stat_joined, stat_share

_GROUPS = "".join(
    f'<div class="ystad"><dt>{label}</dt><dd>{value}</dd></div>'
    for label, value in (("Ymunodd", "12.05.2022"), ("Gwerthiant", "311"), ("Adborth da", "<b>97,5%</b>"))
)

_PROFILE_CY = f"""<html lang="cy"><head><title>Marchnad Ddu - gwerthwr eryr_gwyn</title></head><body>
<nav><a href="/">Marchnad Ddu</a> <a href="/gwerthwyr">gwerthwyr</a></nav>
<h2>eryr_gwyn</h2><dl class="ystadegau">{_GROUPS}</dl>
<p>Croeso! Mae popeth yn cael ei anfon o Gaerdydd.</p></body></html>"""


def test_a_definition_list_of_grouped_rows_gives_its_label_value_lines() -> None:
    rows = cell_rows(load(f"<dl>{_GROUPS}</dl>".encode()))
    assert rows == ["Ymunodd:", "12.05.2022", "Gwerthiant:", "311", "Adborth da:", "97,5%"]
    assert (stat_share(rows), stat_joined(rows)) == (97.5, "2022-05-12")


def test_a_welsh_sellers_grouped_statistics_give_its_share_and_join_day() -> None:
    result = parse_page(_PROFILE_CY.encode(), url="http://marchnad.example/vendor/eryr_gwyn")
    vendors = [r for r in result.records if isinstance(r, Vendor)]
    assert result.page.page_type == "vendor"
    assert [(v.name, v.rating, v.member_since) for v in vendors] == [("eryr_gwyn", 97.5, "2022-05-12")]
