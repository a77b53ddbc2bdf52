"""parsers.date_order: an all-numeric date whose day and month are both 12 or under ("06/02/2022")
is read month first on a page whose own dates prove the month comes first ("11/13/2026") or whose
root declares a region that writes the month first in the CLDR ("en-US", "es-PR"); day first
otherwise, and always for dotted dates. Invented US English (division posts) and Puerto Rican
Spanish (table posts) threads."""

from __future__ import annotations

from parsers import parse_page
from parsers.date_order import month_first, page_date_order
from parsers.dates import parse_date

NOW = "2026-11-20T12:00:00Z"


def _div_thread(lang: str | None, posts: list[tuple[str, str, str]]) -> bytes:
    """An English thread of division posts: (name, joined, posted)."""
    tag = f' lang="{lang}"' if lang else ""
    blocks = "".join(
        f'<div class="reply"><div class="who"><a href="/u/{name}">{name}</a>'
        f'<ul class="facts"><li>Posts: {7 + i}</li><li>Joined: {joined}</li></ul></div>'
        f'<div class="say"><span class="at">{posted}</span>'
        f"<p>Post number {i} about seasoning a skillet with thin coats of oil.</p></div></div>"
        for i, (name, joined, posted) in enumerate(posts)
    )
    return (f"<html{tag}><head><title>Skillet care - Porch Talk</title></head><body><h1>Skillet care</h1>"
            f"{blocks}</body></html>").encode()


def _table_thread(lang: str, posts: list[tuple[str, str, str]]) -> bytes:
    """A Spanish thread of table posts, the poster's panel cell beside the words."""
    rows = "".join(
        f'<table class="msj"><tr><td class="autor"><a href="/members/{name}.{40 + i}/">{name}</a><br>'
        f"Mensajes: {20 + i}<br>Registrado: {joined}</td>"
        f'<td class="cuerpo"><div class="fecha">{posted}</div>'
        f"<div>Mensaje {i}: la yerba se guarda en un frasco cerrado y lejos del sol.</div></td></tr></table>"
        for i, (name, joined, posted) in enumerate(posts)
    )
    return (f'<html lang="{lang}"><head><title>Yerba - Foro Boricua</title></head><body><h2>Yerba</h2>'
            f"{rows}</body></html>").encode()


def _joined(body: bytes, url: str) -> dict[str, str | None]:
    result = parse_page(body, url=url, captured_at=NOW, use_profiles=False)
    assert result.page.page_type == "thread"
    return {r.name: r.joined for r in result.records if r.kind == "author"}


def test_a_us_english_thread_reads_its_ambiguous_join_days_month_first() -> None:
    body = _div_thread("en-US", [("ann_b", "06/02/2022", "03/04/2026 09:15 AM"),
                                 ("cal_d", "04/05/2023", "03/05/2026 10:40 PM")])
    assert _joined(body, "http://porch.onion/thread/12") == {"ann_b": "2022-06-02", "cal_d": "2023-04-05"}


def test_a_puerto_rican_spanish_thread_reads_month_first_by_its_region() -> None:
    body = _table_thread("es-PR", [("boricua_ana", "06/02/2022", "03/04/2026 09:15"),
                                   ("coqui_luis", "04/05/2023", "03/05/2026 10:40")])
    assert _joined(body, "http://boricua.onion/threads/yerba.8/") == {
        "boricua_ana": "2022-06-02", "coqui_luis": "2023-04-05"}


def test_a_date_over_twelve_in_second_place_proves_month_first_without_a_tag() -> None:
    body = _div_thread(None, [("ann_b", "06/02/2022", "11/13/2026 07:15 PM"),
                              ("cal_d", "04/05/2023", "11/14/2026 12:05 AM")])
    assert _joined(body, "http://porch.onion/thread/12") == {"ann_b": "2022-06-02", "cal_d": "2023-04-05"}


def test_a_british_page_and_a_bare_english_tag_stay_day_first() -> None:
    for lang in ("en-GB", "en", None):
        body = _div_thread(lang, [("ann_b", "06/02/2022", "03/04/2026 09:15"),
                                  ("cal_d", "04/05/2023", "03/05/2026 10:40")])
        assert _joined(body, "http://porch.onion/thread/12") == {"ann_b": "2022-02-06", "cal_d": "2023-05-04"}


def test_a_day_over_twelve_in_first_place_proves_day_first_whatever_the_tag() -> None:
    body = _div_thread("en-US", [("ann_b", "06/02/2022", "25/10/2026 09:15"),
                                 ("cal_d", "04/05/2023", "26/10/2026 10:40")])
    assert _joined(body, "http://porch.onion/thread/12") == {"ann_b": "2022-02-06", "cal_d": "2023-05-04"}


def test_dotted_dates_stay_day_first_on_a_month_first_page() -> None:
    with page_date_order("Joined 11/13/2026", "en-US"):
        assert month_first()
        assert parse_date("06.02.2022") == "2022-02-06"
        assert parse_date("06/02/2022") == "2022-06-02"
        assert parse_date("06-02-2022") == "2022-06-02"


def test_an_engines_own_order_and_dates_outside_a_page_are_untouched() -> None:
    assert parse_date("06/02/2022") == "2022-02-06"
    with page_date_order("posted 11/13/2026", None):
        assert parse_date("06/02/2022", order="dmy") == "2022-02-06"
    with page_date_order("a fraction 3/4 and a version 2.1.13", "de-DE"):
        assert not month_first()
