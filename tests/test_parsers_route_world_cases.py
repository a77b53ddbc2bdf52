"""parsers.route_sentence and parsers.place_words: Albanian route sentences ("Dërgohet nga
Shqipëri për Kosovë": "nga" from, "për" to) and the whole world named in another case than the
CLDR's name of it (Albanian "gjithë botën" beside the CLDR's "Bota", Czech "do celého světa"
beside "Svět"): the name's last letter changed for an ending of one or two. Made-up pages here.
"""

from __future__ import annotations

import parsers
from parsers.place_words import whole_world
from parsers.route_sentence import sentence_route

_ALBANIAN = """<html lang="sq"><head><meta charset="utf-8"><title>Oferta | Tregu i Natës</title></head>
<body><h2>Oferta të reja</h2><ul class="lista">
<li class="mall"><a href="/mall/11">Raki rrushi, 1 l</a><p>Nisur nga Shqipëri për gjithë botën</p>
<b>22,00 €</b></li>
<li class="mall"><a href="/mall/12">Djathë Gjirokastre, 1 kg</a><p>Nisur nga Shqipëri për Greqi, Itali</p>
<b>15,50 €</b></li>
<li class="mall"><a href="/mall/13">Mjaltë bjeshke, 500 g</a><p>Nisur nga Kosovë për Evropë</p>
<b>9,90 €</b></li>
</ul></body></html>"""


def test_albanian_cards_give_their_route_sentences_and_the_whole_world() -> None:
    result = parsers.parse_page(_ALBANIAN.encode(), url="http://tregu.onion/oferta")
    assert result.page.page_type == "listing_index"
    assert [(r.ships_from, r.ships_to) for r in result.records] == [
        ("Shqipëri", ["gjithë botën"]), ("Shqipëri", ["Greqi", "Itali"]), ("Kosovë", ["Evropë"])]


def test_the_world_in_another_case_is_the_whole_world() -> None:
    assert whole_world("gjithë botën", "sq") and whole_world("celého světa", "cs")
    assert sentence_route(["Posílá se z Slovensko do celého světa"], "cs") == ("Slovensko", ["celého světa"])


def test_a_word_that_only_opens_like_the_worlds_name_is_no_world() -> None:
    assert not whole_world("robotët", "sq")
    assert not whole_world("botanika", "sq")
    assert not whole_world("Hello Botën", "sq")
