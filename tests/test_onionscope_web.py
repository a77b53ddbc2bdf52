"""onionscope.web: the WSGI app called directly over a real SQLite index and a real audit log."""

from __future__ import annotations

import csv
import doctest
import importlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from ethics.audit import read_entries, verify
from index import open_index
from index.base import Query
from index.docs import natural_key
from onionscope.consultation import describe_search
from onionscope.web import WebApp, make_app
from onionscope.web.export import HIT_COLUMNS
from parsers.records import Listing
from tests.test_index_backends import M1, corpus, later_captures
from tests.test_index_spool import closed_port

HOSTILE_TITLE = '<script>alert("pwned")</script> tea strainer'
HOSTILE_VENDOR = "<img src=x onerror=alert(1)>"
FORMULA_TITLE = '=HYPERLINK("http://evil.example/","open me") sampler'
SECURITY = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


def hostile() -> list[Any]:
    """Listings whose text tries to inject markup into the page, or formulas into a spreadsheet."""
    return [
        Listing(
            site=M1,
            title=HOSTILE_TITLE,
            vendor=HOSTILE_VENDOR,
            price=5.0,
            currency="USD",
            price_usd=5.0,
            category_norm="tea",
            description='Steel </em><b>strainer</b> & "friends" <em>x',
            captured_at="2026-01-09T10:00:00Z",
            scope_id="op-tea",
            lang="en",
            url=f"http://{M1}/listing/hostile",
        ),
        Listing(
            site=M1,
            title=FORMULA_TITLE,
            vendor="@SUM(1+1)",
            price=1.0,
            currency="USD",
            price_usd=1.0,
            category_norm="herbs",
            captured_at="2026-01-09T11:00:00Z",
            scope_id="op-tea",
            lang="en",
            url=f"http://{M1}/listing/formula",
        ),
    ]


@pytest.fixture(scope="module")
def index_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web-index") / "index.sqlite"
    idx = open_index(path)
    try:
        idx.add(corpus() + later_captures() + hostile())
        idx.flush()
    finally:
        idx.close()
    return path


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    cookies: list[str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self) -> Any:
        assert self.headers["Content-Type"].startswith("application/json")
        return json.loads(self.body)


class Client:
    """Calls the WSGI app as a server would, keeping the cookies it sets (like a browser)."""

    def __init__(self, app: WebApp, audit_log: Path) -> None:
        self.app, self.audit_log = app, audit_log
        self.cookies: dict[str, str] = {}

    def get(self, path: str, params: Any = (), headers: dict[str, str] | None = None) -> Answer:
        return self.call("GET", path, urlencode(params), headers)

    def post(self, path: str, form: Any, headers: dict[str, str] | None = None) -> Answer:
        return self.call("POST", path, "", headers, urlencode(form).encode())

    def call(
        self,
        method: str,
        path: str,
        query: str = "",
        headers: dict[str, str] | None = None,
        body: bytes = b"",
    ) -> Answer:
        environ: dict[str, Any] = {
            "REQUEST_METHOD": method,
            "PATH_INFO": path.encode("utf-8").decode("latin-1"),
            "QUERY_STRING": query,
            "REMOTE_ADDR": "127.0.0.1",
            "HTTP_HOST": "127.0.0.1:8001",
            "wsgi.input": io.BytesIO(body),
            "CONTENT_LENGTH": str(len(body)),
            "CONTENT_TYPE": "application/x-www-form-urlencoded" if body else "",
        }
        if self.cookies:
            environ["HTTP_COOKIE"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        for name, value in (headers or {}).items():
            environ["HTTP_" + name.upper().replace("-", "_")] = value
        seen: dict[str, Any] = {}

        def start_response(status: str, hdrs: list[tuple[str, str]]) -> None:
            seen["status"], seen["headers"] = status, hdrs

        data = b"".join(self.app(environ, start_response))
        hdrs = seen["headers"]
        cookies = [v for k, v in hdrs if k == "Set-Cookie"]
        for c in cookies:
            name, _, rest = c.partition("=")
            value = rest.split(";")[0]
            if "Max-Age=0" in c:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return Answer(int(seen["status"].split()[0]), dict(hdrs), cookies, data)

    def entries(self) -> list[dict[str, Any]]:
        return list(read_entries(self.audit_log)) if self.audit_log.exists() else []


@pytest.fixture
def client(index_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Client]:
    monkeypatch.setenv("ONIONSCOPE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    log = tmp_path / "audit" / "audit.jsonl"
    app = make_app(str(index_path), audit_log=log, user="analyst.ana")
    yield Client(app, log)
    app.close()


@pytest.fixture
def library(index_path: Path) -> Iterator[Any]:
    idx = open_index(index_path)
    yield idx
    idx.close()


def test_a_consultation_without_a_justification_gets_a_form_or_a_400_and_logs_nothing(client: Client) -> None:
    page = client.get("/search", {"q": "tea"})
    assert page.status == 400 and page.headers["Content-Type"].startswith("text/html")
    assert 'action="/why"' in page.text and 'name="why"' in page.text
    assert 'name="next" value="/search?q=tea"' in page.text and "analyst.ana" in page.text
    for path in ("/search.json", "/vendor/leafy.json", "/ecosystem/top-vendors.json", "/audit.json"):
        res = client.get(path, {"q": "tea"} if path == "/search.json" else {})
        assert res.status == 400, path
        assert res.json() == {
            "error": "a justification is needed: add why=<case reference or reason> "
            "(it is written to the audit log with your name)",
            "status": 400,
        }
    assert client.entries() == []


def test_a_search_answers_as_the_library_does_and_writes_one_audit_entry(
    client: Client, library: Any
) -> None:
    res = client.get(
        "/search.json", {"q": "green tea", "type": "listing", "facet": "site", "why": "case 12: tea"}
    )
    assert res.status == 200
    q = Query(text="green tea", types=["listing"], facets=["site"]).normalized()
    expected = library.search(q).to_json()
    data = res.json()
    assert {k: data[k] for k in expected} == expected
    assert data["total"] == 3 and data["facets"]["site"] == [["m2bazaar.onion", 2], ["m1mart.onion", 1]]
    [entry] = client.entries()
    assert entry["op"] == "consultation" and entry["actor"] == "analyst.ana"
    assert entry["justification"] == "case 12: tea" and entry["outcome"] == "3 hits"
    assert entry["object"] == describe_search(q)  # logged exactly as `onionscope search` logs it
    assert entry["details"] == {"via": "web", "client": "127.0.0.1", "index": "sqlite", "returned": 3}
    assert data["audit_entry"] == entry["seq"] and data["query"] == json.loads(entry["object"][8:])
    assert verify(client.audit_log).ok


def test_the_justification_is_kept_in_a_session_cookie_and_shown_on_every_page(client: Client) -> None:
    first = client.get("/search", {"q": "saffron", "why": "case 7 <urgent>"})
    assert first.status == 200
    [cookie] = first.cookies
    assert cookie.startswith("onionscope_why=case%207%20%3Curgent%3E;") and "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie and "Max-Age" not in cookie and "Expires" not in cookie
    for path in ("/vendor/spiceking", "/ecosystem/market-shares", "/"):
        page = client.get(path)
        assert page.status == 200, path
        assert "justification: <q>case 7 &lt;urgent&gt;</q>" in page.text
    assert [e["justification"] for e in client.entries()] == ["case 7 <urgent>"] * 3  # home is not logged
    # the form of /why changes it, then sends the browser back where it was
    moved = client.post("/why", {"why": "case 8", "next": "/vendor/spiceking"})
    assert moved.status == 303 and moved.headers["Location"] == "/vendor/spiceking"
    assert client.get("/vendor/spiceking").status == 200
    assert client.entries()[-1]["justification"] == "case 8"
    # never back to another site, and a form posted from another site is refused
    other = client.post("/why", {"why": "forged"}, {"Origin": "http://evil.example"})
    assert other.status == 403 and client.cookies["onionscope_why"] == "case%208"
    assert client.post("/why", {"why": "x", "next": "//evil.example/"}).headers["Location"] == "/"
    # forgetting it: the next consultation asks again
    assert client.get("/why", {"clear": "1"}).status == 200 and "onionscope_why" not in client.cookies
    assert client.get("/vendor/spiceking").status == 400
    # a damaged cookie is ignored (asked again), never a lock-out
    client.cookies["onionscope_why"] = "x" * 600
    assert client.get("/why").status == 200 and client.get("/vendor/spiceking").status == 400


def test_an_api_client_may_give_its_justification_in_a_header(client: Client) -> None:
    res = client.get("/vendor/leafy.json", headers={"X-Onionscope-Justification": "case 9"})
    assert res.status == 200 and res.cookies == []
    assert client.entries()[-1]["justification"] == "case 9"


def test_hostile_record_text_is_escaped_on_every_page(client: Client) -> None:
    doc_id = natural_key(hostile()[0], M1)
    pages = [
        client.get("/search", {"q": "strainer", "why": "case 3"}),
        client.get(f"/record/{doc_id}"),
        client.get(f"/vendor/{HOSTILE_VENDOR}"),
        client.get("/ecosystem/top-vendors"),
    ]
    for page in pages:
        assert page.status == 200
        assert "<script" not in page.text and "<img" not in page.text and "<b>strainer" not in page.text
    search, record, vendor, _ = pages
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; tea strainer" in search.text
    assert "Steel &lt;/em&gt;&lt;b&gt;<mark>strainer</mark>&lt;/b&gt;" in search.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in record.text and HOSTILE_TITLE not in record.text
    assert "/vendor/%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E" in search.text
    assert "&lt;script&gt;" in vendor.text
    # addresses are text, never links a browser would follow outside Tor
    assert f"http://{M1}/listing/hostile" in record.text and f'href="http://{M1}' not in record.text
    assert client.get("/search.json", {"q": "strainer"}).json()["hits"][0]["record"]["title"] == HOSTILE_TITLE


def test_facets_are_counts_whose_links_add_the_filter(client: Client) -> None:
    page = client.get("/search", {"q": "tea", "why": "case 4"})
    assert '<a href="/search?q=tea&amp;type=listing">listing (7)</a>' in page.text
    assert '<a href="/search?q=tea&amp;site=m2bazaar.onion">m2bazaar.onion (2)</a>' in page.text
    narrowed = client.get("/search.json", {"q": "tea", "site": "m2bazaar.onion"}).json()
    assert narrowed["total"] == 2 and {h["record"]["site"] for h in narrowed["hits"]} == {"m2bazaar.onion"}
    active = client.get("/search", {"q": "tea", "site": "m2bazaar.onion"}).text
    assert '<li>✓ <a href="/search?q=tea">m2bazaar.onion (2)</a></li>' in active  # the link removes it
    none = client.get("/search.json", {"q": "tea", "facet": "none"}).json()
    assert none["facets"] == {}


def test_pages_follow_each_other_like_the_library_pages(client: Client, library: Any) -> None:
    first = client.get("/search.json", {"q": "tea", "size": "2", "sort": "date", "why": "case 5"}).json()
    assert first["prev_url"] is None and first["next_url"] == "/search?q=tea&sort=date&size=2&page=2"
    path, _, query = first["next_url"].partition("?")
    second = client.get(path + ".json", parse_qsl(query), {"X-Onionscope-Justification": "case 5"}).json()
    expected = library.search(Query(text="tea", sort="date", size=2, page=2))
    assert [h["id"] for h in second["hits"]] == [h.id for h in expected.hits]
    assert second["prev_url"] == "/search?q=tea&sort=date&size=2&page=1"
    html = client.get("/search", [*parse_qsl(query), ("why", "case 5")]).text
    assert "showing 3–4" in html and "next →" in html and "← previous" in html
    total = first["total"]
    last = client.get("/search.json", {"q": "tea", "size": "2", "sort": "date", "page": str(-(-total // 2))})
    assert last.json()["next_url"] is None  # nothing after the last page
    # deep pages go on with the cursor
    after = {"q": "tea", "size": "2", "sort": "date", "after": first["next_cursor"], "why": "case 5"}
    cursor = client.get("/search.json", after).json()
    assert [h["id"] for h in cursor["hits"]] == [h.id for h in expected.hits]


def test_vendor_record_and_ecosystem_pages_show_the_library_views(client: Client, library: Any) -> None:
    view = client.get("/vendor/LEAFY.json", {"why": "case 6"}).json()
    assert view.pop("audit_entry") == 0 and view == library.vendor_view("LEAFY")
    assert view["markets"] == ["m1mart.onion", "m2bazaar.onion", "m3souk.onion"]
    html = client.get("/vendor/LEAFY", {"why": "case 6"}).text
    assert "3 profile(s) on 3 market(s)" in html and "12.5 → 11" in html  # price over time
    listing = view["listings"][0]
    rec = client.get(f"/record/{listing['id']}.json", {"why": "case 6"}).json()
    assert rec["record"]["title"] == listing["title"] and rec["history"] == library.history(listing["id"])
    assert client.get(f"/record/{listing['id']}", {"why": "case 6"}).text.count("<tr>") > len(rec["history"])
    for kind, params in (("top-vendors", {"limit": "1"}), ("market-shares", {"category": "herbs"})):
        rows = client.get(f"/ecosystem/{kind}.json", {**params, "why": "case 6"}).json()["rows"]
        assert rows == library.ecosystem(
            kind, **{k: int(v) if k == "limit" else v for k, v in params.items()}
        )
    objects = [e["object"] for e in client.entries()]
    assert objects[:3] == ["vendor: LEAFY", "vendor: LEAFY", f"record: {listing['id']}"]
    assert objects[-1] == 'ecosystem: market-shares {"category": "herbs"}'
    assert client.entries()[2]["scope_id"] == "op-tea"  # a record is consulted under its scope


def test_bad_parameters_are_one_line_400s_and_log_nothing(client: Client) -> None:
    cases = [
        ("/search.json", {"q": "tea", "page": "two"}, "page must be a whole number, not 'two'"),
        ("/search.json", {"q": "tea", "vendr": "x"}, "unknown parameter 'vendr'"),
        ("/search.json", {"q": "tea", "sort": "loudest"}, "unknown sort 'loudest'"),
        ("/search.json", {"q": "tea", "size": "5000"}, "page size must be between 1 and 1000"),
        ("/search.json", {"q": "tea", "type": "car"}, "unknown record type 'car'"),
        ("/search.json", {"q": "tea", "min_price": "9", "max_price": "1"}, "minimum price is above"),
        ("/search.json", {"q": "tea", "from": "last week", "why": "x"}, "not an ISO 8601 date"),
        ("/search.json", {"q": "tea", "stem": "1", "why": "x"}, "stemmed search needs a cluster index"),
        ("/search.json", {"q": "tea", "stem": "maybe"}, "stem is on or off (1/0), not 'maybe'"),
        ("/ecosystem/market-shares.json", {"limit": "3"}, "market-shares takes no parameter 'limit'"),
        ("/search", {"q": "tea", "_format": "xml"}, "unknown _format 'xml'"),
    ]
    for path, params, message in cases:
        res = client.get(path, params)
        assert res.status == 400, (path, params)
        error = res.json()["error"]
        assert message in error and "\n" not in error, (error, message)
    long = client.get("/search.json", {"q": "tea", "why": "x" * 501})
    assert long.status == 400 and long.json()["error"] == "the justification is longer than 500 characters"
    html = client.get("/search", {"q": "tea", "page": "0"})
    assert html.status == 400 and "page numbers start at 1" in html.text and "Traceback" not in html.text
    assert client.entries() == []


def test_unknown_pages_records_and_vendors_are_404s(client: Client) -> None:
    why = {"why": "case 10"}
    assert client.get("/nowhere").status == 404
    assert client.get("/ecosystem/").status == 200  # a trailing slash names the same page
    assert client.get("/ecosystem/prices.json").json()["error"].startswith("no ecosystem view 'prices'")
    assert client.get("/record/" + "0" * 40, why).status == 404
    res = client.get("/vendor/nobody.json", why)
    assert res.status == 404 and res.json()["error"] == "no vendor named 'nobody' in the index"
    # the looked-for vendor and record were consulted all the same
    assert [e["outcome"] for e in client.entries()] == ["not found", "not found"]


def test_a_down_cluster_or_a_missing_index_is_a_503_and_nothing_is_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    log = tmp_path / "audit" / "audit.jsonl"
    missing = tmp_path / "none" / "index.sqlite"
    for target, message in ((closed_port(), "is not reachable"), (str(missing), "no index at")):
        app = make_app(target, audit_log=log, user="ana")
        web = Client(app, log)
        res = web.get("/search.json", {"q": "tea", "why": "case 11"})
        assert res.status == 503 and message in res.json()["error"]
        health = web.get("/health.json")
        assert health.status == 503 and health.json()["index"]["reachable"] is False
        page = web.get("/vendor/leafy", {"why": "case 11"})
        assert page.status == 503 and message in page.text and "Traceback" not in page.text
        app.close()
    assert not log.exists() and not missing.parent.exists()  # a read-only app creates no index


def test_nothing_is_shown_when_the_audit_entry_cannot_be_written(
    index_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    (tmp_path / "not-a-dir").write_text("a file where the log directory should be")
    app = make_app(str(index_path), audit_log=tmp_path / "not-a-dir" / "audit.jsonl", user="ana")
    web = Client(app, tmp_path / "not-a-dir" / "audit.jsonl")
    res = web.get("/search.json", {"q": "saffron", "why": "case 13"})
    assert res.status == 503 and res.json()["error"].startswith(
        "cannot write the audit log, so nothing is shown"
    )
    page = web.get("/search", {"q": "saffron", "why": "case 13"})
    assert page.status == 503 and "Saffron" not in page.text and "spiceking" not in page.text
    app.close()


def test_the_audit_page_verifies_the_chain_counts_and_is_itself_logged(client: Client) -> None:
    client.get("/search", {"q": "tea", "why": "case 14"})
    client.get("/vendor/leafy")
    data = client.get("/audit.json").json()
    assert data["integrity"]["ok"] is True and data["integrity"]["entries"] == 3
    assert data["by_operation"] == {"consultation": 3}
    assert data["consultations_by_actor"] == {"analyst.ana": 3}
    assert [e["object"] for e in data["recent"]][:2] == [
        "audit: chain verification and summary",
        "vendor: leafy",
    ]
    html = client.get("/audit").text
    assert "The audit log is intact: 4 entries" in html and "vendor: leafy" in html
    # someone edits an entry: the page says where the chain breaks
    lines = client.audit_log.read_text().splitlines()
    lines[1] = lines[1].replace("vendor: leafy", "vendor: nobody")
    client.audit_log.write_text("\n".join(lines) + "\n")
    broken = client.get("/audit.json").json()["integrity"]
    assert broken["ok"] is False and broken["first_bad"] == 1
    assert "has been altered or damaged at entry 1" in client.get("/audit").text


def test_only_the_named_legal_officers_open_the_audit_pages_and_a_refusal_is_logged(
    index_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ONIONSCOPE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    log = tmp_path / "audit" / "audit.jsonl"
    app = make_app(str(index_path), audit_log=log, trust_user_header="X-Remote-User",
                   officers=["officer.lee"])
    client = Client(app, log)
    try:
        analyst = {"X-Remote-User": "analyst.ana"}
        refused = client.get("/audit.json", {"why": "curious"}, headers=analyst)
        assert refused.status == 403 and "officer.lee" in refused.json()["error"]
        assert client.get("/audit/report/op-tea.json", {"why": "x"}, headers=analyst).status == 403
        assert client.get("/search.json", {"q": "tea", "why": "case 16"}, headers=analyst).status == 200
        lee = {"X-Remote-User": "officer.lee"}
        officer = client.get("/audit.json", {"why": "quarterly review"}, headers=lee)
        assert officer.status == 200 and officer.json()["integrity"]["ok"] is True
        entries = [(e["actor"], e["object"], e["outcome"]) for e in client.entries()
                   if e["op"] == "consultation"]
        refusal = "refused: not a legal officer of this app"
        assert entries[:2] == [
            ("analyst.ana", "audit: chain verification and summary", refusal),
            ("analyst.ana", "audit report: op-tea", refusal),
        ]
        assert entries[-1][:2] == ("officer.lee", "audit: chain verification and summary")
    finally:
        app.close()


def test_the_scope_report_is_served_as_a_page_and_as_json(client: Client) -> None:
    client.get("/search", {"q": "tea", "scope": "op-tea", "why": "case 15"})
    report = client.get("/audit/report/op-tea.json").json()
    assert report["scope_id"] == "op-tea" and report["integrity"]["ok"] is True
    assert report["consultations"][0]["what"].startswith("search: ")
    page = client.get("/audit/report/op-tea")
    assert page.status == 200 and "Who consulted or passed on the data" in page.text
    assert "retention" in page.text.lower() and "case 15" in page.text
    assert [e["object"] for e in client.entries()][-2:] == ["audit report: op-tea"] * 2


def test_every_answer_carries_the_security_headers(client: Client) -> None:
    answers = [
        client.get("/"),
        client.get("/search.json", {"q": "tea", "why": "case 16"}),
        client.get("/nowhere"),
        client.get("/search", {"q": "tea", "page": "x"}),
        client.get("/health.json"),
        client.call("POST", "/search"),
    ]
    for res in answers:
        assert {k: res.headers[k] for k in SECURITY} == SECURITY
        assert int(res.headers["Content-Length"]) == len(res.body)


def test_health_counts_documents_without_a_justification_and_without_logging(
    client: Client, library: Any
) -> None:
    res = client.get("/health.json")
    assert res.status == 200
    data = res.json()
    assert data["ok"] is True and data["index"]["engine"] == "sqlite"
    assert data["index"]["counts"]["total"] == library.count() == 22
    assert data["index"]["counts"]["listing"] == library.count("listing") == 11
    assert client.entries() == []


def test_the_user_comes_from_the_reverse_proxy_header_when_trusted(
    index_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    log = tmp_path / "audit" / "audit.jsonl"
    app = make_app(str(index_path), audit_log=log, user="nobody", trust_user_header="X-Remote-User")
    web = Client(app, log)
    refused = web.get("/search.json", {"q": "tea", "why": "case 17"})
    assert refused.status == 403 and "X-Remote-User" in refused.json()["error"]
    ok = web.get("/search", {"q": "tea", "why": "case 17"}, {"X-Remote-User": "officer.olga"})
    assert ok.status == 200 and "user <b>officer.olga</b>" in ok.text
    assert [e["actor"] for e in web.entries()] == ["officer.olga"]
    app.close()


def test_the_app_is_read_only(client: Client) -> None:
    for method, path in (("POST", "/search"), ("PUT", "/record/" + "0" * 40), ("DELETE", "/audit")):
        res = client.call(method, path, "why=x")
        assert res.status == 405 and "is not allowed here" in res.text
        assert res.headers["Allow"] == "GET, HEAD"
    head = client.call("HEAD", "/health.json")
    assert head.status == 200 and head.body == b"" and int(head.headers["Content-Length"]) > 0
    assert client.entries() == []


def test_each_page_links_to_its_json_form(client: Client) -> None:
    page = client.get("/search", {"q": "saffron", "why": "case 18"})
    href = '<a href="/search.json?q=saffron">JSON</a>'
    assert href in page.text  # the justification is not put in the link
    assert "Logged as audit entry #0" in page.text
    url = urlsplit("/search.json?q=saffron")
    assert client.get(url.path, parse_qsl(url.query)).json()["total"] == 1


def test_searches_and_ecosystem_figures_download_as_csv_with_formulas_defused(client: Client) -> None:
    page = client.get("/search", {"q": "sampler", "why": "case 19"})
    assert '<a href="/search.csv?q=sampler">CSV</a>' in page.text
    res = client.get("/search.csv", {"q": "sampler"})
    assert res.status == 200 and res.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert res.headers["Content-Disposition"] == 'attachment; filename="onionscope-search.csv"'
    [header, *rows] = list(csv.reader(io.StringIO(res.text)))
    assert header == list(HIT_COLUMNS)
    assert [dict(zip(header, r, strict=True))["title"] for r in rows] == ["'" + FORMULA_TITLE]
    assert dict(zip(header, rows[0], strict=True))["vendor"] == "'@SUM(1+1)"
    shares = client.get("/ecosystem/market-shares.csv", {"category": "herbs"})
    assert list(csv.reader(io.StringIO(shares.text))) == [
        ["site", "listings", "vendors", "share", "volume_usd"],
        ["m1mart.onion", "2", "2", "1.0", "9.64"],
    ]
    assert [e["object"].split(":")[0] for e in client.entries()] == ["search", "search", "ecosystem"]
    refused = client.get("/vendor/leafy.csv")
    assert refused.status == 400 and refused.json()["error"] == "/vendor/leafy has no CSV form; ask for .json"
    assert len(client.entries()) == 3


def test_the_graph_export_is_a_logged_disclosure(client: Client, library: Any) -> None:
    form = client.get("/export/graph")
    assert form.status == 200 and "disclosure" in form.text and client.entries() == []
    graph = client.get("/export/graph.json", {"why": "disclosure to prosecutor, case 20"})
    assert graph.status == 200 and graph.headers["Content-Type"].startswith("application/json")
    expected = library.graph()
    assert len(graph.json()["nodes"]) == len(expected.nodes) and len(graph.json()["edges"]) == len(
        expected.edges
    )
    xml = client.get("/export/graph", {"format": "graphml", "why": "disclosure to prosecutor, case 20"})
    assert xml.headers["Content-Disposition"] == 'attachment; filename="onionscope-graph.graphml"'
    assert "<graphml" in xml.text and "&lt;img src=x" in xml.text  # hostile names stay text in XML
    entries = client.entries()
    assert [(e["op"], e["object"]) for e in entries] == [
        ("disclosure", "export graph (json) to a web download"),
        ("disclosure", "export graph (graphml) to a web download"),
    ]
    assert entries[0]["details"]["nodes"] == len(expected.nodes)
    assert client.get("/export/graph", {"format": "dot"}).status == 400


WEB_MODULES = [
    "onionscope.consultation",
    "onionscope.web",
    "onionscope.web.app",
    "onionscope.web.errors",
    "onionscope.web.export",
    "onionscope.web.legal_pages",
    "onionscope.web.lookup",
    "onionscope.web.pages",
    "onionscope.web.params",
    "onionscope.web.render",
    "onionscope.web.request",
    "onionscope.web.response",
    "onionscope.web.server",
    "onionscope.web.views",
]


@pytest.mark.parametrize("name", WEB_MODULES)
def test_docstring_examples_run(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the examples point ONIONSCOPE_AUDIT_KEY at their own temporary key; monkeypatch restores it
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0


def test_tables_show_short_hosts_grouped_fingerprints_times_to_the_minute_and_only_changes() -> None:
    from onionscope.web.pages import _series
    from onionscope.web.render import fingerprint, short_host, when

    onion = "g3o364kv6cbo3h72tdrjtzynoictxdyikzdkfiwgggs6m3wgftpgjaad.onion"
    assert short_host(onion) == "g3o364kv6cbo3h72….onion" and short_host("m1.onion") == "m1.onion"
    grouped = fingerprint("4C98DEDC1F05716A0B2DA72E569948EFF3380628")
    assert ">4C98 DEDC 1F05 716A 0B2D A72E 5699 48EF F338 0628<" in grouped
    assert '>2026-11-28 22:29</span>' in when("2026-11-28T22:29:48.841Z") and when(None) == ""
    prices = [{"price": 23.63}, {"price": 23.63}, {"price": 21.0}, {"price": 21.0}, {"price": 23.63}]
    assert _series(prices, "price") == "23.63 → 21 → 23.63"
    assert _series([{"price": 5.0}, {"price": 5.0}], "price") == "5"


def test_a_host_name_the_app_does_not_answer_to_is_refused_against_dns_rebinding(
    index_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ONIONSCOPE_AUDIT_KEY", str(tmp_path / "audit.key"))
    log = tmp_path / "audit" / "audit.jsonl"
    app = make_app(str(index_path), audit_log=log, user="ana", allowed_hosts=["osint.unit.example"])
    client = Client(app, log)
    try:
        query = {"q": "tea", "why": "case 3"}
        rebound = client.get("/search.json", query, headers={"Host": "attacker.example:8001"})
        assert rebound.status == 403 and "--allowed-host attacker.example" in rebound.json()["error"]
        assert client.entries() == []  # refused before anything was consulted
        for host in ("localhost:8001", "127.0.0.1:8001", "[::1]:8001", "osint.unit.example"):
            assert client.get("/search.json", query, headers={"Host": host}).status == 200, host
    finally:
        app.close()
