"""parsers.post_parts: a CSS framework's text utility classes ("text-right", "text-muted") name
no post's words; small made-up pages of this module's own (none copies a round's page)."""

from __future__ import annotations

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"

# Posts with their words in an unclassed paragraph beside a classed body wrapper, and a bar of
# buttons after each post classed "text-end" / "text-muted small" (Bootstrap 5 and 3 utilities).
_UTILITY_BARS = """<html><head><title>Kombucha</title></head><body><div class="thread">
<div class="entry"><div class="who"><a href="/user/3">mari_t</a></div>
 <div class="entry-body"><h5>Kombucha</h5><p class="when">17.11.2026 18:40</p>
 <p>Minu kombucha on juba kaks nädalat liiga magus.</p></div>
 <div class="text-end"><a class="btn" href="/reply?p=1">Vasta</a></div></div>
<div class="entry"><div class="who"><a href="/user/8">jaan</a></div>
 <div class="entry-body"><h5>Re: Kombucha</h5><p class="when">19.11.2026 21:15</p>
 <p>Hoia seda soojemas, kakskümmend viis kraadi on paras.</p></div>
 <div class="text-muted small"><a class="btn" href="/reply?p=2">Vasta</a></div></div>
</div></body></html>"""


def test_a_bar_classed_by_a_text_utility_is_no_posts_body() -> None:
    result = parse_page(_UTILITY_BARS.encode(), url="http://teed.example/t/4", captured_at=NOW,
                        use_profiles=False)
    assert [r.body for r in result.records if r.kind == "post"] == [
        "Minu kombucha on juba kaks nädalat liiga magus.",
        "Hoia seda soojemas, kakskümmend viis kraadi on paras."]


# Runs of table rows: the poster's cell spans the words' row; the panel's line of a count and a
# home page's address lies as deep as the short words' division (Czech).
_SHORT_WORDS_ROWS = """<html><head><title>Roubování</title></head><body><h1>Roubování jabloní</h1>
<table>ROWS</table></body></html>"""
_ROW = ('<tr><td rowspan="2"><b><a href="/users.php?id={i}">{n}</a></b><p>{c} příspěvků<br>'
        '<a href="http://{n}-zahrada.example/">{n}-zahrada.example</a></p></td>'
        '<td>#{i} 2026-11-1{i} 18:40</td></tr><tr><td><div>{t}</div></td></tr>')


def test_of_parts_as_deep_the_wordier_is_the_posts_words_not_a_panels_line() -> None:
    rows = "".join(_ROW.format(i=i, n=n, c=c, t=t) for i, n, c, t in (
        (1, "jana", 318, "Kdy se řežou rouby na jarní roubování jabloní?"),
        (2, "petr", 1290, "V zimě, když stromy odpočívají, a skladovat ve vlhkém písku."),
        (3, "jana", 318, "Díky moc, zítra je všechny nařežu a uložím.")))
    result = parse_page(_SHORT_WORDS_ROWS.replace("ROWS", rows).encode(), url="http://sad.example/t/7",
                        captured_at=NOW, use_profiles=False)
    posts = [r for r in result.records if r.kind == "post"]
    assert [p.body for p in posts][2] == "Díky moc, zítra je všechny nařežu a uložím."


def test_a_rule_under_the_posts_date_line_opens_its_words_in_japanese_and_german_tables() -> None:
    from pathlib import Path
    from typing import Any

    from parsers.dom import load
    from parsers.post_parts import wordiest_part

    page = Path(__file__).parent / "data" / "thread_frames" / "mokei_kobo_ja_sjis.html"
    japanese = parse_page(page.read_bytes(), url="http://example.onion/t/5", captured_at=NOW,
                          use_profiles=False)
    assert [r.body for r in japanese.records if r.kind == "post"][2] == \
        "さっそく組んでみたら、ちゃんと交互に光りました。ありがとうございます。"
    german = load(b"<table><tr><td colspan=2>Nr. 4 Kettenfett im Winter</td></tr><tr>"
                  b"<td><b>radl_sepp</b></td><td><font>Verfasst: 18.11.2026 09:12</font><hr>"
                  b"<div>Im Winter nehme ich Nassschmierung, das Trockenwachs wird bei Schneematsch sofort "
                  b"weggewaschen.</div><hr><i>Sepp aus Bozen</i></td></tr></table>")
    table = german.root.find(".//table")
    sigs: set[Any] = set()
    part = wordiest_part(table, set(), sigs, (table.find(".//b"),))
    assert part is not None and part.tag == "div"
    assert {el.tag for el in sigs} == {"hr", "i"}  # the rule over the motto still sets it off
