"""parsers.post_notes: a note under a post's words saying who changed it and when is the post's
frame, not its words; small made-up pages of this module's own (none copies a round's page)."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.post_notes import edit_notes

NOW = "2026-11-20T12:00:00Z"


def _bodies(html: str) -> list[str | None]:
    result = parse_page(html.encode(), url="http://werkstatt.example/thema/9", captured_at=NOW,
                        use_profiles=False)
    return [r.body for r in result.records if r.kind == "post"]


# Posts in divisions; the second's words end in a classed note naming the member who changed it
# (German "Zuletzt bearbeitet von NAME am DATE").
_NOTE_DE = """<html><head><title>Drechselbank</title></head><body>
<div class="beitrag"><a href="/user/12">holzwurm</a> <span>17.11.2026 18:40</span>
 <div class="content"><p>Welche Drehzahl nehmt ihr für Schalen aus Eiche?</p></div></div>
<div class="beitrag"><a href="/user/40">span_meister</a> <span>19.11.2026 21:15</span>
 <div class="content"><p>Bei dreißig Zentimetern Durchmesser nicht mehr als achthundert Umdrehungen.</p>
 <div class="geaendert">Zuletzt bearbeitet von <a href="/user/40">span_meister</a> am 19.11.2026 21:32</div>
 </div></div>
</body></html>"""

# A note after a rule, unclassed (Polish "Edytowane przez NAME, DATE"), in list items.
_NOTE_PL = """<html><head><title>Ule</title></head><body><ul class="watek">
<li class="w"><a href="/user/7">pszczelarz</a> <time>17.11.2026 18:40</time>
 <div class="tresc message">Kiedy zakładać daszki na zimę?<hr>
 <span>Edytowane przez <a href="/user/7">pszczelarz</a>,
 18.11.2026 09:00</span></div></li>
<li class="w"><a href="/user/9">ola_m</a> <time>19.11.2026 21:15</time>
 <div class="tresc message">Po ostatnim przeglądzie, zanim przyjdą mrozy.</div></li>
</ul></body></html>"""


def test_a_classed_note_naming_who_changed_the_post_and_when_is_not_its_words() -> None:
    assert _bodies(_NOTE_DE) == [
        "Welche Drehzahl nehmt ihr für Schalen aus Eiche?",
        "Bei dreißig Zentimetern Durchmesser nicht mehr als achthundert Umdrehungen."]


def test_an_unclassed_note_under_a_rule_is_not_the_posts_words() -> None:
    assert _bodies(_NOTE_PL) == [
        "Kiedy zakładać daszki na zimę?", "Po ostatnim przeglądzie, zanim przyjdą mrozy."]


def test_a_plain_closing_paragraph_thanking_a_member_on_a_date_stays_in_the_words() -> None:
    doc = load(b'<div><p>Cut the scions in winter.</p><p>Thanks <a href="/user/5">ann</a>, '
               b'I did it on 17.11.2026.</p></div>')
    assert edit_notes(doc.root.find("body")[0], set(), NOW) == set()


# The note names its member in plain text (no link), inside the words' own wrapper: Turkish
# "Düzenleyen: NAME (DATE)" in a classed span, the last part of the division of the words, which
# is the only part of the post's body besides the signature.
_NOTE_TR = """<html><head><title>Arıcılık</title></head><body>
<div class="ileti"><a href="/uye/7">bal_ustasi</a> <span>17.11.2026 18:40</span>
 <div class="content"><div class="ic"><div id="i41">Kovanları kışın nereye koyuyorsunuz?</div></div>
 </div></div>
<div class="ileti"><a href="/uye/9">Ayşe_K</a> <span>18.11.2026 09:15</span>
 <div class="content"><div class="ic"><div id="i42">Rüzgar almayan bir duvarın önüne, yerden yüksekte.<br />
 <span class="kucuk">Düzenleyen: Ayşe_K (18.11.2026 09:20)</span></div>
 <div class="signature">Bal tatlıdır.</div></div></div></div>
</body></html>"""


def test_a_note_naming_a_poster_of_the_page_in_plain_text_is_not_the_posts_words() -> None:
    assert _bodies(_NOTE_TR) == [
        "Kovanları kışın nereye koyuyorsunuz?", "Rüzgar almayan bir duvarın önüne, yerden yüksekte."]


def test_a_classed_closing_line_naming_no_poster_of_the_page_stays_in_the_words() -> None:
    doc = load('<div><p>Aşıyı kışın kesin.</p><p class="son">Ahmet usta böyle yaptı, 17.11.2026.</p></div>'
               .encode())
    assert edit_notes(doc.root.find("body")[0], set(), NOW, {"Ayşe_K", "bal_ustasi"}) == set()
    assert edit_notes(doc.root.find("body")[0], set(), NOW, {"Ahmet"}) != set()


# Notes naming no member: a word and a date only, under the words in an element of a kind of its
# own. Icelandic "Breytt í gær kl. 21:40" (CLDR's "í gær", yesterday) in a classed paragraph after
# unclassed ones; Japanese "2026/11/20 08:02 編集済み" (the word after the date) under a rule.
_STAMP_IS = """<html lang="is"><head><title>Prjónaskapur</title></head><body>
<article class="innlegg"><a href="/notandi/3">lopi_kona</a> <span>17.11.2026 18:40</span>
 <div class="texti"><p>Hvaða garn notið þið í vettlinga fyrir börn?</p></div></article>
<article class="innlegg"><a href="/notandi/8">Sigga_prjónar</a> <span>19.11.2026 20:05</span>
 <div class="texti"><p>Léttlopa, hann er hlýr og þolir þvott á ullarkerfi.</p>
 <p>Tvöfaldur þráður í þumalinn endist lengur.</p>
 <p class="breytt">Breytt í gær kl. 21:40</p></div></article>
</body></html>"""

_STAMP_JA = """<html lang="ja"><head><title>盆栽</title></head><body>
<div class="res"><div class="hd"><a href="/user/21">松の木</a> <span>2026/11/18 09:00</span></div>
 <div class="msg">冬の水やりは何日おきにしていますか。<br>室内に入れるべきでしょうか。</div></div>
<div class="res"><div class="hd"><a href="/user/40">苔むす</a> <span>2026/11/20 07:30</span></div>
 <div class="msg"><p>土が乾いてから午前中にたっぷり与えます。</p><hr>
 <small>2026/11/20 08:02 編集済み</small></div></div>
</body></html>"""


def test_a_note_of_a_word_and_a_relative_day_in_the_pages_language_is_not_the_posts_words() -> None:
    assert _bodies(_STAMP_IS) == [
        "Hvaða garn notið þið í vettlinga fyrir börn?",
        "Léttlopa, hann er hlýr og þolir þvott á ullarkerfi.\nTvöfaldur þráður í þumalinn endist lengur."]


def test_a_note_of_a_date_and_the_word_after_it_is_not_the_posts_words() -> None:
    assert _bodies(_STAMP_JA) == ["冬の水やりは何日おきにしていますか。\n室内に入れるべきでしょうか。",
                                  "土が乾いてから午前中にたっぷり与えます。"]


def test_a_closing_line_of_words_ending_in_a_date_or_a_paragraph_like_the_others_stays() -> None:
    sentence = load('<div><p>Aşıyı kışın kesin.</p><p class="son">Ahmet usta böyle yaptı, 17.11.2026.</p>'
                    '</div>'.encode())
    assert edit_notes(sentence.root.find("body")[0], set(), NOW) == set()
    alike = load(b'<div><p class="p">Cut the scions in winter.</p><p class="p">Grafted 17.11.2026</p></div>')
    assert edit_notes(alike.root.find("body")[0], set(), NOW) == set()


# The note shouts its member's name, the poster's link writing it in small letters: Dutch
# "GEWIJZIGD: 18-11-2026 10:05 DOOR KAAS_BOER" and Swedish "Ändrad av ELG_JAKT 2026-11-19 08:10".
_SHOUT_NL = """<html lang="nl"><head><title>Kaas</title></head><body>
<div class="bericht"><a href="/lid/4">melk_meisje</a> <span>17-11-2026 18:40</span>
 <div class="tekst">Hoe lang laten jullie een boerenkaas rijpen?</div></div>
<div class="bericht"><a href="/lid/6">kaas_boer</a> <span>18-11-2026 09:50</span>
 <div class="tekst">Minstens acht weken, liefst drie maanden in een koele kelder.</div>
 <div class="wijziging">GEWIJZIGD: 18-11-2026 10:05 DOOR KAAS_BOER</div></div>
</body></html>"""

_SHOUT_SV = """<html lang="sv"><head><title>Jakt</title></head><body>
<section class="inlagg"><h4><a href="/medlem/2">elg_jakt</a></h4> <time>2026-11-19 07:55</time>
 <div class="brodtext"><p>Vilken kaliber använder ni till älg i tät skog?</p></div>
 <p class="andrad">Ändrad av ELG_JAKT 2026-11-19 08:10</p></section>
<section class="inlagg"><h4><a href="/medlem/5">skogsmus</a></h4> <time>2026-11-19 09:30</time>
 <div class="brodtext"><p>En 9,3x62 räcker långt, skotten är korta där.</p></div></section>
</body></html>"""


def test_a_note_naming_its_poster_in_other_letters_case_is_not_the_posts_words() -> None:
    assert _bodies(_SHOUT_NL) == ["Hoe lang laten jullie een boerenkaas rijpen?",
                                  "Minstens acht weken, liefst drie maanden in een koele kelder."]
    assert _bodies(_SHOUT_SV) == ["Vilken kaliber använder ni till älg i tät skog?",
                                  "En 9,3x62 räcker långt, skotten är korta där."]


# A note above the signature of a poster who signs but once, the page's other poster closing two
# posts with the same signature (the class of signatures in the board's own words): Czech
# "Naposledy upravil NAME dne DATE" over "div.podpis", Finnish "Muokannut NAME DATE" over
# "p.allekirjoitus".
_ONCE_CS = """<html lang="cs"><head><title>Včely</title></head><body>
<div class="prispevek"><a href="/clen/1">vcelar_jan</a> <span>17.11.2026 18:40</span>
 <div class="obsah"><p>Kdy krmíte na zimu?</p></div><div class="podpis">Med je zlato.</div></div>
<div class="prispevek"><a href="/clen/2">uly_z_lesa</a> <span>18.11.2026 09:15</span>
 <div class="obsah"><p>Do konce srpna, pak už jen kontroluji zásoby.</p></div>
 <div class="zmena">Naposledy upravil uly_z_lesa dne 18.11.2026 09:30</div>
 <div class="podpis">Dvacet úlů v lese.</div></div>
<div class="prispevek"><a href="/clen/1">vcelar_jan</a> <span>18.11.2026 10:00</span>
 <div class="obsah"><p>Díky, zkusím to stejně.</p></div><div class="podpis">Med je zlato.</div></div>
</body></html>"""

_ONCE_FI = """<html lang="fi"><head><title>Sienet</title></head><body>
<article class="viesti"><b><a href="/jasen/3">sieni_setä</a></b> <span class="aika">17.11.2026 18:40</span>
 <div class="sisalto">Löytyykö suppilovahveroita vielä marraskuussa?</div>
 <p class="allekirjoitus">Metsä on paras kauppa.</p></article>
<article class="viesti"><b><a href="/jasen/8">kantarelli</a></b> <span class="aika">18.11.2026 09:15</span>
 <div class="sisalto">Kyllä, kunnes maa jäätyy, kuusikoista.</div>
 <p class="muokattu">Muokannut kantarelli 18.11.2026 09:40</p>
 <p class="allekirjoitus">Kori aina mukana.</p></article>
<article class="viesti"><b><a href="/jasen/3">sieni_setä</a></b> <span class="aika">18.11.2026 10:00</span>
 <div class="sisalto">Hyvä tietää, lähden lauantaina.</div>
 <p class="allekirjoitus">Metsä on paras kauppa.</p></article>
</body></html>"""


def test_a_note_above_the_signature_of_a_poster_who_signs_once_is_not_the_posts_words() -> None:
    assert _bodies(_ONCE_CS) == ["Kdy krmíte na zimu?", "Do konce srpna, pak už jen kontroluji zásoby.",
                                 "Díky, zkusím to stejně."]
    assert _bodies(_ONCE_FI) == ["Löytyykö suppilovahveroita vielä marraskuussa?",
                                 "Kyllä, kunnes maa jäätyy, kuusikoista.", "Hyvä tietää, lähden lauantaina."]


def test_a_closing_line_dated_by_a_year_alone_is_no_note_of_a_change() -> None:
    for html in ('<div><p>Kovanlar duvar dibinde.</p><p class="imza">Arıcı 2009 yılından beri</p></div>',
                 '<div><p>Die Völker stehen gut.</p><div class="sig">Imkerin seit 2009.</div></div>'):
        doc = load(html.encode())
        assert edit_notes(doc.root.find("body")[0], set(), NOW) == set()


def _ruled_thread(posts: list[tuple[str, str, str, str]]) -> str:
    """Table rows: the poster's cell, then a cell of the date, the words, a signature under a
    typed rule and, for some, an edit note after it."""
    rows = "".join(
        f"<tr><td class=kto><b><a href='/profil/{name}'>{name}</a></b></td><td class=co>"
        f"<div class=kiedy>{when}</div><div class=tresc>{words}</div>"
        f"<div class=stopka>__________________<br>Motto: {name} pozdrawia</div>{note}</td></tr>"
        for name, when, words, note in posts)
    return f"<html><head><title>Pasieka</title></head><body><table class=watek>{rows}</table></body></html>"


def test_a_signature_under_a_typed_rule_above_an_edit_note_is_no_part_of_the_words() -> None:
    polish = _bodies(_ruled_thread([
        ("pszczelarz", "17.11.2026 18:40", "Kiedy zakładać daszki na zimę?", ""),
        ("ola_m", "18.11.2026 09:15", "Po ostatnim przeglądzie, zanim przyjdą mrozy.",
         "<div class=zmiana>Ostatnio edytowany przez ola_m 18.11.2026 09:40, edytowany 1 raz</div>"),
        ("bartnik_jan", "19.11.2026 20:05", "Ja zakładam w październiku i dociepla wełną.", "")]))
    assert polish == ["Kiedy zakładać daszki na zimę?", "Po ostatnim przeglądzie, zanim przyjdą mrozy.",
                      "Ja zakładam w październiku i dociepla wełną."]
    english = _bodies(_ruled_thread([
        ("beekeeper_al", "11/17/2026 18:40", "When do you put the winter roofs on?",
         "<div class=zmiana>Last edited by beekeeper_al on 11/17/2026 19:02</div>"),
        ("hive_mo", "11/18/2026 09:15", "After the last inspection, before the frost.",
         "<div class=zmiana>Edited by hive_mo, 11/18/2026 10:40</div>")]))
    assert english == ["When do you put the winter roofs on?", "After the last inspection, before the frost."]


def test_a_typed_rule_above_an_edit_note_with_the_posts_only_words_under_it_stays() -> None:
    doc = load(b"<div><div>____________<br>Only words here, above the note.</div>"
               b"<div class=zmiana>Edited by <a href='/user/3'>ann</a> on 18.11.2026 10:40</div></div>")
    body = doc.root.find(".//div")
    assert {el.get("class") for el in edit_notes(body, set(), NOW) if el.tag == "div"} == {"zmiana"}


def test_a_signature_naming_its_poster_and_a_year_is_no_edit_note_above_which_the_note_stands() -> None:
    russian = ("<div class=m><div class=n><a href='/user/1'>Пуэрыч</a> 19.11.2026 22:47</div><div class=t>"
               "Залейте кипятком на ночь.<div class=e>Изменено: Пуэрыч, сегодня в 09:40</div>"
               "<div class=s>Пуэрыч — пью чай с 2009 года</div></div></div>")
    english = ("<div class=m><div class=n><a href='/user/2'>hiker_jo</a> 18.11.2026 07:15</div><div class=t>"
               "Take the ridge path, not the valley one.<div class=e>Edited by hiker_jo, today 08:02</div>"
               "<div class=s>hiker_jo, on the hills since 1994</div></div></div>")
    for html in (russian, english):
        body = load(html.encode()).root.find(".//div[@class='t']")
        notes = edit_notes(body, set(), NOW, {"Пуэрыч", "hiker_jo"})
        assert {el.get("class") for el in notes if el.tag == "div"} == {"e", "s"}


def test_a_note_in_brackets_of_another_script_with_its_label_glued_to_the_day_leaves_the_words() -> None:
    chinese = ("<div class=w><p>八十度左右就好。</p><div class=g>（最后编辑于：今天 上午8:15）</div>"
               "<div class=y>一杯清茶，半日闲。</div></div>")
    korean = "<div class=w><p>물은 팔십 도면 충분해요.</p><div class=g>【수정됨：어제 오후 9:10】</div></div>"
    for html, note in ((chinese, {"g", "y"}), (korean, {"g"})):
        body = load(html.encode()).root.find(".//div")
        assert {el.get("class") for el in edit_notes(body, set(), NOW) if el.tag == "div"} == note


def test_words_in_round_brackets_closing_a_post_stay_words() -> None:
    body = load(b"<div class=w><p>Steep it for three minutes.</p>"
                b"<p class=x>(Or four, if you like it strong.)</p></div>").root.find(".//div")
    assert edit_notes(body, set(), NOW) == set()
