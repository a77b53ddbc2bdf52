"""parsers.parse_page on round-8 generality pages (tests/data/general_r8): a fully BLIND held-out
set. Eleven pages, all on the HOLDOUT side (no tune side: no rule was written for any of them),
each rebuilt from a NAMED PUBLIC SOURCE of its engine's or shop's real markup, with fictional
names, words and prices put in. Engines, shops and languages not in rounds 3-7, forums_general or
markets_general (or, where the engine is there, a language, encoding or page that is not):

forums (thread pages)
  - FUDforum 3 default theme, in Czech: fudforum/FUDforum install/forum_data/thm/default/tmpl/
    drawmsg.tmpl (message_entry: td.MsgSpacer > table.MsgTable, td.MsgR1 subject and
    span.DateText, td.msgud "<b>Příspěvků:</b> 88<br /><b>Registrován:</b> březen 2023",
    td.MsgR3 > span.MsgBodyText, div.signature), msg.tmpl (draw_forum_path, the pager table) and
    date_formats.tmpl (dmsg_post_date '%a, %d %B %Y %H:%M', dmsg_join_date '%B %Y', with the
    Czech locale's day and month names).
  - Tildes (the Reddit-like board), in Dutch: spectria/tildes tildes/tildes/templates/topic.jinja2
    (article.topic-full, div.topic-full-byline "Geplaatst <time> door <a.link-user>",
    div.topic-full-text, section.topic-comments) and templates/macros/comments.jinja2
    (article.comment > div.comment-itself > header + div.comment-text, replies NESTED in
    div.comment-replies), time markup as in templates/macros/datetime.jinja2.
  - Mbin (the Kbin fork, a Lemmy-like federated board), in Polish: MbinOrg/mbin
    templates/entry/single.html.twig, templates/components/entry.html.twig (article.entry, h1,
    div.entry__body, aside.entry__meta), templates/components/entry_comment.html.twig (each
    comment is a blockquote.entry-comment.comment-level--N, flat in page order) and
    templates/components/user_inline.html.twig; the date component's
    "<time class=timeago datetime=ISO>" is written from Mbin's rendered pages (its template was
    not among the stored files).
  - NodeBB with the Harmony theme, in Russian: NodeBB/nodebb-theme-harmony templates/topic.tpl
    (li[component=post] with meta[itemprop=datePublished]) and templates/partials/topic/post.tpl
    (a.fw-bold name, "написал <a class=timeago title=ISO>" left EMPTY as served, before timeago.js
    fills it, div[component=post/content], div[component=post/signature]); the quote is NodeBB's
    "@name написал в <topic>:" paragraph before a blockquote.
  - SMF 2.0 (Curve), in Russian and encoded windows-1251: SMF 2.0's
    Themes/default/Display.template.php as stored in stevenbenner/cgts-smf2.0 (div.windowbg >
    div.post_wrapper > div.poster h4 + ul li.postcount "Сообщений: 1412", div.keyinfo
    div.smalltext "« <strong>Ответ #1 :</strong> <strong>Вчера</strong> в 21:15:00 »",
    div.inner#msg_N, div.signature in div.moderatorbar; a quote is div.quoteheader "Цитата: name
    от date" + blockquote.bbc_standard_quote); "следующая тема »" is the NEXT TOPIC, not the next
    page (that is "Страницы: [1] 2").
markets
  - Tochka (the Go dark-web market, here its eBay fork's amber templates), vendor store page on its
    Contacts section, in Russian: ObscuraSnakeHead/eBayFreeMarket templates/store/about.amber
    (section "contacts": div.field > label PGP + pre), templates/store/mixin_store_card.amber
    (a.header "@name", thumbs-up score, "Зарегистрирован <date>"), templates/store/
    mixin_store_menu.amber ("Отзывы" with its count) and templates/layout.amber (logged in: the
    visitor's own account link and wallet balances in the user menu). Round 3 had a Tochka page
    synthesized in English from a scraper's selectors; this one is from the templates themselves.
    The armoured key is a REAL OpenPGP v4 public key (ed25519) generated for this round with
    ``gpg --batch --quick-gen-key`` in a throwaway home; its fingerprint below is the key's own.
  - Tochka item page, in Russian: the same repository's templates/item/show.amber (h2 with the
    score label, the "Купить" table: Тип / Отправка из / Доставка в with English country names as
    Tochka prints them, then package rows with their price buttons in the visitor's currency,
    reviews below).
  - OpenCart 4 product page, in Polish: opencart/opencart
    upload/catalog/view/template/product/product.twig (ul.breadcrumb, h1, ul.list-unstyled with the
    struck old price, h2 special price, "Netto:", quantity discounts, an option with "(+20,00 zł)")
    with "Powiązane produkty" thumbs (div.product-thumb > div.price) below.
  - PrestaShop 1.7 classic product page, in Spanish: PrestaShop/PrestaShop
    themes/classic/templates/catalog/product.tpl and catalog/_partials/product-prices.tpl
    (p.product-discount > span.regular-price, p.product-price > span[itemprop=price],
    p.product-unit-price "(4,65 € por taza)"), breadcrumb nav[data-depth] > ol.
interstitials
  - NodeBB Harmony login, in Ukrainian: NodeBB/nodebb-theme-harmony templates/login.tpl.
  - EndGame V3 access queue, in Dutch: eckmar-official/EndGame-V3-Anti-DDoS-for-Tor-I2P-
    resty/queue.html (commit b4562911): title, div.logo, the queue text, p.lg with span.eta.

How close each page is to its source: the files named were read for this round and their markup
followed (class names, nesting, order of labels and values); the markup was written here, not
copied (EndGame's stylesheet is cut to a few rules). Page frames (headers, menus, sidebars,
footers), translated strings (FUDforum's Czech, Tildes' Dutch, Mbin's Polish, NodeBB's Russian
and Ukrainian, Tochka's Russian, the Dutch queue) and all content are written for this round.

The ground truth was written by hand from what a human reads on each page, and committed with
the pages (5f3e0fe) BEFORE the parsers were run on them at all.

Blind measurement, once, with the parsers of commit 250ae37 (round 7's general mends included),
no site profiles (``benchmarks/score_general.py --round 8 --side holdout --misses``):

    endgame_queue_nl     0.000  (the Dutch queue is not known as a DDoS guard)
    fudforum_cs          0.083  (read as a forum index: no post found)
    tildes_nl            0.312  (the topic's own text is not read as the opening post)
    tochka_item_ru       0.000  (read as a vendor page: no listing)
    tochka_vendor_ru     0.727  (a heading word as the name; "Отзывы 216" not read)
    prestashop17_es      0.800  (an accessory's price read as the item's)
    mbin_pl, nodebb_harmony_ru, nodebb_login_uk, opencart4_pl, smf20_ru_cp1251   1.000
    overall              0.699  (tp 73, fp 18, fn 45)

The same pages with the parsers of 9f2e254, before round 7's mends: 0.702 (only Tildes differs,
0.286). Round 7's rules did not carry over to this round. One round-7 commit (448e66c, more
languages for the market rules) was written after its author had seen this round's commit
message naming its languages, not its pages; without it the score is the same, 0.699.

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

DATA = Path(__file__).parent / "data" / "general_r8"

#: The v4 fingerprint of the armoured key on the Tochka store page (generated for this round).
_FPR = "1516E84FCD2057420BDC2189E8CCF11F8F33F119"

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, for threads with a further page, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # FUDforum, Czech: thread title in the forum path "<strong>Napínání řetězu na Jawě 350</strong>"
    # (and each message's subject, "Re: ..." after the first); dates "út, 17 listopad 2026 18:40"
    # in span.DateText; "Příspěvků: 1412" (no thousands separator) and "Registrován: květen 2019"
    # (a month); a quote is "<cite>pistalka napsal(a) dne út, 17 listopad 2026 18:40</cite>
    # <blockquote>" inside span.MsgBodyText; signature "Jawa 350/634 ..." and the location
    # "Bydliště:" are not body. Pager "Stránky (2): [1] 2 ›› »": next page start=20.
    "holdout/fudforum_msg_cs.html": {
        "template": "fudforum_cs", "url": "http://jawa-klub.example/forum/index.php?t=msg&th=4412&start=0",
        "type": "thread", "next": "http://jawa-klub.example/forum/index.php?t=msg&th=4412&prevloaded=1&&start=20",
        "records": [
            {"type": "thread", "title": "Napínání řetězu na Jawě 350"},
            _post("pistalka", "2026-11-17T18:40:00", 0, "Po zimě se mi řetěz na Jawě 350 pořád vytahuje a "
                  "na zadním kole drnčí.\nKolik vůle v řetězu má být, když se motorka opírá o stojan?", []),
            _post("karburator", "2026-11-19T21:15:00", 1, "Uprostřed spodní větve dva až tři centimetry. "
                  "Napínej ho vždycky na nejtužším místě, řetěz se nevytahuje rovnoměrně.", ["pistalka"]),
            _post("pistalka", "2026-11-20T08:02:00", 2, "Díky, v sobotu to přeměřím a napnu.", []),
            _author("pistalka", 88, "2023-03"),
            _author("karburator", 1412, "2019-05"),
        ],
    },
    # Tildes, Dutch: the topic (byline "Geplaatst <time datetime=2026-11-17T18:40:00Z>2 dagen
    # geleden</time> door spaakspanner") is post 0; comments in page order, the reply nested in
    # div.comment-replies of its parent; times "14 uur geleden" etc. with ISO datetime attributes.
    # A reply is not a quote; no author statistics, so no author is expected.
    "holdout/tildes_topic_nl.html": {
        "template": "tildes_nl",
        "url": "http://tilde-nl.example/~fietsen/9qx/welke_bandenspanning_voor_een_bakfiets_met_twee_kinderen",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Welke bandenspanning voor een bakfiets met twee kinderen?"},
            _post("spaakspanner", "2026-11-17T18:40:00", 0, "Mijn bakfiets stuurt zwaar sinds ik nieuwe "
                  "banden heb, met twee kinderen en boodschappen erin.\nHoeveel bar moet er in de voorband "
                  "en hoeveel in de achterband?", []),
            _post("ventieldop", "2026-11-19T21:15:00", 1, "Kijk eerst op de zijkant van de band wat het "
                  "maximum is. Met die lading zou ik voor 2,5 bar gaan en achter 3,5 bar; een te zachte "
                  "voorband is bijna altijd de reden dat een bakfiets zwaar stuurt.", []),
            _post("spaakspanner", "2026-11-20T08:02:00", 2, "Dank je, de voorband stond op 1,8 bar. Ik pomp "
                  "hem vanavond op.", []),
            _post("remblokje", "2026-11-20T10:30:00", 3, "Controleer ook de balhoofdlagers, die lopen bij "
                  "bakfietsen vaak vast.", []),
        ],
    },
    # Mbin, Polish: the entry (h1, div.entry__body, aside.entry__meta "neonek, <time>2 dni
    # temu</time> do Akwarystyka") is post 0; each comment is a BLOCKQUOTE element
    # (blockquote.entry-comment), header a.user-inline + optional span.user-badge "OP" + time,
    # div.content: these blockquotes are posts, not quotes. No author statistics.
    "holdout/mbin_entry_pl.html": {
        "template": "mbin_pl",
        "url": "http://rybki.example/m/akwarystyka/t/48215/Glony-na-szybie-akwarium-po-zmianie-oswietlenia",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Glony na szybie akwarium po zmianie oświetlenia"},
            _post("neonek", "2026-11-17T18:40:00", 0, "Od kiedy wymieniłem świetlówkę na lampę LED, przednia "
                  "szyba co trzy dni zarasta zielonym nalotem.\nCzy mam skrócić czas świecenia, czy raczej "
                  "dołożyć ślimaków?", []),
            _post("zbrojnik", "2026-11-19T21:15:00", 1, "LED świeci mocniej niż stara świetlówka. Skróć "
                  "oświetlenie do siedmiu godzin dziennie i przez dwa tygodnie nie nawoź, glony same "
                  "ustąpią.", []),
            _post("neonek", "2026-11-20T08:02:00", 2, "Dzięki, ustawię wyłącznik czasowy na siedem "
                  "godzin.", []),
            _post("kirysek", "2026-11-20T10:30:00", 3, "Zgadzam się. Rozdętki też pomagają, ale same "
                  "problemu nie rozwiążą.", []),
        ],
    },
    # NodeBB Harmony, Russian: span.topic-title; per post meta[itemprop=datePublished] and an EMPTY
    # a.timeago[title=ISO] after "написал"; the quote's attribution is a paragraph "@tyomka_3d
    # написал в <topic title>:" before the blockquote (both are the quote, not the body); the
    # signature "Ender 3 S1 Pro, Klipper, PEI" and the group badge "Модераторы" are not body. One
    # page (the noscript paginator's next is invisible). No author statistics.
    "holdout/nodebb_harmony_topic_ru.html": {
        "template": "nodebb_harmony_ru",
        "url": "http://pechat3d-forum.example/topic/412/kak-otkalibrovat-stol-3d-printera-bez-datchika",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Как откалибровать стол 3D-принтера без датчика?"},
            _post("tyomka_3d", "2026-11-17T18:40:00", 0, "Принтер Ender 3, датчика автоуровня нет. Первый "
                  "слой в одном углу размазывается, а в другом не прилипает.\nКак правильно выставить стол "
                  "вручную?", []),
            _post("Экструдер", "2026-11-19T21:15:00", 1, "Нагрей стол до 60 градусов и выставляй каждый угол "
                  "листом офисной бумаги: сопло должно слегка цеплять лист. Потом повтори обход второй раз, "
                  "винты влияют друг на друга.", ["tyomka_3d"]),
            _post("tyomka_3d", "2026-11-20T08:02:00", 2, "Спасибо, с бумагой и двумя обходами получилось, "
                  "первый слой теперь ровный.", []),
        ],
    },
    # SMF 2.0 Curve, Russian, windows-1251 (meta http-equiv only): "« <strong> :</strong> 17 Ноября
    # 2026, 18:40:00 »" for the first post, "<strong>Вчера</strong> в 21:15:00" and
    # "<strong>Сегодня</strong> в 08:02:00" after; li.postcount "Сообщений: 1412", no join date;
    # the quote header "Цитата: dub_i_yasen от 17 Ноября 2026, 18:40:00"; li.title / membergroup /
    # karma / blurb are not body. Next page "Страницы: [1] 2" (topic=731.15), not "следующая тема".
    "holdout/smf20_display_ru_cp1251.html": {
        "template": "smf20_ru_cp1251", "url": "http://stolyarka-forum.example/index.php?topic=731.0",
        "type": "thread", "next": "http://stolyarka-forum.example/index.php?topic=731.15",
        "records": [
            {"type": "thread", "title": "Чем пропитать дубовую столешницу на кухне?"},
            _post("dub_i_yasen", "2026-11-17T18:40:00", 0, "Склеил столешницу из дубового мебельного щита, "
                  "40 мм.\nЧем её покрыть, чтобы не боялась воды у мойки: маслом или лаком?", []),
            _post("Столяр_Петрович", "2026-11-19T21:15:00", 1, "Лак у мойки рано или поздно треснет. Бери "
                  "твёрдое масло с воском в три слоя, с просушкой сутки между слоями, и раз в год обновляй.",
                  ["dub_i_yasen"]),
            _post("dub_i_yasen", "2026-11-20T08:02:00", 2, "Понял, беру масло с воском. Спасибо!", []),
            _author("dub_i_yasen", 88, None),
            _author("Столяр_Петрович", 1412, None),
        ],
    },
    # Tochka store page, Contacts section, Russian, seen logged in (the user menu links the
    # visitor's own account "/user/lesnik77"): card "@kedrovy_dvor", a thumbs-up score 4.93 (a
    # 5-point score, not a percentage: no rating), "Зарегистрирован 12.03.2024" (dd.mm.yyyy), "Был
    # в сети 19.11.2026" (last seen, not membership); the store menu "Отзывы 216" (the feedback
    # count) and "Товары 14"; "PGP" label with the armoured key in a <pre>.
    "holdout/tochka_store_contacts_ru.html": {
        "template": "tochka_vendor_ru", "url": "http://tochka7example.onion/store/kedrovy_dvor?section=contacts",
        "type": "vendor",
        "records": [_vendor("kedrovy_dvor", 216, None, "2024-03-12", _FPR)],
    },
    # Tochka item page, Russian: h2 "Кедровые орехи очищенные, урожай 2026" (after a score label
    # 4.9), "Отправка из: Latvia", "Доставка в: Worldwide", packages 250 г 9.50 EUR / 500 г 17.00
    # EUR / 1 кг 31.00 EUR (the first package's price is the listing's), the seller's card
    # "@kedrovy_dvor"; reviews by "@belka_riga" and "@tihiy_dom" below; no category shown.
    "holdout/tochka_item_ru.html": {
        "template": "tochka_item_ru", "url": "http://tochka7example.onion/store/kedrovy_dvor/item/9c1e4b7a",
        "type": "listing",
        "records": [_listing("Кедровые орехи очищенные, урожай 2026", 9.5, "EUR", "kedrovy_dvor", None,
                             "Latvia", ["Worldwide"])],
    },
    # OpenCart 4 product, Polish: breadcrumb "Strona główna / Turystyka / Plecaki / <product>"
    # (the category is the last item before the product), old price "189,00 zł" struck by an
    # inline style, the special price "<h2>149,00 zł</h2>", "Netto: 121,14 zł", "5 lub więcej
    # 139,00 zł", the header cart "0 produkt(ów) - 0,00 zł", an option "(+20,00 zł)", related
    # thumbs 39,00 / 99,00 zł; "Kraj produkcji: Wietnam" is where it was made, not shipped from.
    "holdout/opencart4_product_pl.html": {
        "template": "opencart4_pl",
        "url": "http://gorskisklep.example/index.php?route=product/product&language=pl-pl&path=25_28&product_id=142",
        "type": "listing",
        "records": [_listing("Plecak turystyczny Szczyt 45 l", 149.0, "PLN", None, "Plecaki", None, None)],
    },
    # PrestaShop 1.7 classic product, Spanish: breadcrumb "Inicio / Hogar / Cocina / <product>",
    # span.regular-price "34,90 €" BEFORE span[itemprop=price] "27,92 €" (content="27.92"),
    # "(4,65 € por taza)" a unit price, a volume-discount table, "Envío gratis en pedidos desde
    # 49,00 €", accessory cards 5,45 / 3,90 € below.
    "holdout/prestashop17_product_es.html": {
        "template": "prestashop17_es",
        "url": "http://tienda-cafe.example/cocina/58-cafetera-italiana-moka-aluminio-6-tazas.html",
        "type": "listing",
        "records": [_listing("Cafetera italiana Moka de aluminio, 6 tazas", 27.92, "EUR", None, "Cocina",
                             None, None)],
    },
    # NodeBB Harmony login, Ukrainian: h2 "Увійти", "Ім'я користувача / Email", "Пароль",
    # "Забули пароль?", "Запам'ятати мене?", button "Увійти", "Немає облікового запису?".
    "holdout/nodebb_harmony_login_uk.html": {
        "template": "nodebb_login_uk", "url": "http://kava-klub.example/login", "type": "login",
        "records": [],
    },
    # EndGame V3 queue, Dutch: <title>Tulpmarkt Toegangswachtrij</title>, "U bent in een
    # wachtrij geplaatst en wacht op doorverwijzing naar het platform.", "Uw geschatte wachttijd is
    # <span class=eta>&lt;3 minuten</span>", "Vernieuw de pagina niet ...".
    "holdout/endgame_queue_nl.html": {
        "template": "endgame_queue_nl", "url": "http://tulpmarkt7example.onion/", "type": "ddos_protection",
        "records": [],
    },
}


ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# Every blind miss (0.699, see the module docstring) was mended after the measurement as a general
# rule, none from these pages (tests/test_parsers_r8_forum_rules.py and
# tests/test_parsers_r8_market_rules.py hold pages of their own for each): queue and DDoS-guard
# words in 18 more languages and a waiting room known by its shape (a short page whose queue- or
# ETA-classed element shows a number); FUDforum's member addresses, style classes ending in
# "Text" never a body, a forum path's unlinked last step as the title, Czech and Slovak month
# names in both cases, relative days and member-stat labels in ten more languages
# (parsers.labels); a submission that holds its comments as the opening post (Tildes);
# an item page showing its seller's card is a listing; control and section words are never a
# name; "Отзывы 216" tabs; the item's own price block (itemprop of the item the heading names,
# product:price:amount, the price before the related items) over a labelled accessory's price.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}


_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)


# 0.699 measured once, blind (see the module docstring); 1.000 after the general mends, not blind.
(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)
test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page(
    {"holdout/smf20_display_ru_cp1251.html": "cp1251"})


def test_the_vendor_fingerprint_is_the_v4_fingerprint_of_the_armoured_key_on_its_page() -> None:
    html = (DATA / "holdout" / "tochka_store_contacts_ru.html").read_text(encoding="utf-8")
    armour = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=", html, re.S)
    assert armour is not None
    assert v4_fingerprint(armour.group(1)) == _FPR
    assert TRUTH["holdout/tochka_store_contacts_ru.html"]["records"][0]["pgp_fingerprint"] == _FPR


def test_the_windows_1251_page_decodes_only_as_windows_1251() -> None:
    raw = (DATA / "holdout" / "smf20_display_ru_cp1251.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "Столяр_Петрович" in raw.decode("cp1251")
