"""First-use cost of the parsers' every-language CLDR tables: read from the JSON shipped beside
their modules (what a page pays) against built afresh from Babel's data (what a page paid before
the tables were shipped, and what ``python -m parsers.<module>`` pays to rewrite them). Each figure
is one fresh process, the best of ``--runs``.

    .venv/bin/python benchmarks/bench_cldr_tables.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (table, module, first use as a page pays it, the build from Babel)
TABLES = (
    ("day halves, hour/minute signs", "times_of_day", "m._day_halves(); m._marked_time_re()", "m.build()"),
    ("kin month names", "kin_months", "m._names()", "m.build()"),
    ("places of every language", "cldr_places", "m._every_name()", "m.build()"),
    ("relative days, time units", "cldr_pool", "m.day_offset('heri')", "m.build()"),
)


def _millis(module: str, stmt: str) -> float:
    code = (f"import time, babel\nfrom parsers import {module} as m\n"
            f"t = time.perf_counter()\n{stmt}\nprint((time.perf_counter() - t) * 1000)")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    return float(out.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'table':32s} {'module':14s} {'shipped JSON':>13s} {'Babel build':>12s}")
    for name, module, use, build in TABLES:
        shipped = min(_millis(module, use) for _ in range(args.runs))
        built = min(_millis(module, build) for _ in range(args.runs))
        print(f"{name:32s} {module:14s} {shipped:10.1f} ms {built:9.1f} ms")


if __name__ == "__main__":
    main()
