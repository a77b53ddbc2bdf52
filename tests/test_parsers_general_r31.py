"""parsers.parse_page on round-31 generality pages (tests/data/general_r31): a fully BLIND held-out
set of MARKET pages as a crawl of onion markets returns them, in mixed languages (English on one
page). Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each
a layout in no earlier round, written from memory of public descriptions of darknet-market layouts
(no public source of these markets' markup exists to read: every market here is invented) with
fictional names, words and prices put in. Three listing pages (one with a vendor box beside the
item showing its level and feedback, one with the price and its currency in separate elements,
one escrow / multisig listing priced in shekels with crypto conversions), three grids of cards
(cards in a ul, cards naming their vendor only by an avatar link's title, a search result list of
rows of text), two vendor pages (one with a real PGP key, one with feedback as "+1203 / -7"), a
vendor's feedback page with totals and a market's error page (an offer removed, its vendor banned).

Every page is a layout in none of rounds 3-29, tests/data/forums_general, tests/data/markets_general,
tests/data/board_posts or tests/data/poster_panels (round 30, built at the same time by another
helper, was neither read nor used): their directories were listed and grepped for each page's
names and class names, and none of the invented prefixes class="qv- (the Brazilian listing), kx-
(the Turkish listing), ym- (the Hebrew listing), gl- (the Greek ul of cards), ov- (the Italian
avatar cards), qh- (the English search rows, class and id), ft- (the Finnish vendor), sb- (the
Swedish vendor), vh- (the Vietnamese feedback page) or ea- (the German error page), nor qv-vendedor,
kx-tutar, gl-card, ov-avatar, ft-pgp, nor the words "Feira Noturna", Kervansaray, "שוק הכוכבים",
נאמנות, ערכת, "Νυχτερινή Αγορά", Πωλητής, "Bottega Ombra", "Quiet Harbor", "sold by", Kuusikko,
Palautteet, Sormenjälki, Glasmarknaden, Glasriket, Omdömen, "+1203", "Chợ Đêm", "Tổng số đánh
giá", Nachtmarkt, "nicht mehr verfügbar", gesperrt, Nível, "Envia de", nor any vendor name of this
round is in them. Found and no sign of the same layout: class="hz- (round 24's Archetyp-style
German listing; this round's Hebrew listing first used it and was renamed ym-), class="sr-
(Bootstrap's sr-only in forums_general's phpBB and round 10's pages; this round's search rows
renamed qh-), "שוק הלילה" (round 27's Hebrew search cards: this round's Hebrew market first had
the name and was renamed "שוק הכוכבים"), Avaliações (rounds 5, 6 and 15's Brazilian shop
engines), Gönderim (round 28's Turkish vendor), Spedisce (round 26's Italian listing), Multisig /
multisig (round 24's listing, round 23's vendor, markets_general's rows), "Trang sau" (round 16's
Vietnamese ExiteCMS forum), Treuhand (round 7's Eckmar product and round 24's listing). Kinds of
page met before, in other markup: round 26's Russian removed-item 404 (an item gone, no vendor
banned, its own markup), round 27's Hebrew search cards (cards, not a listing), round 29's Czech
feedback page (a list of reviews with a summary, not a table with totals in boxes as here).
Languages: Brazilian Portuguese, Turkish, Hebrew (right to left), Greek, Italian, American English,
Finnish, Swedish, Vietnamese and German, all used by earlier rounds on other templates.
One page is in ISO-8859-15 (Latin-9, the euro code page an old Italian PHP shop kept): declared by
``<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">``; every accented
letter one byte (à 0xE0, é 0xE9) and the euro sign 0xA4 (where Latin-1 has ¤); round 18 used the
code page for a Basque Snitz forum, no round for Italian or for a market.

markets (written from memory of public descriptions of darknet-market layouts; every market,
vendor, product, price and class name is invented; only innocuous goods: mugs, cushions, tea,
ceramics, textiles, paper, pens, honey, woodwork, glass, silk, toys)
  - a Brazilian listing ("Feira Noturna") with a VENDOR BOX beside the item: the crumbs Início ›
    Casa e cozinha › Louças › Canecas (the last the category), "R$ 89,90" (a decimal comma) over
    "≈ 0,1068 XMR", th/td facts "Envia de" Brasil, "Envia para" "Brasil, Portugal", sold "1.204";
    the aside "Vendedor" Oficina_Barro_Cunha, "Nível 4", "Avaliações: 1.128 (98,7% positivas)",
    member since "março de 2023" (the vendor's facts, no record of a listing page).
  - a Turkish listing ("Kervansaray Pazarı") with the PRICE AND CURRENCY IN SEPARATE SPANS:
    ``<span class="kx-tutar">0.0042</span> <span class="kx-birim">BTC</span>``, "yaklaşık
    12.492,90 ₺" a conversion (a dot between thousands); li labelled values Satıcı, Kategori,
    "Gönderen ülke" Türkiye, "Gönderim bölgesi" three places; the shipping select in BTC.
  - a Hebrew listing ("שוק הכוכבים"), right to left, with MULTISIG ESCROW and a FIAT price:
    "185.00 ₪" in a bdi over "≈ 0.00061 BTC · ≈ 0.3021 XMR" (conversions), the escrow box
    "Multisig 2 מתוך 3", a dl מוכר (seller), קטגוריה, נשלח מ / נשלח אל (from / to).
  - a Greek market's category as CARDS IN A UL ("Νυχτερινή Αγορά"): four li.gl-card with a
    title link, a category span, "Πωλητής: VENDOR", "FROM → TO" (Κρήτη a region, Παντού
    "everywhere") and "1.150,00 €" (a dot between thousands); the sidebar's ul of categories is
    no card; "Επόμενη »" to page 2.
  - an Italian market's category as CARDS NAMING THE VENDOR ONLY BY AN AVATAR ("Bottega Ombra",
    ISO-8859-15): each card's vendor is an img link whose title attribute is the name, no text;
    "Da: Italia · Per: Unione Europea" (Toscana and Veneto regions, "In tutto il mondo"), "€
    1.240,00", a conversion "7,4163 XMR"; "Successiva ›" to page 2.
  - an English market's SEARCH RESULTS as ROWS OF TEXT ("Quiet Harbor Market"): four div rows
    "TITLE — $1,085.00 — sold by VENDOR — CATEGORY — ships from FROM to TO" (Scotland a region,
    "Anywhere"); no next page.
  - a Finnish vendor page ("Kuusikko Tori"): li labelled facts "Jäsen alkaen 12.4.2024",
    "Palautteet 642 (99,5 % myönteisiä)", sales "1 018"; the fingerprint in groups of four over
    the armoured key in a textarea.
  - a Swedish vendor page ("Glasmarknaden") with feedback as "+1203 / -7" (plus and minus spans,
    no total, no share shown: the feedback is 1210, the positive share 1203 / 1210 = 99.4 %),
    "Medlem sedan 5 jan 2022", "PGP-nyckel: Saknas" (no key).
  - a Vietnamese vendor FEEDBACK page ("Chợ Đêm"): "Đánh giá người bán Lua_Ha_Dong", four boxes of
    totals "Tổng số đánh giá 2.315", "Tích cực 2.298", "Tiêu cực 17", "Tỷ lệ hài lòng 99,3%", a
    table of four reviews (+/−, text, item, masked buyer, "18/11/2026"); "Trang sau »" to page 2.
  - a German market's ERROR page ("Nachtmarkt an der Elbe"): "410", "Dieses Angebot ist nicht mehr
    verfügbar", the offer removed because its vendor's account was banned, links back: an error,
    no records (the banned vendor named in the sentence is no vendor record).
The key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a throwaway
GnuPG home under /tmp that was deleted afterwards.

How close each page is to a real market: no public source of these layouts was read; the pages are
shaped from memory of public descriptions of onion markets (rates bars, labelled facts, vendor
boxes and levels, escrow notes, multisig, avatars, masked buyers). Page frames, strings and all
content (names, products, prices, places) are invented for this round; sites and addresses are
fictional (.example hosts and made-up 56-character .onion names; www.w3.org appears in no page).

Truth conventions, as rounds 24-29: a listing's price is the one a buyer pays (the conversions,
shipping extras and rates bars are no price; a fiat price stays fiat when crypto is shown beside
it); the category is the last crumb or the labelled value; a listing page's vendor box gives no
vendor record; a vendor's feedback page carries its vendor's record (the name and the totals
shown, has_pgp_key None: tests/general_rounds.py _feedback_vendor); an error page gives none.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (96bc4fd) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 31 --side holdout --misses``): those of 40476af (this session's start), of 6b37b71
(rounds 23 to 27 mended) and of 7d647b4 (rounds 28 and 29 mended too). None had seen this round's
pages; every helper who wrote those mends kept it out of every scan.

    template                              40476af  6b37b71  7d647b4
    feiranoturna_listing_vendorbox_pt_br    0.000    0.000    0.000  (a listing typed vendor: its vendor box)
    nachtmarkt_error_banned_de              0.000    0.000    0.000  (an error typed other)
    kuusikko_vendor_pgp_fi                  0.000    0.000    1.000  (a vendor named in its title part)
    chodem_feedback_totals_vi               0.100    0.100    0.100  (a page of reviews read as posts)
    kervansaray_listing_splitprice_tr       0.615    0.714    0.714  (vendor; an origin glued to its label)
    bottegaombra_avatar_cards_it            0.636    0.750    0.750  (avatar vendors; regions)
    quietsearch_search_rows_en              0.739    0.739    0.739  (rows of text: category, places)
    glasmarknad_vendor_plusminus_sv         0.800    0.800    0.800  ('+1203 / -7')
    nychtagora_ul_cards_el                  0.929    1.000    1.000  (regions and 'everywhere')
    kochavim_listing_escrow_he 1.000
    overall                                 0.646    0.697    0.738

The mends of rounds 23 to 27 carried to this never-seen round on two grids of cards (regions and
world words as places, a split price: +0.051), and those of rounds 28 and 29 on a vendor page
(named by a heading that ends its title part: +0.041). Blind scores of the rounds (3 to 31):
0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313,
0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848, 0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831
and here 0.738 (0.646 at this session's start). KNOWN_MISSES holds every wrong value of 7d647b4.
This round is BLIND: do not tune the parsers on its pages; mend a miss only as a general
mechanism, with test pages of its own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(7f83cb5 to ec5e3db): a status code beside the first headings is an error (parsers.classify); an
unlabelled price with the item's own buy form makes an item page (parsers.markets); review rows
marked by a sign, and a page of them naming its seller is market content (parsers.review_rows);
counts in tiles and '+N / -M' (parsers.kind_counts); labels glued to their values
(parsers.glued_labels); rows of text split at dashes, regions of ISO 3166-2 as origins
(parsers.dash_pieces); sellers shown only as an avatar's title (parsers.card_handles): 0.738 ->
1.000.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import Round, _feedback_vendor, _listing, _vendor, shown_number, v4_fingerprint

DATA = Path(__file__).parent / "data" / "general_r31"

_FEIRA = "http://feiranoturnayeaklszjc3dhoyfeapa5qsqz5aa5zkeeslykn376mxwd.onion"
_KERV = "http://kervansarayugsmwnsncxsexsik36ry56k6lbwnwiridlnkrlgwg3z7d.onion"
_KOCH = "http://shukkochavim4uzxanrufal57wpnqt7wadm37wvkxbxgsitw7hbyy7hd.onion"
_NYX = "http://nychtagorapsybj3l6w63xhoeh6qdhazkqlc3ebxwzqsdc54pg6txfwd.onion"
_OMBRA = "http://bottegaombragmm4bwk3nbp3ymrf2m43tc52ds7d55ln4p3tae4xdbdd.onion"
_QUIET = "http://quietsearchs6qtpz7l2vfoicdbw2r6beie7noh3zu6ex7d3ksvtppwd.onion"
_KUUS = "http://kuusikkoyafnkyim7cz332rcagkaoiyrrlcxost4f6w75j67eb6c4iod.onion"
_GLAS = "http://glasmarknadieomjsfsdmlsrrh75yqgfyp6jrkggi7ljkpacyyhwlj2d.onion"
_CHO = "http://chodemu4ginmv45yr47syw5z2yzorx6uwjmjdgga5h4v6yjzw7cli3kd.onion"
_NACHT = "http://nachtmarktq3y7r3webiap6eztnbrhjq466ftjp2ubm5tj5ovdz56oid.onion"
_FP_KUUS = "87F3F3C5AC196C409D23CC6B6476E41B55C31DE3"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/bottegaombra_avatar_cards_it_latin9.html": "iso-8859-15"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Brazilian listing with a vendor box: h1.qv-titulo the title; "R$ 89,90" the price ("≈ 0,1068
    # XMR", the shipping options and the rates bar no price); the aside's Oficina_Barro_Cunha the
    # vendor (its level, "Avaliações: 1.128 (98,7% positivas)" and since: no record here); the
    # last crumb Canecas; "Envia de" Brasil; "Envia para" "Brasil, Portugal".
    "holdout/feiranoturna_listing_vendorbox_pt_br.html": {
        "template": "feiranoturna_listing_vendorbox_pt_br", "url": _FEIRA + "/produto/41872",
        "type": "listing",
        "records": [_listing("Caneca de cerâmica esmaltada à mão, 350 ml", 89.9, "BRL", "Oficina_Barro_Cunha",
                             "Canecas", "Brasil", ["Brasil", "Portugal"])],
    },
    # Turkish listing, price and currency in separate spans: "0.0042" + "BTC" the price ("yaklaşık
    # 12.492,90 ₺" a conversion; the shipping extras and the rates bar no price); Satıcı
    # Dokumaci_Usak; Kategori "Ev tekstili"; "Gönderen ülke" Türkiye; "Gönderim bölgesi" three.
    "holdout/kervansaray_listing_splitprice_tr.html": {
        "template": "kervansaray_listing_splitprice_tr", "url": _KERV + "/ilan/9120", "type": "listing",
        "records": [_listing("El dokuması kilim yastık kılıfı, 45 × 45 cm", 0.0042, "BTC", "Dokumaci_Usak",
                             "Ev tekstili", "Türkiye", ["Türkiye", "Avrupa", "Orta Doğu"])],
    },
    # Hebrew listing, right to left, multisig escrow: "185.00 ₪" the price in shekels ("≈ 0.00061
    # BTC · ≈ 0.3021 XMR" conversions, the shipping extras and rates no price); מוכר teahouse_galil;
    # קטגוריה "תה וחליטות"; נשלח מ ישראל; נשלח אל "ישראל, אירופה".
    "holdout/kochavim_listing_escrow_he.html": {
        "template": "kochavim_listing_escrow_he", "url": _KOCH + "/listing/7734", "type": "listing",
        "records": [_listing("ערכת חליטת תה צמחים, 12 תערובות", 185.0, "ILS", "teahouse_galil", "תה וחליטות",
                             "ישראל", ["ישראל", "אירופה"])],
    },
    # Greek category, cards in a ul: four li.gl-card; a.gl-card-title the title; span.gl-card-cat
    # the category; "Πωλητής: VENDOR"; "FROM → TO, TO"; "1.150,00 €" in euros. The sidebar's
    # categories are no cards. "Επόμενη »" to page 2.
    "holdout/nychtagora_ul_cards_el.html": {
        "template": "nychtagora_ul_cards_el", "url": _NYX + "/kat/xeirotexnia", "type": "listing_index",
        "next": _NYX + "/kat/xeirotexnia?selida=2",
        "records": [
            _listing("Κεραμικό κανάτι από τη Σίφνο, 1 λίτρο", 42.0, "EUR", "Sifnos_Keramos", "Κεραμικά",
                     "Ελλάδα", ["Ευρώπη"]),
            _listing("Υφαντό τραπεζομάντιλο από την Κρήτη, 140 × 180 cm", 1150.0, "EUR", "Argaleios_Anogeia",
                     "Υφαντά", "Κρήτη", ["Παντού"]),
            _listing("Ξύλινο κομπολόι από ελιά", 18.5, "EUR", "Elia_Xylo", "Ξυλογλυπτική", "Ελλάδα",
                     ["Ελλάδα", "Κύπρος"]),
            _listing("Σετ τεσσάρων κεραμικών κούπων", 36.0, "EUR", "Sifnos_Keramos", "Κεραμικά", "Ελλάδα",
                     ["Ευρώπη"]),
        ],
    },
    # Italian category, ISO-8859-15, the vendor only an avatar: a.ov-avatar's title the vendor
    # (no text); a.ov-nome the title; div.ov-cat the category; "Da: FROM · Per: TO"; "€ 1.240,00"
    # the price (div.ov-xmr a conversion). "Successiva ›" to page 2.
    "holdout/bottegaombra_avatar_cards_it_latin9.html": {
        "template": "bottegaombra_avatar_cards_it", "url": _OMBRA + "/reparto/carta", "type": "listing_index",
        "next": _OMBRA + "/reparto/carta?pagina=2",
        "records": [
            _listing("Risme di carta bambagina di Amalfi, 50 fogli A4", 34.9, "EUR", "Cartiera_Amalfi",
                     "Carta a mano", "Italia", ["Unione Europea"]),
            _listing("Quaderno rilegato in pelle con carta marmorizzata", 58.0, "EUR", "Legatoria_Fiorentina",
                     "Legatoria", "Toscana", ["In tutto il mondo"]),
            _listing("Biglietti d'auguri con fiori pressati, 10 pezzi", 16.5, "EUR", "Cartiera_Amalfi",
                     "Carta a mano", "Italia", ["Italia"]),
            _listing("Penna stilografica in legno d'ulivo, pennino acciaio", 1240.0, "EUR",
                     "Penne_di_Bassano", "Strumenti di scrittura", "Veneto", ["Europa"]),
        ],
    },
    # English search results, rows of text: "TITLE — $PRICE — sold by VENDOR — CATEGORY — ships
    # from FROM to TO"; "$1,085.00" a comma between thousands. No next page.
    "holdout/quietsearch_search_rows_en.html": {
        "template": "quietsearch_search_rows_en", "url": _QUIET + "/search?q=honey", "type": "listing_index",
        "records": [
            _listing("Raw wildflower honey, 500 g jar", 14.0, "USD", "hive_and_heather", "Food & Drink",
                     "Scotland", ["United Kingdom"]),
            _listing("Beeswax wraps, set of 3 (honey scented)", 19.5, "USD", "CombAndCandle",
                     "Home & Kitchen", "Canada", ["North America"]),
            _listing("Manuka-style honey tasting box, 6 x 50 g", 1085.0, "USD", "hive_and_heather",
                     "Food & Drink", "Scotland", ["Anywhere"]),
            _listing("Honey dipper, hand-turned cherry wood", 8.75, "USD", "Lathe_Lane", "Crafts",
                     "United States", ["United States", "Canada"]),
        ],
    },
    # Finnish vendor: h1.ft-nimi Kuusikko_Puuseppa (its badges no name); "Palautteet 642 (99,5 %
    # myönteisiä)"; "Jäsen alkaen 12.4.2024" member since ("eilen" the last visit); the armoured
    # key in textarea.ft-pgp. Its products are links of this page, not records of it.
    "holdout/kuusikko_vendor_pgp_fi.html": {
        "template": "kuusikko_vendor_pgp_fi", "url": _KUUS + "/myyja/Kuusikko_Puuseppa", "type": "vendor",
        "records": [_vendor("Kuusikko_Puuseppa", 642, 99.5, "2024-04-12", _FP_KUUS)],
    },
    # Swedish vendor, "+1203 / -7": h2.sb-saljare Glasbruket_Smaland; feedback 1203 + 7 = 1210, the
    # positive share 99.4 % (no total or share written: what a reader adds up); "Medlem sedan 5 jan
    # 2022"; "PGP-nyckel: Saknas" no key. Its ads (BTC prices) are links, not records.
    "holdout/glasmarknad_vendor_plusminus_sv.html": {
        "template": "glasmarknad_vendor_plusminus_sv", "url": _GLAS + "/saljare/Glasbruket_Smaland",
        "type": "vendor",
        "records": [_vendor("Glasbruket_Smaland", 1210, 99.4, "2022-01-05", None)],
    },
    # Vietnamese feedback page of Lua_Ha_Dong: totals 2.315 (2.298 positive, 17 negative), 99,3%
    # satisfied; a table of four reviews. "Trang sau »" to page 2.
    "holdout/chodem_feedback_totals_vi.html": {
        "template": "chodem_feedback_totals_vi", "url": _CHO + "/nguoi-ban/Lua_Ha_Dong/danh-gia",
        "type": "feedback", "next": _CHO + "/nguoi-ban/Lua_Ha_Dong/danh-gia?trang=2",
        "records": [_feedback_vendor("Lua_Ha_Dong", 2315, 99.3)],
    },
    # German error page: "410", the offer removed, its vendor banned: an error, no records.
    "holdout/nachtmarkt_error_banned_de.html": {
        "template": "nachtmarkt_error_banned_de", "url": _NACHT + "/angebot/60417", "type": "error",
        "records": [],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of 7d647b4, re-recorded after the mends (a980441): none.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_listings = ROUND.records_of("listing")


def test_ten_market_pages_one_of_which_gives_no_record() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    assert [kinds.count(k) for k in ("listing", "listing_index", "vendor", "feedback", "error")] == [
        3, 3, 2, 1, 1]
    assert {t["type"] for t in TRUTH.values() if not t["records"]} == {"error"}
    assert all(len(t["records"]) == 4 for t in TRUTH.values() if t["type"] == "listing_index")


def test_one_page_in_english_one_right_to_left_and_one_in_latin_9() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["de", "el", "en-US", "fi", "he", "it", "pt-BR", "sv", "tr", "vi"]
    assert sum(lang.startswith("en") for lang in langs.values()) == 1
    rtl = {page for page in TRUTH if ' dir="rtl"' in _text(page)}
    assert rtl == {"holdout/kochavim_listing_escrow_he.html"}
    assert set(ENCODINGS) == {page for page in TRUTH if "latin9" in page}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_italian_cards_are_latin_9_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "bottegaombra_avatar_cards_it_latin9.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=iso-8859-15"' in raw and raw.count(b"charset=") == 1
    # One byte a sign: the euro 0xA4 (Latin-1's currency sign ¤), più (ù 0xF9), Perché (é 0xE9).
    assert raw.count(b"\xa4") == 5 and raw.count(b'<div class="ov-prezzo">\xa4 ') == 4  # and the rate's
    assert b"pi\xf9 recenti" in raw and b"Perch\xe9" in raw
    assert raw.decode("latin-1").count("¤") == raw.count(b"\xa4") and "€" not in raw.decode("latin-1")


def test_the_vendor_box_is_beside_the_listing_and_its_figures_no_record() -> None:
    page = "holdout/feiranoturna_listing_vendorbox_pt_br.html"
    text = _text(page)
    (listing,) = _listings(page)
    price = re.search(r'<div class="qv-preco">R\$ ([\d.,]+)</div>', text).group(1)  # type: ignore[union-attr]
    assert shown_number(price, ".", ",") == listing["price"] and listing["currency"] == "BRL"
    xmr = re.search(r"≈ ([\d,]+) XMR", text).group(1)  # type: ignore[union-attr]
    rate = shown_number(re.search(r"1 XMR = R\$ ([\d.,]+)", text).group(1), ".", ",")  # type: ignore[union-attr]
    assert round(listing["price"] / rate, 4) == shown_number(xmr, ".", ",")
    crumbs = re.findall(r'<a href="/cat/[a-z]+">([^<]+)</a>', text)
    assert crumbs[-1] == listing["category"] and len(crumbs) == 3
    facts = dict(re.findall(r"<tr><th>([^<]+)</th><td>([^<]+)</td></tr>", text))
    assert (facts["Envia de"], facts["Envia para"].split(", ")) == (
        listing["ships_from"], listing["ships_to"])
    box = text.split('<aside class="qv-vendedor">')[1].split("</aside>")[0]
    assert f">{listing['vendor']}</a>" in box and "Nível 4" in box and "1.128" in box
    assert all(r["type"] == "listing" for r in TRUTH[page]["records"])


def test_the_split_price_is_the_amount_and_its_unit_in_two_spans() -> None:
    page = "holdout/kervansaray_listing_splitprice_tr.html"
    text = _text(page)
    (listing,) = _listings(page)
    split = re.search(r'<span class="kx-tutar">([\d.]+)</span> <span class="kx-birim">([A-Z]+)</span>', text)
    assert split is not None and (float(split.group(1)), split.group(2)) == (listing["price"], "BTC")
    rate = shown_number(re.search(r"BTC/TRY <span>([\d.]+)</span>", text).group(1), ".", ",")  # type: ignore[union-attr]
    lira = re.search(r"yaklaşık <span>([\d.,]+)</span> <span>₺</span>", text).group(1)  # type: ignore[union-attr]
    assert round(listing["price"] * rate, 2) == shown_number(lira, ".", ",")
    props = dict(re.findall(r'<span class="kx-etiket">([^<]+)</span><span class="kx-deger">'
                            r"(?:<a [^>]+>)?([^<]+)", text))
    assert (props["Satıcı"], props["Kategori"], props["Gönderen ülke"]) == (
        listing["vendor"], listing["category"], listing["ships_from"])
    assert props["Gönderim bölgesi"].split(", ") == listing["ships_to"]


def test_the_escrow_listing_is_priced_in_shekels_and_its_coins_are_conversions() -> None:
    page = "holdout/kochavim_listing_escrow_he.html"
    text = _text(page)
    (listing,) = _listings(page)
    fiat = re.search(r'<div class="ym-fiat"><bdi>([\d.]+) ₪</bdi></div>', text)
    assert fiat is not None and float(fiat.group(1)) == listing["price"] and listing["currency"] == "ILS"
    btc, xmr = re.search(r'≈ <bdi>([\d.]+) BTC</bdi> · ≈ <bdi>([\d.]+) XMR</bdi>', text).groups()  # type: ignore[union-attr]
    btc_rate = float(re.search(r"1 BTC = <bdi>([\d,]+)</bdi>", text).group(1).replace(",", ""))  # type: ignore[union-attr]
    xmr_rate = float(re.search(r"1 XMR = <bdi>([\d.]+)</bdi>", text).group(1))  # type: ignore[union-attr]
    assert round(listing["price"] / btc_rate, 5) == float(btc)
    assert round(listing["price"] / xmr_rate, 4) == float(xmr)
    assert "Multisig 2 מתוך 3" in text and '<html lang="he" dir="rtl">' in text
    meta = dict(re.findall(r"<dt>([^<]+)</dt><dd>(?:<a [^>]+>)?([^<]+)", text))
    assert (meta["מוכר"], meta["קטגוריה"], meta["נשלח מ"]) == (
        listing["vendor"], listing["category"], listing["ships_from"])
    assert meta["נשלח אל"].split(", ") == listing["ships_to"]


def test_the_cards_in_a_ul_are_the_truths_and_the_sidebar_list_is_no_card() -> None:
    page = "holdout/nychtagora_ul_cards_el.html"
    text = _text(page)
    cards = re.findall(r'<a class="gl-card-title" href="[^"]+">([^<]+)</a>\s*'
                       r'<span class="gl-card-cat">([^<]+)</span>\s*'
                       r'<span class="gl-card-seller">Πωλητής: <a [^>]+>([^<]+)</a></span>\s*'
                       r'<span class="gl-card-ship">([^<]+) → ([^<]+)</span>\s*'
                       r'<span class="gl-card-price">([\d.,]+) €</span>', text)
    ROUND.check_listings([(t, shown_number(p, ".", ","), "EUR", v, c, f, to.split(", "))
               for t, c, v, f, to, p in cards], page)
    assert text.count('<li class="gl-card">') == 4 and '<ul class="gl-catlist">' in text
    assert '<a class="gl-next" href="/kat/xeirotexnia?selida=2">Επόμενη »</a>' in text
    assert TRUTH[page]["next"] == _NYX + "/kat/xeirotexnia?selida=2"


def test_the_avatar_cards_name_their_vendor_only_in_a_title_attribute() -> None:
    page = "holdout/bottegaombra_avatar_cards_it_latin9.html"
    text = _text(page)
    cards = re.findall(r'<a class="ov-avatar" href="/venditore/(\w+)" title="(\w+)"><img [^>]+></a>\s*'
                       r'<a class="ov-nome" href="[^"]+">([^<]+)</a>\s*'
                       r'<div class="ov-cat">([^<]+)</div>\s*'
                       r'<div class="ov-luoghi">Da: ([^<]+) &middot; Per: ([^<]+)</div>\s*'
                       r'<div class="ov-prezzo">€ ([\d.,]+)</div>\s*'
                       r'<div class="ov-xmr">([\d,]+) XMR</div>', text)
    assert all(href == title for href, title, *_ in cards)
    ROUND.check_listings([(t, shown_number(p, ".", ","), "EUR", v, c, f, [to])
               for _, v, t, c, f, to, p, _ in cards], page)
    rate = shown_number(re.search(r"1 XMR = ([\d,]+) €", text).group(1), ".", ",")  # type: ignore[union-attr]
    assert [round(shown_number(p, ".", ",") / rate, 4) for *_, p, _ in cards] == [
        shown_number(x, ".", ",") for *_, x in cards]
    for vendor in {r["vendor"] for r in _listings(page)}:  # no text names the vendor, only the title
        assert f">{vendor}<" not in text
    assert '<a href="/reparto/carta?pagina=2">Successiva &rsaquo;</a>' in text


def test_the_search_rows_are_text_split_by_dashes() -> None:
    page = "holdout/quietsearch_search_rows_en.html"
    text = _text(page)
    rows = re.findall(r'<div class="qh-row"><a class="qh-link" href="[^"]+">([^<]+)</a> &mdash; '
                      r'<span class="qh-amt">\$([\d,.]+)</span> &mdash; sold by <a [^>]+>([^<]+)</a> &mdash; '
                      r"([^<]+?) &mdash; ships from ([^<]+?) to ([^<]+)</div>", text)
    ROUND.check_listings([(t, shown_number(p, ",", "."), "USD", v, html.unescape(c), f, to.split(", "))
               for t, p, v, c, f, to in rows], page)
    assert "4 results for <b>honey</b>" in text and "next" not in TRUTH[page]


def _armoured(text: str) -> str:
    block = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=[A-Za-z0-9+/]{4}\n"
                      r"-----END PGP PUBLIC KEY BLOCK-----", text, re.S)
    assert block is not None
    return block.group(1)


def test_the_finnish_vendor_carries_a_real_v4_key_and_its_feedback_figures() -> None:
    page = "holdout/kuusikko_vendor_pgp_fi.html"
    text = _text(page)
    (vendor,) = TRUTH[page]["records"]
    assert v4_fingerprint(_armoured(text)) == _FP_KUUS == vendor["pgp_fingerprint"]
    shown = re.search(r"Sormenjälki: <code>([0-9A-F ]+)</code>", text).group(1)  # type: ignore[union-attr]
    assert shown.replace(" ", "") == _FP_KUUS
    facts = dict(re.findall(r'<span class="ft-avain">([^<]+)</span> '
                            r'<span class="ft-arvo">([^<]+)</span>', text))
    day, month, year = facts["Jäsen alkaen"].split(".")
    assert f"{year}-{int(month):02}-{int(day):02}" == vendor["member_since"]
    count, share = re.fullmatch(r"(\d+) \(([\d,]+) % myönteisiä\)", facts["Palautteet"]).groups()  # type: ignore[union-attr]
    assert (int(count), shown_number(share, " ", ",")) == (vendor["feedback_count"], vendor["rating"])
    assert re.search(r'<h1 class="ft-nimi">([^<]+)</h1>', text).group(1) == vendor["name"]  # type: ignore[union-attr]


def test_the_swedish_vendor_gives_plus_and_minus_and_no_key() -> None:
    page = "holdout/glasmarknad_vendor_plusminus_sv.html"
    text = _text(page)
    (vendor,) = TRUTH[page]["records"]
    plus, minus = re.search(r'<span class="sb-plus">\+(\d+)</span> / <span class="sb-minus">-(\d+)</span>',
                            text).groups()  # type: ignore[union-attr]
    assert (plus, minus) == ("1203", "7") and int(plus) + int(minus) == vendor["feedback_count"]
    assert round(100 * int(plus) / vendor["feedback_count"], 1) == vendor["rating"] == 99.4
    assert "%" not in text.split('<div class="sb-betyg">')[1].split("</div>")[0]
    facts = dict(re.findall(r"<tr><td>([^<]+)</td><td>([^<]+)</td></tr>", text))
    assert facts["Medlem sedan"] == "5 jan 2022" and vendor["member_since"] == "2022-01-05"
    assert facts["PGP-nyckel"] == "Saknas" and "PGP PUBLIC KEY" not in text
    assert vendor["pgp_fingerprint"] is None and vendor["has_pgp_key"] is False


def test_the_feedback_page_carries_its_vendor_and_the_totals_shown() -> None:
    page = "holdout/chodem_feedback_totals_vi.html"
    text = _text(page)
    boxes = dict(re.findall(r'<div class="vh-o[^"]*">([^<]+)<br><b>([^<]+)</b></div>', text))
    total, good, bad = (int(boxes[k].replace(".", "")) for k in ("Tổng số đánh giá", "Tích cực", "Tiêu cực"))
    assert good + bad == total == 2315
    (vendor,) = TRUTH[page]["records"]
    assert (vendor["name"], vendor["feedback_count"]) == ("Lua_Ha_Dong", total)
    assert f"{round(100 * good / total, 1)}".replace(".", ",") + "%" == boxes["Tỷ lệ hài lòng"]
    assert shown_number(boxes["Tỷ lệ hài lòng"].rstrip("%"), " ", ",") == vendor["rating"]
    assert vendor["has_pgp_key"] is None and vendor["member_since"] is None
    assert text.count('<tr class="vh-dong-') == 4
    assert TRUTH[page]["next"] == _CHO + "/nguoi-ban/Lua_Ha_Dong/danh-gia?trang=2"
    assert '<a class="vh-sau" href="/nguoi-ban/Lua_Ha_Dong/danh-gia?trang=2">Trang sau »</a>' in text


def test_the_error_page_says_the_offer_is_gone_and_shows_no_goods() -> None:
    page = "holdout/nachtmarkt_error_banned_de.html"
    text = _text(page)
    assert "Dieses Angebot ist nicht mehr verfügbar" in text and "gesperrt" in text
    assert '<div class="ea-code">410</div>' in text and "<form" not in text
    assert not re.search(r"\d+[.,]\d+ ?(?:XMR|BTC|EUR|€)", text)
    assert TRUTH[page]["records"] == [] and "next" not in TRUTH[page]
