"""parsers.quotes: a quote's header that names the quoted post after its poster ("Quote From :
ann Post:2204 <date>", "Cita de: ann msg #55") credits the poster alone."""

from __future__ import annotations

from parsers.dom import load
from parsers.quotes import quote_author


def _quote(html: str, tag: str, cls: str) -> str | None:
    doc = load(html.encode("utf-8"))
    block = next(el for el in doc.root.iter(tag) if el.get("class") == cls)
    return quote_author(block)


def test_a_spanish_header_with_the_quoted_posts_number_and_date_names_its_poster() -> None:
    html = ('<div class="cita"><div class="cab">Cita de: lobo_estepario Post:55 17/11/2026 10:02</div>'
            '<div class="txt">¿Alguien probó la ruta del norte?</div></div><p>Sí, el sábado.</p>')
    assert _quote(html, "div", "cita") == "lobo_estepario"


def test_a_polish_table_quote_with_a_message_number_names_its_poster() -> None:
    html = ('<table class="cyt"><tr><td>Cytat od: Stary Rybak msg #3120, 18.11.2026</td></tr>'
            '<tr><td>Szczupak bierze na żywca.</td></tr></table><p>Dzięki!</p>')
    assert _quote(html, "table", "cyt") == "Stary Rybak"


def test_a_header_with_a_date_after_on_still_names_its_poster() -> None:
    html = '<blockquote class="q"><cite>Quote from: ann on 17.11.2026</cite>Tea is best green.</blockquote>'
    assert _quote(html, "blockquote", "q") == "ann"
