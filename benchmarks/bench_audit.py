"""Audit log figures: append rate (entries/s, flock + signed head each entry) in one process and
across several processes, per fsync mode; verify time for 10^4 entries; policy checks/s.

    .venv/bin/python benchmarks/bench_audit.py [--entries 10000] [--procs 4]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import tempfile
import time
from pathlib import Path

from ethics.audit import AuditLog, verify
from ethics.policy import Policy
from ethics.scope import parse_scope

KEY = bytes(range(32))
ONION = "g3o364kv6cbo3h72tdrjtzynoictxdyikzdkfiwgggs6m3wgftpgjaad.onion"


def _append(path: str, n: int, fsync: str, tag: int = 0) -> None:
    log = AuditLog(path, key=KEY, fsync=fsync)
    for i in range(n):
        log.append("collection", actor=f"crawler-{tag}", scope_id="bench",
                   object=f"http://{ONION}/p/{tag}/{i}", outcome="stored", sha256="ab" * 32,
                   details={"status": 200, "size": 4096, "mime": "text/html"})
    log.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--procs", type=int, default=4)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-audit-"))
    n = args.entries
    for fsync, count in (("never", n), ("checkpoint", n), ("always", min(n, 500))):
        path = tmp / f"one-{fsync}" / "audit.jsonl"
        t = time.perf_counter()
        _append(str(path), count, fsync)
        dt_s = time.perf_counter() - t
        print(f"append, 1 process, fsync={fsync:<10}: {count / dt_s:9.0f} entries/s ({count} entries)")
    path = tmp / "multi" / "audit.jsonl"
    AuditLog(path, key=KEY).close()
    ctx = multiprocessing.get_context("fork")
    per = n // args.procs
    t = time.perf_counter()
    procs = [ctx.Process(target=_append, args=(str(path), per, "checkpoint", w)) for w in range(args.procs)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    dt_s = time.perf_counter() - t
    rate = per * args.procs / dt_s
    print(f"append, {args.procs} processes, fsync=checkpoint: {rate:9.0f} entries/s in total")
    one = tmp / "one-checkpoint" / "audit.jsonl"
    for label, p in (("1 process", one), (f"{args.procs} processes", path)):
        t = time.perf_counter()
        res = verify(p, KEY)
        ms = 1000 * (time.perf_counter() - t)
        print(f"verify {res.entries} entries ({label}): {ms:.0f} ms, ok={res.ok}")
    scope = parse_scope(f"""{{id: bench, case_reference: B, legal_basis: {{kind: research, text: t}},
purpose: p, authorised_by: a, valid_from: 2026-01-01, valid_until: 2030-12-31,
targets: [{{onion: {ONION}, deny: ["/admin*"]}}], retention_days: 1, max_pages: 10000000}}""")
    now = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    policy = Policy(scope, now=now)
    t = time.perf_counter()
    for i in range(n):
        policy.check(f"http://{ONION}/p/{i}")
    print(f"policy.check without audit: {n / (time.perf_counter() - t):9.0f} checks/s")
    with AuditLog(tmp / "pol" / "audit.jsonl", key=KEY) as log:
        policy = Policy(scope, now=now, audit=log)
        t = time.perf_counter()
        for i in range(n):
            policy.check(f"http://{ONION}/p/{i}")
        print(f"policy.check with audit   : {n / (time.perf_counter() - t):9.0f} checks/s")


if __name__ == "__main__":
    main()
