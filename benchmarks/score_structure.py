"""How far a page's structure alone carries: the structural author reader on every round's pages.

.venv/bin/python benchmarks/score_structure.py [--misses]

Reads every thread page of the generality rounds (tests/data/general_rN) with
``parsers.post_names.aligned_thread`` ONLY: no engine's selectors, no member-link conventions, no
site profile; the posts' authors are found by aligning the page's dated repeated blocks. Prints,
per round, the share of post fields (author, date, body, quoted authors) it gives as the truth
has them, and the non-thread pages (listings, vendor pages...) it would read as threads. parse_page
uses this reader last, for pages no other reader took; this figure says what it is worth on
templates whatever reader normally takes them.

Rounds not yet scored (their holdout test still skipped: blind) are never parsed here.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from parsers.dom import load
from parsers.post_names import aligned_thread
from parsers.records import to_json
from tests.general_rounds import NOW, Round
from tests.parsers_scoring import equal

_TESTS = Path(__file__).resolve().parents[1] / "tests"
_FIELDS = ("author", "posted_at", "body", "quotes")


def _rounds() -> dict[int, Round]:
    out: dict[int, Round] = {}
    for path in sorted(_TESTS.glob("test_parsers_general_r*.py")):
        number = path.stem.rsplit("_r", 1)[1]
        if not number.isdigit():
            continue
        module = importlib.import_module(f"tests.{path.stem}")
        test = getattr(module, "test_a_holdout_page_gives_the_truth_but_for_its_known_misses", None)
        if any(mark.name == "skip" for mark in getattr(test, "pytestmark", [])):
            continue  # blind until the lead scores it once
        out[int(number)] = module.ROUND
    return dict(sorted(out.items()))


def _posts(round_: Round, page: str) -> list[dict[str, object]]:
    truth = round_.truth[page]
    path = truth.get("file", round_.data / page)
    doc = load(path.read_bytes(), url=truth["url"])
    return [to_json(r) for r in aligned_thread(doc, now=NOW) if r.kind == "post"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the pages read wrong")
    args = parser.parse_args()
    total = right = 0
    threads_read: list[str] = []
    head = ("round", "thread pages", "post fields right", "other pages read as threads")
    print(f"{head[0]:>5}  {head[1]:>12}  {head[2]:>17}  {head[3]:>27}")
    for number, round_ in _rounds().items():
        r_total = r_right = pages = 0
        wrong_kind: list[str] = []
        misread: list[str] = []
        for page, truth in round_.truth.items():
            got = _posts(round_, page)
            if truth["type"] != "thread":
                if got:
                    wrong_kind.append(page)
                continue
            pages += 1
            expected = [r for r in truth["records"] if r["type"] == "post"]
            ok = sum(
                equal(e[f], (got[i] if i < len(got) else {}).get(f))
                for i, e in enumerate(expected) for f in _FIELDS
            )
            # Posts the truth does not have count against the reader as much as missed ones.
            n = len(_FIELDS) * max(len(expected), len(got))
            r_total, r_right = r_total + n, r_right + ok
            if ok < n:
                misread.append(f"       {page}: {ok}/{n} post fields right")
        total, right = total + r_total, right + r_right
        threads_read += [f"r{number} {p}" for p in wrong_kind]
        share = f"{r_right / r_total:.3f}" if r_total else "-"
        print(f"{number:>5}  {pages:>12}  {share:>17}  {len(wrong_kind):>27}")
        if args.misses:
            for line in misread:
                print(line)
    print(f"{'all':>5}  {'':>12}  {right / total:>17.3f}  {len(threads_read):>27}")
    if args.misses:
        for page in threads_read:
            print(f"       read as a thread: {page}")


if __name__ == "__main__":
    main()
