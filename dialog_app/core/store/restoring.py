"""Restoring a backup over a project, always after keeping the project's current state.

The backup is checked first (a sound project of ours, not newer than this app); the current file
is backed up (or, when damaged, its bytes are kept as they are, never opened by SQLite); any
-journal or -wal beside it is moved to the backup folder, since it would be applied to the
restored file; then the backup's copy is renamed over the project in one step.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from dialog_app.core.errors import DialogAppError, ProjectMissingError
from dialog_app.core.store import backups, known_schemas, recovery
from dialog_app.core.store.backups import Backup, BackupError, BackupReason
from dialog_app.core.store.identity import read_identity
from dialog_app.core.store.pragmas import connect
from dialog_app.core.store.sidecars import journal_of, read_journal, read_wal, wal_of
from dialog_app.core.store.writer_lock import WriterLock


@dataclass(frozen=True)
class Restored:
    project: Path
    restored_from: Path
    current_kept_as: Path | None  # the backup of the state before, or the damaged file's bytes
    current_was_damaged: bool


def is_sound(path: Path) -> bool:
    """A complete, uncorrupted project file of ours, readable by this app; nothing is written."""
    try:
        identity = read_identity(path)
        if identity.schema_version == 0 or read_journal(path) or read_wal(path):
            return False  # a file with a pending journal is not sound on its own
        connection = connect(path, immutable=True)
        try:
            return (
                not known_schemas.compare(connection, identity.schema_version)
                and connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            )
        finally:
            connection.close()
    except (DialogAppError, sqlite3.Error, OSError):
        return False


def newest_sound_backup(project: Path) -> Backup | None:
    return next((b for b in backups.list_backups(project) if is_sound(b.path)), None)


def restore(project: Path, backup: Path) -> Restored:
    """Put ``backup`` in place of ``project``; raises BackupError when the backup is not usable,
    ProjectInUseError when another dialog_app has the project open."""
    if not is_sound(backup):
        raise BackupError(backup, BackupError.UNSOUND)
    lock = WriterLock.acquire(project)
    try:
        kept, damaged = _keep_current(project)
        backups.put_in_place(backup, project)
    finally:
        lock.release()
    return Restored(project, backup, kept, damaged)


def _keep_current(project: Path) -> tuple[Path | None, bool]:
    try:
        identity = read_identity(project)
    except ProjectMissingError:
        return None, False
    except DialogAppError:
        return backups.keep_damaged(project), True
    if not is_sound(project):  # SQLite never opens a damaged file: its bytes are kept as they are
        for sidecar in (journal_of(project), wal_of(project)):
            if sidecar.exists():  # what opening would do, so that it is not lost either
                try:
                    recovery.settle(project, recovery.inspect(project, identity))
                except (sqlite3.Error, OSError):
                    pass  # then kept as it is, below
                break
        if not is_sound(project):
            kept = backups.keep_damaged(project)
            for sidecar in (journal_of(project), wal_of(project)):
                if sidecar.exists():
                    recovery.set_aside(project, sidecar)
            return kept, True
    before = backups.take(project, BackupReason.RESTORE)
    return (before.path if before else None), False
