"""``python -m lab.searchnode start|stop|status|build``: run the embedded search node by hand.

python -m lab.searchnode start --home /tmp/node --json
{"url": "http://127.0.0.1:9200", "pid": 1234, "version": "2.19.6", ...}
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from lab.searchnode.build import ENGINES, ensure_built
from lab.searchnode.errors import SearchNodeError
from lab.searchnode.node import start, status, stop


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m lab.searchnode", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_start = sub.add_parser("start", help="build if needed, start in the background, wait for health")
    p_start.add_argument("--home", type=Path, required=True, help="node home (data, logs, node.json)")
    p_start.add_argument(
        "--port", type=int, default=None, help="HTTP port on 127.0.0.1 (default: a free one)"
    )
    p_start.add_argument("--engine", choices=sorted(ENGINES), default="opensearch")
    p_start.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for health")
    p_start.add_argument("--json", action="store_true", help="print machine-readable JSON")
    for name, text in (("stop", "stop the node of --home and wait"), ("status", "is the node of --home up?")):
        p = sub.add_parser(name, help=text)
        p.add_argument("--home", type=Path, required=True)
        p.add_argument("--json", action="store_true")
    p_build = sub.add_parser("build", help="compile the launcher (mvn -o, online if jars are missing)")
    p_build.add_argument("--engine", choices=sorted(ENGINES), default="opensearch")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "start":
            began = time.monotonic()
            node = start(args.home, port=args.port, timeout=args.timeout, engine=args.engine)
            info = {**node.as_dict(), "seconds": round(time.monotonic() - began, 1)}
            print(
                json.dumps(info)
                if args.json
                else f"{node.engine} {node.version} up at {node.url} (pid {node.pid})"
            )
        elif args.command == "stop":
            stopped = stop(args.home)
            if args.json:
                print(json.dumps({"stopped": stopped, "home": str(args.home.resolve())}))
            else:
                print("stopped" if stopped else f"no node running for {args.home}")
        elif args.command == "status":
            info = status(args.home)
            if args.json:
                print(json.dumps(info))
            elif info["running"]:
                where = f"{info['url']} (pid {info['pid']})"
                print(f"{info['engine']} {info['version']} at {where}: {info['health']}")
            else:
                print(f"no node running for {args.home}")
            return 0 if info["running"] else 3
        else:
            launch = ensure_built(args.engine)
            print(
                f"{launch.engine}: {launch.main_class}, {launch.classpath.count(':') + 1} classpath entries"
            )
    except SearchNodeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
