"""``onionscope serve``: the read-only web app for analysts and legal officers.

    onionscope serve [--host 127.0.0.1] [--port 8001] [--index TARGET] [--audit-log FILE]
                     [--user NAME] [--trust-user-header HEADER] [--allow-remote]

Every consultation made through it is written to the audit log as the CLI writes it (see
:mod:`onionscope.web`). It binds 127.0.0.1 by default; another address needs ``--allow-remote``
(and belongs behind an authenticating reverse proxy, with ``--trust-user-header``).
"""

from __future__ import annotations

import logging
import signal
from pathlib import Path
from types import FrameType

import click

from index.errors import IndexBackendError
from onionscope.cli.app import main
from onionscope.cli.ethics import default_user
from onionscope.cli.index import _index_option
from onionscope.web import make_app, make_server
from onionscope.web.errors import HTTPError
from onionscope.web.server import is_loopback


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # SIGTERM ends the server like Ctrl-C: the index is closed cleanly


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="0: any free port."
)
@_index_option
@click.option(
    "--audit-log",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Audit log (default <home>/audit/audit.jsonl).",
)
@click.option(
    "--user",
    default=default_user,
    show_default="$ONIONSCOPE_USER or login name",
    help="Who consults (written to the audit log).",
)
@click.option(
    "--trust-user-header",
    metavar="HEADER",
    help="Take the user from this header set by an authenticating reverse proxy (e.g. X-Remote-User).",
)
@click.option(
    "--officer",
    "officers",
    multiple=True,
    metavar="NAME",
    help="A legal officer: when given (repeatable), only these users may open the audit pages.",
)
@click.option(
    "--allowed-host",
    "allowed_hosts",
    multiple=True,
    metavar="NAME",
    help="A host name the app answers to besides loopback ones (the name a reverse proxy serves it "
    "under); requests naming any other Host are refused (DNS rebinding).",
)
@click.option("--allow-remote", is_flag=True, help="Allow listening on a non-loopback address.")
def serve(
    host: str,
    port: int,
    target: str | None,
    audit_log: Path | None,
    user: str,
    trust_user_header: str | None,
    officers: tuple[str, ...],
    allowed_hosts: tuple[str, ...],
    allow_remote: bool,
) -> None:
    """Serve the web app (search, vendors, records, ecosystem, audit) on HOST:PORT."""
    if not is_loopback(host) and not allow_remote:
        raise click.ClickException(
            f"{host} is not a loopback address: add --allow-remote to listen on it "
            "(and put an authenticating reverse proxy in front)"
        )
    app = make_app(target, audit_log=audit_log, user=user, trust_user_header=trust_user_header,
                   officers=officers or None, allowed_hosts=allowed_hosts)
    try:
        idx = app.index()
        documents = idx.count()
        server = make_server(app, host, port, allow_remote=allow_remote)
    except (HTTPError, IndexBackendError) as exc:
        app.close()
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        app.close()
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    if not is_loopback(host):
        click.echo(
            f"WARNING: listening on {host}, reachable from other machines: collected data is served "
            "to whoever reaches it; keep it behind an authenticating reverse proxy",
            err=True,
        )
    shown = f"[{host}]" if ":" in host else host
    who = f"user from the {trust_user_header} header" if trust_user_header else f"user {app.user}"
    click.echo(
        f"onionscope web app on http://{shown}:{server.server_address[1]}/ "
        f"({idx.engine} index {app.describe_index()}, {documents} documents; {who}); Ctrl-C stops it"
    )
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.server_close()
        app.close()
