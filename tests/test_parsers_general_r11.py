"""parsers.parse_page on round-11 generality pages (tests/data/general_r11): a fully BLIND held-out
set. Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each
rebuilt from a NAMED PUBLIC SOURCE of its engine's, market's or shop's real markup, with fictional
names, words and prices put in. Engines, markets and shops not in rounds 3-10, forums_general or
markets_general, or, where the engine is there, a language, encoding, version or page variant
that is not:

forums (thread pages; each has an absolute date, "yesterday" and "today", a quote, author
statistics and a next page, except where said)
  - YaBB 2.5 AE, in Dutch (no earlier round has YaBB): dineshkummarc/YaBB25AE cgi-bin/yabb2/
    Templates/default/Display.template (commit 77a300ed: the navbarcontainer with "‹ prev | next ›"
    TOPIC links, the catbg page index, td.titlebg thread title "(Gelezen N keer)", per post
    $messageblock: a catbg row with "<b>Antwoord #N - </b>date", td.shadow > div.userinfo with the
    user link, member group, user text and location, the right-hand span with postinfo and the
    extended profile, then td.windowbg > div.message, the signature and the permalink). The Dutch
    strings ("Gisteren om 21:15:00", "Vandaag om 08:02:00", "Berichten: 1.412", "Lid sinds: 5 mei
    2014"), the quote (div.quote_header "Citaat van: name op date:" + div.quote) and the page frame
    are written here in YaBB's style.
  - PunBB 1.4, in Russian, encoded windows-1251 (round 3's PunBB page was English UTF-8): the
    source round 3 named, punbb/punbb viewtopic.php (commit 06125458: h3.post-ident with
    span.post-byline "Тема от" / "Ответ от" and a.permalink date, ul.author-info "Зарегистрирован:"
    / "Сообщений:", h4.entry-title "Re: ...", div.entry-content, div.sig-content, div.quotebox >
    cite "name пишет:", p.paging "След."). Russian strings and the frame written here.
  - XenForo 1.5, in Russian (round 4's XenForo 1 page was English): the source round 4 named,
    thoinv/forums internal_data/templates/S.11,L.2,message.php (commit e3b9dec6: li.message
    [data-author], div.extraUserInfo dl.pairsJustified "Регистрация:" / "Сообщения:" ("1 412",
    thousands parted by a space), blockquote.messageText, div.bbCodeQuote
    [data-author] > aside > div.attribution "name сказал(а):", a.datePermalink with span.DateTime
    [title] or abbr.DateTime[data-time] "Вчера в 21:15" / "Сегодня в 8:02", div.PageNav "Вперёд
    >"). Russian strings, "Симпатии:" and "Адрес:" (not the post count) and the frame written here.
  - vBulletin 4.2 postbit_legacy, in Spanish (round 4's page was English): the sources round 4
    named (library ids 68525767802, 33079371031, 30054541824: li.postbitlegacy#post_N, span.date
    "17/11/2026,&nbsp;<span class=time>18:40</span>" / "Ayer" / "Hoy", dl.userinfo_extra "Fecha de
    ingreso" "mar 2019" (a month only) / "Mensajes" "1.412", blockquote.postcontent, div.bbcode_container
    "Originalmente Escrito por <strong>name</strong>", a[rel=next] with only an image "Siguiente").
    Spanish strings and the frame written here.
  - SMF 2.1, in German (round 7's SMF 2.1 page was Italian): the source round 7 named,
    SimpleMachines/SMF Themes/default/Display.template.php (template_single_post: div.windowbg#msgN
    > div.post_wrapper > div.poster h4 a + ul.user_info li.postcount "Beiträge: 1.412", div.postinfo
    a.smalltext "17. November 2026, 18:40:00" / "<strong>Gestern</strong> um 21:15:00" /
    "<strong>Heute</strong> um 08:02:00", div.inner#msg_N, blockquote.bbc_standard_quote > cite
    "Zitat von: name am date", div.signature; pagelinks with a.nav_page span.next_page and NO
    link[rel=next] in the head). No join date is shown (the blurb "Imker seit 1994" is not one).
markets
  - Bohemia listing DETAIL with a multi-currency price and a shipping options select:
    FuckOffFeds9988/bohemia-clone product-listing.html (commit 7b193afc, a saved Bohemia listing
    page: div.product-view, the category sidebar with counts, h1 title, div.detail-container >
    div.detail-row "<strong>Label:</strong> value" rows, div.feedback-container, the Description,
    and the right column div.user-details: h3 "Price", h1 "$65", h3 "... BTC", h3 "... XMR", then
    the vendor box with level, "94% Positive Feedback | 1311"). The add-to-cart form with the
    shipping select ("Tracked parcel (2-4 days) - $11.50", not the price), the "Category:", "Ships
    From:", "Ships To:" rows and all content are written here.
  - Bohemia vendor profile on its PGP TAB with a feedback TABLE and a REAL PGP key: the same
    repository's profile-page.html (commit 7b193afc: div.profileHeader h1 name + level badge,
    smalltext feedback line, "Member Since: 23rd June", the "Feedback / Ratings" table (Positive /
    Neutral / Negative x 1 / 6 / 12 Months), a second statistics table, ul.tabs About / Feedback /
    PGP, div.container-content). The PGP tab's textarea, the vendor statistics and all content
    are written here. The armoured key is a REAL OpenPGP v4 public key (ed25519) generated for this
    round with ``gpg --batch --quick-gen-key`` in a throwaway home under /work/scratch (deleted,
    its agent stopped); the fingerprint below is the key's own (checked with v4_fingerprint).
  - Shopware 6 storefront PRODUCT page, in Dutch (round 7's Shopware 6 page was a German category
    listing): shopware storefront page/product-detail/buy-widget.html.twig and
    buy-widget-price.html.twig (their blocks as compiled in mathewhoyerstokes/techzone var/cache),
    a saved Shopware 6 product page (library id 3293985357) and scrapers of Shopware 6 shops
    (library ids 23686233970, 28067617081): h1.product-detail-name, div[itemprop=offers] with
    meta price, p.product-detail-price.with-list-price "€ 34,95*", span.list-price-price (the old
    price), p.product-detail-tax, div.product-detail-delivery-information, the buy form, the
    product number; the breadcrumb ol.breadcrumb, the manufacturer (a brand, not a vendor), the
    cross-selling slider ("Klanten kochten ook", other prices) and the frame written here.
  - OpenCart 3 category GRID, in German (round 4's OpenCart category page was Russian, a list):
    OpenCart 3's default theme product/category.twig as a saved OpenCart category page shows it
    (library id 5117836041: div.product-layout > div.product-thumb > div.image, div.caption h4 a,
    p.price with span.price-new / span.price-old / span.price-tax "Ex Tax:"), here in its grid
    classes with German strings ("Netto: 13,93€", a price after the number "14,90€"), the
    currency form, the category sidebar with counts, ul.pagination "&gt;" and "&gt;|".
interstitials
  - Bohemia's DDoS defender waiting page (a queue that redirects by itself, no captcha, no form):
    the same repository's ddos-defender.html (commit 2202692c: title "Bohemia - DDOS DEFENDER",
    meta refresh 30, div.container > div.inner > div.logo, div.water, p.lg "You will be
    automatically redirected." / "Do not refresh, or exit this page.", the "Find Bohemia On"
    scroller). Its inline icon data and style sheet are not copied: a short style is written here.

How close each page is to its source: the files named were read for this round (with the
project's reference search) and their markup followed (class names, nesting, order of labels and
values); the markup was written here, not copied. Page frames, translated strings and all content
are written for this round.

The ground truth was written by hand from what a human reads on each page, and committed with the
pages (95e8f6f) BEFORE the parsers were run on them at all.

Blind measurement, once, with the parsers of commit 2ed416a (rounds 7 to 10 mended), no site
profiles (``benchmarks/score_general.py --round 11 --side holdout --misses``):

    yabb25_nl            0.083  (read as a forum index: no post found)
    shopware6_product_nl 0.167  (read as an index of its cross-selling cards)
    bohemia_vendor_pgp   0.857  (the rating badge taken as the name)
    vbulletin4_es        0.927  (Spanish join dates; a quote's member)
    punbb14_ru_cp1251, xenforo1_ru, smf21_de, opencart3_category_de, bohemia_listing,
    bohemia_ddos_defender   1.000
    overall              0.857  (tp 111, fp 8, fn 29)

Five of its ten pages are new languages of engines earlier rounds had (PunBB, XenForo 1,
vBulletin 4, SMF 2.1, OpenCart), and all but vBulletin's read fully; the two new templates (YaBB,
Shopware's product page) read almost nothing. Blind scores of the rounds (3 to 11): 0.646, 0.778,
0.714, 0.946, 0.798, 0.699, 0.601, 0.750, 0.857.

Each miss was then mended as a general rule, with pages of its own (see KNOWN_MISSES, now
empty): 1.000, no longer a blind figure. Do not tune the parsers on these pages; mend a miss only
as a general rule and say so here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.general_rounds import Round, _author, _listing, _post, _vendor, v4_fingerprint

DATA = Path(__file__).parent / "data" / "general_r11"

#: The v4 fingerprint of the armoured key on the Bohemia vendor page (generated for this round).
_FPR = "23AFF3509ABBA0C2F4ABE1F4BFD721DAFE06AA7A"

_YABB = "http://zeilforum.example/cgi-bin/yabb2/YaBB.pl?num=1731851234"
_PUN = "http://rybalka-volga.example/viewtopic.php?id=412"
_XF1 = "http://avtoklub-niva.example/threads/stuk-v-perednej-podveske-na-moroze.7731/"
_VB4 = "http://foro-huerto.example/showthread.php?318-Tomates-con-manchas-negras-en-la-base"
_SMF = "http://imkerrunde-schwarzwald.example/index.php?topic=2719"
_BOH = "http://bohmkt7vexamplelistk3yj5mzxgrn4wbhfa6tqc7ldpe2svuoi3ayda.onion"
_OC = "http://roesterei-lindenhof.example/index.php?route=product/category&path=20_27"

#: Pages not in UTF-8, with the encoding they declare.
ENCODINGS = {"holdout/punbb14_viewtopic_ru_cp1251.html": "cp1251"}

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # YaBB 2.5 AE, Dutch: title in td.titlebg (not "(Gelezen 312 keer)"); dates "17.11.2026 om
    # 18:40:00", "Gisteren om 21:15:00" (yesterday), "Vandaag om 08:02:00" (today); "Berichten: 88"
    # / "1.412" (a thousands dot); "Lid sinds: 12 maart 2019" / "5 mei 2014"; member groups
    # ("Matroos", "Admiraal"), user text, location and signature are not body; the quote
    # "Citaat van: wantje_piet op ..." is not body. "Vorig onderwerp | Volgend onderwerp" are other
    # TOPICS, not pages; the page index "Pagina's: 1 2" names page 2 (taken without its anchor).
    "holdout/yabb25_display_nl.html": {
        "template": "yabb25_nl", "url": _YABB, "type": "thread", "next": _YABB + "/15",
        "records": [
            {"type": "thread", "title": "Vastgelopen wantschroeven losmaken"},
            _post("wantje_piet", "2026-11-17T18:40:00", 0, "De wantschroeven van mijn bakstagen zitten "
                  "muurvast na twee winters buiten. Kruipolie heeft niets geholpen.\nKan ik ze "
                  "voorzichtig verwarmen, of maak ik dan het rvs kapot?", []),
            _post("zeezeiler_Anke", "2026-11-19T21:15:00", 1, "Verwarmen mag, maar niet roodgloeiend. "
                  "Beter: een nacht in azijn laten weken en daarna met twee steeksleutels tegen elkaar "
                  "in draaien. Daarna de draad invetten met lanoline.", ["wantje_piet"]),
            _post("wantje_piet", "2026-11-20T08:02:00", 2, "Azijn werkte! Na een nacht weken kwamen ze "
                  "met twee sleutels los. Dank je wel.", []),
            _author("wantje_piet", 88, "2019-03-12"),
            _author("zeezeiler_Anke", 1412, "2014-05-05"),
        ],
    },
    # PunBB 1.4, Russian, windows-1251: h1.main-title; a.permalink "2026-11-17 18:40:00", "Вчера
    # 21:15:00", "Сегодня 08:02:00"; "Зарегистрирован: 2019-03-12", "Сообщений: 88"; "Откуда:" is
    # not the post count; h4.entry-title ("Тема: ..." / "Re: ...") and the signature are not body;
    # the quote "Сазан_Петрович пишет:" is not body. "След.": p=2.
    "holdout/punbb14_viewtopic_ru_cp1251.html": {
        "template": "punbb14_ru_cp1251", "url": _PUN, "type": "thread", "next": _PUN + "&p=2",
        "records": [
            {"type": "thread", "title": "Катушка заедает после зимы"},
            _post("Сазан_Петрович", "2026-11-17T18:40:00", 0, "Достал безынерционку из гаража, а ротор "
                  "крутится рывками и хрустит.\nРазбирать самому или сразу нести в мастерскую?", []),
            _post("лещ_77", "2026-11-19T21:15:00", 1, "Чаще всего просто загустела смазка в подшипнике "
                  "ролика. Снимите шпулю, промойте ролик бензином «Калоша» и капните масла для "
                  "катушек. Мастерская не нужна.", ["Сазан_Петрович"]),
            _post("Сазан_Петрович", "2026-11-20T08:02:00", 2, "Промыл ролик, теперь крутится как новая. "
                  "Спасибо!", []),
            _author("Сазан_Петрович", 88, "2019-03-12"),
            _author("лещ_77", 1412, "2014-05-05"),
        ],
    },
    # XenForo 1.5, Russian: div.titleBar h1; span.DateTime[title="17 ноя 2026 в 18:40"], abbr
    # .DateTime "Вчера в 21:15" (data-time 2026-11-19 21:15 UTC), "Сегодня в 8:02"; "Регистрация:"
    # "12 мар 2019" / "5 май 2014"; "Сообщения:" "88" / "1 412" (a space between thousands);
    # "Симпатии:" (likes, "3 905") and "Адрес:" are not the post count; user titles and the
    # signature are not body; the quote "Гаражный_Кот сказал(а):" is not body. "Вперёд >": page-2.
    "holdout/xenforo1_thread_ru.html": {
        "template": "xenforo1_ru", "url": _XF1, "type": "thread", "next": _XF1 + "page-2",
        "records": [
            {"type": "thread", "title": "Стук в передней подвеске на морозе"},
            _post("Гаражный_Кот", "2026-11-17T18:40:00", 0, "Как только ударили морозы, на каждой кочке "
                  "спереди слева глухой стук. Шаровые меняли летом, амортизаторы тоже новые.\nМожет "
                  "ли это быть растяжка или сайлентблоки?", []),
            _post("Мастер_Ренат", "2026-11-19T21:15:00", 1, "На морозе у Нивы почти всегда стучат "
                  "задубевшие сайлентблоки растяжки. Проверьте монтажкой люфт, а на время можно "
                  "прогреть машину подольше перед выездом.", ["Гаражный_Кот"]),
            _post("Гаражный_Кот", "2026-11-20T08:02:00", 2, "Да, сайлентблок растяжки треснул. Заменил, "
                  "стук ушёл.", []),
            _author("Гаражный_Кот", 88, "2019-03-12"),
            _author("Мастер_Ренат", 1412, "2014-05-05"),
        ],
    },
    # vBulletin 4.2.5 postbit_legacy, Spanish: span.threadtitle; span.date "17/11/2026, 18:40"
    # (day first), "Ayer, 21:15", "Hoy, 08:02"; "Fecha de ingreso" "mar 2019" / "may 2014" (a
    # month only); "Mensajes" "88" / "1.412"; "Ubicación" is not the post count; h2.title ("Re:
    # ..."), user titles and the signature are not body; the quote "Originalmente Escrito por
    # jardinera_Lucia" is not body. a[rel=next] (an image "Siguiente"): /page2.
    "holdout/vbulletin4_postbit_legacy_es.html": {
        "template": "vbulletin4_es", "url": _VB4, "type": "thread", "next": _VB4 + "/page2",
        "records": [
            {"type": "thread", "title": "Tomates con manchas negras en la base"},
            _post("jardinera_Lucia", "2026-11-17T18:40:00", 0, "Mis tomates de pera tienen una mancha "
                  "negra y hundida justo en la base del fruto, la parte opuesta al tallo.\n¿Es un "
                  "hongo? ¿Tengo que arrancar las plantas?", []),
            _post("Tio_Anselmo", "2026-11-19T21:15:00", 1, "No es un hongo: es la podredumbre apical, "
                  "falta de calcio en el fruto por riego irregular. No arranques nada; riega siempre a "
                  "la misma hora y acolcha la tierra con paja.", ["jardinera_Lucia"]),
            _post("jardinera_Lucia", "2026-11-20T08:02:00", 2, "Gracias, he puesto paja y riego cada "
                  "mañana. Los tomates nuevos salen sanos.", []),
            _author("jardinera_Lucia", 88, "2019-03"),
            _author("Tio_Anselmo", 1412, "2014-05"),
        ],
    },
    # SMF 2.1.4, German: span#top_subject; a.smalltext "17. November 2026, 18:40:00",
    # "<strong>Gestern</strong> um 21:15:00", "<strong>Heute</strong> um 08:02:00"; li.postcount
    # "Beiträge: 88" / "1.412"; no join date shown ("Imker seit 1994" is a blurb); member groups,
    # the post group and the signature are not body; the quote "Zitat von: bienenfrieda am ..." is
    # not body. "vorheriges / nächstes" are other TOPICS; a.nav_page span.next_page: topic=2719.15.
    "holdout/smf21_display_de.html": {
        "template": "smf21_de", "url": _SMF + ".0", "type": "thread", "next": _SMF + ".15",
        "records": [
            {"type": "thread", "title": "Varroa-Behandlung mit Oxalsäure im Winter"},
            _post("bienenfrieda", "2026-11-17T18:40:00", 0, "Meine drei Völker sind seit Anfang November "
                  "brutfrei. Ist jetzt der richtige Zeitpunkt für die Oxalsäure-Träufelbehandlung,\n"
                  "oder soll ich auf den ersten richtigen Frost warten?", []),
            _post("Wabenbauer_Kurt", "2026-11-19T21:15:00", 1, "Ja, brutfrei ist der beste Zeitpunkt, "
                  "Frost brauchst du nicht. Träufle an einem windstillen Tag über 5 °C, 5 ml pro "
                  "besetzter Wabengasse, und nur einmal pro Winter.", ["bienenfrieda"]),
            _post("bienenfrieda", "2026-11-20T08:02:00", 2, "Danke, dann mache ich es am Samstag, da sind "
                  "8 °C angesagt.", []),
            _author("bienenfrieda", 88, None),
            _author("Wabenbauer_Kurt", 1412, None),
        ],
    },
    # Bohemia listing detail: h1 title; the price column "Price" h1 "$38.50" then "0.00065290 BTC"
    # and "0.23661400 XMR" (conversions, not the price); the shipping select's "$4.00" / "$11.50" /
    # "$24.00" are postage, and the balances in the user menu are the buyer's; "Category: Oils",
    # "Ships From: Austria", "Ships To: European Union"; the vendor box's link donau_oelmuehle
    # ("99% Positive Feedback | 2046" are the vendor's, "4.9 (Based on 88 ratings)" the item's).
    "holdout/bohemia_listing_shipping_select.html": {
        "template": "bohemia_listing", "url": _BOH + "/listing.php?pid=5b0e11d2-8c41-11ef-9a10-0025909102ac",
        "type": "listing",
        "records": [_listing("Organic hemp seed oil, cold pressed, 3 x 250 ml", 38.5, "USD",
                             "donau_oelmuehle", "Oils", "Austria", ["European Union"])],
    },
    # Bohemia vendor profile, PGP tab: name in div.profileHeader h1; "97.8% Positive Feedback
    # (Based on 356 ratings)" (the tab "Feedback (356)" says the same); "Member Since: 14th March
    # 2024"; the Feedback / Ratings table counts by period (12 months: 302 / 5 / 4) are not the
    # total; 1482 is sales; the key in the PGP tab's textarea.
    "holdout/bohemia_vendor_pgp_tab.html": {
        "template": "bohemia_vendor_pgp", "url": _BOH + "/profile.php?id=vetiver_lab&action=pgp",
        "type": "vendor",
        "records": [_vendor("vetiver_lab", 356, 97.8, "2024-03-14", _FPR)],
    },
    # Shopware 6 product, Dutch: h1.product-detail-name; p.product-detail-price "€ 34,95*" (meta
    # price 34.95, og product:price:currency EUR); "€ 39,95*" is the struck list price and the
    # cross-selling prices ("€ 8,49*", "€ 12,95*") are other products'; category the breadcrumb's
    # last item "Snoeischaren"; the manufacturer "Snoeivak" is a brand, not a vendor; no shipping
    # places shown.
    "holdout/shopware6_product_nl.html": {
        "template": "shopware6_product_nl",
        "url": "http://tuincentrum-deveer.example/Snoeischaar-Pro-22-gehard-staal/SW10042", "type": "listing",
        "records": [_listing("Snoeischaar Pro 22, gehard staal", 34.95, "EUR", None, "Snoeischaren", None,
                             None)],
    },
    # OpenCart 3 category grid, German: three div.product-layout.product-grid cards; p.price
    # "14,90€" (the number before the sign), the special "7,95€" (span.price-new; "9,50€" is
    # span.price-old), "26,50€"; "Netto: ..." is the price without tax. As for round 4's OpenCart
    # category, no card names its category, so none is expected. ul.pagination "&gt;": page=2.
    "holdout/opencart3_category_grid_de.html": {
        "template": "opencart3_category_de", "url": _OC, "type": "listing_index", "next": _OC + "&page=2",
        "records": [
            _listing("Espresso Albtrauf, 500 g", 14.9, "EUR", None, None, None, None),
            _listing("Espresso Neckartal, entkoffeiniert, 250 g", 7.95, "EUR", None, None, None, None),
            _listing("Espresso Hohenzollern Crema, 1 kg", 26.5, "EUR", None, None, None, None),
        ],
    },
    # Bohemia's DDoS defender: a waiting page that redirects by itself (meta refresh), no form.
    "holdout/bohemia_ddos_defender_queue.html": {
        "template": "bohemia_ddos_defender", "url": _BOH + "/", "type": "ddos_protection", "records": [],
    },
}

ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# Every blind miss (0.857, see the module docstring) was mended after the measurement as a general
# rule, none from these pages (tests/test_parsers_r11_forum_rules.py and
# tests/test_parsers_r11_market_rules.py hold pages of their own for each): a profile script asked
# by username or number with ";" in its query is a member link; a post block up to 14 elements
# above its member link (nested-table templates); a date after a short bold label in a header
# line; vBulletin's join-date and "Originally posted by" words in five more languages; a vendor's
# name is never a number, share, score or rating word, and a <title> part naming a profile's owner
# names the vendor; a form that posts to a cart or asks a quantity sells the page's item, and a
# slider of cards beside it is related items, not an index.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}


_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)
# 0.857 measured once, blind (see the module docstring); 1.000 after the general mends, not blind.
(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)


_text = ROUND.page_text(ENCODINGS)


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(ENCODINGS)


def test_the_vendor_fingerprint_is_the_v4_fingerprint_of_the_armoured_key_on_its_page() -> None:
    # Independent of the parsers: tests.general_rounds.v4_fingerprint (RFC 4880 section 12.2).
    html = _text("holdout/bohemia_vendor_pgp_tab.html")
    armour = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=", html, re.S)
    assert armour is not None
    assert v4_fingerprint(armour.group(1)) == _FPR
    assert TRUTH["holdout/bohemia_vendor_pgp_tab.html"]["records"][0]["pgp_fingerprint"] == _FPR


def test_the_russian_punbb_page_is_windows_1251_and_says_so() -> None:
    raw = (DATA / "holdout" / "punbb14_viewtopic_ru_cp1251.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b'content="text/html; charset=windows-1251"' in raw
    assert "Катушка заедает после зимы".encode("cp1251") in raw


def test_every_other_page_is_utf8() -> None:
    for page in TRUTH:
        if page not in ENCODINGS:
            (DATA / page).read_bytes().decode("utf-8")
