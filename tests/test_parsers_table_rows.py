"""parsers.table_rows (through parsers.generic_forum.generic_topics): a topic table's rows marked
apart by a class of their own (pinned topics, an announcement) are topics as the unclassed rows
are, in page order; a board's row above the topics, which opens with its board's title, stays
none. Invented Czech and Indonesian topic tables."""

from __future__ import annotations

from parsers import parse_page
from parsers.dom import load
from parsers.table_rows import whole_table

NOW = "2026-11-20T12:00:00Z"


def _row(cls: str, t: int, title: str, who: str) -> str:
    mark = f' class="{cls}"' if cls else ""
    return (f'<tr{mark}><td class="ikona"></td><td><a href="/viewtopic.php?t={t}">{title}</a><br>'
            f'od <a href="/memberlist.php?mode=viewprofile&amp;u={who}">{who}</a></td>'
            f'<td>{t % 17}</td><td>{t % 300}</td><td>18.11.2026 20:{t % 60:02d}</td></tr>')


def test_pinned_and_announced_rows_are_topics_of_the_table_in_page_order() -> None:
    rows = [("oznameni", 12, "Pravidla fóra", "spravce"),
            ("pripichnute", 40, "Jak vložit fotku", "spravce"),
            ("", 311, "Rez na blatníku: brousit nebo vyměnit?", "jawa_pepa"),
            ("", 309, "Karburátor Jikov po zimě", "babetta_ivan"),
            ("", 302, "Kde sehnat originální těsnění", "pionyr_jana")]
    page = f"""<html lang="cs"><head><title>Veterány - Garáž</title></head><body><h1>Veterány</h1>
    <table class="temata"><tr><th>Téma</th><th>Odpovědi</th><th>Zobrazení</th><th>Poslední</th></tr>
    {"".join(_row(*r) for r in rows)}</table></body></html>""".encode()
    result = parse_page(page, url="http://garaz.onion/viewforum.php?f=3", captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "forum_index"
    assert [(t.title, t.author) for t in result.records] == [(title, who) for _, _, title, who in rows]


def test_a_boards_row_above_the_topics_gives_no_topic() -> None:
    board = ('<tr class="subforum"><td><a href="/viewforum.php?f=9">Mesin dan karburator</a>'
             '<p>Servis mesin dua tak.</p></td><td>88</td><td>1021</td>'
             '<td><a href="/viewtopic.php?p=55120#p55120">19/11/2026 08:14</a> oleh '
             '<a href="/memberlist.php?mode=viewprofile&amp;u=bengkel_adi">bengkel_adi</a></td></tr>')
    rows = [("lekat", 77, "Baca dulu: aturan jual beli", "admin_motor"),
            ("", 514, "Vespa super 1975 susah hidup pagi hari", "vespa_rina"),
            ("", 510, "Cat ulang tangki, pakai apa?", "cat_dodi")]
    page = f"""<html lang="id"><head><title>Motor Tua - Forum</title></head><body><h1>Motor Tua</h1>
    <table><tbody>{board}{"".join(_row(*r) for r in rows)}</tbody></table></body></html>""".encode()
    result = parse_page(page, url="http://motortua.onion/viewforum.php?f=2", captured_at=NOW,
                        use_profiles=False)
    assert result.page.page_type == "forum_index"
    assert [t.title for t in result.records] == [title for _, _, title, _ in rows]


def test_rows_of_no_table_are_left_as_they_are() -> None:
    doc = load(b'<ul><li class="a"><a href="/t/1">One</a></li><li><a href="/t/2">Two</a></li></ul>')
    items = list(doc.root.iter("li"))
    assert whole_table(items[1:], list(doc.root.iter("a"))) == items[1:]
