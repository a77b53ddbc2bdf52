"""Errors of the lab. ``LabError`` is the root; its message is one line a user can act on."""


class LabError(Exception):
    """The lab could not start, answer or stop (the message says which process and why)."""


class LabAlreadyRunning(LabError):
    """``lab up`` was asked while a lab recorded in the same state directory still runs."""


class LabNotRunning(LabError):
    """No state file: ``onionscope lab up`` has not been run for this directory."""
