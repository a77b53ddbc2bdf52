"""parsers.dated_elements on a poster's panel cell whose lines are split by "<br>" (a rank, then
"Posts: 1,204", then "Joined: 02.11.2019"): the cell is no post's date, so a thread whose posts
are header rows of "#1 name · date" over rows of a panel and words (a static archive's table,
names in bold, no member links) is read with the posts' dates and the panels' statistics. Pages
of this module's own (German and Romanian), none a round's; and the Romanian join word "înscris"."""

from __future__ import annotations

from parsers import parse_page
from parsers.dated_elements import date_elements
from parsers.dom import load
from parsers.labels import LABELS

_NOW = "2026-11-20T12:00:00Z"

_WORDS = {
    "de": ("Beiträge", "Registriert", "{n} schrieb:", "Mitglied"),
    "ro": ("mesaje", "înscris", "{n} a scris:", "Membru"),
}


def _thread(lang: str, title: str, posts: list[tuple[str, str, str, str, str, str]]) -> bytes:
    posts_word, joined_word, quote_word, rank = _WORDS[lang]
    rows = []
    for i, (name, date, count, joined, quoted, words) in enumerate(posts, 1):
        quote = (f'<div class="zitat"><p class="quelle">{quote_word.format(n=quoted)}</p><p>Etwas '
                 f'früher Gesagtes, wiederholt.</p></div>') if quoted else ""
        rows.append(f"""<tr class="kopf"><td colspan="2"><span class="nr">#{i}</span> <b>{name}</b>
&middot; {date}</td></tr>
<tr><td class="panel" width="140">{rank}<br>
{posts_word}: {count}<br>
{joined_word}: {joined}</td>
<td class="text">{quote}<p>{words}</p></td></tr>""")
    return f"""<html lang="{lang}"><head><meta charset="utf-8"><title>{title} - Archiv</title></head>
<body><div class="pfad"><a href="/archiv/">Archiv</a> &raquo; {title}</div>
<h1>{title}</h1><table class="faden" cellspacing="0">{"".join(rows)}</table>
<p><a href="/archiv/t-11.html">&laquo; zurück</a></p></body></html>""".encode()


def _read(html: bytes, url: str) -> list[dict[str, object]]:
    result = parse_page(html, url=url, captured_at=_NOW, use_profiles=False)
    assert result.page.page_type == "thread"
    return [r.__dict__ for r in result.records]


def test_a_panel_cell_of_lines_ending_in_a_join_date_is_no_posts_date() -> None:
    doc = load(b"""<body><table><tr><td>#1 <b>ann</b> &middot; 17.11.2026, 18:40</td></tr>
<tr><td>Member<br>Posts: 1,204<br>Joined: 02.11.2019</td></tr></table></body>""")
    dates = date_elements(doc.root.find("body"), _NOW)
    assert ["17.11.2026" in el.text_content() for el in dates] == [True]


def test_the_romanian_join_word_inscris_labels_a_join_date() -> None:
    assert LABELS["member_since"].match("înscris: 02.11.2019")
    assert LABELS["member_since"].match("Înscrisă: 19.06.2021")


def test_a_german_archive_thread_of_bold_names_over_panels_reads_its_posts_and_posters() -> None:
    html = _thread("de", "Welcher Tee im Winter?", [
        ("teekanne_jo", "03.01.2021, 20:15", "2.318", "14.05.2018", "",
         "Ich trinke im Winter gern schwarzen Tee mit Milch."),
        ("kamille77", "04.01.2021, 07:50", "45", "30.09.2020", "teekanne_jo",
         "Lieber Kräutertee am Abend, der hält wach nicht."),
        ("teekanne_jo", "04.01.2021, 09:05", "2.318", "14.05.2018", "",
         "Auch gut, danke für den Hinweis an alle hier."),
    ])
    records = _read(html, "http://archiv.onion/archiv/t-12.html")
    posts = [r for r in records if "index" in r]
    assert [(p["author"], p["posted_at"], p["quotes"]) for p in posts] == [
        ("teekanne_jo", "2021-01-03T20:15:00", []),
        ("kamille77", "2021-01-04T07:50:00", ["teekanne_jo"]),
        ("teekanne_jo", "2021-01-04T09:05:00", []),
    ]
    authors = {r["name"]: (r["post_count"], r["joined"]) for r in records if "post_count" in r}
    assert authors == {"teekanne_jo": (2318, "2018-05-14"), "kamille77": (45, "2020-09-30")}


def test_a_romanian_archive_thread_reads_the_posts_dates_not_the_panels_join_days() -> None:
    html = _thread("ro", "Ce ceai beți iarna?", [
        ("lup_alb", "11.02.2020, 10:00", "512", "01.03.2017", "",
         "Beau ceai negru cu lămâie în fiecare dimineață."),
        ("vulpea_ro", "12.02.2020, 22:30", "7", "08.08.2019", "lup_alb",
         "Eu prefer ceai de mentă seara, mă liniștește."),
    ])
    records = _read(html, "http://arhiva.onion/arhiva/ro/subiect-3.html")
    posts = [r for r in records if "index" in r]
    assert [(p["author"], p["posted_at"]) for p in posts] == [
        ("lup_alb", "2020-02-11T10:00:00"), ("vulpea_ro", "2020-02-12T22:30:00")]
    authors = {r["name"]: (r["post_count"], r["joined"]) for r in records if "post_count" in r}
    assert authors == {"lup_alb": (512, "2017-03-01"), "vulpea_ro": (7, "2019-08-08")}
