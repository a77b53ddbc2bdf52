"""parsers.image_captcha: a captcha of picture tiles known by its form's shape in any language
(four choices or more of one name, each a picture with no words), wired in parsers.page as a wall.

The pages are small synthetic ones written here, none a copy of a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.image_captcha import image_captcha

# Georgian: the tiles are image buttons in a table, one click answers.
_BUTTONS_KA = """<html lang="ka"><head><title>შემოწმება</title></head><body>
<h2>აირჩიეთ სურათი, რომელზეც ცხენია</h2>
<form method="post" action="/gate"><input type="hidden" name="k" value="91ab">
<table><tr>""" + "".join(
    f'<td><input type="image" name="pick" value="{n}" src="/gate/img/91ab/{n}.png" alt=""></td>'
    + ("</tr><tr>" if n % 3 == 2 else "")
    for n in range(9)
) + """</tr></table></form><p>5 წუთი</p></body></html>"""

# Basque: radio buttons beside pictures, each pair in a div of its own.
_RADIOS_EU = """<html lang="eu"><head><title>Egiaztapena</title></head><body><div class="atea">
<p>Aukeratu txalupa bat duen irudia.</p><form method="post" action="/egiaztatu">
""" + "".join(
    f'<div class="lauza"><input type="radio" name="erantzuna" value="{n}"><img src="/l/{n}.jpg"></div>'
    for n in range(6)
) + """<button type="submit">Bidali</button></form></div></body></html>"""

# Armenian: hidden boxes, each drawn as the picture of the label that names its id.
_LABELS_HY = """<html lang="hy"><head><title>Ստուգում</title></head><body><main>
<p>Ընտրեք բոլոր նկարները, որոնցում ծիրան կա։</p><form method="post" action="/stugum">
""" + "".join(
    f'<input type="checkbox" id="n{n}" name="nkar[]" value="{n}" hidden>'
    f'<label for="n{n}" class="salik"><img src="/s/{n}.webp" alt=""></label>'
    for n in range(12)
) + """<button>Հաստատել</button></form></main></body></html>"""

# Estonian: a shop's colour filter of pictures with names, beside its goods.
_SWATCHES_ET = """<html lang="et"><head><title>Villased sokid</title></head><body>
<form action="/otsi">""" + "".join(
    f'<label><input type="checkbox" name="varv" value="{c}"><img src="/v/{c}.png"> {c}</label>'
    for c in ("punane", "sinine", "roheline", "hall", "must")
) + """</form><ul>""" + "".join(
    f'<li><a href="/toode/{n}">Villased sokid nr {n}</a> {n}9,00 €</li>' for n in range(1, 4)
) + """</ul></body></html>"""


def test_a_georgian_grid_of_image_buttons_is_a_captcha_page() -> None:
    assert parse_page(_BUTTONS_KA.encode(), url="http://cxeni.example/gate").page.page_type == "captcha"


def test_basque_radio_buttons_each_beside_a_picture_are_a_captcha_page() -> None:
    assert parse_page(_RADIOS_EU.encode(), url="http://txalupa.example/").page.page_type == "captcha"


def test_armenian_hidden_boxes_drawn_as_the_pictures_of_their_labels_are_a_captcha_page() -> None:
    assert parse_page(_LABELS_HY.encode(), url="http://tsiran.example/").page.page_type == "captcha"


def test_an_estonian_colour_filter_of_named_swatches_beside_goods_is_no_captcha() -> None:
    assert not image_captcha(load(_SWATCHES_ET.encode()))
    assert parse_page(_SWATCHES_ET.encode(), url="http://sokid.example/").page.page_type == "listing_index"


def test_picture_tiles_beside_a_password_field_are_no_picture_captcha() -> None:
    page = _RADIOS_EU.replace("<button", '<input type="password" name="pw"><button')
    assert not image_captcha(load(page.encode()))
