"""parsers.classify's captcha by its form's shape: a picture and one short field to type its
characters in (a maxlength of a few, or a posted form the browser must not fill), whatever the
page's words."""

from __future__ import annotations

from parsers import parse_page


def test_a_swahili_gate_with_a_picture_and_a_six_character_field_is_a_captcha() -> None:
    html = ("<html lang=sw><head><title>Uthibitisho - Soko Jioni</title></head><body><div class=sj>"
            "<h2>Soko Jioni</h2><p>Andika herufi unazoziona kwenye picha hapa chini.</p>"
            "<form action='/thibitisha' method='post'><img src='/picha.png?k=91ab' alt=''>"
            "<input type=hidden name=rudi value='/bidhaa/12'><input name=jibu maxlength=6>"
            "<button>Ingia sokoni</button></form></div></body></html>")
    assert parse_page(html.encode(), url="http://x.onion/thibitisha").page.page_type == "captcha"


def test_a_welsh_gate_whose_posted_field_is_kept_from_autocomplete_is_a_captcha() -> None:
    html = ("<html lang=cy><body><main><h1>Marchnad y Nos</h1><form method=POST action='/gwirio'>"
            "<p>Teipiwch y nodau yn y llun.</p><div><img src='/llun/8812.jpg' width=200 height=70></div>"
            "<label>Nodau</label> <input type=text name=atb autocomplete=off>"
            "<input type=submit value='Ymlaen'></form></main></body></html>")
    assert parse_page(html.encode(), url="http://x.onion/gwirio").page.page_type == "captcha"


def test_a_search_form_beside_a_logo_is_no_captcha() -> None:
    html = ("<html><body><form action='/chercher' method=get><img src='/logo.png' alt='Boutique'>"
            "<input type=text name=q autocomplete=off placeholder='Rechercher'><button>OK</button></form>"
            "<h1>Thés verts</h1><p>Une sélection de thés du Japon et de Chine.</p></body></html>")
    assert parse_page(html.encode(), url="http://x.onion/").page.page_type != "captcha"
