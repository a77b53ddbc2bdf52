"""The root ``onionscope`` command group.

Each area's commands live in a module of this package and attach themselves to :data:`main`.
Commands turn user mistakes into :class:`click.ClickException` (one line, exit 1), never a
traceback.
"""

from __future__ import annotations

import click

from onionscope import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="onionscope")
def main() -> None:
    """Crawl onion markets and forums under a legal scope, extract, enrich and search them."""
