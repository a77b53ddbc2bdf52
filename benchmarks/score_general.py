"""Field F1 of the generic parsers (no site profiles) on the generality pages of rounds 3 to 12.

.venv/bin/python benchmarks/score_general.py [--round 3|4|5|6|7|8|9|10|11|12] [--misses] [--side tune|holdout]

Prints, for the tune side and the holdout side of tests/data/general_r3 (``--round 3``),
tests/data/general_r4 (``--round 4``; its tune side also holds the round-3 holdout templates that
round 4 tuned on), tests/data/general_r5 (``--round 5``; its tune side also holds the round-4
holdout templates mended after round 4) or tests/data/general_r6 (``--round 6``, the default;
templates copied from real saved HTML, and round 5's Lemmy holdout page on its tune side) or
tests/data/general_r7 (``--round 7``: a blind holdout side only, pages rebuilt from named public
templates; its tune side is empty) or tests/data/general_r8 (``--round 8``: another blind
holdout side only, eleven pages rebuilt from named public templates) or tests/data/general_r9
(``--round 9``: a third blind holdout side, eleven pages rebuilt from named public sources) or
tests/data/general_r10 (``--round 10``: a fourth blind holdout side, ten pages) or
tests/data/general_r11 (``--round 11``: a fifth blind holdout side, ten pages) or
tests/data/general_r12 (``--round 12``: a sixth blind holdout side, ten pages of templates new to
every round), the
contract-field F1 per template and overall (tests/parsers_scoring.py), and with ``--misses`` every
wrong or missing value.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.parsers_scoring import Scorer

ROUNDS = {
    3: "tests.test_parsers_general_r3",
    4: "tests.test_parsers_general_r4",
    5: "tests.test_parsers_general_r5",
    6: "tests.test_parsers_general_r6",
    7: "tests.test_parsers_general_r7",
    8: "tests.test_parsers_general_r8",
    9: "tests.test_parsers_general_r9",
    10: "tests.test_parsers_general_r10",
    11: "tests.test_parsers_general_r11",
    12: "tests.test_parsers_general_r12",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", type=int, choices=sorted(ROUNDS), default=6, help="which round's pages")
    parser.add_argument("--misses", action="store_true", help="list every wrong or missing value")
    parser.add_argument("--side", choices=("tune", "holdout"), help="score one side only")
    args = parser.parse_args()
    score = importlib.import_module(ROUNDS[args.round]).score
    for side in [args.side] if args.side else ["tune", "holdout"]:
        scorers = score(side)
        total = Scorer()
        print(f"== round {args.round} {side}")
        if not scorers:  # rounds 7 to 12 are blind: a holdout side only
            print("  (no pages on this side)")
            continue
        for template, scorer in sorted(scorers.items()):
            tp, fp, fn = (sum(c[i] for c in scorer.counts.values()) for i in range(3))
            print(f"  {template:22s} F1={scorer.overall():.3f}  tp={tp} fp={fp} fn={fn}")
            for key, c in scorer.counts.items():
                for i in range(3):
                    total.counts[key][i] += c[i]
            total.misses += scorer.misses
        print(f"  {'overall':22s} F1={total.overall():.3f}")
        if args.misses:
            for miss in total.misses:
                print("    " + miss)


if __name__ == "__main__":
    main()
