"""parsers.parse_page on round-29 generality pages (tests/data/general_r29): a fully BLIND held-out
set of MARKET pages as a crawl of onion markets returns them, in mixed languages (English on one
page). Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each
a layout in no earlier round, written from memory of public descriptions of darknet-market layouts
(no public source of these markets' markup exists to read: every market here is invented) with
fictional names, words and prices put in. Three listing pages (one with package options and a
shipping select, one priced in XMR only with a fiat approximation, one with a struck old price and
a discount), three grids of cards (a table, divs with a sidebar of filters, a vendor's own shop
front), two vendor pages (one with a real PGP key, one with stars and positive / negative counts),
a vendor's feedback page and a market's captcha gate.

Every page is a layout in none of rounds 3-27, tests/data/forums_general, tests/data/markets_general,
tests/data/board_posts or tests/data/poster_panels (round 28, built at the same time by another
helper, was neither read nor used): their directories were listed and grepped for each page's
names and class names, and none of the invented prefixes class="nt- (the Lithuanian listing), sq-
(the Arabic listing), zb- (the Swiss listing), fe- (the English table), mn- (the Spanish grid),
wk- (the Dutch shop front), bp- (the Polish vendor), ys- (the Japanese vendor), hv- (the Czech
feedback page) or pj- (the Indonesian gate), nor nt-pakuotes, sq-attr, zb-old, fe-listings,
mn-tarjeta, wk-product, bp-pgp, ys-hyouka, hv-hodnoceni, nor the words "Naktinis Turgus",
Pardavėjas, Siunčiama, "سوق القمر", يُشحن, nahhas, Zytglogge, Kuckucksuhr, Holzwerk_Brienz, Fogbound,
"Mercado Niebla", Alfarero, "Stille Molen", KaarsenmakerijVeluwe, Rubriek, "Bazar Północ",
"Opinie:", "Wysyłka z", "Na rynku od", 宵市, 好評率, Hvozd, "Hodnocení prodejce", Spokojenost,
Cajovna, "Pasar Senja" or Buktikan is in them. Found and no sign of the same layout: class="fg-
(round 7's Postmill submission) and class="ps- (round 14's AbanteCart product), which is why this
round's English table and Indonesian gate have the prefixes fe- and pj-; "Versand aus" (round 7's
Eckmar product and round 10's PrestaShop theme, in German), "Envía desde" (round 15's OpenBazaar
listing and round 24's Incognito-style listing, in Spanish), "CHF" (round 11's OpenCart grid),
"LTC" (markets_general's panels and rows, as a coin of a rates bar or a price). Kinds of layout
met before, in other markup: round 26's Japanese grid (each card a small th/td table, not one
table a row a listing as here), round 26's single-vendor tea shop (a whole site of one shop, not
one vendor's shop front inside a market as here), round 24's Incognito-style Spanish listing (its
packages a table of radio options, not a select as here), round 10's Bohemia-style index (a
sidebar of category checkboxes, in its own markup and without the country filters). Languages:
Lithuanian, Arabic (right to left), Swiss German, British English, Spanish, Dutch, Polish, Japanese,
Czech and Indonesian, all used by earlier rounds on other templates.
One page is in windows-1257 (Baltic, the code page an old Lithuanian PHP shop kept): declared by
``<meta http-equiv="Content-Type" content="text/html; charset=windows-1257" />``; every accented
letter one byte (ė 0xEB, š 0xF0, č 0xE8, ų 0xF8, Ž 0xDE) and the × of "50×70 cm" 0xD7; round 17
used the code page for a Latvian Seditio forum, no round for Lithuanian or for a market.

markets (written from memory of public descriptions of darknet-market layouts; every market,
vendor, product, price and class name is invented; only innocuous goods: linen, coffee pots,
clocks, books, stationery, crafts, candles, soap, paper, tea)
  - a Lithuanian listing ("Naktinis Turgus", windows-1257) with PACKAGE OPTIONS: the breadcrumbs
    Pradžia » Namai ir buitis » Tekstilė » Rankšluosčiai (the last one the category), "Kaina nuo:
    12,90 EUR" (a decimal comma) over a select of packages "Pakuotė:" 1 / 3 / 10 / 25 vnt. (the
    first selected; "1 249,00 EUR" with a space between thousands, the price a unit in brackets),
    a quantity box, the shipping select ("+2,50 EUR"...),
    td/td facts "Siunčiama iš:" Lietuva, "Siunčiama į:" "Baltijos šalys, Lenkija", sold "2 417".
  - an Arabic listing ("سوق القمر"), right to left, priced in XMR ONLY: "0.2150 XMR" in a bdi over
    "≈ 36.80 USD تقريباً" (the approximation in dollars); a dl of البائع (seller), القسم (category, a
    link), يُشحن من / يُشحن إلى (shipped from / to: three places separated by the Arabic comma "،"),
    the shipping select in XMR.
  - a Swiss German listing ("Zytglogge Basar", lang de-CH) with a STRUCK OLD PRICE: "CHF 1'249.00"
    in s (an apostrophe between thousands), "CHF 999.20" the price, "−20 % · Sie sparen CHF
    249.80"; li labelled values Anbieter, Kategorie, "Versand aus:" Schweiz, "Versand nach:" four
    countries; the rates bar "BTC/CHF 76'480.00", the sidebar's categories with counts.
  - an English market's category as a TABLE ("Fogbound Exchange"): four rows (Listing, Category,
    Vendor, Shipping "United Kingdom → Europe", Price "£1,275.00" with a comma between thousands,
    "In LTC" a conversion); "Next »" to page 2.
  - a Spanish market's category as DIVS WITH A SIDEBAR OF FILTERS ("Mercado Niebla"): the filters
    (categories, price, countries shipped from with counts, a destination select) are no cards;
    four cards with a category link, "por VENDOR", "México ➝ Norteamérica, Europa" and "1.180,00
    US$" (a dot between thousands); one card's "72,00 US$" struck in del; "Siguiente ›" to page 2.
  - a Dutch VENDOR'S SHOP FRONT ("De Stille Molen"): h1 "KaarsenmakerijVeluwe" (every card's
    vendor), the shop's facts line (since, sales "1.842", "97,6% positief"), tabs, a notice, four
    cards priced in Litecoin ("0,245 LTC" with "(≈ € 17,98)"), "Rubriek:" the category, "Nederland
    → Benelux" the route.
  - a Polish vendor page ("Bazar Północ"): th/td facts "Na rynku od: 3 marca 2023" (the month in
    the genitive), "Opinie: 1 234 (99,2% pozytywnych)" (a space between thousands), the split "1 224
    / 4 / 6", orders "3 105"; the armoured key in a pre inside an open details whose summary gives
    the fingerprint in groups of four.
  - a Japanese vendor page ("宵市") with STARS AND COUNTS: "★★★★★ 4.9", "良い 1,532" (good) and
    "悪い 14" (bad), "（好評率 99.1%）" (the share of good), a dl 評価数 "1,546件" (feedback),
    登録日 "2023年7月14日" (registered), "PGP公開鍵: 未登録" (no key registered); last login "2時間前".
  - a Czech vendor FEEDBACK page ("Hvozd"): "Hodnocení prodejce Cajovna_U_Mostu", the summary
    "Celkem hodnocení: 874", "Kladná: 851", "Záporná: 23", "Spokojenost: 97,4 %", a list of five
    reviews (stars, text, item, masked buyer, "1 290 Kč", date "18. 11. 2026"), a vendor's reply;
    "Další »" to page 2.
  - an Indonesian market's CAPTCHA gate ("Pasar Senja"): "Buktikan bahwa Anda manusia", an image
    of six characters, a code box, "Masuk ke pasar" (enter the market): a captcha, no records.
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a throwaway
GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real market: no public source of these layouts was read; the pages are
shaped from memory of public descriptions of onion markets (rates bars, labelled facts, package
options, shipping selects, escrow notes, vendor levels, masked buyers). Page frames, strings and
all content (names, products, prices, places) are invented for this round; sites and addresses are
fictional (.example hosts and made-up 56-character .onion names; www.w3.org appears only in the
Lithuanian page's doctype and xmlns, never fetched).

Truth conventions, as rounds 24-27: a listing's price is the one a buyer pays for the option shown
selected (the other options, the shipping extras, conversions and struck old prices are no price);
the category is the last crumb or the labelled value; a vendor's shop front gives every card the
shop's vendor; a feedback page gives its vendor's record; a captcha gate gives none.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (04a49c7) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 29 --side holdout --misses``): those of 40476af (this session's start), of 3d0a60f
(rounds 23 to 26 mended) and of 6b37b71 (round 27 mended too). None had seen this round's pages;
every helper who wrote those mends kept it out of every scan.

    template                          40476af  3d0a60f  6b37b71
    bazarpolnoc_vendor_pl               0.000    0.000    0.000  (a vendor typed an index)
    pasarsenja_captcha_id               0.000    0.000    0.000  (a captcha typed other)
    hvozd_feedback_cs                   0.091    0.091    0.091  (a page of reviews typed an index)
    naktinis_listing_options_lt         0.667    0.875    0.857  (places: found, then lost)
    mercadoniebla_filter_cards_es       0.750    0.750    0.750  (cards' vendors and places)
    yoichi_vendor_stars_ja              0.800    0.800    0.800  (good/bad counts)
    stillemolen_shopfront_nl            0.840    0.840    0.840  (a shop front's vendor and categories)
    souqalqamar_listing_xmr_ar          0.857    0.857    0.857  (places)
    fogbound_table_listings_en, zytglogge_listing_discount_de_ch 1.000
    overall                             0.742    0.754    0.752

A feedback page's truth was amended after the round was built (this session, before any mend
of it): it carries its vendor's record, the name and the totals the page shows (has_pgp_key
unknown on such a page), as tests/test_parsers_markets_general.py's feedback page has always
carried its vendor (with the reviews as its feedback, which enrichment.demand reads); the
builders of rounds 24 and 27 to 29 had given it none. The table's figures are of the amended truth.

The mends of rounds 23 to 26 carried to this never-seen round on one listing (its places, +0.012);
round 27's mends took one of those places away again (the Lithuanian listing's origin and
destinations: -0.002), a regression measured blind and recorded here. Blind scores of the rounds
(3 to 29): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538,
0.773, 0.313, 0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848, 0.777, 0.858, 0.406, 0.782, 0.902
and here 0.752 (0.742 at this session's start). KNOWN_MISSES holds every wrong value of 6b37b71.
This round is BLIND: do not tune the parsers on its pages; mend a miss only as a general
mechanism, with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(4ceda05 to 7d647b4): a captcha by its form (parsers.classify); a seller named by a heading that
opens or ends a title part (parsers.vendor_page); a review row's pieces split at its dots and
Czech spaced dates (parsers.review_rows, parsers.dates); counts of kinds by their numbers
(parsers.kind_counts); a shop front's owner by its cards' paths and a rubric every card shows
(parsers.shop_paths, parsers.card_rubric); region lists under paired labels and words for the
whole world (parsers.place_words); any right-pointing arrow as a route and the 'by' words of
every language (parsers.market_places, parsers.card_fields): 0.752 -> 1.000.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import Round, _feedback_vendor, _listing, _vendor, shown_number, v4_fingerprint
from tests.parsers_scoring import CONTRACT_FIELDS

DATA = Path(__file__).parent / "data" / "general_r29"

_NAKT = "http://naktinisrbrofnygjcnt7sxolg7r35dj7l2jw2tsezjylt3mjrqhuo6d.onion"
_SOUQ = "http://souqqamarcypzafmlhiki4vbnpi5vvya7udm2jkmoglduphaupooez6d.onion"
_ZYT = "http://zytgloggezucw4c52fw2ltjtmm4djdt3bjldpjwxuyhkc3ks3ive4oxd.onion"
_FOG = "http://fogboundkotsmw3zecaquihzl6b5nb7m4vk65u2ia3n4sl7qe2bdladd.onion"
_NIEB = "http://mercniebla4b3dbsrfyegtlsfbm52znctg6hybadkqoxrpzxymldektd.onion"
_MOLEN = "http://stillemolenqg56hfzdvk4dviwkov4lierywnkv3gugmtdsyxay3g4yd.onion"
_BAZAR = "http://bazarpolnocmbc3ghovxswucr624f7ejuh2jsf7mj7mnmg7uguowe6kd.onion"
_YOI = "http://yoichitarkkcwd4c4l7ce532vqnwpw2kvv6hzvqfwctajez544ctnsmd.onion"
_HVOZD = "http://hvozdtrh35xm4jktxhrvfi4jkoasqyvlrhl74d3cdevs2bdkm2lxychd.onion"
_PASAR = "http://pasarsenjaqcrvgtgu6s6jj34yvgb7eineh2e4tqbx3hocbgyac2cryd.onion"
_FP_BAZAR = "88035608CB3ECDFF0093CAFEED714D121779D871"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/naktinis_listing_options_lt_cp1257.html": "windows-1257"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Lithuanian listing, windows-1257: h2.nt-pavadinimas the title; "Kaina nuo: 12,90 EUR" the
    # price of the selected package "1 vnt." (3 / 10 / 25 vnt. at 35,50 / 109,00 / 1 249,00 EUR, the
    # shipping "+2,50 EUR"..., "(0,0814 XMR)" and the rates bar are no price); Pardavėjas
    # Lino_Namai; the last crumb "Rankšluosčiai" the category; "Siunčiama iš:" Lietuva;
    # "Siunčiama į:" "Baltijos šalys, Lenkija".
    "holdout/naktinis_listing_options_lt_cp1257.html": {
        "template": "naktinis_listing_options_lt", "url": _NAKT + "/preke/20744", "type": "listing",
        "records": [_listing("Lininis rankšluostis su kutais, 50×70 cm", 12.9, "EUR", "Lino_Namai",
                             "Rankšluosčiai", "Lietuva", ["Baltijos šalys", "Lenkija"])],
    },
    # Arabic listing, right to left, XMR only: h1.sq-listing-title; "0.2150 XMR" the price ("≈
    # 36.80 USD" an approximation; the shipping "+0.0120 XMR", the wallet, the other products and
    # the footer's rate no price); البائع nahhas_aldiyar; القسم "أدوات القهوة والشاي"; يُشحن من
    # الأردن; يُشحن إلى "الأردن، دول الخليج العربي، أوروبا" three places.
    "holdout/souqalqamar_listing_xmr_ar.html": {
        "template": "souqalqamar_listing_xmr_ar", "url": _SOUQ + "/listing/5581", "type": "listing",
        "records": [_listing("دلة قهوة نحاسية مطروقة يدوياً، 1.2 لتر", 0.215, "XMR", "nahhas_aldiyar",
                             "أدوات القهوة والشاي", "الأردن", ["الأردن", "دول الخليج العربي", "أوروبا"])],
    },
    # Swiss German listing: h1 the title; "CHF 999.20" the price (the struck "CHF 1'249.00" the old
    # one, "CHF 249.80" the saving, "≈ 0.01306 BTC", the shipping extras, the rates bar and the
    # other articles no price); Anbieter Holzwerk_Brienz; Kategorie "Uhren & Wanduhren"; "Versand
    # aus:" Schweiz; "Versand nach:" four countries.
    "holdout/zytglogge_listing_discount_de_ch.html": {
        "template": "zytglogge_listing_discount_de_ch", "url": _ZYT + "/artikel/31877", "type": "listing",
        "records": [_listing("Handgeschnitzte Kuckucksuhr aus Lindenholz", 999.2, "CHF", "Holzwerk_Brienz",
                             "Uhren & Wanduhren", "Schweiz",
                             ["Schweiz", "Liechtenstein", "Deutschland", "Österreich"])],
    },
    # English category as a table: four rows; td.fe-title's link the title; td.fe-cat the
    # category; td.fe-vendor the vendor (its "(312)" a feedback count); td.fe-ship "FROM → TO";
    # td.fe-price in pounds ("£1,275.00"; td.fe-ltc a conversion). "Next »" to page 2.
    "holdout/fogbound_table_listings_gbp_en.html": {
        "template": "fogbound_table_listings_en", "url": _FOG + "/c/books-stationery",
        "type": "listing_index", "next": _FOG + "/c/books-stationery?page=2",
        "records": [
            _listing("Letterpress notecards, set of 12", 14.5, "GBP", "InkwellAndPress", "Stationery",
                     "United Kingdom", ["Europe"]),
            _listing("First edition, The Lighthouse Keeper's Almanac (1931)", 1275.0, "GBP", "Marlowe_Books",
                     "Rare books", "United Kingdom", ["Worldwide"]),
            _listing("Fountain pen ink, oak gall, 50 ml", 9.95, "GBP", "InkwellAndPress", "Stationery",
                     "United Kingdom", ["United Kingdom"]),
            _listing("Irish poetry anthology, signed paperback", 22.0, "GBP", "Liffey_Pages", "Books",
                     "Ireland", ["Europe"]),
        ],
    },
    # Spanish category, divs with a sidebar of filters (no cards: its categories, countries and
    # destinations are filters): four div.mn-tarjeta; a.mn-tarjeta-cat the category; h3 the
    # title; "por VENDOR"; "FROM ➝ TO, TO"; "1.180,00 US$" in US dollars (the third card's "72,00
    # US$" in del its old price). "Siguiente ›" to page 2.
    "holdout/mercadoniebla_filter_cards_es.html": {
        "template": "mercadoniebla_filter_cards_es", "url": _NIEB + "/categoria/artesania",
        "type": "listing_index", "next": _NIEB + "/categoria/artesania?pag=2",
        "records": [
            _listing("Jarra de barro negro de Oaxaca, 1,5 L", 45.0, "USD", "Alfarero_Coyotepec", "Cerámica",
                     "México", ["Norteamérica", "Europa"]),
            _listing("Manta de alpaca tejida a mano, 150 × 200 cm", 1180.0, "USD", "TejidosDelAltiplano",
                     "Textiles", "Perú", ["Todo el mundo"]),
            _listing("Cartera de cuero repujado, hecha en Ubrique", 64.8, "USD", "Piel_de_Ubrique", "Cuero",
                     "España", ["Europa"]),
            _listing("Juego de tazas de Talavera, 4 piezas", 38.5, "USD", "Alfarero_Coyotepec", "Cerámica",
                     "México", ["América Latina"]),
        ],
    },
    # Dutch vendor's shop front: four cards of "KaarsenmakerijVeluwe" (the h1: every card's
    # vendor); h2.wk-product-naam the titles; "Rubriek:" the category; "Nederland → Benelux" the
    # route; "0,245 LTC" the price in Litecoin ("(≈ € 17,98)" a conversion, the rates bar no
    # price). The shop's facts line is no record of this page; one page of products.
    "holdout/stillemolen_shopfront_ltc_nl.html": {
        "template": "stillemolen_shopfront_nl", "url": _MOLEN + "/winkel/KaarsenmakerijVeluwe",
        "type": "listing_index",
        "records": [
            _listing("Dinerkaarsen van bijenwas, 6 stuks", 0.245, "LTC", "KaarsenmakerijVeluwe", "Kaarsen",
                     "Nederland", ["Benelux"]),
            _listing("Stompkaars met honinggeur, 10 × 15 cm", 0.18, "LTC", "KaarsenmakerijVeluwe", "Kaarsen",
                     "Nederland", ["Europese Unie"]),
            _listing("Geitenmelkzeep met lavendel, 3 blokken", 0.12, "LTC", "KaarsenmakerijVeluwe", "Zeep",
                     "Nederland", ["Europese Unie"]),
            _listing("Startpakket kaarsen gieten, compleet", 1.35, "LTC", "KaarsenmakerijVeluwe",
                     "Hobbypakketten", "Nederland", ["Benelux"]),
        ],
    },
    # Polish vendor: h1.bp-nazwa "Pracownia_Wosku" (its badges no name); "Opinie: 1 234 (99,2%
    # pozytywnych)"; "Na rynku od: 3 marca 2023" member since ("dziś, 09:47" the last visit); the
    # armoured key in pre.bp-pgp. The chosen offers are links of this page, not records of it.
    "holdout/bazarpolnoc_vendor_pgp_pl.html": {
        "template": "bazarpolnoc_vendor_pl", "url": _BAZAR + "/sprzedawca/Pracownia_Wosku", "type": "vendor",
        "records": [_vendor("Pracownia_Wosku", 1234, 99.2, "2023-03-03", _FP_BAZAR)],
    },
    # Japanese vendor, stars and counts: h1.ys-shopname kamiya_washi; 評価数 "1,546件" the feedback
    # (良い 1,532 + 悪い 14); "好評率 99.1%" the positive share (the "4.9" stars no percentage);
    # 登録日 "2023年7月14日" member since ("2時間前" the last login); "PGP公開鍵: 未登録" no key.
    "holdout/yoichi_vendor_stars_ja.html": {
        "template": "yoichi_vendor_stars_ja", "url": _YOI + "/shop/kamiya_washi", "type": "vendor",
        "records": [_vendor("kamiya_washi", 1546, 99.1, "2023-07-14", None)],
    },
    # Czech feedback page "Hodnocení prodejce Cajovna_U_Mostu": a summary and five reviews (stars,
    # text, item, buyer, sum, date, a reply): its vendor's record (the name,
    # the totals shown; no key on this page: has_pgp_key unknown). "Další »" to
    # page 2.
    "holdout/hvozd_vendor_feedback_cs.html": {
        "template": "hvozd_feedback_cs", "url": _HVOZD + "/prodejce/Cajovna_U_Mostu/hodnoceni",
        "type": "feedback", "next": _HVOZD + "/prodejce/Cajovna_U_Mostu/hodnoceni?strana=2",
        "records": [_feedback_vendor("Cajovna_U_Mostu", 874, 97.4)],
    },
    # Indonesian captcha gate: "Buktikan bahwa Anda manusia" (prove you are human), an image of six
    # characters and a code box before the market lets the visitor in: a captcha, no records.
    "holdout/pasarsenja_captcha_gate_id.html": {
        "template": "pasarsenja_captcha_id", "url": _PASAR + "/verifikasi?kembali=/barang/3307",
        "type": "captcha", "records": [],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of 6b37b71, re-recorded after the mends (a980441): none.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_listings = ROUND.records_of("listing")


def test_ten_market_pages_one_of_which_gives_no_record() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    assert [kinds.count(k) for k in ("listing", "listing_index", "vendor", "feedback", "captcha")] == [
        3, 3, 2, 1, 1]
    assert {t["type"] for t in TRUTH.values() if not t["records"]} == {"captcha"}
    assert all(len(t["records"]) == 4 for t in TRUTH.values() if t["type"] == "listing_index")


def test_one_page_in_english_one_right_to_left_and_one_in_a_baltic_code_page() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["ar", "cs", "de-CH", "en-GB", "es", "id", "ja", "lt", "nl", "pl"]
    assert sum(lang.startswith("en") for lang in langs.values()) == 1
    rtl = {page for page in TRUTH if ' dir="rtl"' in _text(page)}
    assert rtl == {"holdout/souqalqamar_listing_xmr_ar.html"}
    assert set(ENCODINGS) == {page for page in TRUTH if "cp1257" in page}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_lithuanian_listing_is_windows_1257_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "naktinis_listing_options_lt_cp1257.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=windows-1257"' in raw and raw.count(b"charset=") == 1
    assert b"&#" not in raw
    # One byte a letter: Pardavėjas (ė 0xEB), Rankšluosčiai (š 0xF0, č 0xE8), "50×70" (× 0xD7).
    assert b"Pardav\xebjas" in raw and b"Rank\xf0luos\xe8iai" in raw and b"50\xd770 cm" in raw
    assert "Rankšluosčiai".encode("windows-1257") == b"Rank\xf0luos\xe8iai"


def test_the_options_listing_price_is_the_selected_package_and_its_places_the_labelled_ones() -> None:
    page = "holdout/naktinis_listing_options_lt_cp1257.html"
    text = _text(page)
    (listing,) = _listings(page)
    options = re.findall(r'<option value="(\d+)"( selected="selected")?>([^<]+?) &ndash; ([\d ,]+) EUR', text)
    assert [(n, shown_number(p, " ", ",")) for n, _, _, p in options] == [
        ("1", 12.9), ("3", 35.5), ("10", 109.0), ("25", 1249.0)]
    assert [o[2] for o in options if o[1]] == ["1 vnt."]
    assert shown_number(options[0][3], " ", ",") == listing["price"]
    assert '<select name="pakuote" class="nt-pakuote">' in text and '<select name="pristatymas">' in text
    assert '<span class="nt-kaina">12,90 EUR</span>' in text
    crumbs = re.findall(r'<a href="/kategorija/[a-z]+">([^<]+)</a>', text)
    assert crumbs[-1] == listing["category"] and len(crumbs) == 3
    facts = dict(re.findall(r'<tr><td class="nt-lbl">([^<]+)</td><td>([^<]+)</td></tr>', text))
    assert facts["Siunčiama iš:"] == listing["ships_from"]
    assert facts["Siunčiama į:"].split(", ") == listing["ships_to"]
    assert facts["Parduota:"] == "2 417 vnt."
    assert re.search(r'Pardavėjas: <a href="/pardavejas/(\w+)">\1</a>', text).group(1) == listing["vendor"]  # type: ignore[union-attr]


def test_the_xmr_listing_price_is_the_coin_and_its_dollars_an_approximation() -> None:
    page = "holdout/souqalqamar_listing_xmr_ar.html"
    text = _text(page)
    (listing,) = _listings(page)
    coin = re.search(r'<div class="sq-price-main"><bdi>([\d.]+) XMR</bdi></div>\s*'
                     r'<div class="sq-price-fiat">≈ <bdi>([\d.]+) USD</bdi> تقريباً', text)
    assert coin is not None and float(coin.group(1)) == listing["price"] and listing["currency"] == "XMR"
    rate = float(re.search(r"1 XMR ≈ ([\d.]+) USD", text).group(1))  # type: ignore[union-attr]
    assert round(listing["price"] * rate, 2) == float(coin.group(2)) == 36.8
    attrs = dict(re.findall(r'<div class="sq-attr"><dt>([^<]+)</dt><dd>(?:<a [^>]+>)?([^<]+)', text))
    assert (attrs["البائع"], attrs["القسم"], attrs["يُشحن من"]) == (
        listing["vendor"], listing["category"], listing["ships_from"])
    assert attrs["يُشحن إلى"].split("، ") == listing["ships_to"]
    assert '<html lang="ar" dir="rtl">' in text


def test_the_discounted_listing_price_is_the_new_one_and_the_struck_one_its_old_price() -> None:
    page = "holdout/zytglogge_listing_discount_de_ch.html"
    text = _text(page)
    (listing,) = _listings(page)
    prices = re.search(r"<span class=\"zb-old\"><s>CHF ([\d'.]+)</s></span>\s*"
                       r'<span class="zb-now">CHF ([\d.]+)</span>\s*'
                       r'<span class="zb-save">−(\d+) % · Sie sparen CHF ([\d.]+)</span>', text)
    assert prices is not None
    old, now, percent, saved = prices.groups()
    assert old == "1'249.00" and shown_number(now, "'", ".") == listing["price"]
    assert round(shown_number(old, "'", ".") * (100 - int(percent)) / 100, 2) == listing["price"]
    assert round(shown_number(old, "'", ".") - listing["price"], 2) == float(saved)
    props = dict(re.findall(r'<li><span class="zb-prop-name">([^<]+)</span> (?:<a [^>]+>)?([^<]+)', text))
    assert (props["Anbieter:"], props["Kategorie:"].replace("&amp;", "&"), props["Versand aus:"]) == (
        listing["vendor"], listing["category"], listing["ships_from"])
    assert props["Versand nach:"].split(", ") == listing["ships_to"]


def test_the_table_rows_are_the_truths_and_their_coins_conversions() -> None:
    page = "holdout/fogbound_table_listings_gbp_en.html"
    text = _text(page)
    rows = re.findall(r'<td class="fe-title"><a href="/listing/\d+">([^<]+)</a>.*?'
                      r'<td class="fe-cat"><a [^>]+>([^<]+)</a></td>\s*'
                      r'<td class="fe-vendor"><a [^>]+>([^<]+)</a>.*?'
                      r'<td class="fe-ship">([^<]+) &rarr; ([^<]+)</td>\s*'
                      r'<td class="fe-price">&pound;([\d,.]+)</td>\s*'
                      r'<td class="fe-ltc">([\d.]+) LTC</td>', text, re.S)
    assert [(t, shown_number(p, ",", "."), "GBP", v, c, f, [to]) for t, c, v, f, to, p, _ in rows] == [
        tuple(r[k] for k in CONTRACT_FIELDS["listing"]) for r in _listings(page)]
    rate = float(re.search(r"LTC &pound;([\d.]+)", text).group(1))  # type: ignore[union-attr]
    assert [round(shown_number(p, ",", ".") / rate, 4) for *_, p, _ in rows] == [
        float(ltc) for *_, ltc in rows]
    assert '<a href="/c/books-stationery?page=2">Next &raquo;</a>' in text
    assert TRUTH[page]["next"] == _FOG + "/c/books-stationery?page=2"


def test_the_filtered_cards_are_the_truths_and_the_sidebar_is_no_card() -> None:
    page = "holdout/mercadoniebla_filter_cards_es.html"
    text = _text(page)
    cards = re.findall(r'<a class="mn-tarjeta-cat" href="[^"]+">([^<]+)</a>\s*'
                       r'<h3 class="mn-tarjeta-titulo"><a [^>]+>([^<]+)</a></h3>\s*'
                       r'<p class="mn-tarjeta-vendedor">por <a [^>]+>([^<]+)</a>.*?</p>\s*'
                       r'<p class="mn-tarjeta-envio">([^<]+) ➝ ([^<]+)</p>\s*'
                       r'<p class="mn-tarjeta-precio">(?:<del class="mn-antes">[^<]+</del> )?'
                       r"([\d.,]+) US\$</p>", text)
    assert [(t, shown_number(p, ".", ","), "USD", v, c, f, to.split(", "))
            for c, t, v, f, to, p in cards] == [
        tuple(r[k] for k in CONTRACT_FIELDS["listing"]) for r in _listings(page)]
    assert text.count('<div class="mn-tarjeta">') == 4 and text.count("<del ") == 1
    sidebar = text.split('<aside class="mn-filtros">')[1].split("</aside>")[0]
    assert "mn-tarjeta" not in sidebar and "US$" in sidebar and "España (29)" in sidebar
    assert '<a class="mn-siguiente" href="/categoria/artesania?pag=2">Siguiente ›</a>' in text


def test_the_shop_front_names_one_vendor_for_every_card_and_prices_them_in_litecoin() -> None:
    page = "holdout/stillemolen_shopfront_ltc_nl.html"
    text = _text(page)
    (shop,) = re.findall(r"<h1>([^<]+)</h1>", text)
    cards = re.findall(r'<h2 class="wk-product-naam"><a [^>]+>([^<]+)</a></h2>\s*'
                       r'<div class="wk-product-rubriek">Rubriek: ([^<]+)</div>\s*'
                       r'<div class="wk-product-route">([^<]+) → ([^<]+)</div>\s*'
                       r'<div class="wk-product-prijs"><strong>([\d,]+) LTC</strong> '
                       r'<span class="wk-euro">\(≈ € ([\d,]+)\)</span>', text)
    assert [(t, shown_number(p, ".", ","), "LTC", shop, c, f, [to]) for t, c, f, to, p, _ in cards] == [
        tuple(r[k] for k in CONTRACT_FIELDS["listing"]) for r in _listings(page)]
    rate = shown_number(re.search(r"1 LTC = € ([\d,]+)", text).group(1), ".", ",")  # type: ignore[union-attr]
    assert [round(shown_number(p, ".", ",") * rate, 2) for *_, p, _ in cards] == [
        shown_number(e, ".", ",") for *_, e in cards]
    assert "next" not in TRUTH[page] and "Producten (4)" in text


def _armoured(text: str) -> str:
    block = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=[A-Za-z0-9+/]{4}\n"
                      r"-----END PGP PUBLIC KEY BLOCK-----", text, re.S)
    assert block is not None
    return block.group(1)


def test_the_polish_vendor_carries_a_real_v4_key_and_its_feedback_figures() -> None:
    page = "holdout/bazarpolnoc_vendor_pgp_pl.html"
    text = _text(page)
    (vendor,) = TRUTH[page]["records"]
    assert v4_fingerprint(_armoured(text)) == _FP_BAZAR == vendor["pgp_fingerprint"]
    shown = re.search(r"odcisk: ([0-9A-F ]+)\)", text).group(1)  # type: ignore[union-attr]
    assert shown.replace(" ", "") == _FP_BAZAR
    facts = dict(re.findall(r"<tr><th>([^<]+)</th><td>(.*?)</td></tr>", text))
    assert facts["Na rynku od:"] == "3 marca 2023" and vendor["member_since"] == "2023-03-03"
    assert facts["Opinie:"] == '1 234 <span class="bp-procent">(99,2% pozytywnych)</span>'
    shown_split = re.findall(r'<span class="bp-(?:plus|zero|minus)">([\d ]+)</span>', text)
    split = [int(n.replace(" ", "")) for n in shown_split]
    assert sum(split) == vendor["feedback_count"] == 1234
    assert round(100 * split[0] / vendor["feedback_count"], 1) == vendor["rating"] == 99.2
    assert re.search(r'<h1 class="bp-nazwa">([^<]+)</h1>', text).group(1) == vendor["name"]  # type: ignore[union-attr]


def test_the_japanese_vendor_counts_good_and_bad_and_has_no_key() -> None:
    page = "holdout/yoichi_vendor_stars_ja.html"
    text = _text(page)
    (vendor,) = TRUTH[page]["records"]
    good = int(re.search(r'<span class="ys-good">良い <b>([\d,]+)</b>', text).group(1).replace(",", ""))  # type: ignore[union-attr]
    bad = int(re.search(r'<span class="ys-bad">悪い <b>(\d+)</b>', text).group(1))  # type: ignore[union-attr]
    meta = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", text))
    assert meta["評価数"] == "1,546件" and good + bad == vendor["feedback_count"] == 1546
    assert "（好評率 99.1%）" in text and round(100 * good / (good + bad), 1) == vendor["rating"]
    year, month, day = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", meta["登録日"]).groups()  # type: ignore[union-attr]
    assert f"{year}-{int(month):02}-{int(day):02}" == vendor["member_since"]
    assert meta["PGP公開鍵"] == "未登録" and "PGP PUBLIC KEY" not in text
    assert vendor["pgp_fingerprint"] is None and vendor["has_pgp_key"] is False
    assert '<span class="ys-avg">4.9</span>' in text


def test_the_feedback_page_lists_reviews_and_a_next_page_and_its_vendors_totals() -> None:
    page = "holdout/hvozd_vendor_feedback_cs.html"
    text = _text(page)
    rows = re.findall(r'<li class="hv-hodnoceni hv-hodnoceni--(kladne|zaporne)">\s*'
                      r'<div class="hv-hvezdy" title="(\d) z 5">', text)
    assert len(rows) == 5 and [kind for kind, _ in rows].count("zaporne") == 1
    summary = dict(re.findall(r'<div class="hv-souhrn-polozka[^"]*">([^:]+): <strong>([^<]+)</strong>', text))
    assert int(summary["Kladná"]) + int(summary["Záporná"]) == int(summary["Celkem hodnocení"]) == 874
    share = round(100 * int(summary["Kladná"]) / 874, 1)
    assert f"{share}".replace(".", ",") + " %" == summary["Spokojenost"] == "97,4 %"
    assert '<a class="hv-dalsi" href="/prodejce/Cajovna_U_Mostu/hodnoceni?strana=2">Další »</a>' in text
    assert TRUTH[page]["next"] == _HVOZD + "/prodejce/Cajovna_U_Mostu/hodnoceni?strana=2"
    (vendor,) = TRUTH[page]["records"]
    assert (vendor["feedback_count"], vendor["rating"]) == (874, 97.4)


def test_the_captcha_gate_asks_for_a_code_and_shows_no_goods() -> None:
    page = "holdout/pasarsenja_captcha_gate_id.html"
    text = _text(page)
    assert "Buktikan bahwa Anda manusia" in text and 'name="kode" maxlength="6"' in text
    assert text.count("<form") == 1 and text.count("<img ") == 1
    assert not re.search(r"\d+[.,]\d+ ?(?:XMR|BTC|USD|IDR|Rp)", text)
    assert TRUTH[page]["records"] == [] and "next" not in TRUTH[page]
