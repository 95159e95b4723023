"""What the command-line tests share: run a command in this process, and a file's digest (a
command that only reads leaves it as it was)."""

from __future__ import annotations

import hashlib

from dialog_app import cli


def run(capsys, *args) -> tuple[int, str, str]:
    """``dialog-app ARGS…``: its exit status, stdout and stderr."""
    status = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
