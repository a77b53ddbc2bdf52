"""Free-text scrubbing figures (:meth:`ethics.pseudonym.Pseudonymiser.scrub`): MB/s of real page
text against a crawl's worth of known names, for two name sets: handles as forums have them, and
a worst case where every name is made of common English words (so most words of the text start
some name and take the slow path); time to learn the names and to load the ordinary-word list.

    .venv/bin/python benchmarks/bench_pseudonym.py [--names 20000] [--pages 120]

Text: the saved pages in ../shared/realpages (read in place, never copied); without them,
generated sentences of common words.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import lxml.html
import wordfreq

from ethics.pseudonym import KnownNames, Pseudonymiser, is_ordinary_word

REALPAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "realpages"


def _texts(pages: int, words: list[str], rnd: random.Random) -> list[str]:
    files = [p for p in sorted(REALPAGES.rglob("*")) if p.suffix in (".html", ".htm") and p.stat().st_size]
    files = files[:pages]
    texts = []
    for path in files:
        doc = lxml.html.fromstring(path.read_bytes())
        for el in doc.xpath("//script|//style"):
            el.drop_tree()
        texts.append("\n".join(doc.itertext()))  # one line per text node: page text keeps blocks apart
    return texts or [" ".join(rnd.choice(words) for _ in range(3000)) for _ in range(pages)]


def _forum_handles(n: int, words: list[str], rnd: random.Random) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    names: set[str] = set()
    while len(names) < n:
        a, b = rnd.choice(words), rnd.choice(words)
        names.add(rnd.choice([
            a, a.capitalize(),  # an ordinary word as a name: matched only exactly, with a capital
            a.capitalize() + b.capitalize(), a + "_" + b, f"{a}{rnd.randint(1, 999)}",
            "".join(rnd.choice(letters) for _ in range(rnd.randint(5, 10))),
        ]))
    return list(names)


def _word_handles(n: int, words: list[str], rnd: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < n:
        a, b = rnd.choice(words), rnd.choice(words)
        names.add(rnd.choice([a + b, a.capitalize() + b.capitalize(), a + "_" + b, a + " " + b]))
    return list(names)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--names", type=int, default=20_000)
    ap.add_argument("--pages", type=int, default=120)
    args = ap.parse_args()
    rnd = random.Random(1)
    t = time.perf_counter()
    is_ordinary_word("warm")
    print(f"ordinary-word list loaded in {time.perf_counter() - t:.2f} s")
    words = [w for w in wordfreq.top_n_list("en", 5000) if w.isalpha()]
    texts = _texts(args.pages, words, rnd)
    mb = sum(len(t) for t in texts) / 1e6
    p = Pseudonymiser(bytes(range(64)))
    for label, names in (("forum handles", _forum_handles(args.names, words, rnd)),
                         ("common-word compounds", _word_handles(args.names, words, rnd))):
        t = time.perf_counter()
        known = KnownNames(names)
        learnt = time.perf_counter() - t
        t = time.perf_counter()
        out = [p.scrub(text, (), also=known) for text in texts]
        took = time.perf_counter() - t
        changed = sum(a != b for a, b in zip(texts, out, strict=True))
        print(f"{label}: {len(names)} names learnt in {learnt:.2f} s; {len(texts)} texts, {mb:.2f} MB "
              f"scrubbed in {took:.2f} s = {mb / took:.2f} MB/s ({changed} texts changed)")


if __name__ == "__main__":
    main()
