"""parsers.counted_pager (through parsers.pagination.next_page): a pager in words no list knows,
its page parameter named in the site's language, is known by its shape: a link to this very
address one page on, beside the pager's count of pages ("Síða 1 av 7", "Pajenn 3 diwar 5") or
the current number unlinked among numbered links. Invented Faroese, Breton and Basque
pagers; a link that only shares the address (a sort order) is no next page."""

from __future__ import annotations

from parsers.counted_pager import counted_next
from parsers.dom import load
from parsers.pagination import next_page


def test_a_faroese_pager_with_a_count_of_pages_and_an_arrow_gives_the_next_page() -> None:
    page = """<html lang="fo"><body><h1>Umsagnir</h1><p>Góð vøra, skjót sending.</p>
    <div class="sp-sidur">Síða 1 av 7 ·
    <a class="sp-fram" href="/seljari/Oli_Kjak/umsagnir?sida=2">Fram ›</a></div>
    </body></html>"""
    doc = load(page.encode(), url="http://fjordhandil.onion/seljari/Oli_Kjak/umsagnir")
    assert next_page(doc) == "http://fjordhandil.onion/seljari/Oli_Kjak/umsagnir?sida=2"


def test_a_breton_pager_on_its_third_page_links_the_fourth() -> None:
    page = """<html lang="br"><body><ul><li><a href="/kaoz/51">Krampouezh gwinizh-du</a></li></ul>
    <p class="bt-pajennou"><a href="/taol/kegin?pajenn=2">‹ A-raok</a> Pajenn 3 diwar 5
    <a href="/taol/kegin?pajenn=4">Goude ›</a></p></body></html>"""
    doc = load(page.encode(), url="http://bretoned.onion/taol/kegin?pajenn=3")
    assert next_page(doc) == "http://bretoned.onion/taol/kegin?pajenn=4"


def test_numbered_links_beside_the_current_number_unlinked_give_the_next_page() -> None:
    page = """<html lang="eu"><body><table><tr><td><a href="/gaia/7">Txakolina</a></td></tr></table>
    <div class="eu-orriak">1 <a href="/mahaia/sukaldea/2">2</a> <a href="/mahaia/sukaldea/3">3</a>
    <a href="/mahaia/sukaldea/2">Hurrengoa</a></div></body></html>"""
    doc = load(page.encode(), url="http://mahaia.onion/mahaia/sukaldea")
    assert next_page(doc) == "http://mahaia.onion/mahaia/sukaldea/2"


def test_a_sort_link_with_no_count_of_pages_beside_it_is_no_next_page() -> None:
    page = """<html lang="fo"><body><div>Rað eftir: <a href="/vorur?rad=2">prísi</a>
    <a href="/vorur?rad=3">navni</a></div><p>Síða 1 av 1</p></body></html>"""
    doc = load(page.encode(), url="http://fjordhandil.onion/vorur")
    assert next_page(doc) is None


def test_a_link_to_another_address_beside_a_count_is_no_next_page() -> None:
    page = """<html><body><div>Síða 1 av 7 · <a href="/onnur/sida?sida=2">Fram ›</a></div></body></html>"""
    doc = load(page.encode(), url="http://fjordhandil.onion/seljari/Oli_Kjak/umsagnir")
    # Another address beside the count: the shape alone takes no such link.
    assert counted_next(doc) is None
