"""A card's category as the site's counted list of categories names it (parsers.facet_names, used
by parsers.markets on index pages): a list beside the cards whose items are each one link and a
count of the items filed there, the links' addresses branches of one path, whatever their words,
script or digits; a card's chip or badge of one of those names alone is its category.

Made-up pages written here (Swedish, Burmese), none a generality round's page.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.cldr_dates import page_language
from parsers.dom import load
from parsers.facet_names import facet_category, facet_names
from parsers.records import Listing

_PAGE_SV = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">
<title>Nytt i butiken — Skymningstorget</title></head>
<body><div class="st-wrap"><aside class="st-side"><h4>Avdelningar</h4><ul>
<li><a href="/sv/avd/te">Te</a> <em>(41)</em></li><li><a href="/sv/avd/keramik">Keramik</a> <em>(17)</em></li>
<li><a href="/sv/avd/textil">Textil</a> <em>(1 204)</em></li></ul></aside>
<section class="st-grid">{cards}</section></div></body></html>"""

_CARD_SV = """<div class="st-kort"><a class="st-tag" href="/sv/avd/{slug}">{cat}</a>
<h3><a href="/sv/vara/{n}">{title}</a></h3><div>säljs av <a href="/sv/s/{seller}">{seller}</a></div>
<div class="st-pris">{price} kr</div></div>"""

_PAGE_MY = """<!DOCTYPE html><html lang="my"><head><meta charset="utf-8"><title>ပစ္စည်းသစ်များ — ညဈေး</title>
</head><body><nav class="ny-cats"><ul><li><a href="/amyo/chi">ချည်ထည်</a> (၁၂)</li>
<li><a href="/amyo/lakmhu">လက်မှုပစ္စည်း</a> (၈)</li><li><a href="/amyo/sar">စာအုပ်</a> (၂၃)</li></ul></nav>
<main>{cards}</main></body></html>"""

_CARD_MY = """<div class="ny-item"><span class="ny-b">{cat}</span><a href="/pyit/{n}">{title}</a>
<p>{price} USD</p></div>"""


def _listings(html: str) -> list[Listing]:
    result = parse_page(html.encode(), url="http://torget.example/sv/nytt")
    assert result.page.page_type == "listing_index"
    return [r for r in result.records if isinstance(r, Listing)]


def test_swedish_cards_take_their_category_from_a_chip_the_sidebars_counted_list_names() -> None:
    cards = "".join(_CARD_SV.format(n=n, slug=slug, cat=cat, title=title, seller=seller, price=price)
                    for n, (slug, cat, title, seller, price) in enumerate((
                        ("te", "Te", "Rökig lapsang, 100 g", "Tehuset_Visby", "89"),
                        ("keramik", "Keramik", "Tekopp i stengods", "Lerverket", "245"),
                        ("textil", "Textil", "Linneduk, 140 x 250 cm", "Vävstugan_Gnosjö", "560"))))
    found = [(r.title, r.category) for r in _listings(_PAGE_SV.format(cards=cards))]
    assert found == [("Rökig lapsang, 100 g", "Te"), ("Tekopp i stengods", "Keramik"),
                     ("Linneduk, 140 x 250 cm", "Textil")]


def test_burmese_badges_match_a_list_counted_in_burmese_digits() -> None:
    cards = "".join(_CARD_MY.format(n=n, cat=cat, title=title, price=price)
                    for n, (cat, title, price) in enumerate((
                        ("ချည်ထည်", "လုံချည် ပိုးထည်", "35"), ("စာအုပ်", "မြန်မာ ဟင်းချက်နည်း", "12"))))
    found = [(r.title, r.category) for r in _listings(_PAGE_MY.format(cards=cards))]
    assert found == [("လုံချည် ပိုးထည်", "ချည်ထည်"), ("မြန်မာ ဟင်းချက်နည်း", "စာအုပ်")]


def test_a_counted_list_of_places_names_no_category() -> None:
    doc = load(b"<ul><li><a href='/fran/se'>Sverige</a> (40)</li><li><a href='/fran/no'>Norge</a> (12)</li>"
               b"<li><a href='/fran/fi'>Finland</a> (9)</li></ul>")
    with page_language("sv"):
        assert facet_names(doc, []) == frozenset()


def test_links_without_counts_or_not_under_one_path_name_no_category() -> None:
    plain = load(b"<ul><li><a href='/avd/te'>Te</a></li><li><a href='/avd/kaffe'>Kaffe</a></li>"
                 b"<li><a href='/avd/kakao'>Kakao</a></li></ul>")
    scattered = load(b"<ul><li><a href='/te'>Te</a> (4)</li><li><a href='/hjalp'>Hj\xc3\xa4lp</a> (2)</li>"
                     b"<li><a href='/forum'>Forum</a> (90)</li></ul>")
    assert facet_names(plain, []) == frozenset() and facet_names(scattered, []) == frozenset()


def test_a_cards_title_or_seller_is_never_its_category() -> None:
    names = frozenset({"te", "lerverket"})
    card = load(b"<div><a href='/v/1'>Te</a> <span>Lerverket</span> 40 kr</div>").root.find(".//div")
    assert facet_category(card, "Te", "Lerverket", names) is None
