"""Search and ecosystem commands over the index (SQLite by default, or a cluster with --index URL).

    onionscope search QUERY --why TEXT [--type listing] [--site S] [--vendor V] [--category C]
                      [--min-price N] [--max-price N] [--currency EUR] [--lang de] [--from D] [--to D]
                      [--scope ID] [--sort relevance|date|price|...] [--facet site] [--json]
    onionscope vendor NAME --why TEXT [--json]
    onionscope ecosystem top-vendors|market-shares|category-trends [--category C] [--json]
    onionscope export graph --format graphml|gexf|json --why TEXT [-o FILE]
    onionscope index add FILE...        records as JSON lines (the form of `onionscope parse --json`)
    onionscope index replay             send spooled records to the cluster
    onionscope index stats [--json]

``--index`` takes a path, ``sqlite:///path`` or ``http(s)://host:port`` (default ``$ONIONSCOPE_INDEX``,
else ``<home>/index.sqlite``). Searches and vendor views are logged as ``consultation`` entries of
the audit log, exports as ``disclosure`` entries, each with ``--user`` and ``--why``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from index import open_index
from index.base import FACETS, SORTS, IndexBackend, Query
from index.ecosystem import KINDS
from index.errors import IndexBackendError
from index.export import FORMATS, render
from onionscope.cli.app import main
from onionscope.cli.ethics import default_user, record_consultation
from onionscope.consultation import describe_search
from parsers.records import from_json


def _index_option(f: Any) -> Any:
    return click.option(
        "--index",
        "target",
        envvar="ONIONSCOPE_INDEX",
        default=None,
        metavar="TARGET",
        help="Index: path, sqlite:///path or http(s)://host:port "
        "(default $ONIONSCOPE_INDEX or <home>/index.sqlite).",
    )(f)


def _audit_options(required: bool) -> Any:
    def deco(f: Any) -> Any:
        f = click.option(
            "--audit-log",
            type=click.Path(dir_okay=False, path_type=Path),
            default=None,
            help="Audit log (default <home>/audit/audit.jsonl).",
        )(f)
        helptext = "Why you consult this data (written to the audit log)."
        if required:
            f = click.option("--why", "--justification", "why", required=True, help=helptext)(f)
        else:
            f = click.option("--why", "--justification", "why", help=helptext + " If given, it is logged.")(f)
        f = click.option(
            "--user",
            default=default_user,
            show_default="$ONIONSCOPE_USER or login name",
            help="Who consults (written to the audit log).",
        )(f)
        return f

    return deco


def _open(target: str | None, **kw: Any) -> IndexBackend:
    try:
        return open_index(target, **kw)
    except IndexBackendError as exc:
        raise click.ClickException(str(exc)) from None


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def _label(rec: dict[str, Any]) -> str:
    text = rec.get("title") or rec.get("name") or rec.get("value") or rec.get("body") or rec.get("url") or ""
    return " ".join(str(text).split())[:100]


@main.command()
@click.argument("query", required=False, default="")
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice(["page", "listing", "vendor", "thread", "post", "author", "entity"]),
    help="Record type (repeatable).",
)
@click.option("--site", help="Onion host of the market or forum.")
@click.option("--vendor", help="Vendor name (case-insensitive).")
@click.option("--author", help="Forum author.")
@click.option("--category", help="Normalised category.")
@click.option("--min-price", type=float, help="Lowest price (USD, or --currency).")
@click.option("--max-price", type=float, help="Highest price (USD, or --currency).")
@click.option("--currency", help="Price range in this displayed currency (EUR, BTC...).")
@click.option("--lang", help="Language code (en, de...).")
@click.option("--from", "date_from", metavar="DATE", help="From this date (ISO 8601).")
@click.option("--to", "date_to", metavar="DATE", help="Up to this date, inclusive.")
@click.option("--scope", "scope_id", help="Legal scope id the records were collected under.")
@click.option("--entity", help="Exact identifier (wallet, onion, PGP fingerprint...).")
@click.option(
    "--stem", is_flag=True, help="Also match stemmed words in each record's language (cluster only)."
)
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True)
@click.option("--page", type=int, default=1, show_default=True)
@click.option("--size", type=int, default=20, show_default=True)
@click.option("--after", "search_after", metavar="CURSOR", help="Cursor of the next page (deep pagination).")
@click.option(
    "--facet", "facets", multiple=True, type=click.Choice(FACETS), help="Count hits by (repeatable)."
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@_index_option
@_audit_options(required=True)
def search(
    query: str,
    types: tuple[str, ...],
    site: str | None,
    vendor: str | None,
    author: str | None,
    category: str | None,
    min_price: float | None,
    max_price: float | None,
    currency: str | None,
    lang: str | None,
    date_from: str | None,
    date_to: str | None,
    scope_id: str | None,
    entity: str | None,
    stem: bool,
    sort: str,
    page: int,
    size: int,
    search_after: str | None,
    facets: tuple[str, ...],
    as_json: bool,
    target: str | None,
    user: str,
    why: str,
    audit_log: Path | None,
) -> None:
    """Full-text search over listings, vendors, threads, posts and pages (logged as a consultation)."""
    q = Query(
        text=query or None,
        types=list(types) or None,
        site=site,
        vendor=vendor,
        author=author,
        category=category,
        price_min=min_price,
        price_max=max_price,
        currency=currency,
        lang=lang,
        date_from=date_from,
        date_to=date_to,
        scope_id=scope_id,
        entity=entity,
        sort=sort,
        page=page,
        size=size,
        search_after=search_after,
        facets=list(facets),
        stem=stem,
    )
    if not why.strip():
        raise click.ClickException("--why needs a reason (it is written to the audit log)")
    try:
        q.normalized()  # a mistyped option is told before a missing or down index
    except IndexBackendError as exc:
        raise click.ClickException(str(exc)) from None
    idx = _open(target, must_exist=True)
    try:
        res = idx.search(q)
    except IndexBackendError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        idx.close()
    record_consultation(
        "consultation",
        describe_search(q),
        user=user,
        justification=why,
        audit_log=audit_log,
        scope_id=scope_id,
        outcome=f"{res.total} hits",
        details={"index": idx.engine, "returned": len(res.hits)},
    )
    if as_json:
        _echo_json(res.to_json())
        return
    for h in res.hits:
        r = h.record
        price = f" {r['price']:g} {r.get('currency') or ''}".rstrip() if r.get("price") is not None else ""
        who = r.get("vendor") or r.get("author") or ""
        click.echo(f"[{h.type}] {_label(r)} — {r.get('site') or ''}{' ' + who if who else ''}{price}")
        for frags in list(h.highlight.values())[:1]:
            click.echo("    " + " … ".join(frags)[:200])
    for name, buckets in res.facets.items():
        click.echo(f"{name}: " + ", ".join(f"{v} ({n})" for v, n in buckets))
    shown = f"{(q.page - 1) * q.size + 1}-{(q.page - 1) * q.size + len(res.hits)}" if res.hits else "0"
    click.echo(
        f"{res.total} hit(s), showing {shown}"
        + (f"; next page: --after {res.next_cursor}" if res.next_cursor else "")
    )


@main.command()
@click.argument("name")
@click.option("--json", "as_json", is_flag=True)
@_index_option
@_audit_options(required=True)
def vendor(name: str, as_json: bool, target: str | None, user: str, why: str, audit_log: Path | None) -> None:
    """Every market a vendor (and its linked identities) sells on, listings, prices and feedback over time."""
    idx = _open(target, must_exist=True)
    try:
        view = idx.vendor_view(name)
    except IndexBackendError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        idx.close()
    record_consultation(
        "consultation",
        f"vendor: {name}",
        user=user,
        justification=why,
        audit_log=audit_log,
        outcome="found" if view["found"] else "not found",
        details={"index": idx.engine, "markets": len(view["markets"])},
    )
    if as_json:
        _echo_json(view)
        return
    if not view["found"]:
        raise click.ClickException(f"no vendor named {name!r} in the index")
    click.echo(
        f"{name}: {len(view['identities'])} profile(s) on {len(view['markets'])} market(s); "
        f"names {', '.join(view['names'])}"
    )
    for i in view["identities"]:
        click.echo(
            f"  {i['site']}  {i['name']}  rating {i['rating']}  feedback {i['feedback_count']}  "
            f"linked by {i['link']}  seen {i['first_seen']} .. {i['last_seen']}"
        )
    for x in view["listings"]:
        prices = " -> ".join(f"{p['price']:g}" for p in x["history"] if p.get("price") is not None)
        click.echo(f"  [{x['site']}] {x['title']}  {x.get('currency') or ''} {prices}")
    if view["entities"]:
        click.echo("  identifiers: " + ", ".join(view["entities"]))


@main.command()
@click.argument("kind", type=click.Choice(list(KINDS)))
@click.option("--category", help="Only this category.")
@click.option("--site", help="top-vendors: only this market.")
@click.option("--limit", type=int, help="top-vendors: vendors per category (default 10).")
@click.option("--interval", type=click.Choice(["day", "month", "year"]), help="category-trends period.")
@click.option("--json", "as_json", is_flag=True)
@_index_option
@_audit_options(required=False)
def ecosystem(
    kind: str,
    category: str | None,
    site: str | None,
    limit: int | None,
    interval: str | None,
    as_json: bool,
    target: str | None,
    user: str,
    why: str | None,
    audit_log: Path | None,
) -> None:
    """Ecosystem figures: top vendors per category, market shares, category trends."""
    params = {"category": category, "site": site, "limit": limit, "interval": interval}
    allowed = {k: v for k, v in params.items() if k in KINDS[kind]}
    if any(v is not None for k, v in params.items() if k not in KINDS[kind]):
        raise click.ClickException(f"{kind} takes only {', '.join('--' + k for k in KINDS[kind])}")
    idx = _open(target, must_exist=True)
    try:
        rows = idx.ecosystem(kind, **allowed)
    except IndexBackendError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        idx.close()
    if why:
        record_consultation(
            "consultation",
            f"ecosystem: {kind} {json.dumps(allowed, sort_keys=True)}",
            user=user,
            justification=why,
            audit_log=audit_log,
            outcome=f"{len(rows)} rows",
        )
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        click.echo("no data")
        return
    cols = list(rows[0])
    click.echo("  ".join(cols))
    for r in rows:
        click.echo("  ".join("" if r[c] is None else str(r[c]) for c in cols))


@main.group("export")
def export_group() -> None:
    """Export data out of the index (logged as a disclosure)."""


@export_group.command("graph")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="graphml", show_default=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File (default stdout)."
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary (nodes, edges, file).")
@_index_option
@_audit_options(required=True)
def export_graph(
    fmt: str,
    output: Path | None,
    as_json: bool,
    target: str | None,
    user: str,
    why: str,
    audit_log: Path | None,
) -> None:
    """Vendors, markets, actors and shared identifiers as GraphML, GEXF or JSON."""
    idx = _open(target, must_exist=True)
    try:
        graph = idx.graph()
    except IndexBackendError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        idx.close()
    text = render(graph, fmt)
    record_consultation(
        "disclosure",
        f"export graph ({fmt}) to {output or 'stdout'}",
        user=user,
        justification=why,
        audit_log=audit_log,
        outcome="exported",
        details={"nodes": len(graph.nodes), "edges": len(graph.edges), "index": idx.engine},
    )
    if output:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc}") from None
    summary = {
        "nodes": len(graph.nodes),
        "edges": len(graph.edges),
        "format": fmt,
        "file": str(output) if output else None,
    }
    if as_json:
        _echo_json(summary)
    elif output:
        click.echo(f"{summary['nodes']} nodes, {summary['edges']} edges -> {output}")
    else:
        click.echo(text, nl=False)


@main.group("index")
def index_group() -> None:
    """Fill and look after the index."""


def _read_records(paths: tuple[str, ...]) -> Iterator[Any]:
    for p in paths:
        fh = sys.stdin if p == "-" else None
        try:
            src = fh or open(p, encoding="utf-8")  # noqa: SIM115  (closed below unless stdin)
        except OSError as exc:
            raise click.ClickException(f"cannot read {p}: {exc.strerror}") from None
        try:
            first = src.read(1)
            rest = src.read()
            text = first + rest
            items: list[Any]
            if first == "[":
                items = json.loads(text)
            else:
                items = [json.loads(line) for line in text.splitlines() if line.strip()]
            for n, item in enumerate(items, 1):
                if not isinstance(item, dict) or "type" not in item:
                    raise click.ClickException(f"{p}: item {n} is not a record (no 'type')")
                try:
                    yield from_json(item)
                except (KeyError, TypeError) as exc:
                    raise click.ClickException(f"{p}: item {n} is not a valid record: {exc}") from None
        except json.JSONDecodeError as exc:
            raise click.ClickException(
                f"{p}: not JSON or JSON lines ({exc.msg}, line {exc.lineno})"
            ) from None
        finally:
            if src is not sys.stdin:
                src.close()


@index_group.command("add")
@click.argument("files", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True)
@_index_option
def index_add(files: tuple[str, ...], as_json: bool, target: str | None) -> None:
    """Index records from JSON-lines files ('-' for stdin); a down cluster spools them."""
    records = list(_read_records(files))  # read all first: a bad file indexes nothing
    idx = _open(target, spool_when_down=True)
    try:
        n = idx.add(records)
        idx.flush()
    except IndexBackendError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        idx.close()
    spooled = getattr(idx, "spooled", 0)
    out = {"added": n, "spooled": spooled, "index": idx.engine}
    if as_json:
        _echo_json(out)
    else:
        click.echo(
            f"{n} record(s) indexed into {idx.engine}"
            + (f"; {spooled} spooled until the cluster is back" if spooled else "")
        )


@index_group.command("replay")
@click.option("--from", "source", metavar="URL", help="Replay the spool of another cluster URL into --index.")
@click.option("--json", "as_json", is_flag=True)
@_index_option
def index_replay(source: str | None, as_json: bool, target: str | None) -> None:
    """Send records spooled while the cluster was down."""
    if not target or not target.startswith(("http://", "https://")):
        raise click.ClickException("replay needs a cluster: --index http://host:port")
    idx = _open(target, replay=False)
    try:
        n = idx.replay(source) if hasattr(idx, "replay") else 0
    except IndexBackendError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        idx.close()
    if as_json:
        _echo_json({"replayed": n})
    else:
        click.echo(f"{n} spooled record(s) sent to {target}")


@index_group.command("stats")
@click.option("--json", "as_json", is_flag=True)
@_index_option
def index_stats(as_json: bool, target: str | None) -> None:
    """Documents per type."""
    idx = _open(target, must_exist=True)
    try:
        counts = {
            t: idx.count(t) for t in ("listing", "vendor", "thread", "post", "author", "page", "entity")
        }
        counts["total"] = idx.count()
    except IndexBackendError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        idx.close()
    if as_json:
        _echo_json({"index": idx.engine, "counts": counts})
    else:
        click.echo(f"{idx.engine}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
