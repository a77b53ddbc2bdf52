"""parsers.post_read: a post's date shown under a label that elsewhere names a poster's count of
posts ("投稿：２０２６年…", "Beiträge: 17.11.2026") is no count; an invented Japanese board in
Shift_JIS (tests/data/thread_frames) and a small German page of this module's own."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"


def _authors(body: bytes) -> dict[str, int | None]:
    result = parse_page(body, url="http://example.onion/t/5", captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "thread"
    return {r.name: r.post_count for r in result.records if r.kind == "author"}


def test_a_japanese_date_labelled_as_a_post_is_no_posters_count() -> None:
    counts = _authors((Path(__file__).parent / "data" / "thread_frames" / "mokei_kobo_ja_sjis.html")
                      .read_bytes())
    assert counts == {"tetsu_kobo": 1502, "hanshin_5001": 314}


_GERMAN = """<html lang="de"><body><h1>Kettenfett im Winter</h1>
<div class="b" id="b1"><div class="k"><a href="/mitglied/sepp">radl_sepp</a>
<span class="z">Beiträge: 17.11.2026 09:12</span></div>
<div class="t">Welches Kettenfett nehmt ihr bei Schneematsch?</div></div>
<div class="b" id="b2"><div class="k"><a href="/mitglied/vroni">vroni_b</a>
<span class="z">Beiträge: 18.11.2026 20:40</span></div>
<div class="t">Nassschmierung, alles andere wäscht es sofort weg.</div></div>
</body></html>"""


def test_a_german_date_under_a_count_label_is_the_posts_date_and_no_count() -> None:
    result = parse_page(_GERMAN.encode(), url="http://example.onion/t/5", captured_at=NOW, use_profiles=False)
    assert [r.posted_at for r in result.records if r.kind == "post"] == [
        "2026-11-17T09:12:00", "2026-11-18T20:40:00"]
    assert all(r.post_count is None for r in result.records if r.kind == "author")
