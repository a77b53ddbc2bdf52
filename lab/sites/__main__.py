"""Inspect the lab's world without serving it.

python -m lab.sites describe [--seed 7]                 # sites, onions, messiness (JSON lines)
python -m lab.sites groundtruth [--seed 7] [--scale N] [--out FILE]   # JSONL, stdout by default
python -m lab.sites truth [--seed 7]                    # demand, producers, linked vendors (JSON)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .serve import write_ground_truth
from .world import World


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m lab.sites", description="Inspect the lab's simulated dark web."
    )
    parser.add_argument("what", choices=("describe", "groundtruth", "truth"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scale", type=int, default=None)
    parser.add_argument("--out", default=None, help="file for groundtruth (default: stdout)")
    args = parser.parse_args(argv)
    if args.scale is not None and args.scale < 1:
        print("error: --scale must be a positive number of pages", file=sys.stderr)
        return 2
    world = World(seed=args.seed, scale=args.scale)
    if args.what == "describe":
        for row in world.describe():
            print(json.dumps(row, ensure_ascii=False))
    elif args.what == "truth":
        print(
            json.dumps(
                {
                    "now": world.now.isoformat(),
                    "rates": world.rates,
                    "demand_usd": world.demand_truth(),
                    "producers": world.producers(),
                    "linked_vendors": world.linked_vendors(),
                },
                ensure_ascii=False,
                indent=1,
            )
        )
    elif args.out:
        try:
            n = write_ground_truth(world, Path(args.out))
        except OSError as exc:
            print(f"error: cannot write {args.out}: {exc.strerror}", file=sys.stderr)
            return 1
        print(f"{n} pages written to {args.out}", file=sys.stderr)
    else:
        for line in world.ground_truth():
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into `head`: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
