"""parsers.thread_title: a title bar that shows the thread's name in bold beside the topic's
description and its controls is titled by the bold part the <title> names. Pages of this module's
own (Lithuanian, Slovenian), none copied from a generality round."""

from __future__ import annotations

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"


def _page(title: str, bar: str) -> str:
    posts = "".join(
        f'<div class="irasas"><div class="autorius"><a href="/narys.php?u={uid}">{name}</a></div>'
        f'<div class="data">{day}</div><div class="tekstas">{words}</div></div>'
        for uid, name, day, words in [
            (4, "Rasa", "17.11.2026 18:40", "Kada geriausia genėti senas obelis mūsų krašte?"),
            (9, "Tomas", "18.11.2026 09:15", "Vasario pabaigoje, kai praeina dideli šalčiai."),
        ])
    return f"<html><head><title>{title}</title></head><body>{bar}{posts}</body></html>"


def _title(html: str) -> str | None:
    records = parse_page(html.encode(), url="http://sodas.example/tema.php?t=31", captured_at=NOW,
                         use_profiles=False).records
    return records[0].title


def test_the_bold_name_in_a_title_bar_beside_a_description_and_controls_is_the_title() -> None:
    bar = ('<div class="temos-title"><div><strong>Kaip genėti obelis</strong>, pavasarį ar rudenį?</div>'
           '<div><a href="/sekti?t=31">Sekti</a> | <a href="/spausdinti?t=31">Spausdinti</a></div></div>')
    assert _title(_page("Kaip genėti obelis - Sodo forumas", bar)) == "Kaip genėti obelis"


def test_a_bold_name_the_title_tag_holds_after_the_sites_name_is_the_title_too() -> None:
    bar = ('<p class="naslov-title"><b>Obrezovanje jablan</b>, kdaj je pravi čas za to delo na vrtu? '
           '<a href="/spremljaj?t=31">Spremljaj</a></p>')
    assert _title(_page("Vrtni forum :: Obrezovanje jablan", bar)) == "Obrezovanje jablan"
