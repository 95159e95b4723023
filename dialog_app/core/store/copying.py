"""A consistent single-file copy of a project, for mailing or a USB stick (Arkiv ▸ Spara en kopia).

``VACUUM INTO`` writes a compact copy of one consistent state, without journal or WAL beside it.
It is written under a hidden name in the target's folder and only then given its name, by a hard
link where the file system has them (which refuses an existing name), so that no copy ever
replaces a project or any other file.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from dialog_app.core.errors import ProjectAccessError, ProjectExistsError
from dialog_app.core.store.pragmas import connect


def save_copy(database: Path, target: Path, settings: dict[str, Any] | None = None) -> Path:
    """Copy the project at ``database`` to the new file ``target``; never overwrites anything.

    ``settings`` are project settings the copy holds in place of the project's (a table project's
    table and title): written into the copy before it gets its name, so no one sees it without them.
    """
    target = Path(target)
    if os.path.lexists(target):
        raise ProjectExistsError(target)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        source = connect(database, read_only=True)
        try:
            source.execute("VACUUM INTO ?", (str(partial),))
        finally:
            source.close()
        if settings:
            _write_settings(partial, settings)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        _give_name(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, FileExistsError):
            raise ProjectExistsError(target) from exc
        raise ProjectAccessError(target, getattr(exc, "strerror", None) or str(exc)) from exc
    return target


def _write_settings(copy: Path, settings: dict[str, Any]) -> None:
    connection = connect(copy)
    try:
        connection.execute("BEGIN")
        connection.executemany("INSERT OR REPLACE INTO projectsetting (key, value) VALUES (?, ?)",
                               [(key, json.dumps(value, ensure_ascii=False)) for key, value in settings.items()])
        connection.execute("COMMIT")
    finally:
        connection.close()


def _give_name(partial: Path, target: Path) -> None:
    try:
        os.link(partial, target)  # fails if the name exists: nothing is replaced
    except FileExistsError:
        raise
    except OSError:  # no hard links (FAT on a USB stick): the race left is a file created meanwhile
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        os.rename(partial, target)
        return
    partial.unlink()
