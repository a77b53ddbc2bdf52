"""parsers.kind_counts.split_counts: counts by kind under words in any language, known by the
share beside them that is the first count's part of their sum; read into a vendor's profile
(parsers.vendor_page) and a feedback page's vendor (parsers.feedback_vendor)."""

from __future__ import annotations

from parsers import parse_page
from parsers.kind_counts import split_counts

_KEY = ("<pre>-----BEGIN PGP PUBLIC KEY BLOCK-----\nmDMEZ0000xYJKwYBBAHaRw8BAQdA\n=AbCd\n"
        "-----END PGP PUBLIC KEY BLOCK-----</pre>")


def test_a_korean_profile_reads_its_good_and_bad_counts_as_feedback_and_their_share_as_rating() -> None:
    html = ("<html><head><title>초록잎 상점 - 밤시장</title></head><body><a href='/'>밤시장</a>"
            "<div class=prof><h1>chorok_leaf</h1><div class=sc><span>좋음 <b>812</b></span> "
            "<span>나쁨 <b>9</b></span> <span>(만족도 98.9%)</span></div>"
            "<dl><dt>가입일</dt><dd>2024-02-11</dd></dl></div></body></html>")
    result = parse_page(html.encode(), url="http://x.onion/store/chorok_leaf")
    vendor = result.records[0]
    assert result.page.page_type == "vendor"
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("chorok_leaf", 821, 98.9)


def test_a_finnish_profile_with_three_kinds_on_lines_of_their_own_sums_all_three() -> None:
    lines = ["Palaute", "Hyvä: 640", "Neutraali: 5", "Huono: 3", "Tyytyväisyys: 98,8 %"]
    assert split_counts(lines) == (648, 98.8)
    html = ("<html><head><title>metsa_kauppa | Metsätori</title></head><body><h2>metsa_kauppa</h2>"
            "<p>Liittynyt: 2024-05-01</p>"
            + "".join(f"<p>{line}</p>" for line in lines) + f"{_KEY}</body></html>")
    vendor = parse_page(html.encode(), url="http://x.onion/myyja/metsa_kauppa").records[0]
    assert (vendor.feedback_count, vendor.rating) == (648, 98.8)


def test_a_slovene_feedback_page_takes_its_share_from_kinds_under_unknown_words() -> None:
    rows = "".join(
        f"<tr><td>★★★★★ 5/5</td><td>Hitro poslano, lepo zapakirano, hvala.</td>"
        f"<td><a href='/izdelek/{n}'>Med {n}</a></td><td>{n}.11.2026</td></tr>" for n in (3, 4, 5))
    html = ("<html><body><h1>Ocene prodajalca <a href='/prodajalec/Cebelar_Jure'>Cebelar_Jure</a></h1>"
            "<p>Dobre: 430</p><p>Slabe: 12</p><p>Zadovoljstvo: 97,3 %</p>"
            f"<table>{rows}</table></body></html>")
    result = parse_page(html.encode(), url="http://x.onion/prodajalec/Cebelar_Jure/ocene")
    assert result.page.page_type == "feedback"
    vendor = result.records[0]
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Cebelar_Jure", 442, 97.3)


def test_counts_whose_share_does_not_match_any_percentage_near_them_are_no_kinds() -> None:
    assert split_counts(["Orders: 300", "Disputes: 2", "Discount 15%"]) is None
    assert split_counts(["Sold 45", "In stock 12", "VAT 21%"]) is None
    assert split_counts(["Good 812", "Bad 9"]) is None  # no share shown: nothing says which is which


def test_a_portuguese_feedback_page_sums_kinds_whose_counts_carry_their_share_in_brackets() -> None:
    # A term list at the foot: each kind's word over its count with the kind's own share in
    # brackets; no line names the total, the kinds' sum is it and the positive share the rating.
    html = ("<html><head><title>Olaria_do_Minho - avaliações</title></head><body>"
            "<nav><a href='/'>Mercado</a> › <a href='/loja/Olaria_do_Minho'>Olaria_do_Minho</a>"
            "</nav><div>Saldo: 0,0000 XMR · <a href='/carrinho'>Carrinho (0)</a></div>"
            "<h1>Olaria_do_Minho: avaliações</h1><table>"
            "<tr><td title='positiva'>+</td><td>Muito bonita a taça.</td><td>a***s</td>"
            "<td>18.11.2026</td></tr>"
            "<tr><td title='positiva'>+</td><td>Chegou depressa e bem embrulhada.</td><td>k***a</td>"
            "<td>16.11.2026</td></tr>"
            "<tr><td title='neutra'>0</td><td>A caixa veio amassada.</td><td>m***o</td>"
            "<td>12.11.2026</td></tr></table>"
            "<section><h2>Resumo</h2><dl><dt>Positivas</dt><dd>2 044 (97,2 %)</dd>"
            "<dt>Neutras</dt><dd>38 (1,8 %)</dd><dt>Negativas</dt><dd>21 (1,0 %)</dd>"
            "<dt>Vendas</dt><dd>3 100</dd></dl></section></body></html>")
    result = parse_page(html.encode(), url="http://x.onion/loja/Olaria_do_Minho/reviews")
    vendor = next(r for r in result.records if type(r).__name__ == "Vendor")
    assert result.page.page_type == "feedback"
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Olaria_do_Minho", 2103, 97.2)


def test_tiles_of_counts_with_bracketed_shares_sum_when_the_first_share_is_theirs() -> None:
    assert split_counts(["Souhrn", "Kladné", "1.311 (99,1%)", "Záporné", "12 (0,9%)"]) == (1323, 99.1)
    # A bracketed share that is not the first count's part of the sum makes no kinds.
    assert split_counts(["Kladné", "1.311 (80,0%)", "Záporné", "12 (20,0%)"]) is None
