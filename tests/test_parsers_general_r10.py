"""parsers.parse_page on round-10 generality pages (tests/data/general_r10): a fully BLIND held-out
set. Ten pages, all on the HOLDOUT side (no tune side: no rule was written for any of them), each
rebuilt from a NAMED PUBLIC SOURCE of its engine's, market's or shop's real markup, with fictional
names, words and prices put in. Engines, markets, themes and languages not in rounds 3-9,
forums_general or markets_general (or, where the engine is there, a theme, version, language or
page variant that is not):

forums (thread pages)
  - XenForo 2, in Brazilian Portuguese: zellkon/forum internal_data/code_cache/templates/l1/s1/
    public/post_macros.php (XenForo 2's compiled post macro: article.message.message--post
    [data-author], div.message-cell--user > section.message-user with h4.message-name
    a.username, h5.userTitle and div.message-userExtras dl.pairs, div.message-cell--main >
    header.message-attribution with the date_dynamic <time class="u-dt"> and "#N", article
    .message-body > div.bbWrapper). The quote (blockquote.bbCodeBlock--quote[data-quote] with
    "serra_velha disse:"), the pt-BR strings ("Entrou", "Mensagens", "Ontem às 21:15", "Hoje às
    08:02", "Próximo"), the pageNav and the page frame are written here in XenForo 2's style.
  - bbPress with a THEME's own reply loop, in French: hakkens/davehakkens bbpress/
    loop-single-reply.php (div.topic-reply > div.author with bbp_reply_author_link(sep <br />,
    no role) and div.content > div.reply-date, the admin links, then the reply content: no
    bbp-reply-header, no li.bbp-body per reply). The French date ("17 novembre 2026 à 18 h 40
    min"), the freshness notice ("il y a 3 heures et 58 minutes"), the quote (a blockquote opened
    by "<strong>cerise_noire a écrit :</strong>"), bbPress's pagination (a.next.page-numbers
    "→") and the WordPress frame are written here.
  - IntuiBoard 0.1, in Russian: BackupTheBerlios/intuiboard-svn cache/skin/skin_topic.php
    (commit 1f949b1c: table.topicrow, tr.headerrow > td > h3 title; per post tr.topicrow with
    td > h5 > a (profile link) name and td > p.detail "Posted: date" + p with the post). A
    sparse engine: no author statistics, no pager. Russian strings ("Отправлено: 17.11.2026,
    18:40", "Вчера, 21:15", "Сегодня, 08:02"), the quote (blockquote.quote "<b>ra3_Виктор
    писал:</b>", written inside the post's <p>, so the parser closes the paragraph before it)
    and the frame are written here.
  - phpBB 3.3 prosilver, in Arabic, right to left (html dir="rtl", bidi.css): phpbb/phpbb
    phpBB/styles/prosilver/template/viewtopic_body.html (commit 021c186b: h2.topic-title, the
    action bar's div.pagination with li.arrow.next a[rel=next], per post div.post.has-profile >
    dl.postprofile (dt a.username, dd.profile-rank, dd.profile-posts, dd.profile-joined) and
    div.postbody (h3, p.author "بواسطة <strong>name</strong> » <time>", div.content), the
    blockquote > div > cite "name كتب:"). Arabic strings ("مشاركات:", "اشترك في:", weekday and
    month names with Latin digits and am/pm, "التالي") written here.
markets
  - Bohemia (the 2021-23 dark-web market), listing index: FuckOffFeds9988/bohemia-clone
    listings.php (commit 083a71bd, which holds a saved Bohemia listings page: div.navigation with
    the user's BTC/XMR balances, the sidebar's category checkboxes with counts, "Advanced Search",
    and per card div.product-link > div.product > div.container > div.product-details (h2 >
    a.product-link title, "In <strong>category</strong>", "Sold By <a>vendor</a> ( star
    <strong>4.9</strong> )", "Level N", total sales, "<b>Shipped From</b> X<br><b>Shipped To</b>
    Y") and div.product-price ("Unlimited Available", <h2>USD 18.50</h2>, then the BTC and XMR
    amounts), ul.pagination with numbered page links and no "Next"). Items and names written here.
  - Bohemia vendor page with a FEEDBACK TABLE and a real PGP key: the frame of the same file
    (navigation, balances, detail-container / container-header / container-content boxes); the
    profile box (Member since, Last seen, Total Sales, Positive feedback, Disputes), the tabs
    "Feedback (318)", the feedback table (rating "5/5", text, item, masked buyer, "2 days ago",
    amount) and the key box are written here in its style. The armoured key is a REAL OpenPGP v4
    public key (ed25519) generated for this round with ``gpg --batch --quick-gen-key`` in a
    throwaway home (deleted, its agent stopped); the fingerprint below is the key's own.
  - WooCommerce VARIABLE product, in Spanish: zilveer/themeforest vigor/woocommerce/single-product/
    add-to-cart/variable.php (WooCommerce 2.4's template as the Vigor theme ships it:
    form.variations_form[data-product_variations] > table.variations with td.label / td.value
    selects and a.reset_variations, div.single_variation_wrap hidden until a choice). The price
    RANGE p.price "12,00 € – 18,00 €", the AggregateOffer JSON-LD (lowPrice/highPrice) that
    WooCommerce writes for variable products, the breadcrumb, product_meta "Categoría:", the
    rating, related products and the frame are written here.
  - PrestaShop with a THEME's own price block, in German: becomweb/vigouroux templates/catalog/
    _partials/product-prices.tpl (commit 465c3251: the current price FIRST in div.current-price,
    then the tax label, the theme's own span.product_conditioning "per ...", the discount and
    THEN span.regular-price (the struck old price after the real one), p.product-unit-price
    "(So ... per ...)", span.delivery-information). The German strings ("inkl. MwSt.", "pro
    Karton (6 Flaschen)", "Also 5,32 € pro Liter"), the breadcrumb, the reassurance block
    ("Versand aus Metzingen") and the classic frame are written here.
interstitials
  - A market login, in Russian: the same repository's login.php (commit 083a71bd: div
    .login-banner > div.login-head-container h1 market name, div.form > h1 + form[name=login] with
    username / password inputs and a submit, "Not registered yet? Register Here"), with Russian
    strings and a captcha field added.
  - Cloudflare's JavaScript challenge ("I'm Under Attack" mode, not the captcha of round 9), in
    Spanish: a saved Cloudflare IUAM page (library id 12391827661: title "Just a moment...", the
    DOMContentLoaded script that solves the obfuscated sum after 4 s, table > td >
    div.cf-browser-verification.cf-im-under-attack with the noscript h1[data-translate=turn_on_js],
    div#cf-content with three div.bubbles, h1 "Checking your browser before accessing host",
    the two data-translate paragraphs, form#challenge-form to /cdn-cgi/l/chk_jschl with jschl_vc /
    pass / jschl_answer, the "DDoS protection by Cloudflare" attribution and Ray ID), with
    Cloudflare's Spanish strings.

How close each page is to its source: the files named were read for this round and their markup
followed (class names, nesting, order of labels and values); the markup was written here, not
copied. Page frames, translated strings and all content are written for this round.

The ground truth was written by hand from what a human reads on each page, and committed with
the pages (bd3b2f0) BEFORE the parsers were run on them at all.

Blind measurement, once, with the parsers of commit 467daf0 (rounds 7 to 9 mended), no site
profiles (``benchmarks/score_general.py --round 10 --side holdout --misses``):

    bohemia_vendor       0.000  (typed a member profile: no vendor record)
    intuiboard_ru        0.000  (no post block found)
    bbpress_theme_fr     0.600  (date line and reply link in each body; "18 h 40 min" not read)
    bohemia_index        0.821  (cards' category and destination; no next page)
    phpbb33_ar_rtl       0.952  (join dates not read)
    xenforo2_pt_br       0.952  (join dates not read)
    asmodeus_login_ru, cloudflare_iuam_es, prestashop_theme_de, woocommerce_variable_es   1.000
    overall              0.750  (tp 81, fp 13, fn 41)

Blind scores of the rounds so far (3 to 10): 0.646, 0.778, 0.714, 0.946, 0.798, 0.699, 0.601,
0.750. Each miss was then mended as a general rule, with pages of its own (see KNOWN_MISSES,
now empty): 1.000, no longer a blind figure. Do not tune the parsers on these pages; mend a miss
only as a general rule and say so here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.general_rounds import Round, _author, _listing, _post, _vendor, v4_fingerprint

DATA = Path(__file__).parent / "data" / "general_r10"

#: The v4 fingerprint of the armoured key on the Bohemia vendor page (generated for this round).
_FPR = "D0FD0EA5C15D1ED269F1E7AFEB769C5F9A3C1989"

_XF = "http://aquarismo-brasil.example/threads/bomba-dagua-do-aquario-fazendo-barulho-depois-da-limpeza.5120/"
_BBP = "http://fournil-partage.example/forums/topic/levain-qui-ne-monte-plus-depuis-le-changement-de-farine/"
_PHPBB = "http://muntada-nahl.example/viewtopic.php?t=912"
_BOH = "http://bohmkt4xexamplecardsq7y2mvlh5gqxw3fzu6itdoa3xbj4pk2nfyd.onion"

# Per page: template family, URL, expected page type, expected records in page order (contract
# fields; None = not shown) and, where the page shows one, the next page. All HOLDOUT.
TRUTH: dict[str, dict[str, Any]] = {
    # XenForo 2, pt-BR: h1.p-title-value; dates <time class="u-dt" datetime="...+0000"> showing
    # "17 Nov 2026", "Ontem às 21:15" (yesterday), "Hoje às 08:02" (today); "Entrou 12 Mar 2019"
    # / "5 Mai 2014" (Portuguese "Mai"), "Mensagens 88" / "1.412" (a thousands dot), "Pontuação
    # de reação" and "Localização" are not the post count; user titles "Alevino"/"Moderador" are
    # not body; the quote "serra_velha disse:" (blockquote.bbCodeBlock--quote) is not body.
    # pageNav "Próximo": page-2.
    "holdout/xenforo2_thread_pt_br.html": {
        "template": "xenforo2_pt_br", "url": _XF, "type": "thread", "next": _XF + "page-2",
        "records": [
            {"type": "thread", "title": "Bomba d'água do aquário fazendo barulho depois da limpeza"},
            _post("serra_velha", "2026-11-17T18:40:00", 0, "Limpei o filtro de cascata no domingo e, "
                  "desde então, a bomba faz um zumbido alto e a vazão caiu pela metade.\nSerá que entrou "
                  "ar no rotor ou estraguei alguma peça na hora de montar?", []),
            _post("Betta_Rodrigo", "2026-11-19T21:15:00", 1, "Quase sempre é o eixo de cerâmica montado "
                  "ao contrário ou a borracha de apoio fora do lugar. Desmonte de novo, confira se a "
                  "borrachinha está nas duas pontas do eixo e encha a bomba de água antes de ligar.",
                  ["serra_velha"]),
            _post("serra_velha", "2026-11-20T08:02:00", 2, "Era a borrachinha mesmo, tinha ficado presa "
                  "no filtro. Agora está silenciosa. Valeu!", []),
            _author("serra_velha", 88, "2019-03-12"),
            _author("Betta_Rodrigo", 1412, "2014-05-05"),
        ],
    },
    # bbPress, a theme's reply loop, French: h1.entry-title; each reply div.topic-reply with the
    # name in span.bbp-author-name (after the avatar and a <br />) and div.reply-date "17 novembre
    # 2026 à 18 h 40 min"; the freshness notice ("mis à jour ... par mie_doree, il y a 3 heures")
    # and the pagination count are not posts; the second reply opens with a blockquote
    # "cerise_noire a écrit :" (not body). No author statistics. "→" links /page/2/.
    "holdout/bbpress_topic_reply_theme_fr.html": {
        "template": "bbpress_theme_fr", "url": _BBP, "type": "thread", "next": _BBP + "page/2/",
        "records": [
            {"type": "thread", "title": "Levain qui ne monte plus depuis le changement de farine"},
            _post("cerise_noire", "2026-11-17T18:40:00", 0, "Depuis que je suis passée à une T80 d’un "
                  "autre moulin, mon levain double à peine en douze heures, alors qu’avant il débordait "
                  "du bocal.\nFaut-il changer les proportions d’eau ou simplement attendre qu’il "
                  "s’habitue ?", []),
            _post("pain_de_seigle", "2026-11-19T21:15:00", 1, "Une farine plus bise boit davantage : monte "
                  "l’hydratation à 110 % et fais trois rafraîchis rapprochés dans un endroit à 25 °C. En "
                  "général il repart en deux ou trois jours.", ["cerise_noire"]),
            _post("cerise_noire", "2026-11-20T08:02:00", 2, "Premier rafraîchi à 110 % ce matin, il a déjà "
                  "des bulles. Merci beaucoup !", []),
            _post("mie_doree", "2026-11-20T08:02:00", 3, "Pense aussi à l’eau : si elle est très chlorée, "
                  "laisse-la reposer une nuit avant de nourrir le levain.", []),
        ],
    },
    # IntuiBoard 0.1, Russian: the title in table.topicrow tr.headerrow h3; names in h5 > a;
    # "Отправлено: 17.11.2026, 18:40" (dd.mm.yyyy), "Вчера, 21:15" (yesterday), "Сегодня, 08:02"
    # (today); the quote blockquote.quote "ra3_Виктор писал:" is not body. No author statistics,
    # no pager ("Ответить | Вернуться в раздел" are not pages): no next page.
    "holdout/intuiboard_topic_ru.html": {
        "template": "intuiboard_ru", "url": "http://radioklub-zarechye.example/index.php?act=topic&id=118",
        "type": "thread",
        "records": [
            {"type": "thread", "title": "Штыревая антенна на 2 метра сильно греет кабель"},
            _post("ra3_Виктор", "2026-11-17T18:40:00", 0, "Собрал четвертьволновый штырь на 145 МГц, КСВ "
                  "показывает 1,3, но после пяти минут передачи кабель у разъёма заметно тёплый.\nЭто "
                  "нормально для пятидесяти ватт или где-то ошибка?", []),
            _post("Старый_Паяльник", "2026-11-19T21:15:00", 1, "Не нормально. Тёплый кабель у разъёма "
                  "почти всегда значит плохую пайку центральной жилы или влагу в разъёме. Перепаяй "
                  "разъём и поставь на штырь синфазный дроссель из нескольких витков кабеля.",
                  ["ra3_Виктор"]),
            _post("ra3_Виктор", "2026-11-20T08:02:00", 2, "Перепаял разъём, в нём действительно была вода. "
                  "Кабель больше не греется, спасибо!", []),
        ],
    },
    # phpBB 3.3 prosilver, Arabic, right to left: h2.topic-title; p.author "بواسطة name »
    # <time datetime>الثلاثاء نوفمبر 17, 2026 6:40 pm</time>"; "مشاركات: 88", "اشترك في: الثلاثاء
    # مارس 12, 2019 7:20 pm"; ranks ("نحّال مبتدئ", "مشرف") and the "رد:" post subjects are not
    # body; the quote cite "أبو_العسل كتب:" is not body. li.arrow.next: start=3.
    "holdout/phpbb33_prosilver_ar_rtl.html": {
        "template": "phpbb33_ar_rtl", "url": _PHPBB, "type": "thread", "next": _PHPBB + "&start=3",
        "records": [
            {"type": "thread", "title": "خلية النحل لا تخرج في الصباح"},
            _post("أبو_العسل", "2026-11-17T18:40:00", 0, "عندي خلية قوية لكن النحل لا يخرج منها إلا بعد "
                  "الظهر، حتى في الأيام الدافئة.\nهل هذا بسبب اتجاه المدخل أم هناك مشكلة في الملكة؟", []),
            _post("سمير_النحال", "2026-11-19T21:15:00", 1, "غالبًا السبب هو الاتجاه: إذا كان المدخل نحو "
                  "الغرب فلا تصله الشمس إلا بعد الظهر. أدر الخلية تدريجيًا نحو الجنوب الشرقي، بضعة "
                  "سنتيمترات كل يوم.", ["أبو_العسل"]),
            _post("أبو_العسل", "2026-11-20T08:02:00", 2, "المدخل فعلًا نحو الغرب. بدأت أديرها اليوم، شكرًا "
                  "جزيلًا!", []),
            _author("أبو_العسل", 88, "2019-03-12"),
            _author("سمير_النحال", 1412, "2014-05-05"),
        ],
    },
    # Bohemia listing index, category Seeds (checked in the sidebar), page 1 of 8: three cards;
    # the headline price is <h2>USD 18.50</h2>, the BTC and XMR amounts under it are its
    # conversions; "In <strong>Seeds</strong>" is each card's category; "Shipped From Germany /
    # Shipped To Worldwide"; the star score ("4.9"), level and sales count are the vendor's, not
    # the item's. The user's balances in the menu are not prices. Numbered pages only: page=2.
    "holdout/bohemia_listings_seeds.html": {
        "template": "bohemia_index", "url": _BOH + "/listings.php?catid=31", "type": "listing_index",
        "next": _BOH + "/listings.php?page=2&catid=31",
        "records": [
            _listing("Heirloom tomato seeds, 12 varieties (240 seeds)", 18.5, "USD", "gruenfink", "Seeds",
                     "Germany", ["Worldwide"]),
            _listing("Chili pepper seed collection - Carolina Reaper, Habanero, Jalapeño", 9.9, "USD",
                     "pimenton_verde", "Seeds", "Spain", ["Europe"]),
            _listing("Dutch tulip bulbs mix, 25 pcs", 24.0, "USD", "bloembol", "Seeds", "Netherlands",
                     ["Netherlands"]),
        ],
    },
    # Bohemia vendor page, seen logged in (quietfern's balances): <h2>kestrel_vault</h2>;
    # "Member since 14 Mar 2025"; "Positive feedback 98.4%" (the rating); "Feedback (318)" (the
    # feedback count; "Total Sales 812" and "Listings (14)" are other counts); "Last seen 2 hours
    # ago" is not membership; the feedback table's "5/5" ratings, buyers and amounts are reviews;
    # the armoured key in <pre class="pgp-key">.
    "holdout/bohemia_vendor_feedback.html": {
        "template": "bohemia_vendor", "url": _BOH + "/profile.php?id=kestrel_vault", "type": "vendor",
        "records": [_vendor("kestrel_vault", 318, 98.4, "2025-03-14", _FPR)],
    },
    # WooCommerce variable product, Spanish: h1.product_title; p.price shows the RANGE "12,00 € –
    # 18,00 €" and no single price until a weight is chosen: the price is the range's low end, the
    # "from" price (the page's own AggregateOffer lowPrice "12.00"); breadcrumb and "Categoría:"
    # give "Cafés de especialidad"; the free-shipping threshold (40,00 €), the empty cart (0,00 €),
    # the rating "4.67" and the related products (14,50 € / 39,90 €) are not its price. No seller,
    # no shipping places.
    "holdout/woocommerce_variable_es.html": {
        "template": "woocommerce_variable_es",
        "url": "http://tostadero-lacolina.example/producto/cafe-de-huila-en-grano/", "type": "listing",
        "records": [_listing("Café de Huila en grano, tueste medio", 12.0, "EUR", None,
                             "Cafés de especialidad", None, None)],
    },
    # PrestaShop, a theme's price block, German: h1 "Apfel-Quitten-Direktsaft, naturtrüb, 6 × 0,75 l";
    # div.current-price: span.price "23,92 €" FIRST, then "inkl. MwSt.", "pro Karton (6 Flaschen)",
    # "- 20 %" and the old price span.regular-price "29,90 €" AFTER it; "(Also 5,32 € pro Liter)"
    # is a unit price; the free-shipping threshold 49,00 €, the deposit 0,15 € and the accessories
    # 21,90 € / 7,50 € are not its price. Breadcrumb "Startseite > Säfte > product": category
    # "Säfte". "Versand aus Metzingen" (shipped from Metzingen): ships from Metzingen.
    "holdout/prestashop_conditioning_theme_de.html": {
        "template": "prestashop_theme_de",
        "url": "http://mosterei-albtrauf.example/saefte/214-apfel-quitten-direktsaft.html", "type": "listing",
        "records": [_listing("Apfel-Quitten-Direktsaft, naturtrüb, 6 × 0,75 l", 23.92, "EUR", None, "Säfte",
                             "Metzingen", None)],
    },
    # Market login, Russian: h1 "РЫНОК АСМОДЕЙ", h1 "Вход", "Имя пользователя", "Пароль", a
    # captcha code field, "Войти", "Ещё не зарегистрированы? Зарегистрироваться".
    "holdout/asmodeus_login_ru.html": {
        "template": "asmodeus_login_ru", "url": "http://asmodeusmkt7example.onion/login.php",
        "type": "login", "records": [],
    },
    # Cloudflare's JavaScript challenge, Spanish: <title>Un momento…</title>, "Comprobando su
    # navegador antes de acceder a foro-ciclismo-andino.example.", "Este proceso es automático...",
    # "Espere hasta 5 segundos…", form#challenge-form to /cdn-cgi/l/chk_jschl, "Protección DDoS
    # de Cloudflare", the Ray ID. A front service's gate: DDoS protection.
    "holdout/cloudflare_iuam_js_challenge_es.html": {
        "template": "cloudflare_iuam_es", "url": "http://foro-ciclismo-andino.example/",
        "type": "ddos_protection", "records": [],
    },
}


ROUND = Round(TRUTH, DATA)
score, overall = ROUND.score, ROUND.overall  # what benchmarks/score_general.py reads


# Every blind miss (0.750, see the module docstring) was mended after the measurement as a general
# rule, none from these pages (tests/test_parsers_r10_forum_rules.py and
# tests/test_parsers_r10_market_rules.py hold pages of their own for each): a post's date line and
# its action links (reply, quote, report... in a dozen languages) are not its text; "18 h 40 min"
# is a time; page-type words are no title; member links in query strings (?act=member&id=57);
# join-date labels in Arabic and Portuguese; a seller's profile (a sales or feedback figure and
# a seller's sign) is a vendor page; feedback tabs between separators; "Shipped to"; a category
# after a bare preposition; a pager's current item marked active.
KNOWN_MISSES: dict[str, dict[str, Any]] = {}


_, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = ROUND.tests(KNOWN_MISSES)
# 0.750 measured once, blind (see the module docstring); 1.000 after the general mends, not blind.
(test_the_holdout_side_scores_its_f1, test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
 test_every_expected_record_names_every_contract_field_of_its_kind) = ROUND.held_out_checks(1.0)


test_every_name_and_title_of_the_truth_is_written_on_its_page = ROUND.named_on_its_page()


def test_the_vendor_fingerprint_is_the_v4_fingerprint_of_the_armoured_key_on_its_page() -> None:
    html = (DATA / "holdout" / "bohemia_vendor_feedback.html").read_text(encoding="utf-8")
    armour = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n(.*?)\n=", html, re.S)
    assert armour is not None
    assert v4_fingerprint(armour.group(1)) == _FPR
    assert TRUTH["holdout/bohemia_vendor_feedback.html"]["records"][0]["pgp_fingerprint"] == _FPR


def test_the_arabic_page_is_marked_right_to_left() -> None:
    html = (DATA / "holdout" / "phpbb33_prosilver_ar_rtl.html").read_text(encoding="utf-8")
    assert '<html dir="rtl" lang="ar">' in html
    assert "bidi.css" in html
