"""parsers.post_comments: comments under a post's words (a Q&A site's question and answers) are
posts of their own, in page order; small made-up pages of this module's own, none a copy of a
round's page: a Brazilian Portuguese Q&A site whose comments write their words before the
commenter's name and time, a Vietnamese one whose comments head their words with the name and
time, and forum posts whose edit notes, thanks lines and quotes name other members and dates."""

from __future__ import annotations

from typing import Any

from parsers import parse_page
from parsers.dom import load
from parsers.post_comments import post_comments

NOW = "2026-11-20T12:00:00Z"


def _posts(html: str, url: str) -> list[tuple[Any, ...]]:
    result = parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "thread"
    return [(r.author, r.posted_at, r.body) for r in result.records if r.kind == "post"]


# Comments as list items: the words, then the name and the time; member pages at /membros/N/name
# (no convention knows the folder: the posts' names are found by their column, the comments'
# links by the same address shape).
_QA_PT = """<html lang="pt-BR"><head><title>Como conservar fermento natural? - Pergunte</title></head><body>
<div id="conteudo">
<div class="msg pergunta" data-id="77">
 <h1>Como conservar fermento natural nas férias?</h1>
 <div class="autoria">perguntado <span class="quando" title="2026-11-17 18:40:00">3 dias atrás</span>
  <a class="nome" href="/membros/12/padeira_rs/">padeira_rs</a></div>
 <div class="texto"><p>Vou viajar por duas semanas e não quero perder meu levain.</p>
  <p>Alguém já congelou ou secou o fermento com sucesso?</p></div>
 <ul class="obs">
  <li class="ob"><span class="txt">Quantos anos tem o seu levain? Os mais velhos aguentam mais.</span>
   <a href="/membros/40/miolo/">miolo</a> <span class="quando"
    title="2026-11-17 19:02:10">3 dias atrás</span></li>
 </ul>
</div>
<h2>2 respostas</h2>
<div class="msg resposta" data-id="81">
 <div class="autoria">respondido <span class="quando" title="2026-11-18 09:15:00">2 dias atrás</span>
  <a class="nome" href="/membros/7/casca_grossa/">casca_grossa</a></div>
 <div class="texto"><p>Alimente bem, tampe e deixe na geladeira. Duas semanas ele aguenta tranquilo.</p></div>
 <ul class="obs">
  <li class="ob"><span class="txt">Obrigada! Vou alimentar na véspera da viagem então.</span>
   <a href="/membros/12/padeira_rs/">padeira_rs</a> <span class="quando"
    title="2026-11-18 10:30:00">2 dias atrás</span></li>
  <li class="ob"><span class="txt">Na volta descarte metade antes da primeira alimentação.</span>
   <a href="/membros/40/miolo/">miolo</a> <span class="quando"
    title="2026-11-18 11:05:00">2 dias atrás</span></li>
 </ul>
</div>
<div class="msg resposta" data-id="90">
 <div class="autoria">respondido <span class="quando" title="2026-11-19 21:40:00">ontem</span>
  <a class="nome" href="/membros/55/fornalha/">fornalha</a></div>
 <div class="texto"><p>Seque uma parte em papel manteiga como reserva, dura meses no armário.</p></div>
 <ul class="obs"></ul>
</div>
</div></body></html>"""

_PT_POSTS = [
    ("padeira_rs", "2026-11-17T18:40:00",
     "Vou viajar por duas semanas e não quero perder meu levain.\n"
     "Alguém já congelou ou secou o fermento com sucesso?"),
    ("miolo", "2026-11-17T19:02:10", "Quantos anos tem o seu levain? Os mais velhos aguentam mais."),
    ("casca_grossa", "2026-11-18T09:15:00",
     "Alimente bem, tampe e deixe na geladeira. Duas semanas ele aguenta tranquilo."),
    ("padeira_rs", "2026-11-18T10:30:00", "Obrigada! Vou alimentar na véspera da viagem então."),
    ("miolo", "2026-11-18T11:05:00", "Na volta descarte metade antes da primeira alimentação."),
    ("fornalha", "2026-11-19T21:40:00",
     "Seque uma parte em papel manteiga como reserva, dura meses no armário."),
]


def test_comments_under_a_question_and_its_answers_are_posts_in_page_order() -> None:
    assert _posts(_QA_PT, "http://pergunte.example.onion/perguntas/77/fermento/") == _PT_POSTS


# Comments as a header line of the name and the date over the words; member pages at
# "/thanh-vien/NAME" (no convention), the question in markup of its own.
_QA_VI = """<html lang="vi"><head><title>Pha trà sen thế nào?</title></head><body>
<main>
<article class="bai hoi">
 <h1>Ướp trà sen tại nhà có khó không?</h1>
 <div class="tt"><a class="tv" href="/thanh-vien/hoa_sen">hoa_sen</a>
  <time datetime="2026-11-16T08:00:00Z">16/11/2026 08:00</time></div>
 <div class="nd">Mình muốn tự ướp trà sen Tây Hồ cho Tết, cần chuẩn bị những gì và mất bao lâu?</div>
 <div class="binhluan">
  <div class="bl"><div class="bl-dau"><a href="/thanh-vien/che_thai">che_thai</a> ·
   <time datetime="2026-11-16T09:30:00Z">16/11/2026 09:30</time></div>
   <div class="bl-nd">Bạn dùng trà Thái Nguyên loại nào, móc câu hay búp?</div></div>
 </div>
</article>
<article class="bai dap">
 <div class="tt"><a class="tv" href="/thanh-vien/ba_noi">ba_noi</a>
  <time datetime="2026-11-17T18:40:00Z">17/11/2026 18:40</time></div>
 <div class="nd">Cần hoa sen hái sáng sớm, tách gạo sen rồi ủ với trà trong hũ kín ba ngày đêm.</div>
 <div class="binhluan">
  <div class="bl"><div class="bl-dau"><a href="/thanh-vien/hoa_sen">hoa_sen</a> ·
   <time datetime="2026-11-17T20:05:00Z">17/11/2026 20:05</time></div>
   <div class="bl-nd">Cảm ơn bà, mình sẽ thử với một cân trà trước.</div></div>
 </div>
</article>
<article class="bai dap">
 <div class="tt"><a class="tv" href="/thanh-vien/tra_xanh">tra_xanh</a>
  <time datetime="2026-11-19T07:10:00Z">19/11/2026 07:10</time></div>
 <div class="nd">Nhớ sấy lại trà sau mỗi lần ướp để trà không bị ẩm mốc.</div>
 <div class="binhluan"></div>
</article>
</main></body></html>"""


def test_comments_whose_name_and_date_head_their_words_are_posts_in_page_order() -> None:
    assert _posts(_QA_VI, "http://hoidap.example.onion/cau-hoi/512") == [
        ("hoa_sen", "2026-11-16T08:00:00",
         "Mình muốn tự ướp trà sen Tây Hồ cho Tết, cần chuẩn bị những gì và mất bao lâu?"),
        ("che_thai", "2026-11-16T09:30:00", "Bạn dùng trà Thái Nguyên loại nào, móc câu hay búp?"),
        ("ba_noi", "2026-11-17T18:40:00",
         "Cần hoa sen hái sáng sớm, tách gạo sen rồi ủ với trà trong hũ kín ba ngày đêm."),
        ("hoa_sen", "2026-11-17T20:05:00", "Cảm ơn bà, mình sẽ thử với một cân trà trước."),
        ("tra_xanh", "2026-11-19T07:10:00", "Nhớ sấy lại trà sau mỗi lần ướp để trà không bị ẩm mốc."),
    ]


# Forum posts naming other members with dates that are no comments: an edit note under the
# words, a thanks line, a quote with its poster's link and date.
_FORUM_DE = """<html lang="de"><head><title>Sauerteig</title></head><body>
<div class="beitrag"><div class="kopf"><a href="/user/12">backstube</a> <span>17.11.2026 18:40</span></div>
 <div class="content"><p>Wie lange hält sich Anstellgut im Kühlschrank ohne Füttern?</p>
 <div class="edit">Zuletzt bearbeitet von <a href="/user/3">moderator_k</a> am 17.11.2026 19:00</div></div>
 <div class="dank">Danke: <a href="/user/40">krume</a> (18.11.2026)</div></div>
<div class="beitrag"><div class="kopf"><a href="/user/40">krume</a> <span>18.11.2026 09:15</span></div>
 <div class="content"><blockquote><a href="/user/12">backstube</a> schrieb am 17.11.2026 18:40:
 Wie lange hält sich Anstellgut im Kühlschrank ohne Füttern?</blockquote>
 <p>Zwei Wochen ohne Probleme, danach einmal auffrischen.</p></div></div>
</body></html>"""


def test_edit_notes_thanks_lines_and_quotes_naming_members_and_dates_are_no_comments() -> None:
    assert _posts(_FORUM_DE, "http://backen.example.onion/thema/9") == [
        ("backstube", "2026-11-17T18:40:00", "Wie lange hält sich Anstellgut im Kühlschrank ohne Füttern?"),
        ("krume", "2026-11-18T09:15:00", "Zwei Wochen ohne Probleme, danach einmal auffrischen."),
    ]


def test_a_block_without_comments_is_left_as_it_is() -> None:
    doc = load(b'<div class="p"><a href="/user/1">ann</a> <span>17.11.2026 18:40</span>'
               b'<p>Green or black tea for a cold evening?</p><a href="/tag/tea">tea</a></div>')
    block = doc.root.find(".//div")
    blocks, replies_of, links = post_comments([block], {}, {block[0]}, NOW)
    assert blocks == [block] and replies_of == {} and links == set()


# Question2Answer-like markup in Turkish: each comment's words, then a line "yorum yaptı DATE
# NAME" under them; the question's and answers' words in elements classed as their content.
_QA_TR = """<html lang="tr"><head><title>Demlik seçimi</title></head><body><div class="sorular">
<div class="girdi soru">
 <div class="girdi-ust"><a class="kisi" href="/kullanici/cay_ocagi">cay_ocagi</a>
  <time datetime="2026-11-16T08:00:00Z">16 Kasım 2026</time></div>
 <div class="girdi-content">Çaydanlık için çelik mi porselen mi daha iyi demler, tecrübesi olan var mı?</div>
 <div class="yorumlar">
  <div class="yorum"><div class="yorum-content">Kaç kişilik demlik arıyorsunuz, ona göre değişir.</div>
   <span class="yorum-alt">yorum yaptı <time datetime="2026-11-16T09:30:00Z">16 Kasım 2026</time>
   <a href="/kullanici/rize_li">rize_li</a></span></div>
 </div>
</div>
<div class="girdi cevap">
 <div class="girdi-ust"><a class="kisi" href="/kullanici/demci">demci</a>
  <time datetime="2026-11-17T18:40:00Z">17 Kasım 2026</time></div>
 <div class="girdi-content">Porselen demlik ısıyı daha uzun tutar, çay daha yumuşak demlenir.</div>
 <div class="yorumlar">
  <div class="yorum"><div class="yorum-content">Teşekkürler, porselen alacağım o zaman.</div>
   <span class="yorum-alt">yorum yaptı <time datetime="2026-11-17T20:05:00Z">17 Kasım 2026</time>
   <a href="/kullanici/cay_ocagi">cay_ocagi</a></span></div>
 </div>
</div>
<div class="girdi cevap">
 <div class="girdi-ust"><a class="kisi" href="/kullanici/semaver">semaver</a>
  <time datetime="2026-11-19T07:10:00Z">19 Kasım 2026</time></div>
 <div class="girdi-content">Çelik olanı ocakta kullanmak daha pratik, kırılma derdi de yok.</div>
 <div class="yorumlar"></div>
</div>
</div></body></html>"""


def test_comments_whose_name_and_date_close_their_words_are_posts_beside_the_posts_own_words() -> None:
    assert _posts(_QA_TR, "http://soru.example.onion/soru/88/demlik") == [
        ("cay_ocagi", "2026-11-16T08:00:00",
         "Çaydanlık için çelik mi porselen mi daha iyi demler, tecrübesi olan var mı?"),
        ("rize_li", "2026-11-16T09:30:00", "Kaç kişilik demlik arıyorsunuz, ona göre değişir."),
        ("demci", "2026-11-17T18:40:00", "Porselen demlik ısıyı daha uzun tutar, çay daha yumuşak demlenir."),
        ("cay_ocagi", "2026-11-17T20:05:00", "Teşekkürler, porselen alacağım o zaman."),
        ("semaver", "2026-11-19T07:10:00", "Çelik olanı ocakta kullanmak daha pratik, kırılma derdi de yok."),
    ]
