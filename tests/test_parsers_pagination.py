"""parsers.pagination: a page's next page known by its address (this address with its page
number one higher), whatever words its link shows; small made-up pages of this module's own."""

from __future__ import annotations

from parsers.dom import load
from parsers.pagination import next_page


def _next(html: str, url: str) -> str | None:
    return next_page(load(html.encode(), url=url))


# A pager in words no list knows (Welsh "Tudalen ddilynol"), beside a link to the next topic.
_WORDS_UNKNOWN = """<html><body><div class="pager">
<a href="thread.php?id=12&amp;tudalen=2">Tudalen ddilynol</a>
<a href="thread.php?id=13">Pwnc nesaf</a></div></body></html>"""

# Page 2 of a list: its address says so by a path step; the link to page 3 is the next.
_PATH_STEPS = """<html><body><nav><a href="/cath/te/page/1/">Yn ôl</a>
<a href="/cath/te/page/3/">Ymlaen</a><a href="/cath/coffi/page/3/">Coffi</a></nav></body></html>"""


def test_a_link_to_this_address_with_its_page_number_one_higher_is_the_next_page() -> None:
    assert _next(_WORDS_UNKNOWN.replace("tudalen=", "pagina="), "http://f.example/thread.php?id=12") \
        == "http://f.example/thread.php?id=12&pagina=2"


def test_a_page_number_in_a_path_step_is_read_from_the_current_address() -> None:
    assert _next(_PATH_STEPS, "http://f.example/cath/te/page/2/") == "http://f.example/cath/te/page/3/"


def test_a_link_to_another_thread_or_a_parameter_not_named_for_pages_is_no_next_page() -> None:
    # "tudalen" is no page parameter's name this module knows, and id=13 is another thread.
    assert _next(_WORDS_UNKNOWN, "http://f.example/thread.php?id=12") is None
    assert _next('<a href="list.php?start=25">x</a>', "http://f.example/list.php") is None
