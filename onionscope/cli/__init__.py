"""The ``onionscope`` command: one module of commands per area, attached to :data:`main`."""

# Importing each module registers its commands on the root group.
from onionscope.cli import crawl as _crawl  # noqa: F401
from onionscope.cli import demo as _demo  # noqa: F401
from onionscope.cli import enrich as _enrich  # noqa: F401
from onionscope.cli import ethics as _ethics  # noqa: F401
from onionscope.cli import index as _index  # noqa: F401
from onionscope.cli import lab as _lab  # noqa: F401
from onionscope.cli import parse as _parse  # noqa: F401
from onionscope.cli import serve as _serve  # noqa: F401
from onionscope.cli.app import main

__all__ = ["main"]
