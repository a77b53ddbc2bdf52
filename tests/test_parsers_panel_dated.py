"""parsers.post_mend: posts first dated by their posters' panels (a join day under a label no
reader knows) and re-dated by the later line outside the panel: that line leaves the post's
words. Small pages written here (one table per post), in Albanian and Latvian."""

from __future__ import annotations

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"


def _page(joined: str, sent: str, posts: list[tuple[str, str, str, str]]) -> bytes:
    tables = "".join(
        f'<table class="t{i}"><tr><td class="l"><a href="/u/{name}">{name}</a><p>{joined}: {day}</p></td>'
        f'<td class="r"><div class="w">{sent}: {date} <span>{i + 1}#</span></div>'
        f'<div class="c">{words}</div></td>'
        f'</tr></table>' for i, (name, day, date, words) in enumerate(posts))
    return f"<html><body><h2>Bletët në dimër</h2>{tables}</body></html>".encode()


def _bodies(page: bytes) -> list[tuple[str | None, str | None]]:
    result = parse_page(page, url="http://x.onion/t/5", captured_at=NOW, use_profiles=False)
    return [(r.posted_at, r.body) for r in result.records if type(r).__name__ == "Post"]


def test_albanian_posts_dated_past_their_panels_lose_their_date_lines() -> None:
    page = _page("Anëtarësuar", "Postuar", [
        ("blete_e_mire", "3.4.2022", "2026-11-18 09:30", "Sa korniza duhen lënë për dimër në koshere?"),
        ("mjalti_vjeter", "5.2.2013", "2026-11-19 20:05", "Aq sa i mbulojnë bletët, jo më shumë se kaq."),
        ("blete_e_mire", "3.4.2022", "2026-11-20 08:15", "Faleminderit, do t'i ngushtoj sot.")])
    assert _bodies(page) == [
        ("2026-11-18T09:30:00", "Sa korniza duhen lënë për dimër në koshere?"),
        ("2026-11-19T20:05:00", "Aq sa i mbulojnë bletët, jo më shumë se kaq."),
        ("2026-11-20T08:15:00", "Faleminderit, do t'i ngushtoj sot.")]


def test_latvian_posts_dated_past_their_panels_lose_their_date_lines() -> None:
    page = _page("Pievienojies", "Nosūtīts", [
        ("biskopis_janis", "3.4.2022", "2026-11-18 09:30", "Cik rāmjus atstāt stropā ziemai?"),
        ("vecais_dravnieks", "5.2.2013", "2026-11-19 20:05", "Tik, cik bites aizņem, ne vairāk."),
        ("biskopis_janis", "3.4.2022", "2026-11-20 08:15", "Paldies, šodien sašaurināšu ligzdu.")])
    assert _bodies(page) == [
        ("2026-11-18T09:30:00", "Cik rāmjus atstāt stropā ziemai?"),
        ("2026-11-19T20:05:00", "Tik, cik bites aizņem, ne vairāk."),
        ("2026-11-20T08:15:00", "Paldies, šodien sašaurināšu ligzdu.")]
