"""parsers.index_shape: a topic table whose member links go to addresses no list knows ("/hoa/…",
"/umunyamuryango/…") names its starters all the same, a one-word name the address ends with,
as a list's rows do (parsers.topic_rows.is_member): its rows are topics, its sub-boards' rows
(no member) are not. Invented Hawaiian (the starter in a cell of its own) and Kinyarwanda (the
starter under the title) topic tables."""

from __future__ import annotations

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"


def _titles_and_starters(page: str, url: str) -> tuple[str, list[tuple[str | None, str | None]]]:
    result = parse_page(page.encode(), url=url, captured_at=NOW, use_profiles=False)
    return result.page.page_type, [(t.title, t.author) for t in result.records]


def test_a_hawaiian_topic_table_with_starters_in_their_own_cells_gives_its_topics() -> None:
    rows = "".join(
        f'<tr><td><a href="/kumuhana/{n}">{title}</a></td><td><a href="/hoa/{who}">{who}</a></td>'
        f"<td>{n % 7}</td><td>{n * 13}</td><td>19/11/2026<br>na Lani_Mauka</td></tr>"
        for n, title, who in ((41, "Pehea e kanu ai i ke kalo?", "Keoni_K"),
                              (38, "Ka poi o ko'u kupuna wahine", "Malia_Hilo"),
                              (35, "Lau lau no ka pa'ina", "Keoni_K")))
    page = f"""<html lang="haw"><head><title>Mahiai – Ka Hale Kamaʻilio</title></head><body>
    <h1>Mahiai</h1>
    <table><tr><td><a href="/papa/lawaia">Lawaiʻa</a><br><small>Ka lawaiʻa ma ke kai</small></td>
    <td>12 kumuhana · 140 pane</td></tr>
    <tr><td><a href="/papa/ulana">Ulana lauhala</a><br><small>Nā moena a me nā pāpale</small></td>
    <td>8 kumuhana · 61 pane</td></tr></table>
    <table><tr><th>Kumuhana</th><th>Mea kākau</th><th>Pane</th><th>Nānā</th><th>Hope</th></tr>{rows}</table>
    </body></html>"""
    kind, topics = _titles_and_starters(page, "http://halekamailio.onion/papa/mahiai")
    assert kind == "forum_index"
    assert topics == [("Pehea e kanu ai i ke kalo?", "Keoni_K"),
                      ("Ka poi o ko'u kupuna wahine", "Malia_Hilo"), ("Lau lau no ka pa'ina", "Keoni_K")]


def test_a_kinyarwanda_topic_table_with_starters_under_their_titles_gives_its_topics() -> None:
    rows = "".join(
        f'<tr><td><a href="/ikiganiro/{n}">{title}</a><br><small>na <a href="/umunyamuryango/{who}">{who}</a>'
        f"</small></td><td>{n % 9}</td><td>{n * 7}</td><td>Uyu munsi 10:{n % 60:02d}</td></tr>"
        for n, title, who in ((903, "Uko bateka isombe", "Mugisha_7"),
                              (887, "Ibishyimbo byo mu Ruhengeri", "Uwase_K"),
                              (861, "Ikawa yo ku Kivu", "Mugisha_7")))
    page = f"""<html lang="rw"><head><title>Ibiryo – Urubuga</title></head><body><h1>Ibiryo</h1>
    <table><thead><tr><th>Ikiganiro</th><th>Ibisubizo</th><th>Abarebye</th><th>Icya nyuma</th></tr></thead>
    <tbody>{rows}</tbody></table></body></html>"""
    kind, topics = _titles_and_starters(page, "http://urubuga.onion/ishami/ibiryo")
    assert kind == "forum_index"
    assert topics == [("Uko bateka isombe", "Mugisha_7"), ("Ibishyimbo byo mu Ruhengeri", "Uwase_K"),
                      ("Ikawa yo ku Kivu", "Mugisha_7")]
