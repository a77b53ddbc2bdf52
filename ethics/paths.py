"""Where ethics state lives on disk, shared by the crawler, the index, the CLI and the web app.

The data directory is ``$ONIONSCOPE_HOME`` or ``./.onionscope``; the audit key lives outside it.

    >>> import os, pathlib
    >>> os.environ["ONIONSCOPE_HOME"] = "/tmp/osc-doc"
    >>> str(audit_log_path()), str(holds_path())
    ('/tmp/osc-doc/audit/audit.jsonl', '/tmp/osc-doc/retention/holds.json')
    >>> del os.environ["ONIONSCOPE_HOME"]
"""

from __future__ import annotations

import os
from pathlib import Path


def home(override: str | Path | None = None) -> Path:
    """The data directory: ``override``, else ``$ONIONSCOPE_HOME``, else ``./.onionscope``."""
    if override:
        return Path(override)
    return Path(os.environ.get("ONIONSCOPE_HOME") or ".onionscope")


def audit_log_path(base: str | Path | None = None) -> Path:
    """``<home>/audit/audit.jsonl``."""
    return home(base) / "audit" / "audit.jsonl"


def holds_path(base: str | Path | None = None) -> Path:
    """``<home>/retention/holds.json``: legal holds."""
    return home(base) / "retention" / "holds.json"


def blocklist_path(base: str | Path | None = None) -> Path:
    """``<home>/blocklist.txt``: the hashed blocklist every crawl consults."""
    return home(base) / "blocklist.txt"


def suspensions_path(base: str | Path | None = None) -> Path:
    """``<home>/suspensions.json``: sites suspended by a content stop."""
    return home(base) / "suspensions.json"


def scopes_dirs(base: str | Path | None = None) -> list[Path]:
    """Directories searched for scope files by id: ``<home>/scopes`` then ``./scopes``."""
    return [home(base) / "scopes", Path("scopes")]


def audit_key_path() -> Path:
    """``$ONIONSCOPE_AUDIT_KEY`` or ``~/.config/onionscope/audit.key`` (kept outside the log dir)."""
    env = os.environ.get("ONIONSCOPE_AUDIT_KEY")
    return Path(env) if env else Path.home() / ".config" / "onionscope" / "audit.key"


def pseudonym_key_path() -> Path:
    """``$ONIONSCOPE_PSEUDONYM_KEY`` or ``~/.config/onionscope/pseudonym.key``."""
    env = os.environ.get("ONIONSCOPE_PSEUDONYM_KEY")
    return Path(env) if env else Path.home() / ".config" / "onionscope" / "pseudonym.key"
