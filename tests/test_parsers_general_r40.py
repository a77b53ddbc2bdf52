"""parsers.parse_page on round-40 generality pages (tests/data/general_r40): a fully BLIND held-out
set of the page KINDS the parsers find hardest, in ten languages (none of them English). Ten pages,
all on the HOLDOUT side (no tune side: no rule was written for any of them), each an engine,
template or layout in no earlier round, with fictional names, words, dates and prices put in. Six
forum pages: three member PROFILES of different shapes (a table with the avatar beside it, a
sidebar of statistics beside the member's recent posts, tabs whose "about me" holds other numbers
and dates), two TOPIC LISTS (a table with sticky rows, a subforum's rows and page links inside
the rows; a column of cards) and a BOARD LIST of categories; and four market pages: a vendor page
whose feedback totals are split by period, a feedback page, a listing whose vendor is named only
in a sentence, and a grid of cards that show each vendor's rating and sales beside the price.

Every page is an engine, template or layout in none of rounds 3-37, tests/data/forums_general,
tests/data/markets_general or any other directory of tests/data (rounds 38 and 39, not yet scored,
and round 41, built at the same time by another helper, were neither opened nor used: every grep
left their directories and modules out): the directories were listed (no page name opens with
inyoka, nearforums, cyklokarpaty, chaisklubi, kebunbandar, fira, txantxangorri, sermuksniu or
shqiponja) and grepped, and none of inyoka, nearforums, forumList, pagination_right, userpage,
"Gå til side", Klistra, nor the invented prefixes class="vk- (the Slovak profile), tq- (the
Georgian profile), rw- (the Malay cards), av- (the Catalan vendor), tx- (the Basque feedback), sm-
(the Lithuanian listing) or qp- (the Albanian cards), nor the words Fjallaspjall, hraunkolla,
Tröllaskag, Akureyri, Cyklofórum, Stupav, Pezinsk, ჩაის, ლეჩხუმ, Båtbyggjar, oselvar, klinkbygd,
Trebåt, "Kebun Bandar", kangkung, Disematkan, Գորգ, Avellana, Teixits, "Últims 3 mesos",
Valoracions, Txantxangorri, Ezpeleta, iritzi, Šermukšn, Knygyn, Užupis, parduoda, Shqiponj,
Qilim, Tomorr, Filigran, Prizren or shitje, nor any member or vendor name of this round is in
them. Found and no sign of the same layout: topic_title (round 28's Codoforum and round 27's
XOOPS newbb: Inyoka's p.topic_title sits in a table row of its own), userinfo (round 4's vBulletin
4 postbit and a unit test: Inyoka's is a profile's table), Innlegg (round 19's Faroese miniBB board
list and unit tests: the common Nordic word for posts), Registrovaný (a unit test of forum rules:
the common Slovak word), balasan (round 28's Indonesian Warung Kopi thread: the common Malay and
Indonesian word for replies), siput (a unit test's snail) and Ripoll (a town in round 14's Catalan
HavefnuBB thread; here in a vendor's name).
Languages: Icelandic, Slovak, Georgian, Norwegian Nynorsk, Malay, Armenian, Catalan, Basque,
Lithuanian and Albanian. One page is in ISO-8859-4 (Latin-4, the Baltic code page of Lithuanian
sites before ISO-8859-13): declared by ``<meta http-equiv="Content-Type" content="text/html;
charset=iso-8859-4">``; every Lithuanian letter one byte (ė 0xEC, ž 0xBE, š 0xB9, Š 0xA9, ų
0xF9) where ISO-8859-13 and Latin-1 have other signs; its euro signs, arrows and dots are entities
(&euro;, &rsaquo;, &asymp;, &middot;), Latin-4 having none of them.

forum pages
  - an INYOKA member PROFILE (Icelandic, "Fjallaspjall", hill walkers): h3 the name, then
    table.userinfo, its rows of th/td with the AVATAR in a cell spanning seven rows beside them
    (the template's Launchpad row left open, as it is), "Meðlimur síðan" "14. mars 2017 20:31"
    joined, "Innlegg" "1284 (sýna)" the posts (no thousands separator), the GPG key's fingerprint
    in groups of four (a real key's, no count), then the member's own page ("Um mig") with other
    numbers and dates (212 peaks, "2. júní 2006", 1538 m, "19. júlí 2014"); the reader
    mosfellingur_orri logged in in the header. Read: inyokaproject/inyoka
    inyoka/portal/jinja2/portal/profile.html (the table, its rows and the avatar's rowspan).
  - an INYOKA forum's TOPIC LIST (Nynorsk, "Båtbyggjarlaget", wooden boats): table.forum, two
    SUBFORUM rows first (td.forum p.name a.title: boards, no topics), then a header row and one
    row per topic, p.topic_title holding the title's link after "Klistra:" (sticky) or
    "Røysting:" (poll) in a strong; two sticky rows first; "av NAME | day" and, for a topic of
    several pages, "Gå til side" over the topic's OWN page links (1 2 3; 1 2 … 6 7); views,
    replies and the last post in cells; "Neste »" to page 2 above and below. Six topics, one
    thread record each in page order. Read: inyokaproject/inyoka inyoka/forum/jinja2/forum/
    forum.html and _forum.html (render_forum's subforum rows, topic_icon); the small pagination's
    markup (a.pageselect, span.ellipsis) written from memory.
  - a NEARFORUMS BOARD LIST (Armenian, "Գորգագործների ակումբ", carpet weavers): div.forumList,
    h1 the page, an h2 per category and a ul.items of li per board, h3 its link and
    span.details "48 թեմա / 612 գրառում" (topics / posts), p its description; three categories,
    seven boards; a board list carries no records. Read: jorgebay/nearforums
    solution/NearForums.Web.Output/Views/Forums/List.cshtml and Views/Shared/Site.cshtml (the
    XHTML frame; the header's contents written from memory).
  - a Slovak PROFILE whose statistics are in a SIDEBAR ("Cyklofórum Malé Karpaty", cycling):
    aside.vk-bok with the avatar, h1 the name and dl "Príspevky 3 047" (a space between
    thousands), "Registrovaný 9. 4. 2015", "Poďakovania 1 208" (thanks, no posts); beside it
    main.vk-hlavny "Najnovšie príspevky", the member's three RECENT POSTS, each with its topic,
    section, day, its topic's starter and "Odpovede: 14 · Zobrazenia: 1 203" (replies and views
    of the topic: no statistics of the member, and no post records of this page); the forum's
    totals in the footer and the reader zahorak_peto in the header.
  - a Georgian PROFILE in TABS ("ჩაის მოყვარულთა კლუბი", tea lovers): ul.tq-chanartebi of four
    tabs, the first panel ("ჩემ შესახებ", about me) shown, the others hidden: the about-me text
    holds other numbers and dates (since 2004, 312 teas, "2019 წლის 15 მაისს", 1 200 square
    metres, born "1981 წლის 3 მაისს") and an age (45); the hidden "სტატისტიკა" panel holds the
    facts: "პოსტები" 1 047, "რეგისტრაციის თარიღი" "12 აპრილი 2016", reputation and thanks no
    posts; "მეგობრები (27)" friends.
  - a Malay TOPIC LIST as CARDS ("Forum Kebun Bandar", urban gardening): div.rw-kad per topic
    (the pinned one first, "📌 Disematkan"), a tag, h3.rw-tajuk the title, an excerpt, "oleh
    NAME", the day or an age ("3 jam lalu", "semalam"), "7 balasan · 164 tontonan" and the last
    reply; five topics, one thread record each in page order; the sidebar's tags and the
    forum's totals no topics; "Seterusnya ›" to page 2.

market pages (written from memory of public descriptions of darknet-market layouts; every
market, vendor, product, price and class name is invented; only innocuous goods: blankets, table
linen, peppers, fairy tales, a carpet, mountain tea, filigree earrings, a cookery book)
  - a Catalan VENDOR page ("Fira de l'Avellana", Teixits_Ripoll) whose feedback is SPLIT BY
    PERIOD: table.av-periodes, columns "Últim mes", "Últims 3 mesos" and "Sempre" (all time),
    rows positive, neutral, negative, "Total" (62, 191, 1.906) and "% positives" (98,4 %, 97,9 %,
    98,3 %): the vendor's totals are the all-time column's; "Membre des del 7 de febrer de 2021";
    "Vendes completades: 2.412" sales; "Empremta:" the fingerprint in groups of four over the
    armoured key in a pre; the three products are links, not records.
  - a Basque FEEDBACK page ("Txantxangorri Azoka", Ezpeleta_Piperrak): "764 iritzi guztira" and
    "% 97,6 positiboak" (Basque writes the percent sign FIRST), "Positiboak: 746 · Neutroak: 11 ·
    Negatiboak: 7", "Salmentak: 1.318" sales; four reviews in a table (stars, text, product,
    buyer, "2026ko azaroaren 18a"); "Hurrengoa ›" to page 2.
  - a Lithuanian LISTING in ISO-8859-4 ("Šermukšnių turgus"): h1 the title, "18,40 &euro;" the
    price ("&asymp; 0,000201 BTC" a conversion, the rates bar and the delivery options no price);
    the vendor is named ONLY in a sentence, "Šią prekę parduoda Knygynėlis_Užupis, turgelyje
    prekiaujantis nuo 2020 m. Įvertinimas 99,2 %, 412 pardavimų." (no vendor label); the crumbs'
    last Pasakos the category; "Siunčiama iš:" Lietuva, "Pristatoma į:" three countries.
  - an Albanian GRID OF CARDS ("Pazari i Shqiponjës", "Të rejat"): four div.qp-karta, a category
    badge, h3 the title, and one line holding the PRICE ("1 240,00 €", a space between
    thousands) BESIDE the vendor, the vendor's rating ("★ 4,9") and sales ("1 312 shitje");
    "Dërgohet nga FROM për TO"; the sidebar's categories and their counts are no cards; "Faqja
    tjetër ›" to page 2.
The vendor's key is a REAL OpenPGP v4 public key (ed25519) generated for this round with gpg in a
throwaway GnuPG home under /tmp that was deleted afterwards; the Icelandic profile prints the
fingerprint of a second real key made there (its armour is not on the page).

How close each page is to a real site: the three Inyoka and Nearforums pages follow their engines'
public templates as read (class names, element order, the engines' quirks: Inyoka's open table
row, its subforum rows above the topics and its sticky prefix, Nearforums' counts inside the
board's heading), with frames written from memory of the engines' default themes; the three
invented forum layouts and the four market pages are shaped from memory. Page frames, strings
and all content are invented for this round; sites and addresses are fictional (.example hosts
and made-up 56-character .onion names; www.w3.org appears only in the Armenian page's doctype
and XHTML namespace, never fetched).

Truth conventions, as rounds 24-37: a profile gives one author record (name, posts, join day; the
reader logged in, a member's recent posts, friends, thanks, reputation and an about-me text give
none); a board's topic list carries one {"type": "thread", "title"} per topic in page order (a
sticky or poll prefix no part of the title; a subforum's row and a topic's own page links no
topic); a board list carries no records; a vendor page's totals are its all-time figures (the
rating the positive percentage) and its product links give no listing records; a feedback page
gives the vendor's name and totals (whether it has a key is no fact of that page); a listing's
price is the one a buyer pays (conversions and extras no price) in the currency shown; the vendor
is the one named, labelled or not; the category is the last crumb or the labelled value.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (c774d54) BEFORE the parsers were run on them at all.

Blind measurement, once per set of parsers, no site profiles (``benchmarks/score_general.py
--round 40 --side holdout --misses``): those of 59fab6f (the last session's end), of fcfbaef
(rounds 34 and 35 mended), of 5912397 (rounds 36 and 37 too) and of 614cc73 (rounds 38 and 39
too). None had seen this round's pages; every helper who wrote those mends kept it out of every
scan.

    template                    59fab6f  fcfbaef  5912397  614cc73
    chaisklubi_profile_ka         0.000    0.000    0.000    0.000  (a profile in tabs)
    fira_avellana_vendor_ca       0.000    0.000    0.000    0.000  (a vendor above its items read as cards)
    inyoka_topics_nn              0.286    0.286    0.286    0.286  (pinned rows missed)
    txantxangorri_feedback_eu     0.286    0.286    0.286    0.286  (a feedback page unread)
    kebunbandar_topic_cards_ms    0.333    0.462    0.462    0.462  (the pinned card missed)
    inyoka_profile_is             0.750    0.750    0.750    0.750  (a date in the about text)
    shqiponja_cards_sq            0.750    0.750    0.824    0.824  (vendors; places)
    sermuksniu_listing_lt         0.933    0.933    0.933    0.933  (a seller named in a sentence)
    cyklokarpaty_profile_sk, nearforums_boards_hy 1.000
    overall                       0.547    0.557    0.587    0.587

This round and round 41 measure, blind, whether this session's mends carry: the parsers of
59fab6f are the last session's, those of fcfbaef carry the mends of rounds 34 and 35, those of
5912397 those of rounds 36 and 37 too, those of 614cc73 those of rounds 38 and 39 too. Here the
mends of rounds 34 to 37 carried a little (a topic card, a card's vendor: +0.040), those of
rounds 38 and 39 nothing: the profiles of this round (in tabs; beside an avatar, a date in the
member's own words), its vendor above its items, its feedback page and its topic lists' pinned
rows are each read in a way none of those mends touched. Blind scores of the rounds (3 to 39):
0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857, 0.466, 0.612, 0.538, 0.773, 0.313,
0.694, 0.684, 0.376, 0.578, 0.517, 0.514, 0.848, 0.777, 0.858, 0.406, 0.782, 0.902, 0.752, 0.831,
0.738, 0.820, 0.891, 0.770, 0.942, 0.679, 0.736, 0.893, 0.837 and here 0.587 (0.547 at this
session's start). KNOWN_MISSES holds every wrong value of 614cc73. This round is BLIND: do not
tune the parsers on its pages; mend a miss only as a general mechanism, with test pages of its
own, and say so here.

Mended after its blind measure, each miss by a general mechanism with test pages of its own
(7472e6f to be54f82): a table's topic rows whatever their class (parsers.table_rows); a topic card's
cut-off preview no part of its row (parsers.topic_rows); a join day near the post count over a
date further off (parsers.member_card); feedback counted by kind over several periods, the widest
period's (parsers.period_table); dates with the endings a language's CLDR patterns glue on
(parsers.cldr_dates); a percent sign first where the language writes it so (parsers.sign_first);
'from'/'to' words and the world in another case (parsers.route_sentence, parsers.place_words); a
seller's link spelt without accents (parsers.rated_handle) or named in a sentence
(parsers.stats_seller): 0.587 -> 0.967. Left: the Georgian profile in tabs, whose labels
('პოსტები', 'რეგისტრაციის თარიღი') no vocabulary of the parsers holds and the CLDR has none of.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import (
    Round,
    _author,
    _feedback_vendor,
    _listing,
    _vendor,
    shown_number,
    v4_fingerprint,
)

DATA = Path(__file__).parent / "data" / "general_r40"

_FJAL = "http://fjallaspjallevw3zadxjiwhxpd4skcvd4bt2ois3kfufrs3topjkwmd.onion"
_CYKL = "http://cyklokarpatykkh7gyrwquldoo3nwtrcltsy3y5eakpb6ljaewz6hzgd.onion"
_CHAI = "http://chaismoyvaruleyqtbwv7g3fsuk4yrk4zcbeipxibyz5ou4gfpjozbnd.onion"
_BATB = "http://batbyggjarlaget62f6tivybxzvmunqot25ydn3qvfy3f6kcrcy5bf3d.onion"
_KEBUN = "http://kebunbandarxtczk6fqh5phyimmklxa6bq5k54kb4p6fcpk766arhpad.onion"
_GORG = "http://gorgagortsner67snooevo4i2veuek5fy42bpbuyrdejsdm76oaek7id.onion"
_FIRA = "http://firadelavellanankypibne5hrv7s4o7mfr6yq2jilcppf35vkdumptd.onion"
_TXAN = "http://txantxangorriazokafh5b44iqrkbcbbsg5cusqtqst7cakx5aexlggd.onion"
_SERM = "http://sermuksniuturgus35xtm2hzz5loqggz2kxdnlueghvmn7rb6f5h57gd.onion"
_SHQI = "http://pazarishqiponjafbebl7srqv75dsogc4k3x4khjm5y426m2aj6xrnad.onion"
_FP_FIRA = "A7D4EE8C0F52721A0C2E744BF37AC193A2C8E419"
#: The fingerprint the Icelandic profile prints (a second real key's; no vendor, no record).
_FP_FJAL = "3AF56123FE9F3B2625D65D57028ECBC2B3D75855"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/sermuksniu_listing_eur_lt_iso8859_4.html": "iso-8859-4"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Inyoka profile, Icelandic: h3 and the "Nafn" row hraunkolla_sigga (mosfellingur_orri logged
    # in is the reader); "Meðlimur síðan" 14. mars 2017 joined; "Innlegg" 1284 the posts; the GPG
    # fingerprint and the member's page ("Um mig": 212 peaks, 1538 m...) no statistics.
    "holdout/inyoka_profile_is.html": {
        "template": "inyoka_profile_is", "url": _FJAL + "/user/hraunkolla_sigga/", "type": "profile",
        "records": [_author("hraunkolla_sigga", 1284, "2017-03-14")],
    },
    # Slovak profile: h1.vk-meno miro_zo_stupavy; the sidebar's "Príspevky" 3 047 the posts and
    # "Registrovaný" 9. 4. 2015 joined; the recent posts (their replies and views) no statistics
    # of the member and no records; zahorak_peto the reader.
    "holdout/cyklokarpaty_profile_recent_sk.html": {
        "template": "cyklokarpaty_profile_sk", "url": _CYKL + "/clen/miro_zo_stupavy", "type": "profile",
        "records": [_author("miro_zo_stupavy", 3047, "2015-04-09")],
    },
    # Georgian profile in tabs: h1.tq-saxeli ლეჩხუმელი_ნინო; the hidden statistics tab's "პოსტები"
    # 1 047 the posts and "რეგისტრაციის თარიღი" 12 აპრილი 2016 joined; the shown about-me tab's
    # numbers and dates (2004, 312, 15 May 2019, born 3 May 1981, age 45) no statistics.
    "holdout/chaisklubi_profile_tabs_ka.html": {
        "template": "chaisklubi_profile_ka", "url": _CHAI + "/wevri/lechkhumeli_nino", "type": "profile",
        "records": [_author("ლეჩხუმელი_ნინო", 1047, "2016-04-12")],
    },
    # Inyoka topic list, Nynorsk: six rows of p.topic_title, one thread each in page order (the
    # prefixes "Klistra:" and "Røysting:" no part of a title); the two subforum rows (Oselvarar,
    # Motor og rigg) no topics; "Gå til side" links a topic's own pages; "Neste »" to page 2.
    "holdout/inyoka_forum_topics_nn.html": {
        "template": "inyoka_topics_nn", "url": _BATB + "/forum/trebatar/", "type": "forum_index",
        "next": _BATB + "/forum/trebatar/2/",
        "records": [
            {"type": "thread", "title": "Reglar for kjøp og sal av båtar og materialar"},
            {"type": "thread", "title": "Ordliste: namn på delane i ein klinkbygd båt"},
            {"type": "thread", "title": "Kva tjøre brukar de på botnen?"},
            {"type": "thread", "title": "Ny kjøl på ein 18 fots oselvar"},
            {"type": "thread", "title": "Rote i hudborda – skifte eller lappe?"},
            {"type": "thread", "title": "Kor lenge må båten stå i vatn før han tettar seg?"},
        ],
    },
    # Malay topic cards: five div.rw-kad, h3.rw-tajuk the titles, one thread each in page order
    # (the pinned one first); tags, counts and the sidebar no titles; "Seterusnya ›" to page 2.
    "holdout/kebunbandar_topic_cards_ms.html": {
        "template": "kebunbandar_topic_cards_ms", "url": _KEBUN + "/bahagian/sayur-sayuran",
        "type": "forum_index", "next": _KEBUN + "/bahagian/sayur-sayuran?halaman=2",
        "records": [
            {"type": "thread", "title": "Panduan asas: tanah dan baja untuk kebun dalam bekas polistirena"},
            {"type": "thread", "title": "Kangkung saya cepat berbunga, kenapa?"},
            {"type": "thread", "title": "Cili padi dalam pasu di balkoni tingkat 12"},
            {"type": "thread", "title": "Petua halau siput babi tanpa racun"},
            {"type": "thread", "title": "Bayam merah atau bayam hijau untuk musim tengkujuh?"},
        ],
    },
    # Nearforums board list, Armenian: three categories of seven boards with their counts; a
    # board list carries no records.
    "holdout/nearforums_boards_hy.html": {
        "template": "nearforums_boards_hy", "url": _GORG + "/forums", "type": "forum_index",
        "records": [],
    },
    # Catalan vendor, feedback split by period: h1.av-nom Teixits_Ripoll (badge and level no
    # name); the "Sempre" column's Total 1.906 and "% positives" 98,3 % (the month's and three
    # months' no totals); "Membre des del 7 de febrer de 2021"; the key in pre.av-pgp. The three
    # products are links of this page, not records of it.
    "holdout/fira_avellana_vendor_periods_pgp_ca.html": {
        "template": "fira_avellana_vendor_ca", "url": _FIRA + "/venedor/Teixits_Ripoll", "type": "vendor",
        "records": [_vendor("Teixits_Ripoll", 1906, 98.3, "2021-02-07", _FP_FIRA)],
    },
    # Basque feedback page: Ezpeleta_Piperrak; "764 iritzi guztira", "% 97,6 positiboak" (sales
    # 1.318 no count); four reviews; "Hurrengoa ›" to page 2.
    "holdout/txantxangorri_feedback_eu.html": {
        "template": "txantxangorri_feedback_eu", "url": _TXAN + "/saltzailea/Ezpeleta_Piperrak/iritziak",
        "type": "feedback", "next": _TXAN + "/saltzailea/Ezpeleta_Piperrak/iritziak?orria=2",
        "records": [_feedback_vendor("Ezpeleta_Piperrak", 764, 97.6)],
    },
    # Lithuanian listing in ISO-8859-4: h1.sm-pavadinimas; "18,40 &euro;" the price (the BTC
    # conversion, rates and delivery options no price); "Šią prekę parduoda Knygynėlis_Užupis"
    # the vendor (no label); the last crumb Pasakos; "Siunčiama iš:" / "Pristatoma į:".
    "holdout/sermuksniu_listing_eur_lt_iso8859_4.html": {
        "template": "sermuksniu_listing_lt", "url": _SERM + "/preke/3318", "type": "listing",
        "records": [_listing("Lietuvių liaudies pasakos, 2 tomai", 18.4, "EUR", "Knygynėlis_Užupis",
                             "Pasakos", "Lietuva", ["Lietuva", "Latvija", "Estija"])],
    },
    # Albanian cards: four div.qp-karta; h3.qp-titulli the title; span.qp-kat the category;
    # span.qp-cmimi the price (the vendor's "★ 4,9" and "1 312 shitje" beside it no price); the
    # vendor's link; "Dërgohet nga FROM për TO"; "Faqja tjetër ›" to page 2.
    "holdout/shqiponja_cards_eur_sq.html": {
        "template": "shqiponja_cards_sq", "url": _SHQI + "/te-rejat", "type": "listing_index",
        "next": _SHQI + "/te-rejat?faqja=2",
        "records": [
            _listing("Qilim i punuar me dorë, 200 × 300 cm", 1240.0, "EUR", "Qilimat_e_Korçës", "Qilima",
                     "Shqipëri", ["Kosovë", "Maqedoni e Veriut"]),
            _listing("Çaj mali nga Tomorri, 200 g", 6.5, "EUR", "Bimet_e_Tomorrit", "Çajra", "Shqipëri",
                     ["gjithë botën"]),
            _listing("Vathë filigrani prej argjendi", 38.0, "EUR", "Filigrani_Shkodra", "Bizhuteri",
                     "Shqipëri", ["Evropë"]),
            _listing("Libër gatimi: kuzhina e Rrafshit të Dukagjinit", 14.9, "EUR", "Libraria_Prizreni",
                     "Libra", "Kosovë", ["Kosovë", "Shqipëri"]),
        ],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# What the parsers give on the holdout side where it differs from TRUTH: measured blind with the
# parsers of 59fab6f to 614cc73, re-recorded after the mends (be54f82): one page's four values (below).
KNOWN_MISSES: dict[str, dict[str, Any]] = {
    "holdout/chaisklubi_profile_tabs_ka.html": {
        "page_type": 'other',
        "author[0].name": None,
        "author[0].post_count": None,
        "author[0].joined": None,
    },
}

(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(0.967)
_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)

_text = ROUND.page_text(ENCODINGS)
_listings = ROUND.records_of("listing")
_threads = ROUND.records_of("thread")
_authors = ROUND.author_stats




def test_three_profiles_three_forum_indexes_and_four_market_pages() -> None:
    kinds = [t["type"] for t in TRUTH.values()]
    counts = [kinds.count(k) for k in ("profile", "forum_index", "vendor", "feedback", "listing",
                                       "listing_index")]
    assert counts == [3, 3, 1, 1, 1, 1]
    for page, truth in TRUTH.items():
        kinds_here = [r["type"] for r in truth["records"]]
        if truth["type"] == "profile":
            assert kinds_here == ["author"], page  # the member alone: no posts, no reader
        elif truth["type"] == "forum_index":
            assert set(kinds_here) <= {"thread"}, page
        elif truth["type"] in ("vendor", "feedback"):
            assert kinds_here == ["vendor"], page
        else:
            assert set(kinds_here) == {"listing"}, page
    # Two topic lists of threads and one board list of none.
    assert sorted(len(_threads(p)) for p in TRUTH if TRUTH[p]["type"] == "forum_index") == [0, 5, 6]


def test_ten_languages_none_english_and_one_in_iso_8859_4() -> None:
    langs = ROUND.page_langs(ENCODINGS)
    assert sorted(langs.values()) == ["ca", "eu", "hy", "is", "ka", "lt", "ms", "nn", "sk", "sq"]
    assert not any(lang.startswith("en") for lang in langs.values())
    assert set(ENCODINGS) == {page for page in TRUTH if "iso8859_4" in page}


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)
test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round = ROUND.new_pages(ENCODINGS)
test_every_post_body_is_written_on_its_page_line_by_line = ROUND.bodies_on_its_page(ENCODINGS)
test_every_address_of_the_truth_and_the_pages_is_a_fictional_host = ROUND.fictional_hosts(ENCODINGS)


def test_the_lithuanian_listing_is_iso_8859_4_with_its_own_bytes() -> None:
    raw = (DATA / "holdout" / "sermuksniu_listing_eur_lt_iso8859_4.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=iso-8859-4"' in raw and raw.count(b"charset=") == 1
    # One byte a letter: Knygynėlis_Užupis (ė 0xEC, ž 0xBE), Šermukšnių (Š 0xA9, š 0xB9, ų 0xF9).
    assert b"Knygyn\xeclis_U\xbeupis" in raw and raw.count(b"\xa9ermuk\xb9ni\xf9") == 3
    assert "Knygynėlis_Užupis" not in raw.decode("iso-8859-13") + raw.decode("latin-1")
    # Latin-4 has no euro sign, arrow or approximation sign: the page writes them as entities.
    assert raw.count(b"&euro;") == 5 and b"&rsaquo;" in raw and b"&asymp;" in raw


_IS_MONTHS = {"mars": 3, "júní": 6, "júlí": 7}


def test_the_inyoka_profile_table_beside_its_avatar_gives_the_members_facts() -> None:
    page = "holdout/inyoka_profile_is.html"
    text = _text(page)
    rows = dict(re.findall(r"<th>([^<]+)</th>\s*<td>\s*([^<]+?)\s*(?:<|\()", text))
    day, month, year = re.fullmatch(r"(\d+)\. (\w+) (\d{4}) \d\d:\d\d", rows["Meðlimur síðan"]).groups()  # type: ignore[union-attr]
    ((name, posts, joined),) = _authors(page)
    assert rows["Nafn"] == name and int(rows["Innlegg"]) == posts
    assert f"{year}-{_IS_MONTHS[month]:02}-{int(day):02}" == joined
    # The avatar spans the seven rows of facts beside it; the template's Launchpad row is left open.
    assert re.search(r'<td rowspan="7">\s*<img class="avatar"', text)
    assert re.search(r"<th>Launchpad-notandanafn</th>\s*<td>–</td>\s*<tr>", text)
    # The GPG row is a fingerprint in groups of four, no count; the reader is no member of the truth.
    assert rows["GPG-lykill"].replace(" ", "") == _FP_FJAL
    assert 'Innskráð(ur) sem <a href="/user/mosfellingur_orri/">mosfellingur_orri</a>' in text
    # The member's own page holds other numbers and dates.
    assert "212 tinda" in text and "2. júní 2006" in text and "19. júlí 2014" in text


def test_the_slovak_profile_statistics_are_the_sidebars_not_the_recent_posts() -> None:
    page = "holdout/cyklokarpaty_profile_recent_sk.html"
    text = _text(page)
    side = re.search(r'<aside class="vk-bok">(.*?)</aside>', text, re.S).group(1)  # type: ignore[union-attr]
    facts = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", side))
    ((name, posts, joined),) = _authors(page)
    assert re.search(r'<h1 class="vk-meno">([^<]+)</h1>', side).group(1) == name  # type: ignore[union-attr]
    assert shown_number(facts["Príspevky"], " ") == posts
    d, m, y = facts["Registrovaný"].split(". ")
    assert f"{y}-{int(m):02}-{int(d):02}" == joined
    # Beside it, three recent posts whose replies and views are their topics', not the member's.
    recent = re.findall(r"Odpovede: (\d+) · Zobrazenia: ([\d ]+)</div>", text)
    assert len(recent) == 3 == text.count('<article class="vk-prispevok">')
    assert posts not in {shown_number(n, " ") for pair in recent for n in pair}
    assert "Prihlásený ako" in text and "184 602 príspevkov" in text


_KA_MONTHS = {"იანვარი": 1, "თებერვალი": 2, "მარტი": 3, "აპრილი": 4, "მაისი": 5, "ივნისი": 6,
              "ივლისი": 7, "აგვისტო": 8, "სექტემბერი": 9, "ოქტომბერი": 10, "ნოემბერი": 11, "დეკემბერი": 12}


def test_the_georgian_profile_facts_are_in_a_hidden_tab_and_the_about_me_numbers_are_not() -> None:
    page = "holdout/chaisklubi_profile_tabs_ka.html"
    text = _text(page)
    panels = dict(re.findall(r'<section id="(\w+)" class="tq-panel[^"]*" role="tabpanel"[^>]*>'
                             r"(.*?)</section>", text, re.S))
    assert list(panels) == ["shesaxeb", "statistika", "temebi", "megobrebi"]
    assert '<section id="statistika" class="tq-panel" role="tabpanel" hidden>' in text
    assert '<section id="shesaxeb" class="tq-panel aktiuri" role="tabpanel">' in text
    facts = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", panels["statistika"]))
    ((name, posts, joined),) = _authors(page)
    assert re.search(r'<h1 class="tq-saxeli">([^<]+)</h1>', text).group(1) == name  # type: ignore[union-attr]
    assert shown_number(facts["პოსტები"], " ") == posts
    day, month, year = facts["რეგისტრაციის თარიღი"].split()
    assert f"{year}-{_KA_MONTHS[month]:02}-{int(day):02}" == joined
    # The shown tab's own numbers and dates are no statistics of the truth.
    about = panels["shesaxeb"]
    assert "2019 წლის 15 მაისს" in about and "1981 წლის 3 მაისს" in about and "312 სახეობის" in about
    assert "1 047" not in about and "2016" not in about


def test_the_inyoka_topic_list_gives_its_topics_not_its_subforums_nor_a_topics_pages() -> None:
    page = "holdout/inyoka_forum_topics_nn.html"
    text = _text(page)
    titles = re.findall(r'<p class="topic_title">\s*(?:<strong>(?:Klistra|Røysting):</strong>\s*)?'
                        r'<a href="/topic/[^"]+/">([^<]+)</a>', text)
    assert titles == [r["title"] for r in _threads(page)]
    assert text.count('<tr class="sticky">') == 2 and text.count("<strong>Klistra:</strong>") == 2
    # The subforums' rows come first and are boards, no topics.
    subforums = re.findall(r'<a href="/forum/[a-z-]+/" class="title">([^<]+)</a>', text)
    assert subforums == ["Oselvarar", "Motor og rigg"]
    # Two topics link their own pages inside their rows; none of those links is a next page.
    assert text.count("Gå til side") == 2
    own = re.findall(r'<a href="(/topic/[^"]+/\d+/)" class="pageselect">', text)
    assert own == ["/topic/ordliste-klinkbat/2/", "/topic/ordliste-klinkbat/3/",
                   "/topic/ny-kjol-18-fots-oselvar/2/", "/topic/ny-kjol-18-fots-oselvar/6/",
                   "/topic/ny-kjol-18-fots-oselvar/7/"]
    nexts = re.findall(r'<a href="([^"]+)" class="next">Neste »</a>', text)
    assert [_BATB + n for n in nexts] == [TRUTH[page]["next"]] * 2


def test_the_malay_cards_give_their_topics_in_page_order_the_pinned_one_first() -> None:
    page = "holdout/kebunbandar_topic_cards_ms.html"
    text = _text(page)
    titles = re.findall(r'<h3 class="rw-tajuk"><a href="/topik/\d+/[a-z0-9-]+">([^<]+)</a></h3>', text)
    assert titles == [r["title"] for r in _threads(page)]
    assert text.count('<div class="rw-kad') == 5
    assert re.search(r'<div class="rw-kad rw-disemat">\s*<div class="rw-lencana">📌 Disematkan</div>', text)
    nexts = re.findall(r'<a class="seterusnya" href="([^"]+)">Seterusnya ›</a>', text)
    assert [_KEBUN + n for n in nexts] == [TRUTH[page]["next"]]
    assert "Tag popular" in text and "Dalam talian: 23" in text


def test_the_nearforums_board_list_has_categories_of_boards_and_no_records() -> None:
    page = "holdout/nearforums_boards_hy.html"
    text = _text(page)
    assert re.findall(r"<h2>([^<]+)</h2>", text) == ["Գորգագործություն", "Նախշեր և պատմություն", "Ակումբ"]
    boards = re.findall(r'<a href="/forums/[a-z-]+">([^<]+)</a>\s*<span class="details">([\d ]+) թեմա / '
                        r"([\d ]+) գրառում</span>", text)
    assert len(boards) == 7 == text.count("<li>\n\t\t\t\t<h3>")
    assert sum(int(t) for _, t, _ in boards) == 191
    assert sum(shown_number(p, " ") for _, _, p in boards) == 2597
    assert TRUTH[page]["records"] == [] and "next" not in TRUTH[page]


def test_the_catalan_vendor_totals_are_the_all_time_column() -> None:
    page = "holdout/fira_avellana_vendor_periods_pgp_ca.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    head = re.findall(r"<th>([^<]+)</th>", re.search(r"<thead>(.*?)</thead>", text, re.S).group(1))  # type: ignore[union-attr]
    assert head == ["Últim mes", "Últims 3 mesos", "Sempre"]
    rows = re.findall(r"<tr[^>]*><th>([^<]+)</th>((?:<td>[^<]+</td>)+)</tr>", text)
    table = {label: re.findall(r"<td>([^<]+)</td>", cells) for label, cells in rows}
    counts = {label: [int(shown_number(c, ".")) for c in table[label]]
              for label in ("Positives", "Neutres", "Negatives", "Total")}
    for i in range(3):  # every period's total and percentage are its own
        assert counts["Positives"][i] + counts["Neutres"][i] + counts["Negatives"][i] == counts["Total"][i]
        pct = shown_number(table["% positives"][i].removesuffix(" %"), ".", ",")
        assert round(100 * counts["Positives"][i] / counts["Total"][i], 1) == pct
    assert counts["Total"][2] == vendor["feedback_count"]
    assert shown_number(table["% positives"][2].removesuffix(" %"), ".", ",") == vendor["rating"]
    assert "Membre des del 7 de febrer de 2021" in text and vendor["member_since"] == "2021-02-07"
    assert "Vendes completades: 2.412" in text


def test_the_catalan_vendor_key_is_real_and_its_fingerprint_the_one_shown() -> None:
    page = "holdout/fira_avellana_vendor_periods_pgp_ca.html"
    text = _text(page)
    armour = re.search(r'<pre class="av-pgp">\s*-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=\S{4}\n'
                       r"-----END PGP PUBLIC KEY BLOCK-----", text, re.S).group(1)  # type: ignore[union-attr]
    assert v4_fingerprint(armour) == _FP_FIRA
    shown = re.search(r"Empremta: ([0-9A-F ]+)</p>", text).group(1)  # type: ignore[union-attr]
    assert shown.replace(" ", "") == _FP_FIRA
    (vendor,) = ROUND.records_of("vendor")(page)
    assert vendor["has_pgp_key"] is True and _listings(page) == [] and text.count("/producte/") == 3


def test_the_basque_feedback_totals_put_the_percent_sign_first() -> None:
    page = "holdout/txantxangorri_feedback_eu.html"
    text = _text(page)
    (vendor,) = ROUND.records_of("vendor")(page)
    total = re.search(r'<span class="tx-balioa">(\d+)</span> <span class="tx-etiketa">iritzi guztira', text)
    pct = re.search(r'<span class="tx-balioa">% ([\d,]+)</span> <span class="tx-etiketa">positiboak', text)
    assert int(total.group(1)) == vendor["feedback_count"]  # type: ignore[union-attr]
    assert shown_number(pct.group(1), ".", ",") == vendor["rating"]  # type: ignore[union-attr]
    split = re.search(r"Positiboak: (\d+) · Neutroak: (\d+) · Negatiboak: (\d+)", text)
    pos, neu, neg = map(int, split.groups())  # type: ignore[union-attr]
    assert pos + neu + neg == vendor["feedback_count"]
    assert round(100 * pos / (pos + neu + neg), 1) == vendor["rating"]
    assert vendor["has_pgp_key"] is None and vendor["member_since"] is None
    assert text.count('<td class="tx-izarrak"') == 4 and "2026ko azaroaren 18a" in text
    nexts = re.findall(r'<a class="tx-hurrengoa" href="([^"]+)">Hurrengoa ›</a>', text)
    assert [_TXAN + n for n in nexts] == [TRUTH[page]["next"]]


def test_the_lithuanian_listing_names_its_vendor_only_in_a_sentence() -> None:
    page = "holdout/sermuksniu_listing_eur_lt_iso8859_4.html"
    text = _text(page)
    (listing,) = _listings(page)
    (vendor,) = re.findall(r'Šią prekę parduoda <a href="/pardavejas/\w+">([^<]+)</a>, turgelyje', text)
    assert vendor == listing["vendor"] and "Pardavėjas" not in text
    price = shown_number(re.search(r'<div class="sm-kaina">([\d,]+) &euro;</div>', text).group(1), " ", ",")  # type: ignore[union-attr]
    rate = shown_number(re.search(r"1 BTC = ([\d ,]+) &euro;", text).group(1), " ", ",")  # type: ignore[union-attr]
    btc = shown_number(re.search(r"&asymp; ([\d,]+) BTC", text).group(1), " ", ",")  # type: ignore[union-attr]
    assert price == listing["price"] and listing["currency"] == "EUR" and round(price / rate, 6) == btc
    facts = dict(re.findall(r"<tr><td>([^<]+):</td><td>([^<]+)</td></tr>", text))
    assert facts["Siunčiama iš"] == listing["ships_from"]
    assert facts["Pristatoma į"].split(", ") == listing["ships_to"]
    assert re.findall(r'<a href="/kategorija/[a-z/]+">([^<]+)</a>', text)[-1] == listing["category"]


def test_the_albanian_cards_price_is_not_the_vendors_rating_or_sales_beside_it() -> None:
    page = "holdout/shqiponja_cards_eur_sq.html"
    text = _text(page)
    cards = re.findall(r'<span class="qp-kat">([^<]+)</span>\s*'
                       r'<h3 class="qp-titulli"><a href="[^"]+">([^<]+)</a></h3>\s*'
                       r'<div class="qp-rreshti">\s*<span class="qp-cmimi">([\d ,]+) €</span>\s*'
                       r'<span class="qp-shitesi"><a href="[^"]+">([^<]+)</a> '
                       r'<span class="qp-yll">★ ([\d,]+)</span> · '
                       r'<span class="qp-shitje">([\d ]+) shitje</span></span>\s*</div>\s*'
                       r'<div class="qp-dergesa">Dërgohet nga (\S+) për ([^<]+)</div>', text)
    ROUND.check_listings([(t, shown_number(p, " ", ","), "EUR", v, c, f, to.split(", "))
                          for c, t, p, v, _, _, f, to in cards], page)
    prices = {shown_number(p, " ", ",") for _, _, p, _, _, _, _, _ in cards}
    beside = {shown_number(n, " ", ",") for _, _, _, _, r, s, _, _ in cards for n in (r, s)}
    assert len(cards) == 4 and not prices & beside
    assert text.count('class="qp-karta"') == 4 and '<aside class="qp-anesore">' in text
    nexts = re.findall(r'<a class="qp-tjetra" href="([^"]+)">Faqja tjetër ›</a>', text)
    assert [_SHQI + n for n in nexts] == [TRUTH[page]["next"]]
