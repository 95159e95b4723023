"""Automatic backups of a project, made with SQLite's online backup API, and restoring one.

Backups go to the app's backup folder, one folder per project file, so a USB stick full of
projects is not littered. Each backup is a complete, consistent project file with a small JSON
note beside it (when, why, how many notes). Rotation keeps the newest ten, then the newest of
each day for a month; a backup taken before an upgrade, restore, merge or import is kept for
the month too.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import StrEnum
from pathlib import Path

from dialog_app.core.errors import DialogAppError, ProjectAccessError
from dialog_app.core.paths import app_dirs
from dialog_app.core.store.identity import read_identity
from dialog_app.core.store.pragmas import connect
from dialog_app.core.store.clock import utc_now

KEEP_RECENT = 10
KEEP_DAYS = 30
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"(?P<stem>.*)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z-]+)\.dialog")


class BackupReason(StrEnum):
    OPEN = "open"
    PERIODIC = "periodic"
    UPGRADE = "before-upgrade"
    RESTORE = "before-restore"
    MERGE = "before-merge"
    IMPORT = "before-import"
    DAMAGED = "damaged"  # a damaged file's own bytes, kept before a backup replaced it


_KEPT_FOR_THE_MONTH = {BackupReason.UPGRADE, BackupReason.RESTORE, BackupReason.MERGE, BackupReason.IMPORT,
                       BackupReason.DAMAGED}


class BackupError(DialogAppError):
    """A backup cannot be used or made; ``reason`` says why, for the GUI and CLI to phrase."""

    NOT_A_BACKUP, UNSOUND, NOT_WRITTEN = "not_a_backup", "unsound", "not_written"
    _WORDS = {  # the command line prints the error as it is: words, not the reason's code
        NOT_A_BACKUP: "this is not a backup of the project; nothing was restored",
        UNSOUND: "this backup is damaged or not a dialog_app project; nothing was restored",
        NOT_WRITTEN: "the backup could not be written in place of the project",
    }

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        self.path = path
        self.reason = reason
        self.detail = detail
        super().__init__(f"{path}: {self._WORDS.get(reason, reason)}" + (f" ({detail})" if detail else ""))


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    reason: str
    notes: int | None  # live notes; None when the file could not be read
    schema_version: int
    mark: tuple[int, int, int] | None  # the project's content mark when it was taken


def folder_for(project: Path) -> Path:
    """This project file's backup folder: its name and a hash of where it lies."""
    resolved = str(Path(project).resolve())
    digest = hashlib.sha1(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    stem = re.sub(r"[^\w.-]+", "_", Path(project).stem)[:60] or "project"
    return app_dirs().backups / f"{stem}-{digest}"


def take(project: Path, reason: BackupReason, *, unless_unchanged_within: timedelta | None = None) -> Backup | None:
    """Back up ``project`` now; None when skipped because the newest backup already holds this state
    (and, with ``unless_unchanged_within``, is that recent). The caller holds the project's lock."""
    identity = read_identity(project)
    newest = next(iter(list_backups(project)), None)
    if unless_unchanged_within is not None and newest is not None and not identity.wal_header:
        if newest.mark == identity.content_mark or utc_now() - newest.taken_at < unless_unchanged_within:
            return None
    folder = folder_for(project)
    taken_at = utc_now()
    target = folder / f"{folder.name.rsplit('-', 1)[0]}-{taken_at.strftime(_STAMP)}-{reason.value}.dialog"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        notes = _copy_consistently(project, target)
        backup = Backup(target, taken_at, reason.value, notes, identity.schema_version,
                        None if identity.wal_header else identity.content_mark)
        _write_note(backup)  # without it the backup still lists, its facts read from the file
        rotate(folder)
    except (OSError, sqlite3.Error) as exc:
        raise ProjectAccessError(target, str(exc)) from exc
    return backup


def _copy_consistently(project: Path, target: Path) -> int:
    """SQLite's backup API into a hidden file that becomes ``target`` only when whole."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        return _copy_into(project, partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)  # a full disk leaves no half backup behind
        raise


def _copy_into(project: Path, partial: Path, target: Path) -> int:
    source = sqlite3.connect(str(project), isolation_level=None)  # the caller vetted this file
    try:
        source.execute("PRAGMA query_only=ON")
        destination = sqlite3.connect(str(partial), isolation_level=None)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode=DELETE")  # a copy of a 0.1 WAL-mode file, too
            notes = destination.execute("SELECT count(*) FROM note WHERE deleted_at IS NULL").fetchone()[0]
        finally:
            destination.close()
    finally:
        source.close()
    _fsync(partial)
    os.replace(partial, target)
    return notes


def list_backups(project: Path) -> list[Backup]:
    """The project's backups, newest first."""
    folder = folder_for(project)
    if not folder.is_dir():
        return []
    found = [_read(path) for path in folder.glob("*.dialog") if _NAME.fullmatch(path.name)]
    return sorted((b for b in found if b is not None), key=lambda b: b.taken_at, reverse=True)


def _read(path: Path) -> Backup | None:
    match = _NAME.fullmatch(path.name)
    if match is None:
        return None
    taken_at = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=timezone.utc)
    try:
        note = json.loads(_note_path(path).read_text(encoding="utf-8"))
        mark = tuple(note["mark"]) if note.get("mark") else None
        return Backup(path, taken_at, match["reason"], note.get("notes"), int(note["schema_version"]), mark)
    except (OSError, ValueError, KeyError, TypeError):
        return Backup(path, taken_at, match["reason"], _count_notes(path), _schema_version(path), None)


def _count_notes(path: Path) -> int | None:
    try:
        connection = connect(path, immutable=True)
        try:
            return connection.execute("SELECT count(*) FROM note WHERE deleted_at IS NULL").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def _schema_version(path: Path) -> int:
    try:
        return read_identity(path).schema_version
    except DialogAppError:
        return 0


def _note_path(backup_path: Path) -> Path:
    return backup_path.with_name(backup_path.name + ".json")


def _write_note(backup: Backup) -> None:
    data = {"reason": backup.reason, "notes": backup.notes, "schema_version": backup.schema_version,
            "mark": list(backup.mark) if backup.mark else None}
    _note_path(backup.path).write_text(json.dumps(data), encoding="utf-8")


def rotate(folder: Path, now: datetime | None = None) -> list[Path]:
    """Remove the backups the policy no longer keeps; return them."""
    now = now or utc_now()
    backups = sorted(
        (b for b in (_read(p) for p in folder.glob("*.dialog")) if b is not None),
        key=lambda b: b.taken_at, reverse=True,
    )
    keep: set[Path] = {b.path for b in backups[:KEEP_RECENT]}
    days_seen: set[str] = set()
    for backup in backups:
        if now - backup.taken_at > timedelta(days=KEEP_DAYS):
            continue
        if backup.reason in _KEPT_FOR_THE_MONTH:
            keep.add(backup.path)
        day = backup.taken_at.astimezone().date().isoformat()
        if day not in days_seen:
            days_seen.add(day)
            keep.add(backup.path)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
        _note_path(path).unlink(missing_ok=True)
    return removed


def delete_backups(project: Path, paths: list[Path]) -> list[Path]:
    """Delete these backups of ``project`` and their notes, their bytes overwritten first (an
    erasure: the backups still hold a person). Only files in the project's own backup folder that
    are named as backups are touched, never the project or anything else; returns those deleted."""
    folder = folder_for(project).resolve()
    deleted = []
    for path in paths:
        path = Path(path)
        if path.resolve().parent != folder or not _NAME.fullmatch(path.name) or not path.is_file():
            continue
        _overwrite(path)
        path.unlink()
        _note_path(path).unlink(missing_ok=True)
        deleted.append(path)
    return deleted


def _overwrite(path: Path) -> None:
    """Zeros over the file's bytes before it is unlinked: what a disk keeps of a deleted file is then
    no copy of the project (best effort: a flash disk may write the zeros elsewhere)."""
    size = path.stat().st_size
    chunk = b"\0" * (1 << 20)
    with open(path, "r+b") as handle:
        for _start in range(0, size, len(chunk)):
            handle.write(chunk[: min(len(chunk), size - handle.tell())])
        handle.flush()
        os.fsync(handle.fileno())


def keep_damaged(project: Path) -> Path:
    """Copy a damaged project's bytes, as they are, into its backup folder before it is replaced."""
    folder = folder_for(project)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{folder.name.rsplit('-', 1)[0]}-{utc_now().strftime(_STAMP)}-{BackupReason.DAMAGED.value}.dialog"
    shutil.copyfile(project, target)
    _fsync(target)
    return target


def put_in_place(backup: Path, project: Path) -> None:
    """Make ``project`` a copy of ``backup``: written beside it, then renamed over it in one step."""
    partial = project.with_name(f".{project.name}.restoring")
    try:
        shutil.copyfile(backup, partial)
        _fsync(partial)
        os.replace(partial, project)
        _fsync_folder(project.parent)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(project, BackupError.NOT_WRITTEN, exc.strerror or str(exc)) from exc


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder to sync it; NTFS journals the rename
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
