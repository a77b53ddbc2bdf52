"""parsers.post_notes: an edit note shown atop a post's words (a classed line naming the member
who changed it and when, "Zuletzt geändert: ann · gestern 20:10") is no part of them, as a note
under them is not. Small threads written here, one box per post, in German and Vietnamese."""

from __future__ import annotations

from parsers import parse_page

NOW = "2026-11-20T12:00:00Z"


def _page(note_label: str, posts: list[tuple[str, str, str, str | None]]) -> bytes:
    boxes = "".join(
        f'<section class="z-box"><div class="z-side"><a class="z-nick" href="/leute/{name}">{name}</a>'
        f'<p class="z-rank">Mitglied</p></div><div class="z-main"><div class="z-zeit">{date}</div>'
        + (f'<div class="z-aend">{note_label}: {editor} · {date[:10]} 21:10</div>' if editor else "")
        + f'<div class="z-wort">{words}</div><div class="z-fuss">~ {name} ~</div></div></section>'
        for name, date, words, editor in posts)
    return f"<html><body><h1>Thema</h1>{boxes}</body></html>".encode()


def _bodies(page: bytes) -> list[str | None]:
    result = parse_page(page, url="http://x.onion/faden/3", captured_at=NOW, use_profiles=False)
    return [p.body for p in result.records if type(p).__name__ == "Post"]


def test_a_german_note_atop_the_words_leaves_the_body() -> None:
    page = _page("Zuletzt geändert", [
        ("moos_martin", "17.11.2026 18:40", "Wie oft muss ich den Bonsai im Winter gießen?", None),
        ("wurzel_wiebke", "18.11.2026 09:15", "Nur wenn die Erde oben trocken ist, etwa alle zehn Tage.",
         "wurzel_wiebke"),
        ("moos_martin", "19.11.2026 20:05", "Danke, das probiere ich so.", None)])
    assert _bodies(page) == ["Wie oft muss ich den Bonsai im Winter gießen?",
                             "Nur wenn die Erde oben trocken ist, etwa alle zehn Tage.",
                             "Danke, das probiere ich so."]


_ASK = "Cây bonsai của tôi bị vàng lá vào mùa đông, phải làm sao?"


def test_a_vietnamese_note_atop_the_words_leaves_the_body() -> None:
    page = _page("Sửa lần cuối", [
        ("cay_canh_hue", "17.11.2026 18:40", _ASK, None),
        ("vuon_nha_lan", "18.11.2026 09:15", "Bạn tưới ít lại, chỉ tưới khi đất khô hẳn.", "vuon_nha_lan"),
        ("cay_canh_hue", "19.11.2026 20:05", "Cảm ơn bạn, mình sẽ thử.", None)])
    assert _bodies(page) == [_ASK,
                             "Bạn tưới ít lại, chỉ tưới khi đất khô hẳn.",
                             "Cảm ơn bạn, mình sẽ thử."]
