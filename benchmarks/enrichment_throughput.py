"""Enrichment throughput on the lab's ground truth: records per second of each step, and batch steps.

    .venv/bin/python benchmarks/enrichment_throughput.py [--seed 7] [--scale N]

Prints one line per step (records, seconds, records/s). Language detection dominates per-record
cost; identity, demand and producer scoring are near-linear batch passes.
"""

from __future__ import annotations

import argparse
import time
from typing import Any


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scale", type=int, default=None, help="lab World scale (default: the lab's own)")
    args = parser.parse_args()

    from enrichment import pipelines
    from enrichment.demand import estimate_demand
    from enrichment.identity import link_vendors
    from enrichment.language import _best_guess
    from enrichment.producers import score_authors
    from enrichment.summary_view import split_records
    from lab.sites import World
    from parsers.records import Entity, Listing, from_json

    world = World(seed=args.seed, scale=args.scale)
    pages = list(world.ground_truth())
    records: list[Any] = []
    for page in pages:
        for data in page["records"]:
            record = from_json(data)
            if not isinstance(record, Entity):
                record.lang = None
                if isinstance(record, Listing):
                    record.price_usd = record.category_norm = None
                records.append(record)
    print(f"lab seed {args.seed}: {len(pages)} pages, {len(records)} records")
    _best_guess.cache_clear()
    for step in pipelines():
        start = time.perf_counter()
        for record in records:
            step.process_item(record)
        took = time.perf_counter() - start
        rate = len(records) / took if took else float("inf")
        print(f"{type(step).__name__:<20} {len(records):>7} records {took:8.3f} s {rate:10.0f} rec/s")
    kinds = split_records(records)
    batch = (("link_vendors", lambda: link_vendors(kinds["vendor"], kinds["listing"])),
             ("estimate_demand", lambda: estimate_demand(kinds["vendor"], kinds["listing"])),
             ("score_authors", lambda: score_authors(kinds["thread"], kinds["post"], kinds["author"])))
    for name, run in batch:
        start = time.perf_counter()
        run()
        print(f"{name:<20} {len(records):>7} records {time.perf_counter() - start:8.3f} s")


if __name__ == "__main__":
    main()
