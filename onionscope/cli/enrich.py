"""``onionscope enrich``: per-record enrichment and the crawl-wide summary, offline.

    onionscope parse --json page1.html > recs.jsonl
    onionscope enrich recs.jsonl -o enriched.jsonl
    onionscope enrich recs.jsonl --json
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from onionscope.cli.app import main


def read_records(path: Path) -> list[Any]:
    """Records from JSON Lines, a JSON array, or concatenated JSON documents (``parse --json`` output)."""
    from parsers.records import RECORD_TYPES, from_json

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"cannot read {path}: {exc}") from exc
    decoder = json.JSONDecoder()
    pos, records = 0, []
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            break
        try:
            doc, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            line = text.count("\n", 0, exc.pos) + 1
            raise click.ClickException(f"{path}: line {line}: not JSON ({exc.msg})") from exc
        items = doc if isinstance(doc, list) else doc.get("records", [doc]) if isinstance(doc, dict) else None
        if items is None:
            raise click.ClickException(f"{path}: a JSON value that is not a record: {str(doc)[:40]}")
        for item in items:
            if not isinstance(item, dict) or item.get("type") not in RECORD_TYPES:
                kind = item.get("type") if isinstance(item, dict) else type(item).__name__
                line = text.count("\n", 0, pos) + 1
                raise click.ClickException(f"{path}: line {line}: not a record (type {kind!r})")
            try:
                records.append(from_json(item))
            except (TypeError, ValueError) as exc:
                raise click.ClickException(f"{path}: bad {item['type']} record: {exc}") from exc
    return records


def _print_summary(view: dict[str, Any]) -> None:
    click.echo(f"records: {', '.join(f'{k} {v}' for k, v in view['records'].items()) or 'none'}")
    kinds = ", ".join(f"{k} {v}" for k, v in view["entities_by_kind"].items())
    click.echo(f"entities: {view['entities']} validated ({kinds or 'none'})")
    click.echo(f"actors linked across markets: {view['actors_linked']}")
    for actor in view["linked_vendors"]:
        aliases = ", ".join(f"{handle}@{market}" for market, handle in actor["aliases"])
        click.echo(f"  {actor['actor_id']}: {aliases}")
        for link in actor["links"]:
            click.echo(f"    {link['a'][1]} <-> {link['b'][1]} ({link['confidence']:.2f}): "
                       + "; ".join(link["evidence"]))
    click.echo("top producers:")
    for p in view["top_producers"]:
        click.echo(f"  {p['score']:6.2f}  {p['name']}@{p['site']}: {'; '.join(p['reasons'][:3])}")
    if not view["top_producers"]:
        click.echo("  none")
    click.echo("demand by category (USD):")
    for category, usd in sorted(view["demand_by_category"].items(), key=lambda kv: -kv[1]):
        click.echo(f"  {category:<14} {usd:>14,.2f}")
    if not view["demand_by_category"]:
        click.echo("  none")


@main.command()
@click.argument("infile", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the enriched records here as JSON Lines.")
@click.option("--rates", type=click.Path(dir_okay=False, path_type=Path),
              help="Exchange-rate table (YAML) instead of the packaged one.")
@click.option("--taxonomy", type=click.Path(dir_okay=False, path_type=Path),
              help="Category taxonomy (YAML) instead of the packaged one.")
@click.option("--top", default=10, show_default=True, help="How many producers to list.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def enrich(infile: Path, output: Path | None, rates: Path | None, taxonomy: Path | None, top: int,
           as_json: bool) -> None:
    """Enrich parsed records (language, file type, entities, prices) and summarise the crawl."""
    from enrichment import enrich_records, summary
    from enrichment.errors import EnrichmentError
    from parsers.records import to_json

    if not infile.exists():
        raise click.ClickException(f"no such file: {infile}")
    records = read_records(infile)
    settings = {"ENRICH_RATES_FILE": str(rates) if rates else None,
                "ENRICH_TAXONOMY_FILE": str(taxonomy) if taxonomy else None}
    try:
        records = enrich_records(records, settings=settings)
        view = summary(records, enriched=True, top=top, settings=settings)
    except EnrichmentError as exc:
        raise click.ClickException(str(exc)) from exc
    if output is not None:
        try:
            with output.open("w", encoding="utf-8") as handle:
                for record in records:
                    handle.write(json.dumps(to_json(record), ensure_ascii=False) + "\n")
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc}") from exc
    if as_json:
        click.echo(json.dumps(view, ensure_ascii=False, indent=2))
    else:
        _print_summary(view)
        if output is not None:
            click.echo(f"wrote {len(records)} enriched records to {output}")
