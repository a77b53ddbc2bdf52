"""``onionscope parse`` and ``onionscope profile test``: run the parsers on saved pages.

$ onionscope parse page.html --url http://x.onion/listing/1 --json
{"type": "page", "page_type": "listing", ...}
{"type": "listing", "title": "...", "price": 12.5, "currency": "EUR", ...}
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path

import click

from onionscope.cli.app import main
from parsers import parse_page
from parsers import profiles as profiles_mod
from parsers.errors import ProfileError
from parsers.records import to_json


def _emit(obj: Mapping[str, object]) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))


@main.command("parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--url", default=None, help="URL the page was fetched from (resolves links, picks profiles).")
@click.option("--profile", "profile_name", default=None, help="Site profile name or YAML file to apply.")
@click.option("--captured-at", default=None, help="Capture time (ISO 8601) for relative dates.")
@click.option("--content-type", default=None, help="Content-Type header the page was served with.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines: a page record, then the records.")
@click.option("--full-text", is_flag=True, help="Keep the whole page text in JSON (default: 2000 chars).")
def parse_cmd(
    files: tuple[Path, ...],
    url: str | None,
    profile_name: str | None,
    captured_at: str | None,
    content_type: str | None,
    as_json: bool,
    full_text: bool,
) -> None:
    """Classify FILE(s) and extract their records. Never fails on a page: unreadable files give an
    ``error`` page record and a message on stderr."""
    if profile_name:
        try:
            if profiles_mod.get(profile_name) is None:
                raise click.ClickException(f"unknown profile {profile_name!r} (see parsers/profiles/)")
        except ProfileError as exc:
            raise click.ClickException(str(exc)) from None
    for path in files:
        try:
            body = path.read_bytes()
        except OSError as exc:
            click.echo(f"onionscope parse: cannot read {path}: {exc.strerror or exc}", err=True)
            page = {
                "type": "page",
                "page_type": "error",
                "url": url,
                "lang": None,
                "engine": None,
                "error": f"cannot read file: {exc.strerror or exc}",
                "file": str(path),
            }
            _emit(page) if as_json else click.echo(f"{path}: error ({page['error']})")
            continue
        result = parse_page(
            body, url=url, content_type=content_type, captured_at=captured_at, profile=profile_name
        )
        if result.page.error:
            click.echo(f"onionscope parse: {path}: {result.page.error}", err=True)
        if as_json:
            page_json = to_json(result.page)
            text = page_json.get("text")
            if text is not None and not full_text and len(text) > 2000:
                page_json["text"], page_json["text_truncated"] = text[:2000], True
            page_json["file"] = str(path)
            _emit(page_json)
            for rec in result.records:
                _emit(to_json(rec))
        else:
            p = result.page
            click.echo(
                f"{path}: {p.page_type} engine={p.engine or '-'} lang={p.lang or '-'} "
                f"records={len(result.records)}"
            )
            for rec in result.records:
                fields = {
                    k: v
                    for k, v in to_json(rec).items()
                    if v not in (None, [], {}) and k not in ("url", "site", "captured_at", "pgp_key", "type")
                }
                click.echo(f"  {rec.kind}: {json.dumps(fields, ensure_ascii=False, default=str)[:300]}")
    sys.stdout.flush()


@main.group("profile")
def profile_group() -> None:
    """Site profiles: declarative selectors for known sites (parsers/profiles/*.yaml)."""


@profile_group.command("list")
def profile_list() -> None:
    """List the bundled profiles."""
    try:
        for prof in profiles_mod.load_profiles():
            click.echo(f"{prof.name}\t{', '.join(prof.hosts) or '-'}\t{prof.source}")
    except ProfileError as exc:
        raise click.ClickException(str(exc)) from None


@profile_group.command("test")
@click.argument("name")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--url", default=None, help="URL to pretend the pages came from.")
def profile_test(name: str, directory: Path, url: str | None) -> None:
    """Apply profile NAME to every file in DIRECTORY; print fields found per file.

    Exits non-zero when a page yields nothing (no page type from the profile, or no fields)."""
    try:
        prof = profiles_mod.get(name)
    except ProfileError as exc:
        raise click.ClickException(str(exc)) from None
    if prof is None:
        raise click.ClickException(f"unknown profile {name!r}")
    from parsers.dom import load

    files = sorted(p for p in directory.rglob("*") if p.is_file())
    if not files:
        raise click.ClickException(f"no files in {directory}")
    empty = 0
    for path in files:
        try:
            doc = load(path.read_bytes(), url=url)
            ptype, records = prof.apply(doc)
        except ProfileError as exc:
            raise click.ClickException(str(exc)) from None
        except Exception as exc:  # unreadable page: report, count as empty
            click.echo(f"{path}: unreadable ({type(exc).__name__})")
            empty += 1
            continue
        filled = sorted(
            {k for r in records for k, v in to_json(r).items() if v not in (None, [], {}, "") and k != "type"}
        )
        if ptype is None or (
            not records and ptype not in ("login", "captcha", "ddos_protection", "error", "other")
        ):
            empty += 1
            click.echo(f"{path}: NOTHING (page type {ptype or '-'})")
        else:
            click.echo(f"{path}: {ptype} records={len(records)} fields={','.join(filled) or '-'}")
    if empty:
        raise click.ClickException(f"{empty} of {len(files)} pages yielded nothing with profile {name!r}")
