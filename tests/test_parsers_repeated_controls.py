"""parsers.repeated_controls and its use in parsers.post_read.read_posts: a short link to a
thread-style address that most posts repeat in the same words (a per-post "Denunciar a un
moderador" -> /thread/881/report, "Nahlásit moderátorovi" -> /topic/552-.../nahlasit) is the
posts' frame, no sign that a post whose words' box has an unknown class is a topic row; a topic
list's rows, each linking its own topic by its own title, stay a topic list. Made-up pages in
Spanish and Czech written here.
"""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.post_read import THREAD_HREF_RE
from parsers.records import Post, Thread
from parsers.repeated_controls import repeated_controls, repeated_links

_HOST = "http://q3k7mxv2hd4twlqzn5c6pbrfe7yjag2usxoim4kdnlw3etvzq2hbcayd.onion"


def _parse(html: str, path: str) -> tuple[str, list[Post], list[Thread]]:
    result = parse_page(html.encode("utf-8"), url=_HOST + path, captured_at="2026-11-20T12:00:00Z",
                        use_profiles=False)
    return (result.page.page_type, [r for r in result.records if isinstance(r, Post)],
            [r for r in result.records if isinstance(r, Thread)])


_SPANISH_POSTS = [
    ("ramiro", "12/10/2026 14:05",
     "¿Alguien sabe si el mercado sigue funcionando después de la caída de ayer? "
     "No puedo entrar desde hace horas."),
    ("lucia_m", "12/10/2026 15:22",
     "A mí me funciona por el espejo secundario, prueba con la otra dirección que publicaron en el foro."),
    ("topo", "13/10/2026 09:10",
     "Confirmo lo que dice lucia, el espejo principal está caído por mantenimiento hasta el viernes."),
]

# Spanish: the words in div.texto (a class no reader knows), a report link under each post.
_SPANISH_THREAD = """<html lang="es"><head><title>¿El mercado está caído? - Foro Libre</title></head><body>
<div class="migas"><a href="/">Foro Libre</a> &raquo; <a href="/seccion/3">Mercados</a></div>
<h1>¿El mercado está caído?</h1><div class="mensajes">""" + "".join(
    f"""<div class="mensaje" id="m{i}">
  <div class="cabecera"><a href="/miembro/{who}">{who}</a> <span class="cuando">{when}</span></div>
  <div class="texto">{words}</div>
  <div class="pie"><a href="/thread/881/report?msg={i}">Denunciar a un moderador</a></div>
</div>""" for i, (who, when, words) in enumerate(_SPANISH_POSTS)) + "</div></body></html>"

_CZECH_POSTS = [
    ("jirka_b", "03.11.2026 08:15",
     "Dorazila mi zásilka po pěti dnech, balení bylo v pořádku a nic nechybělo."),
    ("matylda", "03.11.2026 10:40", "U mě to trvalo týden, ale prodejce odpovídal rychle a vše vysvětlil."),
    ("pepa_z", "04.11.2026 19:02", "Potvrzuji, spolehlivý prodejce, objednám znovu až bude zase skladem."),
]

# Czech: an article per post, its date and words in div.obsah (a class no reader knows) with the
# words in div.zneni, a bar of controls under them.
_CZECH_THREAD = """<html lang="cs"><head><title>Zkušenosti s doručením | Fórum Vltava</title></head><body>
<p class="cesta"><a href="/">Fórum Vltava</a> / <a href="/sekce/7">Recenze</a></p>
<h2>Zkušenosti s doručením</h2><section class="vlakno">""" + "".join(
    f"""<article class="prispevek"><div class="autor"><a href="/clen/{who}">{who}</a></div>
<div class="obsah"><span class="kdy">{when}</span><div class="zneni">{words}</div>
<div class="ovladani"><a href="/topic/552-doruceni/nahlasit?p={i}">Nahlásit moderátorovi</a></div></div>
</article>""" for i, (who, when, words) in enumerate(_CZECH_POSTS)
) + "</section></body></html>"

# Spanish topic list: each row links its own topic by its own title, and repeats "Último mensaje".
_SPANISH_TOPICS = """<html lang="es"><head><title>Mercados - Foro Libre</title></head><body>
<h1>Mercados</h1><div class="temas">""" + "".join(
    f"""<div class="tema"><a href="/thread/{n}">{title}</a> por <a href="/miembro/{who}">{who}</a>
<span>{n % 28 + 1:02d}/10/2026 12:00</span> <a href="/thread/{n}/ultimo">Último mensaje</a></div>"""
    for n, title, who in [(401, "Reseña del vendedor elsolar", "ramiro"),
                          (402, "Espejos nuevos del mercado", "topo"),
                          (403, "Problemas con el monedero", "lucia_m"),
                          (404, "Guía de envíos a Canarias", "nube")]
) + "</div></body></html>"


def test_a_spanish_thread_with_a_report_link_in_every_post_keeps_its_posts() -> None:
    kind, posts, _ = _parse(_SPANISH_THREAD, "/hilo/881")
    assert kind == "thread"
    assert [(p.author, p.posted_at) for p in posts] == [
        ("ramiro", "2026-10-12T14:05:00"), ("lucia_m", "2026-10-12T15:22:00"),
        ("topo", "2026-10-13T09:10:00")]
    assert [p.body for p in posts] == [words for _, _, words in _SPANISH_POSTS]


def test_a_czech_thread_with_a_report_link_under_each_post_keeps_its_posts() -> None:
    kind, posts, _ = _parse(_CZECH_THREAD, "/topic/552-doruceni")
    assert kind == "thread"
    assert [(p.author, p.posted_at) for p in posts] == [
        ("jirka_b", "2026-11-03T08:15:00"), ("matylda", "2026-11-03T10:40:00"),
        ("pepa_z", "2026-11-04T19:02:00")]
    assert [p.body for p in posts] == [words for _, _, words in _CZECH_POSTS]


def test_a_topic_list_whose_rows_repeat_a_last_post_link_stays_a_topic_list() -> None:
    kind, posts, threads = _parse(_SPANISH_TOPICS, "/seccion/3")
    assert posts == []
    assert kind == "forum_index"
    assert [t.title for t in threads] == ["Reseña del vendedor elsolar", "Espejos nuevos del mercado",
                                          "Problemas con el monedero", "Guía de envíos a Canarias"]


def test_repeated_controls_are_the_short_link_texts_most_blocks_show_alike() -> None:
    doc = load(_SPANISH_TOPICS.encode("utf-8"))
    rows = [el for el in doc.root.iter("div") if el.get("class") == "tema"]
    assert repeated_controls(rows, THREAD_HREF_RE) == {"último mensaje"}
    # One block alone repeats nothing.
    assert repeated_controls(rows[:1], THREAD_HREF_RE) == set()


def test_a_link_shown_by_fewer_than_half_the_blocks_is_no_control() -> None:
    doc = load(b'<body><div><a href="/t/1/report">Report post</a></div>'
               b'<div><a href="/t/1/report">Report post</a></div><div>x</div><div>y</div><div>z</div></body>')
    assert repeated_controls(list(doc.root.iter("div")), THREAD_HREF_RE) == set()


# Polish: a list item per post, the words in p.tresc, and under them a box of its own holding only
# the report link, to an address no reader takes for a thread's.
_POLISH_POSTS = [
    ("kasia_w", "2026-11-02 18:30",
     "Paczka doszła w trzy dni, wszystko zgodne z opisem, polecam sprzedawcę."),
    ("bartek", "2026-11-02 21:05", "U mnie tydzień, ale kontakt był dobry i sprzedawca od razu odpisywał."),
    ("ola_k", "2026-11-03 07:45", "Potwierdzam, trzecie zamówienie i za każdym razem bez problemów."),
]
_POLISH_THREAD = """<html lang="pl"><head><title>Opinie o dostawie - Forum Północ</title></head><body>
<h1>Opinie o dostawie</h1><ul class="watek">""" + "".join(
    f"""<li class="wpis"><span class="kto"><a href="/czlonek/{who}">{who}</a> {when}</span>
<p class="tresc">{words}</p>
<div class="zglos"><a href="/zgloszenia/nowe?wpis={i}">Zgłoś moderatorowi</a></div></li>"""
    for i, (who, when, words) in enumerate(_POLISH_POSTS)
) + "</ul></body></html>"


def test_a_report_link_every_post_shows_alone_in_its_box_is_no_part_of_the_words() -> None:
    _, posts, _ = _parse(_SPANISH_THREAD.replace("/thread/881/report?msg=", "/denuncias/nueva?msg="),
                         "/hilo/881")
    assert [p.body for p in posts] == [words for _, _, words in _SPANISH_POSTS]
    kind, posts, _ = _parse(_POLISH_THREAD, "/watek/73")
    assert kind == "thread"
    assert [(p.author, p.body) for p in posts] == [(who, words) for who, _, words in _POLISH_POSTS]


def test_a_link_one_post_alone_shows_in_its_box_stays_in_its_words() -> None:
    page = _POLISH_THREAD.replace(
        '<div class="zglos"><a href="/zgloszenia/nowe?wpis=0">Zgłoś moderatorowi</a></div>',
        '<div class="zglos"><a href="/poradnik/pakowanie">Poradnik pakowania</a></div>').replace(
        '<div class="zglos"><a href="/zgloszenia/nowe?wpis=1">Zgłoś moderatorowi</a></div>', "").replace(
        '<div class="zglos"><a href="/zgloszenia/nowe?wpis=2">Zgłoś moderatorowi</a></div>', "")
    _, posts, _ = _parse(page, "/watek/73")
    assert posts[0].body is not None and posts[0].body.endswith("Poradnik pakowania")


# Turkish: replies open with a mention of the member they answer, each in a span of its own.
_MENTION = '<span class="anma"><a href="/@ayse">@ayse</a></span> '
_TURKISH_POSTS = [
    ("ayse", "", "Tohumları bu hafta ekmeli miyim yoksa yağmuru mu beklemeliyim?"),
    ("mert", _MENTION, "Bu hafta ek, toprak yeterince nemli."),
    ("deniz", _MENTION, "Ben de geçen yıl ekimde ektim, iyi oldu."),
]
_TURKISH_THREAD = """<html lang="tr"><head><title>Ekim zamanı - Bahçe Forumu</title></head><body>
<h1>Ekim zamanı</h1>""" + "".join(
    f"""<div class="gonderi"><div class="ust"><a href="/uye/{who}">{who}</a>
<time datetime="2026-11-0{i + 1}T09:00:00">0{i + 1}.11.2026 09:00</time></div>
<p class="yazi">{mention}{words}</p></div>""" for i, (who, mention, words) in enumerate(_TURKISH_POSTS)
) + "</body></html>"


def test_a_mention_most_replies_open_with_stays_in_their_words() -> None:
    kind, posts, _ = _parse(_TURKISH_THREAD, "/konu/12")
    assert kind == "thread"
    assert [p.body for p in posts] == [
        "Tohumları bu hafta ekmeli miyim yoksa yağmuru mu beklemeliyim?",
        "@ayse Bu hafta ek, toprak yeterince nemli.", "@ayse Ben de geçen yıl ekimde ektim, iyi oldu."]


# A like counter beside each post's reply control, the bare number standing among no words of its
# own: Polish "<span class=glosy>3</span> <a>Odpowiedz</a>" under a body of paragraphs, Portuguese
# "<b class=curtidas>12</b> <a>Responder</a>" in a footer, unclassed bodies. One post of each page
# writes a bare number of its own in its words, which stays.
_COUNTER_PL = """<html lang="pl"><head><title>Chleb na zakwasie</title></head><body>
<div class="wpis" id="w1"><div class="naglowek"><a href="/uzytkownik/piekarz">piekarz</a>
 <time datetime="2026-11-18T09:00">18.11.2026 09:00</time></div>
 <p>Ile godzin trzymacie zaczyn przed pieczeniem?</p><p>Mój rośnie bardzo wolno.</p>
 <div class="akcje"><span class="glosy">3</span> <a class="odp" href="#">Odpowiedz</a></div></div>
<div class="wpis" id="w2"><div class="naglowek"><a href="/uzytkownik/maka_zytnia">maka_zytnia</a>
 <time datetime="2026-11-18T10:30">18.11.2026 10:30</time></div>
 <p>Zwykle dwanaście godzin, w chłodzie dłużej.</p><p><b>12</b></p>
 <div class="akcje"><span class="glosy">7</span> <a class="odp" href="#">Odpowiedz</a></div></div>
<div class="wpis" id="w3"><div class="naglowek"><a href="/uzytkownik/piekarz">piekarz</a>
 <time datetime="2026-11-18T11:45">18.11.2026 11:45</time></div>
 <p>Dzięki, spróbuję na noc.</p>
 <div class="akcje"><span class="glosy">0</span> <a class="odp" href="#">Odpowiedz</a></div></div>
</body></html>"""

_COUNTER_PT = """<html lang="pt"><head><title>Horta em vasos</title></head><body>
<section class="msg"><header><a href="/membro/tomate_cereja">tomate_cereja</a>
 <span class="quando">19/11/2026 08:10</span></header>
 <div>Que tamanho de vaso para um tomateiro na varanda?</div>
 <footer class="barra"><b class="curtidas">12</b> <a class="resp" href="#">Responder</a></footer></section>
<section class="msg"><header><a href="/membro/regador">regador</a>
 <span class="quando">19/11/2026 09:25</span></header>
 <div>Pelo menos trinta litros, com furos no fundo.</div>
 <footer class="barra"><b class="curtidas">4</b> <a class="resp" href="#">Responder</a></footer></section>
</body></html>"""


def test_a_bare_count_every_post_shows_beside_its_controls_is_not_its_words() -> None:
    _, posts, _ = _parse(_COUNTER_PL, "/watek/88")
    assert [p.body for p in posts] == [
        "Ile godzin trzymacie zaczyn przed pieczeniem?\nMój rośnie bardzo wolno.",
        "Zwykle dwanaście godzin, w chłodzie dłużej.\n12", "Dzięki, spróbuję na noc."]
    _, posts, _ = _parse(_COUNTER_PT, "/topico/41")
    assert [p.body for p in posts] == ["Que tamanho de vaso para um tomateiro na varanda?",
                                       "Pelo menos trinta litros, com furos no fundo."]


def _barred_thread(
    bar: tuple[str, str], sep: str, posts: list[tuple[str, str, str]], notes: dict[int, str] | None = None
) -> str:
    blocks = "".join(
        f"<div class=kehys id=v{n}><div class=otsake><a href='/jasen/{name}'>{name}</a> {when}</div>"
        f"<div class=rivi><p>{words}</p>{(notes or {}).get(n, '')}</div>"
        f"<div class=rivi><a href='/kirjoita?v={n}'>{bar[0]}</a>{sep}"
        f"<a href='/kirjoita?v={n}&amp;l=1'>{bar[1]}</a></div></div>"
        for n, (name, when, words) in enumerate(posts))
    return f"<html><head><title>Sienet</title></head><body>{blocks}</body></html>"


def test_a_bar_of_links_every_post_shows_in_the_same_words_is_no_part_of_the_words() -> None:
    finnish = [("kantarelli_kai", "17.11.2026 klo 19.42", "Suppilovahverot kannattaa kuivata heti."),
               ("rousku_riitta", "18.11.2026 klo 08.05", "Minä pakastan ne ryöpättyinä, en kuivaa."),
               ("tatti_timo", "19.11.2026 klo 10.31", "Kuivurilla menee yön yli, uunissa pari tuntia.")]
    _, posts, _ = _parse(_barred_thread(("Vastaa", "Lainaa"), " · ", finnish), "/aihe/31")
    assert [p.body for p in posts] == [words for _, _, words in finnish]
    hungarian = [("varganya_vera", "2026.11.17. 19:42", "A vargányát érdemes rögtön megszárítani."),
                 ("rokagomba_rudi", "2026.11.18. 08:05", "Én blansírozva fagyasztom, úgy is jó marad."),
                 ("csiperke_csaba", "2026.11.19. 10:31", "Aszalógéppel egy éjszaka, sütőben pár óra.")]
    _, posts, _ = _parse(_barred_thread(("Válasz", "Idézet"), " | ", hungarian), "/tema/12")
    assert [p.body for p in posts] == [words for _, _, words in hungarian]


def test_a_bar_of_links_no_other_post_shows_or_with_words_between_them_stays_the_posts() -> None:
    posts = [("kantarelli_kai", "17.11.2026 klo 19.42", "Suppilovahverot kannattaa kuivata heti."),
             ("rousku_riitta", "18.11.2026 klo 08.05", "Minä pakastan ne ryöpättyinä."),
             ("tatti_timo", "19.11.2026 klo 10.31", "Kuivurilla menee yön yli.")]
    html = _barred_thread(("Vastaa", "Lainaa"), " · ", posts)
    for n in range(3):  # each post's bar links its own sources
        html = html.replace(f"v={n}'>Vastaa", f"v={n}'>Lähde {n}")
        html = html.replace("l=1'>Lainaa", f"l=1'>Kuva {n}", 1)
    _, read, _ = _parse(html, "/aihe/32")
    assert [p.body for p in read] == [
        f"{words}\nLähde {n} · Kuva {n}" for n, (_, _, words) in enumerate(posts)]
    bar = "<div><a href='/k?1'>Vastaa</a> tai <a href='/k?2'>Lainaa</a></div>"
    bars = load(f"<div><div><p>Kuivurilla.</p>{bar}</div><div><p>Uunissa.</p>{bar}</div></div>".encode()
                ).root.find(".//div")
    boxes = [box for box in bars if box.tag == "div"]
    assert repeated_links(boxes, [set(), set()]) == [set(), set()]


def test_an_edit_note_above_a_bar_of_controls_leaves_the_words_with_the_bar() -> None:
    finnish = [("kantarelli_kai", "17.11.2026 klo 19.42", "Suppilovahverot kannattaa kuivata heti."),
               ("rousku_riitta", "18.11.2026 klo 08.05",
                "Minä pakastan ne ryöpättyinä pusseissa, en jaksa kuivata niitä ollenkaan."),
               ("tatti_timo", "19.11.2026 klo 10.31", "Kuivurilla menee yön yli, uunissa pari tuntia.")]
    note = {1: "<p class=muokattu>Muokannut rousku_riitta 18.11.2026 klo 08.20</p>"}
    _, posts, _ = _parse(_barred_thread(("Vastaa", "Lainaa"), " · ", finnish, note), "/aihe/33")
    assert [p.body for p in posts] == [words for _, _, words in finnish]
    hungarian = [("varganya_vera", "2026.11.17. 19:42",
                  "A vargányát érdemes rögtön felszeletelni, mert másnapra már kukacos lehet. A szeleteket "
                  "egy rétegben terítem ki a padláson egy régi szúnyoghálóra, és naponta egyszer megforgatom "
                  "őket, amíg zörögni nem kezdenek."),
                 ("rokagomba_rudi", "2026.11.18. 08:05", "Én blansírozva fagyasztom, úgy is jó marad.")]
    note = {0: "<p class=szerk>Szerkesztette: varganya_vera, 2026.11.17. 20:02</p>"}
    _, posts, _ = _parse(_barred_thread(("Válasz", "Idézet"), " | ", hungarian, note), "/tema/13")
    assert [p.body for p in posts] == [words for _, _, words in hungarian]
