"""Field F1 of the generic parsers (no site profiles) on the generality pages of one round.

.venv/bin/python benchmarks/score_general.py [--round N] [--misses] [--side tune|holdout]

Prints, for the tune side and the holdout side of tests/data/general_rN, the contract-field F1 per
template and overall (tests/parsers_scoring.py), and with ``--misses`` every wrong or missing
value. Each round's test module (tests/test_parsers_general_rN.py) says what its pages are and
what it scored blind; rounds 3 to 6 split their templates into a tune and a holdout side, rounds
7 on are a blind holdout side only. The default is the latest round.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.parsers_scoring import Scorer

_TESTS = Path(__file__).resolve().parents[1] / "tests"
#: Round number -> its test module, one per tests/test_parsers_general_rN.py.
ROUNDS = {
    int(p.stem.rsplit("_r", 1)[1]): f"tests.{p.stem}"
    for p in _TESTS.glob("test_parsers_general_r*.py")
    if p.stem.rsplit("_r", 1)[1].isdigit()
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", type=int, choices=sorted(ROUNDS), default=max(ROUNDS),
                        help="which round's pages (default: the latest)")
    parser.add_argument("--misses", action="store_true", help="list every wrong or missing value")
    parser.add_argument("--side", choices=("tune", "holdout"), help="score one side only")
    args = parser.parse_args()
    score = importlib.import_module(ROUNDS[args.round]).score
    for side in [args.side] if args.side else ["tune", "holdout"]:
        scorers = score(side)
        total = Scorer()
        print(f"== round {args.round} {side}")
        if not scorers:  # rounds 7 on are blind: a holdout side only
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
