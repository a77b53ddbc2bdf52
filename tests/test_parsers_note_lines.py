"""parsers.note_lines: an edit note run into a post's last paragraph as its last line, in
brackets, naming a poster and dated, is no word of the post; a bracketed last line saying
anything else stays. Small made-up pages of this module's own (none copies a round's page)."""

from __future__ import annotations

from parsers import parse_page
from parsers.note_lines import note_line

NOW = "2026-11-20T12:00:00Z"


def _bodies(html: str) -> list[str | None]:
    result = parse_page(html.encode(), url="http://taller.example/tema/5", captured_at=NOW,
                        use_profiles=False)
    return [r.body for r in result.records if r.kind == "post"]


# Spanish board: the note "[Editado el ... por NAME]" inside the words' paragraph after two breaks.
_TALLER_ES = """<html><head><title>Taller - Barniz para una mesa de pino</title></head><body>
<div class="msg"><div class="cab"><a href="/user/3">carpintera_eva</a> 17.11.2026 18:40</div>
 <div class="texto"><p>¿Qué barniz aguanta mejor las tazas calientes en una mesa de pino?</p></div></div>
<div class="msg"><div class="cab"><a href="/user/8">lijador</a> 18.11.2026 09:15</div>
 <div class="texto"><p>Un barniz de poliuretano al agua, tres manos finas.<br>
 Lija suave entre mano y mano.<br><br>
 [Editado el 18.11.2026 09:31 por lijador]</p></div></div>
</body></html>"""


def test_a_bracketed_edit_note_inside_the_last_paragraph_is_no_body() -> None:
    assert _bodies(_TALLER_ES) == [
        "¿Qué barniz aguanta mejor las tazas calientes en una mesa de pino?",
        "Un barniz de poliuretano al agua, tres manos finas.\nLija suave entre mano y mano.",
    ]


def test_notes_in_other_scripts_brackets_and_words_are_cut_too() -> None:
    text = "Kiln at 1240 degrees for the celadon.\n［2026/11/19 21:10 に kamado_ken が編集］"
    assert note_line(text, NOW, ["kamado_ken"]) == "Kiln at 1240 degrees for the celadon."
    dutch = "De klei moet een week drogen.\n(Bewerkt door pottenbakker_anne op 19-11-2026 om 21:10)"
    assert note_line(dutch, NOW, ["pottenbakker_anne", "klei_kees"]) == "De klei moet een week drogen."


def test_a_bracketed_last_line_that_is_no_dated_note_of_a_poster_stays() -> None:
    names = ["lijador", "carpintera_eva"]
    for text in (
        "Mira la foto.\n[foto de lijador]",  # no date
        "Mira la foto.\n[Editado el 18.11.2026 09:31 por otro_socio]",  # no poster of the page
        "[Editado el 18.11.2026 09:31 por lijador]",  # the post's only line
        "Mira la foto.\n[lijador dice que la mesa de pino de 2019 se barnizó con aceite de linaza "
        "y cera de abeja en tres capas muy finas]",  # a sentence, not a note
    ):
        assert note_line(text, NOW, names) == text
