"""The harness every generality round shares (tests/test_parsers_general_r*.py): the record
builders of its ground truth, and a :class:`Round` that parses its pages without site profiles,
scores a side and lists one page's checks. Each round keeps only its pages, truth and misses::

    ROUND = Round(TRUTH, DATA)
    score, overall = ROUND.score, ROUND.overall
    test_a_tune_page_gives_its_ground_truth, test_a_holdout_page_gives_the_truth_but_for_its_known_misses = (
        ROUND.tests(KNOWN_MISSES))
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from parsers import parse_page
from parsers.records import PAGE_TYPES, to_json
from tests.parsers_scoring import CONTRACT_FIELDS, Scorer, equal

#: The capture time every round's pages are parsed at (relative dates resolve against it).
NOW = "2026-11-20T12:00:00Z"
#: :data:`NOW` as a time (UTC), for the rounds' checks of relative dates.
NOW_TIME = datetime.fromisoformat(NOW.replace("Z", "+00:00"))


def _post(author: str, posted_at: str | None, index: int, body: str, quotes: list[str]) -> dict[str, Any]:
    return {"type": "post", "author": author, "posted_at": posted_at, "index": index, "body": body,
            "quotes": quotes}


def _listing(title: str, price: float, currency: str, vendor: str | None, category: str | None,
             ships_from: str | None, ships_to: list[str] | None) -> dict[str, Any]:
    return {"type": "listing", "title": title, "price": price, "currency": currency, "vendor": vendor,
            "category": category, "ships_from": ships_from, "ships_to": ships_to}


def _vendor(name: str, feedback_count: int | None, rating: float | None, member_since: str | None,
            fingerprint: str | None) -> dict[str, Any]:
    return {"type": "vendor", "name": name, "feedback_count": feedback_count, "rating": rating,
            "member_since": member_since, "pgp_fingerprint": fingerprint,
            "has_pgp_key": fingerprint is not None}


def _feedback_vendor(name: str, feedback_count: int | None, rating: float | None) -> dict[str, Any]:
    """The vendor's record of a feedback page: its name and the totals it shows; whether the vendor
    has a key is no fact of that page."""
    return {**_vendor(name, feedback_count, rating, None, None), "has_pgp_key": None}


def _author(name: str, post_count: int | None, joined: str | None) -> dict[str, Any]:
    return {"type": "author", "name": name, "post_count": post_count, "joined": joined}


def _records_of(records: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [r for r in records if r["type"] == kind]



def day_ago(days: int) -> str:
    """The day ``days`` before the capture time (NOW_TIME), as a truth writes a date."""
    return f"{NOW_TIME.replace(tzinfo=None) - timedelta(days=days):%Y-%m-%d}"


def time_ago(**delta: int) -> str:
    """The minute ``delta`` (``hours=2``...) before the capture time, as a truth writes it."""
    return (NOW_TIME.replace(tzinfo=None) - timedelta(**delta)).strftime("%Y-%m-%dT%H:%M:00")


def shown_number(shown: str, thousands: str, decimal: str = ".") -> float:
    """A figure as a page writes it ("1.234,50" with "." and ","), as a number: for the rounds'
    checks of their truths' counts and prices against the pages."""
    return float(shown.replace(thousands, "").replace(decimal, "."))


def v4_fingerprint(armour: str) -> str:
    """The v4 fingerprint of the first key of an ASCII-armoured public key block, computed here,
    independently of the parsers: SHA-1 over 0x99, the two-byte length and the body of the key's
    first (public-key) packet, as RFC 4880 section 12.2 defines it. ``armour`` is the block's
    base64 lines (any white space or ``<br/>`` between them), without the CRC line."""
    data = base64.b64decode("".join(armour.replace("<br/>", "\n").split()))
    assert data[0] == 0x98  # old-format packet, tag 6 (public key), one-byte length
    body = data[2:2 + data[1]]
    return hashlib.sha1(b"\x99" + len(body).to_bytes(2, "big") + body).hexdigest().upper()


def nothing_read(truth: dict[str, Any]) -> dict[str, None]:
    """A known miss for a page of which nothing is read: every contract field of every record of
    its ``truth`` entry, keyed "kind[i].field", as not given."""
    kinds: dict[str, int] = {}
    out: dict[str, None] = {}
    for record in truth["records"]:
        i = kinds[record["type"]] = kinds.get(record["type"], -1) + 1
        for name in CONTRACT_FIELDS[record["type"]]:
            out[f"{record['type']}[{i}].{name}"] = None
    return out


@dataclass
class Round:
    """One round's pages: ``truth`` maps "tune/x.html" or "holdout/x.html" to its template, URL,
    page type, records, optional next page and optional "file" (a page of an earlier round)."""

    truth: dict[str, dict[str, Any]]
    data: Path
    now: str = NOW

    def pages(self, side: str) -> list[str]:
        return sorted(p for p in self.truth if p.startswith(side + "/"))

    def take_over(self, earlier: Round, templates: tuple[str, ...], label: str) -> None:
        """Put an earlier round's missed holdout ``templates`` on this round's tune side (their
        pages stay where they are; their truth is the earlier round's)."""
        for page, truth in earlier.truth.items():
            if page.startswith("holdout/") and truth["template"] in templates:
                self.truth[f"tune/{label}-" + page.split("/", 1)[1]] = {
                    **truth, "template": f"{label}_" + truth["template"], "file": earlier.data / page,
                }

    def tests(self, known_misses: dict[str, dict[str, Any]]) -> tuple[Any, Any]:
        """The round's two parametrized tests: every tune page gives its ground truth, every
        holdout page gives it but for its ``known_misses`` (what the parser gives instead)."""

        @pytest.mark.parametrize("page", self.pages("tune"))
        def test_a_tune_page_gives_its_ground_truth(page: str) -> None:
            assert self.wrong(page) == []

        @pytest.mark.parametrize("page", self.pages("holdout"))
        def test_a_holdout_page_gives_the_truth_but_for_its_known_misses(page: str) -> None:
            assert self.wrong(page, known_misses.get(page)) == []

        return (test_a_tune_page_gives_its_ground_truth,
                test_a_holdout_page_gives_the_truth_but_for_its_known_misses)

    def held_out_checks(self, f1: float) -> tuple[Any, Any, Any]:
        """The checks of a round that is all holdout (rounds 7 on): its side scores ``f1`` (the
        blind figure until its misses are mended), every page on disk has a truth and the reverse,
        and every expected record names every contract field of its kind, posts indexed in order."""

        def test_the_holdout_side_scores_its_f1() -> None:
            # Contract-field F1 as benchmarks/score_general.py --side holdout prints it.
            assert self.pages("tune") == []
            assert round(self.overall("holdout"), 3) == f1

        def test_every_page_on_disk_has_a_truth_and_every_truth_a_page() -> None:
            assert {f"holdout/{p.name}" for p in (self.data / "holdout").iterdir()} == set(self.truth)
            assert not (self.data / "tune").exists()

        def test_every_expected_record_names_every_contract_field_of_its_kind() -> None:
            for page, truth in self.truth.items():
                assert truth["type"] in PAGE_TYPES, page
                for record in truth["records"]:
                    assert set(CONTRACT_FIELDS[record["type"]]) <= set(record), (page, record)
                posts = [r for r in truth["records"] if r["type"] == "post"]
                assert [p["index"] for p in posts] == list(range(len(posts))), page

        return (test_the_holdout_side_scores_its_f1,
                test_every_page_on_disk_has_a_truth_and_every_truth_a_page,
                test_every_expected_record_names_every_contract_field_of_its_kind)

    def named_on_its_page(self, encodings: dict[str, str] | None = None) -> Any:
        """A check of the hand-written truth against the page, not of the parsers: every expected
        author, quoted member, vendor, title, category and place is written on its page (read in
        ``encodings[page]``, else UTF-8)."""

        def test_every_name_and_title_of_the_truth_is_written_on_its_page() -> None:
            for page, truth in self.truth.items():
                raw = (self.data / page).read_bytes().decode((encodings or {}).get(page, "utf-8"))
                text = " ".join(html.unescape(raw).split())  # "Jalape&ntilde;o", lines broken in markup
                for record in truth["records"]:
                    shown = [record.get(f) for f in ("author", "name", "vendor", "title", "category",
                                                      "ships_from")]
                    shown += [*record.get("quotes", []), *(record.get("ships_to") or [])]
                    for value in filter(None, shown):
                        assert " ".join(value.split()) in text, (page, value)

        return test_every_name_and_title_of_the_truth_is_written_on_its_page

    def page_text(self, encodings: dict[str, str] | None = None) -> Callable[[str], str]:
        """A reader of a page's markup as text, in ``encodings[page]`` (else UTF-8): for the
        round's checks of its truth against its pages."""

        def text(page: str) -> str:
            return (self.data / page).read_bytes().decode((encodings or {}).get(page, "utf-8"))

        return text

    def page_langs(self, encodings: dict[str, str] | None = None) -> dict[str, str]:
        """Every page's language as its ``<html lang>`` declares it ("de", "pt-BR")."""
        text = self.page_text(encodings)
        langs = {}
        for page in self.truth:
            found = re.search(r'<html[^>]* lang="([a-zA-Z-]+)"', text(page))
            assert found is not None, page
            langs[page] = found.group(1)
        return langs

    def check_listings(self, rows: list[tuple[Any, ...]], page: str) -> None:
        """``rows`` read off the page by a round's own check are its truth's listings, each as
        the tuple of its contract fields."""
        fields = CONTRACT_FIELDS["listing"]
        assert rows == [tuple(r[k] for k in fields) for r in self.records_of("listing")(page)]

    def records_of(self, kind: str) -> Callable[[str], list[dict[str, Any]]]:
        """A reader of one page's expected records of ``kind`` ("post", "listing"...)."""

        def records(page: str) -> list[dict[str, Any]]:
            return [r for r in self.truth[page]["records"] if r["type"] == kind]

        return records

    def fictional_hosts(self, encodings: dict[str, str] | None = None) -> Any:
        """A check of the round's files: every address of the truth and of the pages (links, mail
        addresses) is a fictional host, a ``.example`` name or a made-up v3-looking onion name.
        The doctype's public id is left out; www.w3.org and schema.org appear only as vocabulary
        names (a DTD's, a namespace's, itemtype's), never fetched."""

        def fictional(host: str) -> bool:
            return host.endswith(".example") or (host.endswith(".onion") and len(host) == 56 + len(".onion"))

        def test_every_address_of_the_truth_and_the_pages_is_a_fictional_host() -> None:
            read = self.page_text(encodings)
            for page, truth in self.truth.items():
                for url in [truth["url"], truth.get("next")]:
                    if url:
                        assert fictional(urlsplit(url).hostname or ""), (page, url)
                text = re.sub(r"<!DOCTYPE[^>]*>", "", read(page))
                hosts = set(re.findall(r'(?:https?:|(?<!:))//([^/"\'\s<>?#]+)', text))
                assert all(fictional(h) or h in {"www.w3.org", "schema.org"} for h in hosts), (page, hosts)
                assert all(fictional(h) for h in re.findall(r"@([a-z0-9.-]+\.[a-z]+)\b", text)), page

        return test_every_address_of_the_truth_and_the_pages_is_a_fictional_host

    def author_stats(self, page: str) -> set[tuple[str, int | None, str | None]]:
        """(name, post count, join day) of every author record the truth expects on ``page``."""
        return {(r["name"], r["post_count"], r["joined"]) for r in self.records_of("author")(page)}

    def bodies_on_its_page(self, encodings: dict[str, str] | None = None) -> Any:
        """A check of the hand-written truth against the page: every line of every expected post
        body is written on its page (tags dropped, entities decoded, white space collapsed)."""

        def test_every_post_body_is_written_on_its_page_line_by_line() -> None:
            read, posts = self.page_text(encodings), self.records_of("post")
            for page in self.truth:
                text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", read(page))).split())
                for post in posts(page):
                    for line in post["body"].split("\n"):
                        assert " ".join(line.split()) in text, (page, line)

        return test_every_post_body_is_written_on_its_page_line_by_line

    def new_pages(self, encodings: dict[str, str] | None = None) -> Any:
        """A check of the round's files: every page is UTF-8 (but those ``encodings`` names), and
        none is a page of an earlier round, by name or as a truth's "file"."""

        def test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round() -> None:
            for page in self.truth:
                if page not in (encodings or {}):
                    (self.data / page).read_bytes().decode("utf-8")
                assert "file" not in self.truth[page], page  # every page is new to this round
            pages = self.data.parent.glob("general_r*/*/*.html")
            earlier = {p.name for p in pages if p.parent.parent != self.data}
            assert not earlier & {Path(p).name for p in self.truth}

        return test_every_other_page_is_utf8_and_no_page_is_one_of_an_earlier_round

    def wrong(self, page: str, overrides: dict[str, Any] | None = None) -> list[tuple[str, Any, Any]]:
        """The checks of ``page`` whose value is not the expected one (:meth:`checks`)."""
        return [(what, exp, got) for what, exp, got in self.checks(page, overrides or {})
                if not equal(exp, got)]

    def parsed(self, page: str) -> tuple[str, list[dict[str, Any]], str | None]:
        """Page type, records as contract JSON, and next page, parsed without site profiles."""
        truth = self.truth[page]
        path = truth.get("file", self.data / page)
        result = parse_page(path.read_bytes(), url=truth["url"], captured_at=self.now, use_profiles=False)
        return result.page.page_type, [to_json(r) for r in result.records], result.page.next_page

    def score(self, side: str) -> dict[str, Scorer]:
        """One Scorer per template of ``side`` ("tune" or "holdout"), over the contract fields."""
        scorers: dict[str, Scorer] = defaultdict(Scorer)
        for page in self.pages(side):
            truth = self.truth[page]
            kind, records, next_page = self.parsed(page)
            scorer = scorers[truth["template"]]
            scorer.page(page, truth["type"], kind, truth["records"], records)
            if "next" in truth:
                scorer.field(page, "page.next_page", truth["next"], next_page)
        return dict(scorers)

    def overall(self, side: str) -> float:
        """Contract-field F1 of one side, all templates together."""
        total = Scorer()
        for scorer in self.score(side).values():
            for key, counts in scorer.counts.items():
                for i in range(3):
                    total.counts[key][i] += counts[i]
        return total.overall()

    def checks(self, page: str, overrides: dict[str, Any]) -> list[tuple[str, Any, Any]]:
        """(what, expected, got) for the page type, the next page and every contract field of every
        expected record; ``overrides`` replaces an expectation by what the parser is known to give."""
        truth = self.truth[page]
        kind, records, next_page = self.parsed(page)
        checks: list[tuple[str, Any, Any]] = [("page_type", overrides.get("page_type", truth["type"]), kind)]
        if "next" in truth:
            checks.append(("next_page", overrides.get("next_page", truth["next"]), next_page))
        for rtype in {r["type"] for r in truth["records"]}:
            fields = CONTRACT_FIELDS[rtype]
            got = _records_of(records, rtype)
            if rtype == "author":  # a set: by name
                by_name = {r["name"]: r for r in got}
                got = [by_name.get(r["name"], {}) for r in _records_of(truth["records"], rtype)]
            for i, exp in enumerate(_records_of(truth["records"], rtype)):
                rec = got[i] if i < len(got) else {}
                for f in fields:
                    key = f"{rtype}[{i}].{f}"
                    checks.append((key, overrides.get(key, exp.get(f)), rec.get(f)))
        return checks
