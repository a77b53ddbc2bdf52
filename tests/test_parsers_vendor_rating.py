"""parsers.vendor_page: a seller's ``rating`` is a positive-feedback PERCENTAGE and nothing else.
A star score ("4.8/5", "4,8 out of 5", "★★★★☆") is a mean of scores, another measure: it is not
converted (no rating rather than a made-up share, as every round's truth has it), and where the
page shows both, the percentage is the rating. Made-up pages written here.
"""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.records import Vendor


def _vendor(html: str, url: str) -> Vendor | None:
    result = parse_page(html.encode("utf-8"), url=url)
    found = [r for r in result.records if isinstance(r, Vendor)]
    return found[0] if found else None


def _page(stats: str) -> str:
    return f"""<html lang="pt"><head><title>erva_boa - vendedor - Mercado Sul</title></head><body>
<div class="perfil"><h2>erva_boa</h2><ul class="dados">
<li>Membro desde: 2022-08-01</li>{stats}<li>Vendas: 640</li></ul></div></body></html>"""


@pytest.mark.parametrize("stars", [
    "<li>Avaliação: 4.8/5</li>",
    "<li>Avaliação: 4,8 de 5 estrelas</li>",
    "<li>Rating: 4.8 out of 5</li>",
    "<li>Avaliação: <span title='4 de 5'>★★★★☆</span></li>",
])
def test_a_star_score_alone_gives_no_rating(stars: str) -> None:
    vendor = _vendor(_page(stars), "http://mercado-sul.example/vendor/erva_boa")
    assert vendor is not None
    assert (vendor.name, vendor.member_since, vendor.rating) == ("erva_boa", "2022-08-01", None)


def test_a_positive_percentage_beside_a_star_score_is_the_rating() -> None:
    stats = "<li>Avaliação: 4.8/5 ★★★★★</li><li>Feedback positivo: 97.5%</li>"
    vendor = _vendor(_page(stats), "http://mercado-sul.example/vendor/erva_boa")
    assert vendor is not None
    assert vendor.rating == 97.5


_HUNGARIAN = """<html lang="hu"><head><title>tea_mester | Piac</title></head><body>
<section><h1>tea_mester</h1><table>
<tr><td>Csatlakozott</td><td>2021-02-17</td></tr>
<tr><td>Értékelés</td><td>4,9 / 5</td></tr>
<tr><td>Pozitív</td><td>99,2%</td></tr>
<tr><td>Eladások</td><td>1 210</td></tr></table></section></body></html>"""


def test_a_hungarian_table_with_a_star_score_and_a_share_reads_the_share() -> None:
    vendor = _vendor(_HUNGARIAN, "http://piac.example/seller/tea_mester")
    assert vendor is not None
    assert (vendor.name, vendor.member_since, vendor.rating) == ("tea_mester", "2021-02-17", 99.2)
