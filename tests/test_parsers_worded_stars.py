"""parsers.review_rows and parsers.markets.extract_market: a review row's rating written as stars
and a word ("★★★★★ Excelente", "★★★★☆ ভালো"), a comment whose words carry vowel signs (no \\w to a
regex), and a page at a seller's feedback address whose review rows no table header names: the
page is the seller's feedback page (one vendor record, no word on a key), not its profile. Made-up
pages written here (none a generality round's page).
"""

from __future__ import annotations

from parsers import parse_page
from parsers.cldr_dates import page_language
from parsers.dom import load
from parsers.records import Vendor
from parsers.review_rows import page_reviews


def _page(lang: str, head: str, rows: str) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>x</title></head>'
            f"<body>{head}{rows}</body></html>")


_ES_ROWS = "".join(
    f'<tr><td>{d} nov 2026</td><td>{stars}</td><td>{who}</td><td>{text}</td>'
    f'<td><a href="/item/{n}">Yerba mate 1 kg</a></td></tr>'
    for n, (d, stars, who, text) in enumerate([
        ("18", "★★★★★ Excelente", "m***a", "Llegó rápido y bien cerrado, gracias."),
        ("16", "★★★★☆ Bueno", "j***o", "Buen sabor pero la bolsa vino golpeada."),
        ("12", "★★☆☆☆ Regular", "c***s", "Tardó casi tres semanas en llegar."),
    ])
)

_BN_ROWS = "".join(
    f'<div class="rv"><span class="d">{d} নভেম্বর 2026</span> <span class="s">{stars}</span>'
    f'<p class="t">{text}</p><span class="b">{who}</span></div>'
    for d, stars, who, text in [
        ("19", "★★★★★ চমৎকার", "r***n", "চা পাতা খুব তাজা এবং সুগন্ধি ছিল"),
        ("17", "★★★★☆ ভালো", "s***a", "প্যাকেট ভালো ছিল কিন্তু একটু দেরি হয়েছে"),
        ("14", "★★★★★ চমৎকার", "t***k", "আবার কিনব, দাম অনুযায়ী মান ভালো"),
    ]
)


def test_stars_followed_by_a_word_are_a_rows_rating() -> None:
    doc = load(_page("es", "<h1>Opiniones</h1>", f"<table>{_ES_ROWS}</table>").encode())
    assert [(f.rating, f.date, f.buyer) for f in page_reviews(doc, None)] == [
        ("5/5", "2026-11-18", "m***a"), ("4/5", "2026-11-16", "j***o"), ("2/5", "2026-11-12", "c***s"),
    ]


def test_a_comment_in_a_script_with_vowel_signs_is_a_comment() -> None:
    doc = load(_page("bn", "<h1>মতামত</h1>", f'<div class="list">{_BN_ROWS}</div>').encode())
    with page_language("bn"):  # the month's Bengali name is read in the page's language
        assert [f.text for f in page_reviews(doc, None)][:1] == ["চা পাতা খুব তাজা এবং সুগন্ধি ছিল"]


def _records(html: str, url: str) -> tuple[str, list[Vendor]]:
    result = parse_page(html.encode("utf-8"), url=url, use_profiles=False)
    return result.page.page_type, [r for r in result.records if isinstance(r, Vendor)]


def test_a_spanish_sellers_feedback_address_of_review_rows_is_a_feedback_page() -> None:
    head = ('<h1><a href="/vendedor/Yerbal_Sur">Yerbal_Sur</a></h1>'
            '<div class="st"><div>Miembro desde</div><div>03/02/2021</div></div>')
    html = _page("es", head, f'<table class="op">{_ES_ROWS}</table>')
    page_type, vendors = _records(html, "http://mercado.example/vendor/Yerbal_Sur/feedback")
    assert page_type == "feedback"
    assert [(v.name, v.has_pgp_key, len(v.feedback)) for v in vendors] == [("Yerbal_Sur", None, 3)]


def test_a_bengali_sellers_reviews_address_is_a_feedback_page() -> None:
    head = '<h1><a href="/seller/Cha_Bagan">Cha_Bagan</a> এর মতামত</h1>'
    html = _page("bn", head, f'<div class="list">{_BN_ROWS}</div>')
    page_type, vendors = _records(html, "http://haat.example/seller/Cha_Bagan/reviews")
    assert page_type == "feedback"
    assert [(v.name, v.has_pgp_key) for v in vendors] == [("Cha_Bagan", None)]
