"""parsers.parse_page on round-12 generality pages (tests/data/general_r12): a fully BLIND held-out
set. Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each
rebuilt from a NAMED PUBLIC SOURCE of its engine's, shop's or market's real markup, with fictional
names, words and prices put in. Round 11 showed that new languages of known engines are read but
NEW templates are not, so every page here is an engine, template or layout that is in none of
rounds 3-11, tests/data/forums_general or tests/data/markets_general:

forums (thread pages; each has three posts, an absolute date, "yesterday" and "today" or a
relative age, and a quote; author statistics and a next page where said)
  - Phorum 5, emerald template, in French: Phorum/Core templates/emerald/read_threads.tpl (the
    message block: div.message > div.generic > table with div.message-author.icon-user, the
    subject, div.message-date, td.message-user-info with the admin / moderator line, the
    registration date and the post count, then div.message-body and div.message-options; the
    div.nav with "newer / older" TOPIC links) and templates/default/read.tpl (the page index of a
    flat read view). The French strings ("Inscrit le: 12 mars 2019", "Messages: 1 412", "Hier
    21:15", "Aujourd'hui 08:02", "Suivant"), the bbcode quote (blockquote.bbcode "Citation" +
    strong name) and the frame are written here.
  - Question2Answer 1.8 (SnowFlat classes), a Q&A thread in Spanish: harshjv/q2a-bootstrap
    qa-include/qa-theme-base.php and the Q2A theme Valtiovarainministerio/Kehittajafoorumi
    qa-theme/KF/qa-theme.php (read for the when-to-html override): div.qa-q-view with
    span.qa-q-view-meta (what / when / where / who, time[datetime] "17 nov. 2026"),
    div.qa-q-view-content, then div.qa-a-list > div.qa-a-list-item with div.qa-a-item-content and
    span.qa-a-item-meta ("hace 15 horas", "hace 4 horas", each with a time[datetime]). Authors
    show POINTS ("14.120 puntos"), not a post count; no join date; no next page. The quote in the
    answer and all strings are written here.
  - Cotonti (Siena-era forums module, Bootstrap skin), in Polish: jasperjorna/cot-skeletonti
    skeletonti/modules/forums/forums.posts.tpl (table.table-striped, td.forums-poster with h4 user
    link, avatar and main group, td.forums-post with ul.list-inline.small "#N" / creation date /
    quote link, the text, p.forums-signature; ul.pagination). The dates ("17.11.2026 18:40",
    "Wczoraj, 21:15", "Dzisiaj, 08:02"), the quote (blockquote "#1 <strong>name :</strong>"),
    "Następna »" and the frame are written here. No post count or join date is shown.
  - a static phpBB 3 ARCHIVE page, in Italian: automaciej/phpbb3-static templates/topic.tpl.php
    (div.breadcrumb, h1, div.original with the live-forum link, then per post div.post#pN >
    div.info with p.poster and p.dt "d-m-Y H:i:s", div.msg between BEGIN/END MESSAGE comments).
    Every date is absolute; no author statistics; no next page. The quote and content are
    written here.
markets
  - Zen Cart 1.5 product page, in German: the template_default tpl_product_info_display.php as
    zencartpro/zencart-german-grundsystem (branches/zc138 .../tpl_product_info_display.php) and
    romabug/EveningDressOnline (includes/TPL/templates/tpl_print_page_display.php, its price
    block) show it: div#navBreadCrumb "Startseite :: Gewürze :: Pfeffer :: name", the prev / list
    / next product buttons, h1#productName, h2#productPrices with span.normalprice (struck) and
    span.productSpecialPrice, "Sie sparen 24% !", ul#productDetailsList ("Artikelnummer:",
    "Hersteller:" a brand, not a vendor), div#cartAdd, the "also purchased" box with other
    prices. German strings and the frame written here.
  - osCommerce 2.2 product_info.php, in Italian: curtis-jazwiecki/xlecommerce product_info.php
    ($Id v1.97 2003, osCommerce's product page): the table layout, td.headerNavigation
    breadcrumb "Top » Catalogo » Oli extravergine » name", td.pageHeading name with the model in
    span.smallText and the right-hand td.pageHeading with <s>old</s> and span.productSpecialPrice,
    the infoBox category box with counts, "Recensioni attuali: 7", the "also purchased" box.
    Italian strings, the footer and content written here.
  - a Zen Cart shop's custom GRID category listing, in French: cheewu/zencart
    includes/templates/template_default/common/tpl_grid_display.php (div#list_bg_img > ul > li >
    div > ul > li.relative with a.ih img.listingProductImage, p a name, div.black "TEXT_OUR_PRICE:"
    with a buy-now link around span.car_price, or span + span.sold_out when out of stock, the
    reviews line) inside Zen Cart's split-page links ("[Suiv. >>]" title " Page suivante ").
  - a darknet-style market LISTING in a two-column TABLE with Russian labels ("Продавец:",
    "Категория:", "Отправка из:", "Доставка в:", "Цена:"): the page frame (div.h-logo, div.location,
    ul.user_head__menu, div.headbar with the currency_widget "1 XMR ... RUB", nav.headmenu with
    headmenu_cat / headmenu_second) follows IvanGostev/SilvetFox
    resources/views/market/store/indexNew.blade.php (a Hydra-like market clone; the same
    repository's frame is on round 5's TUNE page hydra_like_shop_ru, a shop showcase of cards, so
    only the frame is known: the listing body is new); the table layout, the price "2 450 ₽"
    with its XMR conversion, the delivery select (postage, not the price), the buyer's balance
    and the review table are written here.
  - the same market's VENDOR page with reviews and a REAL PGP key, same frame: h1 name, a label
    table ("На сайте с: 14.03.2024", "Сделок: 1 482" (sales), "Отзывов: 356", "Положительных:
    97,8%"), tabs, a review table, the key in pre.pgp-key. The armoured key is a REAL OpenPGP v4
    public key (ed25519) generated for this round with ``gpg --batch --quick-gen-key`` in a
    throwaway home under /work/scratch (deleted, its agent stopped); the fingerprint below is the
    key's own (checked with v4_fingerprint).
interstitials
  - a PHP "Anti DDoS — Security Check" waiting page, in Vietnamese: npnh2005/npnh2005.github.io
    anti-ddos.php (title "Anti DDoS — Security Check", a refresh after 5 seconds, body.bodystyle,
    div.Container, div.sucurify-icon, an inline style); the refresh is a meta refresh here (the
    source sends it as a header), the Vietnamese text is written here. No captcha, no form.

How close each page is to its source: the files named were read for this round (with the
project's reference search) and their markup followed (class names, nesting, order of labels and
values); the markup was written here, not copied. Page frames, translated strings and all content
are written for this round.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (8ee965a) BEFORE the parsers were run on them at all.

Blind measurement, once, with the parsers of commit 701aad7 (rounds 7 to 11 mended), no site
profiles (``benchmarks/score_general.py --round 12 --side holdout --misses``):

    darkmarket_table_listing_ru  0.000  (typed a feedback page, nothing read)
    phpbb3_static_archive_it     0.000  (no post found)
    phorum5_emerald_fr           0.083  (no post found)
    cotonti_posts_pl             0.100  (no post found, typed a listing index)
    oscommerce22_product_it      0.167  (read as an index of "also purchased" cards)
    zencart_product_de           0.667  (an "also purchased" price; no category)
    darkmarket_table_vendor_ru   0.769  (typed a feedback page; no rating)
    q2a_question_es              0.938  (no author records)
    zencart_grid_fr, antiddos_php_vi   1.000
    overall                      0.466  (tp 38, fp 14, fn 73)

The lowest blind score of the rounds (3 to 12: 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601,
0.750, 0.857, 0.466). Every template here is new to the rounds, and confirms round 11's lesson: a
template never seen is read only in part.

A correction to the truth after scoring: it expected an author record, name only, for each poster
of the Cotonti and static phpBB pages, which show no member statistics; the contract gives an
author record only for an author whose stats are shown, as every earlier round's truth does, so
those four records were removed. The same blind parsers score 0.478 against the corrected truth.

Each miss was then mended as a general rule, with pages of its own (see KNOWN_MISSES, now
empty): 1.000, no longer a blind figure. Do not tune the parsers on these pages; mend a miss only
as a general rule and say so here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.general_rounds import Round, _author, _listing, _post, _vendor, v4_fingerprint

DATA = Path(__file__).parent / "data" / "general_r12"

#: The v4 fingerprint of the armoured key on the market vendor page (generated for this round).
_FPR = "C0994B8B4E7E0E490BE3D33A635176F82E7C07E5"

_PHORUM = "http://fournil-amateurs.example/read.php?4,8812"
_COT = "http://majsterkowicze-forum.example/forums?m=posts&q=5521"
_KEDR = "http://kedrrynok7example4listfq7zk2mwd3hpx6ybn5tgjc7rla5sveidab.onion"
_ZCG = "http://theiere-bretonne.example/index.php?main_page=index&cPath=6"

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # Phorum 5 emerald, French: the title in div#page-info h1 (message subjects "Re: ..." are not
    # body); div.message-date "17 novembre 2026 18:40", "Hier 21:15", "Aujourd'hui 08:02";
    # td.message-user-info "Inscrit le:" / "Messages:" ("1 412", a space between thousands);
    # "Modérateur" is a role; "Répondre / Citer" are not body; the quote "Citation
    # Mie_de_Margot" is not body. "Sujet plus récent / plus ancien" are other TOPICS; "Suivant":
    # page=2.
    "holdout/phorum5_emerald_read_fr.html": {
        "template": "phorum5_emerald_fr", "url": _PHORUM, "type": "thread", "next": _PHORUM + ",page=2",
        "records": [
            {"type": "thread", "title": "Pain au levain qui ne lève plus"},
            _post("Mie_de_Margot", "2026-11-17T18:40:00", 0, "Depuis que j'ai changé de farine, mon levain "
                  "bulle à peine et mes pains restent plats comme des galettes.\nFaut-il le rafraîchir "
                  "plus souvent, ou revenir à l'ancienne farine ?", []),
            _post("Pétrin_Gaston", "2026-11-19T21:15:00", 1, "Une farine plus blanche nourrit moins le "
                  "levain. Rafraîchissez deux fois par jour pendant trois jours avec un quart de farine "
                  "de seigle, et gardez-le vers 26 °C.", ["Mie_de_Margot"]),
            _post("Mie_de_Margot", "2026-11-20T08:02:00", 2, "Le seigle a tout changé : ce matin le levain "
                  "a doublé en cinq heures. Merci !", []),
            _author("Mie_de_Margot", 88, "2019-03-12"),
            _author("Pétrin_Gaston", 1412, "2014-05-05"),
        ],
    },
    # Question2Answer, Spanish: the question is the first post, the answers follow; dates from
    # time[datetime] (the question "17 nov. 2026" = 18:40 UTC, "hace 15 horas" and "hace 4 horas"
    # before 2026-11-20 12:00); "(215 puntos)" / "(14.120 puntos)" are points, not post counts;
    # the vote count, "Mejor respuesta", tags, the category "Mecánica" and the related questions
    # are not body; the quote "Escrito por rodador_Ines:" is not body. No next page.
    "holdout/q2a_question_es.html": {
        "template": "q2a_question_es",
        "url": "http://preguntas-ciclistas.example/4471/por-que-mi-bicicleta-hace-clic-al-pedalear-fuerte",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "¿Por qué mi bicicleta hace clic al pedalear fuerte?"},
            _post("rodador_Ines", "2026-11-17T18:40:00", 0, "Cuando subo de pie en una cuesta, la bici hace "
                  "un clic metálico en cada pedalada, siempre con el pie derecho.\n¿Puede ser el "
                  "pedalier o es algo del pedal?", []),
            _post("Mecanico_Tobias", "2026-11-19T21:00:00", 1, "Si el clic sale solo con un pie casi siempre "
                  "es el pedal o la cala, no el pedalier. Desmonta el pedal derecho, limpia y engrasa la "
                  "rosca y aprieta bien la cala de la zapatilla.", ["rodador_Ines"]),
            _post("rodador_Ines", "2026-11-20T08:00:00", 2, "Era la cala, estaba floja. Apretada y "
                  "engrasada, ya no suena nada. ¡Gracias!", []),
            _author("rodador_Ines", None, None),
            _author("Mecanico_Tobias", None, None),
        ],
    },
    # Cotonti forums, Polish: div.page-header h1; dates in the ul.list-inline "17.11.2026 18:40",
    # "Wczoraj, 21:15", "Dzisiaj, 08:02"; "#1" and "Cytuj" are not body; groups ("Członkowie",
    # "Moderatorzy"), "Online" and the signatures are not body; the quote "#1 hydraulik_Zbyszek
    # :" is not body; no post count or join date shown. "Następna »": &d=2.
    "holdout/cotonti_forums_posts_pl.html": {
        "template": "cotonti_posts_pl", "url": _COT, "type": "thread", "next": _COT + "&d=2",
        "records": [
            {"type": "thread", "title": "Kocioł gazowy pokazuje błąd E10"},
            _post("hydraulik_Zbyszek", "2026-11-17T18:40:00", 0, "Od wczoraj kocioł co kilka godzin staje "
                  "i na wyświetlaczu miga E10. Po resecie działa, potem znowu to samo.\nCiśnienie na "
                  "manometrze pokazuje około 0,6 bara. Czy to może być przyczyna?", []),
            _post("Instalator_Marek", "2026-11-19T21:15:00", 1, "Tak, E10 to w większości kotłów za niskie "
                  "ciśnienie wody. Dopuść wodę zaworem napełniającym do 1,5 bara na zimnym kotle i "
                  "sprawdź za dzień, czy nie spada.", ["hydraulik_Zbyszek"]),
            _post("hydraulik_Zbyszek", "2026-11-20T08:02:00", 2, "Dopuściłem do 1,5 bara i od wieczora "
                  "kocioł chodzi bez błędu. Dzięki!", []),
        ],
    },
    # static phpBB 3 archive, Italian: h1; p.poster and p.dt "d-m-Y H:i:s" (day first, all
    # absolute); the quote "limonaia_Carla ha scritto:" is not body; no author statistics; the
    # live-forum link is not a next page (there is none).
    "holdout/phpbb3_static_archive_it.html": {
        "template": "phpbb3_static_archive_it",
        "url": "http://archivio-agrumi.example/archive/agrumi-in-vaso/6120/", "type": "thread",
        "records": [
            {"type": "thread", "title": "Rinvaso del limone in vaso prima dell'inverno"},
            _post("limonaia_Carla", "2026-11-17T18:40:00", 0, "Il mio limone in vaso da 40 cm ha le "
                  "radici che escono dal fondo.\nPosso rinvasarlo adesso, prima di portarlo in serra, o devo "
                  "aspettare la primavera?", []),
            _post("Vivaista_Aldo", "2026-11-19T21:15:00", 1, "Meglio di no: in inverno le radici non "
                  "ripartono e il terriccio nuovo resta bagnato. Taglia solo le radici che escono dal foro e "
                  "rinvasa ad aprile, con terriccio per agrumi.", ["limonaia_Carla"]),
            _post("limonaia_Carla", "2026-11-20T08:02:00", 2, "Grazie, allora aspetto la primavera e per ora "
                  "lo porto in serra così com'è.", []),
        ],
    },
    # Zen Cart product, German: h1#productName; the price is span.productSpecialPrice "7,49 €"
    # (span.normalprice "9,90 €" is the old price, the "also purchased" prices are other
    # products'); category the breadcrumb's item before the product, "Pfeffer"; "Hersteller:
    # Malabar Growers" is a brand, not a vendor; no shipping places shown.
    "holdout/zencart_product_info_de.html": {
        "template": "zencart_product_de",
        "url": "http://gewuerzkontor-elbufer.example/index.php?main_page=product_info&cPath=1_4&products_id=187",
        "type": "listing",
        "records": [_listing("Tellicherry-Pfeffer, schwarz, ganz, 250 g", 7.49, "EUR", None, "Pfeffer", None,
                             None)],
    },
    # osCommerce 2.2 product, Italian: the name in the left td.pageHeading (not the model
    # "[COR-3L]"); the price span.productSpecialPrice "32,90 €" (the struck "38,50 €" is the old
    # price; "6,80 €" / "5,40 €" are other products'); category "Oli extravergine" (breadcrumb).
    "holdout/oscommerce22_product_info_it.html": {
        "template": "oscommerce22_product_it",
        "url": "http://frantoio-sanvito.example/catalog/product_info.php?cPath=3&products_id=41",
        "type": "listing",
        "records": [_listing("Olio extravergine Coratina, latta 3 litri", 32.9, "EUR", None,
                             "Oli extravergine", None, None)],
    },
    # Zen Cart custom grid, French: three cards in div#list_bg_img; prices span.car_price "12,50 €",
    # "18,90 €" and the sold-out card's plain span "9,80 €"; "Avis (4)" are review counts. As for
    # round 11's OpenCart grid, no card names its category, so none is expected. "[Suiv. >>]":
    # page=2.
    "holdout/zencart_grid_listing_fr.html": {
        "template": "zencart_grid_fr", "url": _ZCG, "type": "listing_index",
        "next": _ZCG + "&sort=20a&page=2",
        "records": [
            _listing("Sencha de Kagoshima, 100 g", 12.5, "EUR", None, None, None, None),
            _listing("Gyokuro de Yame, 50 g", 18.9, "EUR", None, None, None, None),
            _listing("Genmaicha bio, 250 g", 9.8, "EUR", None, None, None, None),
        ],
    },
    # darknet-style listing, Russian two-column table: h1; "Цена: 2 450 ₽" (RUB; "≈ 0.172 XMR" a
    # conversion, the delivery options' "350 ₽" / "490 ₽" postage, "Баланс: 0 ₽" the buyer's and
    # "1 XMR 14 210 RUB" the rate); "Продавец: sibirskiy_kedr" ("(356)" and "97,8%" are the
    # vendor's); "Категория: Орехи и семена"; "Отправка из: Россия"; "Доставка в:" three countries.
    "holdout/darkmarket_listing_table_ru.html": {
        "template": "darkmarket_table_listing_ru", "url": _KEDR + "/item/7734", "type": "listing",
        "records": [_listing("Кедровые орехи очищенные, 1 кг", 2450.0, "RUB", "sibirskiy_kedr",
                             "Орехи и семена", "Россия", ["Россия", "Беларусь", "Казахстан"])],
    },
    # the same market's vendor page, Russian: h1 name; "На сайте с: 14.03.2024"; "Отзывов: 356"
    # (the tab "Отзывы (356)" says the same); "Положительных: 97,8%"; "Сделок: 1 482" is sales and
    # "Споров: 3" disputes; the review table's "5/5" are single reviews; the key in pre.pgp-key.
    "holdout/darkmarket_vendor_reviews_pgp_ru.html": {
        "template": "darkmarket_table_vendor_ru", "url": _KEDR + "/user/sibirskiy_kedr/reviews",
        "type": "vendor",
        "records": [_vendor("sibirskiy_kedr", 356, 97.8, "2024-03-14", _FPR)],
    },
    # a PHP anti-DDoS check, Vietnamese: a waiting page that reloads by itself, no form.
    "holdout/antiddos_security_check_vi.html": {
        "template": "antiddos_php_vi", "url": "http://chodocu-hanoi.example/", "type": "ddos_protection",
        "records": [],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# Every blind miss was mended after the measurement as a general rule, none from these pages
# (tests/test_parsers_r12_forum_rules.py and tests/test_parsers_r12_market_rules.py hold pages of
# their own for each): an author shown with points or reputation is recorded; a bare handle in a
# post's author element names it on pages that link no member; member scripts given bare numbers
# or no file extension; dates in list items; the wordiest cell beside the poster's is the body;
# quote openings as whole words and bold "name :" openings; a labelled price and seller make an
# item table with reviews a listing, a seller's key and join date a vendor page; "normalprice"
# as an old price beside a lower one; breadcrumbs as linked runs; class-named headings and
# add_product / cart forms on pages without heading tags.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}


_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)
# 0.466 measured once, blind (0.478 with the truth corrected, see the module docstring); 1.000
# after the general mends, not blind.
(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)


def _text(page: str) -> str:
    return (DATA / page).read_text(encoding="utf-8")


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page()


def test_the_vendor_fingerprint_is_the_v4_fingerprint_of_the_armoured_key_on_its_page() -> None:
    # Independent of the parsers: tests.general_rounds.v4_fingerprint (RFC 4880 section 12.2).
    html = _text("holdout/darkmarket_vendor_reviews_pgp_ru.html")
    armour = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=", html, re.S)
    assert armour is not None
    assert v4_fingerprint(armour.group(1)) == _FPR
    assert TRUTH["holdout/darkmarket_vendor_reviews_pgp_ru.html"]["records"][0]["pgp_fingerprint"] == _FPR


def test_every_page_is_utf8_and_no_page_is_one_of_an_earlier_round() -> None:
    for page in TRUTH:
        raw = (DATA / page).read_bytes()
        raw.decode("utf-8")
        assert "file" not in TRUTH[page], page  # every page is new to this round
    earlier = {p.name for p in (DATA.parent).glob("general_r*/*/*.html") if "general_r12" not in str(p)}
    assert not earlier & {Path(p).name for p in TRUTH}
