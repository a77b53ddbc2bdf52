"""Commands for legal officers: scopes, the audit log, retention and legal holds, blocklists.

    onionscope scope validate FILE          every problem, with field and line (exit 1 if any)
    onionscope scope show FILE              the scope in plain words
    onionscope audit verify [LOG]           exit 0 intact, 1 altered (names the first bad entry)
    onionscope audit report --scope ID      report for a legal officer (md, html or json)
    onionscope retention apply [--dry-run]  erase records past retention, unless held
    onionscope retention hold|release|list  legal holds
    onionscope blocklist add|check FILE ONION
    onionscope suspension list|lift SITE    content-stop suspensions

State lives under ``$ONIONSCOPE_HOME`` (default ``./.onionscope``): ``audit/audit.jsonl``,
``retention/holds.json``, ``blocklist.txt``; every command also takes explicit paths.

Other commands that consult or export data (search, export) log it with
:func:`consultation_options` and :func:`record_consultation` (the web app writes the same entries
with :func:`onionscope.consultation.append_consultation`)::

    @main.command()
    @consultation_options
    def search(query, user, justification, audit_log, scope_id): ...
        record_consultation("consultation", f"search: {query}", user=user,
                            justification=justification, audit_log=audit_log, scope_id=scope_id)
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ethics import paths
from ethics.audit import AuditLog, summary, verify
from ethics.blocklist import Blocklist
from ethics.content import Suspensions
from ethics.errors import EthicsError, ScopeError
from ethics.onion import normalise_host
from ethics.report import report
from ethics.retention import ErasableStore, Holds, apply_retention
from ethics.scope import Scope, explain, find_scope, load_scope, validate_scope_file
from index.errors import IndexBackendError
from onionscope.cli.app import main
from onionscope.consultation import append_consultation, default_user

F = TypeVar("F", bound=Callable[..., Any])

#: Modules offering ``erasable_store(home: Path) -> ErasableStore | None`` for retention.
STORE_PROVIDERS: tuple[str, ...] = ("index.retention:erasable_store", "crawler.retention:erasable_store")


def _key_option(f: F) -> F:
    return click.option("--key", "key", type=click.Path(dir_okay=False, path_type=Path), default=None,
                        help="Audit key file (default $ONIONSCOPE_AUDIT_KEY or "
                             "~/.config/onionscope/audit.key).")(f)


def _home_option(f: F) -> F:
    return click.option("--home", type=click.Path(file_okay=False, path_type=Path), default=None,
                        help="Data directory (default $ONIONSCOPE_HOME or ./.onionscope).")(f)


def consultation_options(f: F) -> F:
    """Options every data-consulting command needs: --user, --justification (required), --audit-log."""
    f = click.option("--audit-log", type=click.Path(dir_okay=False, path_type=Path), default=None,
                     help="Audit log (default <home>/audit/audit.jsonl).")(f)
    f = click.option("--justification", required=True,
                     help="Why you consult or export this data (recorded in the audit log).")(f)
    f = click.option("--user", default=default_user, show_default="$ONIONSCOPE_USER or login name",
                     help="Who is consulting (recorded in the audit log).")(f)
    return f


def record_consultation(operation: str, object: str, *, user: str, justification: str,
                        audit_log: Path | None = None, scope_id: str | None = None,
                        outcome: str = "ok", details: dict[str, Any] | None = None) -> dict[str, Any]:
    """Write a consultation/disclosure entry; a one-line ClickException if it cannot be written."""
    try:
        return append_consultation(operation, object, user=user, justification=justification,
                                   audit_log=audit_log, scope_id=scope_id, outcome=outcome,
                                   details=details)
    except (EthicsError, OSError) as exc:
        raise click.ClickException(f"cannot write the audit log: {exc}") from None


def _load(path: Path) -> Scope:
    try:
        return load_scope(path)
    except ScopeError as exc:
        raise click.ClickException(f"{path}: {len(exc.problems)} problem(s); first: {exc.problems[0]} "
                                   f"(run `onionscope scope validate {path}`)") from None


@main.group()
def scope() -> None:
    """Check and explain scope files (legal authorisations)."""


@scope.command("validate")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print problems as JSON.")
def scope_validate(file: Path, as_json: bool) -> None:
    """List every problem of a scope file with its field and line; exit 1 when there is any."""
    problems = validate_scope_file(file)
    if as_json:
        click.echo(json.dumps({"file": str(file), "ok": not problems,
                               "problems": [p.__dict__ for p in problems]}, indent=2))
    elif problems:
        for p in problems:
            click.echo(f"{file}:{p.line or '-'}: {p.field}: {p.message}")
        click.echo(f"{len(problems)} problem(s)")
    else:
        s = load_scope(file)
        message = s.status()[1]
        click.echo(f"{file}: valid scope {s.id}; {message}")
    if problems:
        raise SystemExit(1)


@scope.command("show")
@click.argument("file", type=click.Path(path_type=Path))
def scope_show(file: Path) -> None:
    """Explain a scope in plain words."""
    click.echo(explain(_load(file)), nl=False)


@main.group()
def audit() -> None:
    """Verify the audit log and report on it."""


@audit.command("verify")
@click.argument("log", required=False, type=click.Path(dir_okay=False, path_type=Path))
@_key_option
@_home_option
@click.option("--json", "as_json", is_flag=True)
def audit_verify(log: Path | None, key: Path | None, home: Path | None, as_json: bool) -> None:
    """Check the hash chain, signed checkpoints and head; exit 1 naming the first bad entry."""
    log = log or paths.audit_log_path(home)
    if not log.exists():
        raise click.ClickException(f"audit log {log} does not exist")
    try:
        res = verify(log, key)
    except EthicsError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(res.as_dict() | {"log": str(log)}, indent=2))
    elif res.ok:
        click.echo(f"{log}: OK, {res.entries} entries, {res.checkpoints} signed checkpoint(s); {res.reason}")
    else:
        where = f"entry {res.first_bad} (line {res.first_bad + 1})" if res.first_bad is not None else "log"
        hint = " (give the log's key with --key)" if "another key" in res.reason else ""
        click.echo(f"{log}: BROKEN at {where}: {res.reason}{hint}", err=not as_json)
    if not res.ok:
        raise SystemExit(1)


@audit.command("report")
@click.option("--scope", "scope_id", required=True, help="Scope id.")
@click.option("--log", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--scope-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The scope file (default: searched by id in <home>/scopes and ./scopes).")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--holds", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--pages", "include_pages", is_flag=True,
              help="Append every page fetched (URL, time, SHA-256).")
@click.option("--store", "stores", multiple=True, metavar="MODULE:FACTORY",
              help="Stores to count records due for erasure (default: index and crawler stores).")
@_key_option
@_home_option
def audit_report(scope_id: str, log: Path | None, scope_file: Path | None, fmt: str, output: Path | None,
                 holds: Path | None, include_pages: bool, stores: tuple[str, ...], key: Path | None,
                 home: Path | None) -> None:
    """Report for a legal officer: authority, collection, refusals, consultations, retention."""
    log = log or paths.audit_log_path(home)
    if not log.exists():
        raise click.ClickException(f"audit log {log} does not exist")
    s = _load(scope_file) if scope_file else find_scope(scope_id, paths.scopes_dirs(home))
    if s is not None and s.id != scope_id:
        raise click.ClickException(f"{scope_file} is scope {s.id}, not {scope_id}")
    try:
        rep = report(log, s, scope_id=scope_id, holds=Holds(holds or paths.holds_path(home)), key=key,
                     stores=_report_stores(paths.home(home), stores), include_pages=include_pages)
    except EthicsError as exc:
        raise click.ClickException(str(exc)) from None
    text = rep.render(fmt)
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"report written to {output}")
    else:
        click.echo(text, nl=False)


@main.group()
def retention() -> None:
    """Erase data past its retention period; legal holds."""


def _stores(home: Path, specs: tuple[str, ...]) -> list[ErasableStore]:
    stores: list[ErasableStore] = []
    for spec in specs or STORE_PROVIDERS:
        module_name, _, attr = spec.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if specs or (exc.name and not module_name.startswith(exc.name)):
                raise click.ClickException(f"cannot import store provider {spec}: {exc}") from None
            continue
        factory = getattr(module, attr or "erasable_store", None)
        if factory is None:
            raise click.ClickException(f"{module_name} has no {attr or 'erasable_store'}")
        try:
            found = factory(home)
        except IndexBackendError as exc:
            raise click.ClickException(f"{spec}: {exc} (nothing erased)") from None
        # A provider gives one store, a list of them (one per directory or index), or None.
        stores.extend(found if isinstance(found, list) else [] if found is None else [found])
    return stores


def _report_stores(home: Path, specs: tuple[str, ...]) -> list[ErasableStore]:
    """Stores for the report's "due for erasure" count; a store that cannot open is left out
    (the report is still worth having without that count)."""
    try:
        return _stores(home, specs)
    except click.ClickException:
        raise
    except Exception as exc:  # a backend that is down must not stop the report
        click.echo(f"note: erasable stores not counted ({exc})", err=True)
        return []


def _scopes(dirs: list[Path]) -> list[Scope]:
    found: dict[str, Scope] = {}
    for d in dirs:
        for p in sorted([*d.glob("*.yaml"), *d.glob("*.yml")]) if d.is_dir() else []:
            try:
                s = load_scope(p)
            except ScopeError:
                continue
            found.setdefault(s.id, s)
    return list(found.values())


@retention.command("apply")
@click.option("--dry-run", is_flag=True, help="Only list what would be erased.")
@click.option("--scopes-dir", "scopes_dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              help="Where scope files are (default <home>/scopes and ./scopes).")
@click.option("--store", "stores", multiple=True, metavar="MODULE:FACTORY",
              help="Store provider: FACTORY(home) returns an ErasableStore "
                   "(default: index and crawler stores).")
@click.option("--log", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--holds", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--actor", default=default_user, show_default="login name")
@click.option("--json", "as_json", is_flag=True)
@_key_option
@_home_option
def retention_apply(dry_run: bool, scopes_dirs: tuple[Path, ...], stores: tuple[str, ...],
                    log: Path | None, holds: Path | None, actor: str, as_json: bool, key: Path | None,
                    home: Path | None) -> None:
    """Erase every record past its scope's retention period, unless under legal hold."""
    h = paths.home(home)
    store_list = _stores(h, stores)
    if not store_list:
        raise click.ClickException("no erasable store found (index or capture store); nothing done")
    scope_list = _scopes(list(scopes_dirs) or paths.scopes_dirs(home))
    try:
        audit_log = None if dry_run else AuditLog(log or paths.audit_log_path(home), key)
        result = apply_retention(store_list, scope_list, Holds(holds or paths.holds_path(home)), audit_log,
                                 dt.datetime.now(dt.UTC), actor=actor, dry_run=dry_run)
        if audit_log is not None:
            audit_log.close()
    except EthicsError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(result.as_dict(), indent=2))
        return
    verb = "would erase" if dry_run else "erased"
    for r in result.erased:
        click.echo(f"{verb} {r.store}:{r.record_id} (scope {r.scope_id})")
    for r in result.held:
        click.echo(f"kept {r.store}:{r.record_id} (scope {r.scope_id}): {r.note}")
    for r in result.deferred:
        click.echo(f"deferred {r.store}:{r.record_id} (scope {r.scope_id}): {r.note}")
    deferred = f", {len(result.deferred)} deferred (file still being written)" if result.deferred else ""
    click.echo(f"{len(result.erased)} record(s) {verb}, {len(result.held)} kept under legal hold{deferred}, "
               f"{len(scope_list)} scope(s), {len(store_list)} store(s)")


def _holds_cmd(name: str, doc: str) -> None:
    @retention.command(name, help=doc)
    @click.argument("target")
    @click.option("--reason", required=True, help="Why (court order, request reference...).")
    @click.option("--actor", default=default_user, show_default="login name")
    @click.option("--record", is_flag=True, help="TARGET is a record id, not a scope id.")
    @click.option("--holds", type=click.Path(dir_okay=False, path_type=Path), default=None)
    @click.option("--log", type=click.Path(dir_okay=False, path_type=Path), default=None)
    @_key_option
    @_home_option
    def command(target: str, reason: str, actor: str, record: bool, holds: Path | None, log: Path | None,
                key: Path | None, home: Path | None) -> None:
        kind = "record" if record else "scope"
        try:
            with AuditLog(log or paths.audit_log_path(home), key) as audit_log:
                store = Holds(holds or paths.holds_path(home), audit_log)
                fn = store.hold if name == "hold" else store.release
                changed = fn(target, reason=reason, actor=actor, kind=kind)
        except EthicsError as exc:
            raise click.ClickException(str(exc)) from None
        if name == "hold":
            click.echo(f"{kind} {target} is under legal hold" + ("" if changed else " (already was)"))
        else:
            click.echo(f"legal hold on {kind} {target} released" if changed
                       else f"{kind} {target} was not held")


_holds_cmd("hold", "Put a scope (or with --record a record) under legal hold: retention will not erase it.")
_holds_cmd("release", "Release a legal hold.")


@retention.command("list")
@click.option("--holds", type=click.Path(dir_okay=False, path_type=Path), default=None)
@_home_option
def retention_list(holds: Path | None, home: Path | None) -> None:
    """List legal holds."""
    entries = Holds(holds or paths.holds_path(home)).entries()
    for e in entries:
        click.echo(f"{e.kind} {e.target}: held since {e.since} by {e.actor}: {e.reason}")
    if not entries:
        click.echo("no legal hold")


@main.group()
def blocklist() -> None:
    """Hashed blocklists of onion sites that are never contacted."""


@blocklist.command("add")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("onion")
@click.option("--plain", is_flag=True, help="Create the file with plain (unsalted) SHA-256 hashes.")
def blocklist_add(file: Path, onion: str, plain: bool) -> None:
    """Add an onion to FILE (created if absent): only its salted hash is written."""
    try:
        bl = Blocklist.load(file) if file.exists() else Blocklist.create(file, salted=not plain)
        added = bl.add(onion)
    except EthicsError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{'added' if added else 'already listed'}: sha256 {bl.digest(onion)} ({len(bl)} in {file})")


@blocklist.command("check")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("onion")
def blocklist_check(file: Path, onion: str) -> None:
    """Exit 0 and say so when ONION (or a URL's onion) is blocklisted, 1 otherwise."""
    try:
        bl = Blocklist.load(file)
    except EthicsError as exc:
        raise click.ClickException(str(exc)) from None
    if bl.contains(onion):
        click.echo("blocklisted")
        return
    click.echo("not blocklisted")
    raise SystemExit(1)


@main.group()
def suspension() -> None:
    """Sites suspended by a content stop: list them, lift a suspension after review."""


@suspension.command("list")
@_home_option
def suspension_list(home: Path | None) -> None:
    """List suspended sites and the content stop that suspended them."""
    sites = Suspensions(paths.suspensions_path(home)).sites()
    for site, reason in sorted(sites.items()):
        click.echo(f"{site}: {reason}")
    if not sites:
        click.echo("no suspended site")


@suspension.command("lift")
@click.argument("site")
@click.option("--reason", required=True, help="Why crawling this site may resume (review reference).")
@click.option("--actor", default=default_user, show_default="login name")
@click.option("--log", type=click.Path(dir_okay=False, path_type=Path), default=None)
@_key_option
@_home_option
def suspension_lift(site: str, reason: str, actor: str, log: Path | None, key: Path | None,
                    home: Path | None) -> None:
    """Lift a site's suspension (audited as a release)."""
    host = normalise_host(site.split("://", 1)[-1].split("/", 1)[0])
    if not Suspensions(paths.suspensions_path(home)).lift(host):
        raise click.ClickException(f"{host} is not suspended")
    try:
        with AuditLog(log or paths.audit_log_path(home), key) as audit_log:
            audit_log.append("release", actor=actor, justification=reason, object=f"suspension:{host}",
                             outcome="lifted")
    except EthicsError as exc:
        raise click.ClickException(f"suspension lifted but not audited: {exc}") from None
    click.echo(f"suspension of {host} lifted")


__all__ = ["consultation_options", "record_consultation", "summary"]
