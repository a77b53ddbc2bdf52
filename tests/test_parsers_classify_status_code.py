"""parsers.classify.error_like: a status code shown on a line of its own beside the page's main
heading makes a short page an error page, whatever the language of its words."""

from __future__ import annotations

from parsers import parse_page


def test_a_dutch_removed_offer_under_a_big_410_is_an_error_page() -> None:
    html = ("<html><head><title>Aanbod weg · Grachtenmarkt</title></head><body>"
            "<nav><a href='/'>Grachtenmarkt</a> <a href='/mand'>Mandje</a></nav>"
            "<main><p class=nummer>410</p><h1>Deze advertentie bestaat niet meer</h1>"
            "<p>De verkoper heeft haar ingetrokken. Lopende bestellingen worden terugbetaald.</p>"
            "<a href='/'>Naar de voorpagina</a></main></body></html>")
    result = parse_page(html.encode(), url="http://x.onion/advertentie/881")
    assert result.page.page_type == "error"


def test_a_turkish_closed_shop_whose_heading_sits_above_its_503_is_an_error_page() -> None:
    html = ("<html><head><title>Gece Çarşısı</title></head><body><div class=ust>"
            "<a href='/'>Gece Çarşısı</a></div><div class=kutu><h2>Mağaza geçici olarak kapalı</h2>"
            "<div class=kod>HTTP 503</div><p>Bakım çalışması sürüyor, lütfen sonra tekrar deneyin.</p>"
            "</div></body></html>")
    assert parse_page(html.encode(), url="http://x.onion/magaza/12").page.page_type == "error"


def test_a_figure_of_an_error_code_beside_no_heading_makes_no_error_page() -> None:
    html = ("<html><head><title>Kaarsenmaker · Grachtenmarkt</title></head><body>"
            "<h1>Kaarsenmaker</h1><p>Handgegoten kaarsen uit Delft.</p><table>"
            "<tr><td>Verkopen</td><td>Beoordelingen</td></tr><tr><td>404</td><td>98%</td></tr>"
            "</table><p>Lid sinds 2023</p></body></html>")
    assert parse_page(html.encode(), url="http://x.onion/verkoper/Kaarsenmaker").page.page_type != "error"
