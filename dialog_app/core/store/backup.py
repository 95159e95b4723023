"""Consistent copies of a project file, made with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dialog_app.core.store.pragmas import connect
from dialog_app.core.timeutil import utc_now


def backup_copy(path: Path, backup_dir: Path, label: str) -> Path:
    """Copy ``path`` into ``backup_dir`` under a time-stamped name and return the copy's path."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = utc_now().strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"{path.stem}-{stamp}-{label}{path.suffix}"
    source = connect(str(path), read_only=True)
    try:
        destination = sqlite3.connect(str(target))
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target
