"""parsers.labelled_handles: the cards' seller as the handle every card sets apart after one label
whose words no vocabulary knows (used by parsers.markets on index pages). Made-up pages written
here (Georgian, Tagalog), none a generality round's page.
"""

from __future__ import annotations

from lxml import html as lxml_html

from parsers import parse_page
from parsers.labelled_handles import labelled_handles
from parsers.records import Listing

_GEORGIAN = """<!DOCTYPE html><html lang="ka"><head><meta charset="utf-8"><title>ახალი ნივთები</title></head>
<body><h1>ახალი ნივთები</h1>{cards}</body></html>"""
_GEORGIAN_CARD = """<div class="nivti"><a href="/nivti/{n}">{title}</a>
<div class="gamk">გამყიდველი: <a href="/gamkidveli/{seller}">{seller}</a></div><div>{price} ₾</div></div>"""

_TAGALOG = """<!DOCTYPE html><html lang="tl"><head><meta charset="utf-8"><title>Bagong paninda</title></head>
<body>{cards}</body></html>"""
_TAGALOG_CARD = """<article class="item"><h2><a href="/item/{n}">{title}</a></h2>
<p><small>{label}: <strong>{seller}</strong></small></p><p>₱{price}</p></article>"""


def _sellers(page: str, card: str, rows: list[dict[str, str]]) -> list[str | None]:
    html = page.format(cards="".join(card.format(n=n, **row) for n, row in enumerate(rows)))
    result = parse_page(html.encode(), url="http://palengke.example/bago")
    assert result.page.page_type == "listing_index"
    return [r.vendor for r in result.records if isinstance(r, Listing)]


def test_georgian_cards_name_their_sellers_in_links_after_a_label_no_vocabulary_knows() -> None:
    rows = [{"title": "ჩურჩხელა, 10 ც.", "seller": "Kakhuri_Marani", "price": "25"},
            {"title": "თაფლი, 1 კგ", "seller": "Taplis_Sakhli7", "price": "40"},
            {"title": "ღვინო, 0,75 ლ", "seller": "Kakhuri_Marani", "price": "18"}]
    assert _sellers(_GEORGIAN, _GEORGIAN_CARD, rows) == ["Kakhuri_Marani", "Taplis_Sakhli7", "Kakhuri_Marani"]


def test_tagalog_cards_name_their_sellers_in_bold_handles_run_together_or_underscored() -> None:
    rows = [{"title": "Banig na tinahi", "label": "Nagtitinda", "seller": "BanigNiLola", "price": "850"},
            {"title": "Kapeng barako, 500 g", "label": "Nagtitinda", "seller": "Barako_Batangas",
             "price": "320"}]
    assert _sellers(_TAGALOG, _TAGALOG_CARD, rows) == ["BanigNiLola", "Barako_Batangas"]


def test_a_label_whose_values_are_words_names_no_seller() -> None:
    rows = [{"title": "Banig na tinahi", "label": "Uri", "seller": "Banig", "price": "850"},
            {"title": "Kapeng barako, 500 g", "label": "Uri", "seller": "Kape", "price": "320"}]
    assert _sellers(_TAGALOG, _TAGALOG_CARD, rows) == [None, None]


def test_a_handle_on_some_cards_only_or_after_a_known_field_s_label_names_no_seller() -> None:
    card = "<div><a href='/i/{n}'>Tea</a> 4 EUR <p>{label}: <b>{handle}</b></p></div>"
    cards = [lxml_html.fromstring(card.format(n=n, label=label, handle=handle))
             for n, (label, handle) in enumerate((("Prodava", "Zeleni_Caj"), ("Prodava", "Crni_Caj")))]
    assert labelled_handles(cards) == ["Zeleni_Caj", "Crni_Caj"]
    bare = lxml_html.fromstring("<div><a href='/i/9'>Mate</a> 5 EUR</div>")
    assert labelled_handles([*cards, bare]) is None
    priced = [lxml_html.fromstring(f"<div><a href='/i/{n}'>Tea</a><p>Category: <b>Tea_{n}</b></p></div>")
              for n in range(2)]
    assert labelled_handles(priced) is None
