"""parsers.classify and parse_page's page types: walls in several languages, errors, directories,
encodings and size limits."""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.dom import load
from parsers.encoding import detect_encoding


def _page(title: str, body: str, *, links: int = 0) -> bytes:
    nav = "".join(f'<a href="/c/{i}">Category {i}</a>' for i in range(links))
    return (f"<html><head><title>{title}</title></head><body><nav>{nav}</nav>{body}</body></html>").encode()


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Login",
            '<form><input name="u"><input type="password" name="p"><button>Sign in</button></form>',
            "login",
        ),
        ("Вход", '<h1>Войти</h1><form><input name="u"><input type="password"></form>', "login"),
        ("Anmelden", '<h2>Bitte anmelden</h2><form><input type="password"></form>', "login"),
        ("Connexion", '<h1>Connexion</h1><form><input type="password"></form>', "login"),
        ("Security check", '<img src="/captcha.png"><form><input name="captcha_code"></form>', "captcha"),
        ("Vérification", "<p>Entrez le code affiché ci-dessous</p><img src='/img/c.png'>", "captcha"),
        ("Seguridad", "<h1>Introduzca el código de seguridad</h1><img src='/x.png'>", "captcha"),
        ("DDoS protection", "<p>Checking your browser before accessing the market.</p>", "ddos_protection"),
        ("Очередь", "<h1>Вы в очереди</h1><p>Подождите, страница обновится.</p>", "ddos_protection"),
        ("Warteschlange", "<h1>Sie sind in der Warteschlange</h1>", "ddos_protection"),
        ("En cola", "<h1>Estás en la cola de espera</h1>", "ddos_protection"),
    ],
)
def test_walls_are_recognised_in_several_languages(title: str, body: str, expected: str) -> None:
    assert parse_page(_page(title, body)).page.page_type == expected


def test_meta_refresh_queue_page_is_ddos_protection() -> None:
    body = b'<html><head><meta http-equiv="refresh" content="5"></head><body>...</body></html>'
    assert parse_page(body).page.page_type == "ddos_protection"


def test_content_page_linking_to_captcha_and_queue_is_not_a_wall() -> None:
    body = (
        "<h1>Green tea, 100 g</h1><dl><dt>Price</dt><dd>$12.00</dd><dt>Vendor</dt><dd>leafy</dd></dl>"
        '<footer><a href="/captcha">/captcha</a> | <a href="/queue">queue</a> | '
        '<a href="/login">login</a></footer>'
    )
    result = parse_page(_page("Green tea, 100 g | Shop", body), url="http://shop.onion/listing/1")
    assert result.page.page_type == "listing"
    assert result.records[0].price == 12.0


def test_a_wall_message_is_read_from_text_outside_links_only() -> None:
    wall = "<p>Checking your browser before accessing the market.</p>"
    linked = '<p><a href="/help"><b>Checking your browser</b> before accessing the market.</a></p>'
    assert parse_page(_page("Welcome", wall)).page.page_type == "ddos_protection"
    assert parse_page(_page("Welcome", linked)).page.page_type != "ddos_protection"
    # The text after a link (its tail) is the page's own text again.
    tail = '<p><a href="/help">help</a> Checking your browser before accessing the market.</p>'
    assert parse_page(_page("Welcome", tail)).page.page_type == "ddos_protection"


@pytest.mark.parametrize(
    "body",
    [
        "<h1>404 Not Found</h1><p>nginx</p>",
        "<h1>Страница не найдена</h1>",
        "<h1>Seite nicht gefunden</h1>",
        "<h1>Página no encontrada</h1>",
    ],
)
def test_error_pages_are_errors(body: str) -> None:
    assert parse_page(_page("Error", body)).page.page_type == "error"


def test_directory_of_onion_links_is_a_directory() -> None:
    names = [f"{chr(97 + i) * 56}.onion" for i in range(10)]
    body = "".join(f'<p><a href="http://{n}/">{n}</a></p>' for n in names)
    assert parse_page(_page("Links", body)).page.page_type == "directory"


def test_cp1251_page_without_declaration_is_decoded() -> None:
    html = "<html><body><h1>Привет, это тестовая страница на русском языке</h1></body></html>"
    body = html.encode("cp1251")
    assert detect_encoding(body) == "cp1251"
    assert "Привет" in (parse_page(body).page.text or "")


def test_latin1_declared_page_and_lying_declaration() -> None:
    latin = "<html><head><meta charset='iso-8859-1'></head><body><p>Café crème, prix 3,50 €</p></body></html>"
    assert "Café" in (parse_page(latin.encode("cp1252")).page.text or "")
    # Declared latin-1 but really UTF-8: the bytes win.
    assert "Café" in (parse_page(latin.encode("utf-8")).page.text or "")


def test_utf16_with_bom_is_decoded() -> None:
    body = "\ufeff<html><body><p>Grüße</p></body></html>".encode("utf-16")
    assert "Grüße" in (parse_page(body).page.text or "")


def test_huge_page_is_truncated_and_recorded() -> None:
    body = b"<html><body>" + b"<p>filler text</p>" * 200_000 + b"</body></html>"
    result = parse_page(body, max_bytes=1_000_000)
    assert result.page.error and "truncated" in result.page.error
    assert result.page.size == len(body)


def test_empty_and_binary_bodies_give_other_with_an_error() -> None:
    assert parse_page(b"").page.error == "empty body"
    result = parse_page(bytes(range(256)) * 4)
    assert result.page.page_type in ("other", "error")


def test_lang_comes_from_markup_or_text() -> None:
    assert parse_page(b'<html lang="de-AT"><body>x</body></html>').page.lang == "de"
    ru = (
        "<html><body>"
        + "Это страница на русском языке, и текста здесь достаточно много. " * 5
        + "</body></html>"
    ).encode()
    assert parse_page(ru).page.lang == "ru"


def test_links_are_absolute_and_next_page_is_found() -> None:
    body = b'<html><body><a href="/a">a</a><a href="?page=2" rel="next">Next</a></body></html>'
    page = parse_page(body, url="http://x.onion/list?page=1").page
    assert "http://x.onion/a" in page.links
    assert page.next_page == "http://x.onion/list?page=2"


def test_load_handles_xml_declaration_and_broken_markup() -> None:
    doc = load(b'<?xml version="1.0" encoding="utf-8"?><html><body><div><p>open<td>cell</body>')
    assert "cell" in doc.text


def test_spent_time_budget_stops_extraction_with_a_note() -> None:
    rows = "".join(f"<tr><td><a href='/item/{i}'>Item {i}</a></td><td>{i}.50 EUR</td></tr>"
                   for i in range(500))
    body = f"<html><body><table>{rows}</table></body></html>".encode()
    result = parse_page(body, time_budget=0.0)
    assert result.page.error and "time budget exceeded" in result.page.error
    assert parse_page(body).page.error is None  # the default budget is enough for this page


def test_truncation_and_time_budget_are_both_recorded() -> None:
    body = b"<html><body>" + b"<p>12 EUR filler</p>" * 100_000 + b"</body></html>"
    error = parse_page(body, max_bytes=500_000, time_budget=0.0).page.error or ""
    assert "truncated" in error and "time budget exceeded" in error


@pytest.mark.parametrize(
    "body", [b"%PDF-1.7\n%\xe2\xe3", b"\x89PNG\r\n\x1a\n\x00\x00", b"PK\x03\x04\x14\x00", b"GIF89a\x01"]
)
def test_binary_files_are_other_pages_without_parsing(body: bytes) -> None:
    page = parse_page(body + bytes(range(256)), content_type="application/octet-stream").page
    assert (page.page_type, page.text, page.error) == ("other", None, None)


def test_parse_page_in_several_threads_gives_the_same_results() -> None:
    import threading

    pages = [_page("Login", '<form><input type="password"></form>'),
             _page("Tea", "<h1>Tea</h1><p>Price: 5,00 EUR</p><p>Vendor: leafy</p><button>Buy</button>"),
             "<html><body><h1>Страница не найдена</h1></body></html>".encode("cp1251")]
    serial = [(parse_page(p).page.page_type, len(parse_page(p).records)) for p in pages]
    results: list[list[tuple[str, int]]] = []

    def work() -> None:
        results.append([(r.page.page_type, len(r.records)) for r in (parse_page(p) for p in pages * 20)])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == serial * 20 for r in results) and len(results) == 4


def test_tagged_elements_come_in_document_order_from_one_index() -> None:
    doc = load(b"<html><body><h2>b</h2><a href='/1'>1</a><h1>a</h1><img src='/i.png'><a>2</a></body></html>")
    assert [el.tag for el in doc.tagged("h1", "h2")] == ["h2", "h1"]
    assert [el.text for el in doc.tagged("a")] == ["1", "2"]
    assert doc.links == ["/1", "/i.png"]  # no URL: hrefs stay as written; <a> without href skipped
    with pytest.raises(ValueError, match="indexes only"):
        doc.tagged("div")


def test_relative_links_resolve_against_the_pages_base_href_as_a_browser_does() -> None:
    page = (b"<html><head><base href='http://board.onion/forum/'></head><body>"
            b"<a href='threads/t.88/page-2'>Next</a><a href='/help'>Help</a></body></html>")
    doc = load(page, url="http://board.onion/forum/threads/t.88/")
    assert doc.links == ["http://board.onion/forum/threads/t.88/page-2", "http://board.onion/help"]
    assert doc.url == "http://board.onion/forum/threads/t.88/"  # the page's own address is kept
    ignored = load(b"<html><head><base href='javascript:x()'></head><body><a href='a'>a</a></body></html>",
                   url="http://board.onion/f/")
    assert ignored.links == ["http://board.onion/f/a"]


@pytest.mark.parametrize(
    ("pager", "expected"),
    [
        ('Pages: [<strong>1</strong>] <a href="/t?p=2">2</a> <a href="/t?p=3">3</a>', "/t?p=2"),
        ('<ul><li><a href="/t?p=1">1</a></li><li class="active"><span>2</span></li>'
         '<li><a href="/t?p=3">3</a></li></ul>', "/t?p=3"),
        ('<span class="selected"><a href="javascript://">4</a></span> <a href="/t?p=5">5</a>', "/t?p=5"),
    ],
)
def test_numbered_pagination_beats_a_rel_next_that_names_another_topic(pager: str, expected: str) -> None:
    body = ('<html><head><link rel="next" href="/next-topic"></head><body><h1>Thread</h1>'
            f'<div class="pagelinks">{pager}</div><a href="/about">3 reasons</a></body></html>')
    assert parse_page(body.encode(), url="http://x.onion/t").page.next_page == "http://x.onion" + expected


def test_without_numbered_pages_rel_next_then_a_next_link_are_taken() -> None:
    rel = b'<html><head><link rel="next" href="/p2"></head><body><a href="/x">Next</a></body></html>'
    said = b'<html><body><a href="/a">1</a> <a href="/b">Weiter</a></body></html>'
    assert parse_page(rel, url="http://x.onion/").page.next_page == "http://x.onion/p2"
    assert parse_page(said, url="http://x.onion/").page.next_page == "http://x.onion/b"


def test_an_icon_link_in_a_next_item_is_the_next_page() -> None:
    body = (b'<html><body><ul class="pagination">'
            b'<li class="previous"><a href="/p0"><i class="fa"></i></a></li>'
            b'<li class="next"><a href="/p2"><i class="fa fa-chevron-right"></i></a></li></ul></body></html>')
    assert parse_page(body, url="http://x.onion/p1").page.next_page == "http://x.onion/p2"


def test_head_lines_are_the_text_lines_of_a_page_or_their_first_5000() -> None:
    from parsers.dom import HEAD_LINES

    small = load(b"<html><body><p>Price: 5 USD</p><p>Vendor: ann</p></body></html>")
    assert small.head_lines is small.text_lines
    rows = "".join(f"<tr><td>{i}</td></tr>" for i in range(HEAD_LINES + 10))
    big = load(f"<html><body><table>{rows}</table></body></html>".encode())
    assert big.head_lines == big.text_lines[:HEAD_LINES] and big.head_lines is big.head_lines
