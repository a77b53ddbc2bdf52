"""parsers.post_signatures: a closing part of a post's words, classed in the board's own language,
that one poster repeats word for word under two posts is a signature, left out of every post's
words (and an edit note above it is then the post's last part, left out too). Pages of this
module's own (Finnish and Portuguese), none a round's."""

from __future__ import annotations

from typing import Any

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"

_FINNISH = """<html><head><title>Saunan kiuas - Löylyfoorumi</title></head><body><h1>Saunan kiuas</h1>
{posts}</body></html>"""
_FINNISH_POST = """<div class="viesti"><div class="tekija"><a href="/jasen/{name}">{name}</a></div>
<div class="sisalto"><div class="aika">{date}</div><div class="teksti">{words}</div>{extra}</div></div>"""

_PORTUGUESE = """<html><head><title>Pão caseiro - Fórum da Cozinha</title></head><body>
<h1>Pão caseiro sem batedeira</h1><table class="topico">{posts}</table></body></html>"""
_PORTUGUESE_POST = """<tr class="msg"><td class="quem"><a href="/membro/{name}">{name}</a></td>
<td class="corpo"><span class="quando">{date}</span><p>{words}</p>{extra}</td></tr>"""


def _posts(html: str, url: str) -> list[Any]:
    result = parse_page(html.encode(), url=url, captured_at=NOW, use_profiles=False)
    return [r for r in result.records if r.kind == "post"]


def test_a_closing_part_one_poster_repeats_is_a_signature_under_every_post() -> None:
    sig = '<div class="allekirjoitus">Löyly ennen kaikkea.</div>'
    posts = "".join(_FINNISH_POST.format(name=n, date=d, words=w, extra=e) for n, d, w, e in [
        ("kiuasmestari", "17.11.2026 18:40", "Kuinka usein kiukaan kivet pitää vaihtaa?", sig),
        ("saunatonttu", "18.11.2026 09:15", "Kerran vuodessa, jos saunot joka päivä.",
         '<div class="allekirjoitus">Vihta on parempi kuin vasta.</div>'),
        ("kiuasmestari", "19.11.2026 20:05", "Kiitos, vaihdan ne ennen joulua.", sig),
    ])
    found = _posts(_FINNISH.format(posts=posts), "https://sauna.example/aihe/4")
    assert [p.body for p in found] == [
        "Kuinka usein kiukaan kivet pitää vaihtaa?", "Kerran vuodessa, jos saunot joka päivä.",
        "Kiitos, vaihdan ne ennen joulua."]


def test_an_edit_note_over_a_repeated_signature_is_no_words_either() -> None:
    sig = '<div class="assinatura">Farinha, água, sal e paciência.</div>'
    note = '<div class="alterado">Editado por {name}: 18.11.2026 10:02</div>'
    posts = "".join(_PORTUGUESE_POST.format(name=n, date=d, words=w, extra=e) for n, d, w, e in [
        ("padeira_lu", "17.11.2026 18:40", "Dá para fazer pão caseiro sem batedeira nenhuma?", sig),
        ("ze_forno", "18.11.2026 09:15", "Dá sim, basta sovar dez minutos à mão.",
         note.format(name="ze_forno") + '<div class="assinatura">Forno a lenha desde 1998.</div>'),
        ("padeira_lu", "19.11.2026 20:05", "Obrigada, amanhã experimento com fermento natural.", sig),
    ])
    found = _posts(_PORTUGUESE.format(posts=posts), "https://cozinha.example/topico/12")
    assert [p.body for p in found] == [
        "Dá para fazer pão caseiro sem batedeira nenhuma?", "Dá sim, basta sovar dez minutos à mão.",
        "Obrigada, amanhã experimento com fermento natural."]


def test_a_closing_part_no_poster_repeats_stays_in_the_words() -> None:
    posts = "".join(_FINNISH_POST.format(name=n, date=d, words=w, extra=e) for n, d, w, e in [
        ("kiuasmestari", "17.11.2026 18:40", "Kuinka usein kiukaan kivet pitää vaihtaa?",
         '<div class="lisa">Kiuas on kymmenen vuotta vanha.</div>'),
        ("saunatonttu", "18.11.2026 09:15", "Kerran vuodessa, jos saunot joka päivä.", ""),
        ("kiuasmestari", "19.11.2026 20:05", "Kiitos, vaihdan ne ennen joulua.",
         '<div class="lisa">Kivet tilasin jo verkosta.</div>'),
    ])
    found = _posts(_FINNISH.format(posts=posts), "https://sauna.example/aihe/4")
    assert found[0].body == "Kuinka usein kiukaan kivet pitää vaihtaa?\nKiuas on kymmenen vuotta vanha."
    assert found[2].body == "Kiitos, vaihdan ne ennen joulua.\nKivet tilasin jo verkosta."
