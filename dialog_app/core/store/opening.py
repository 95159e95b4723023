"""Opening a project file safely: for editing by exactly one dialog_app, or read-only.

For editing, in this order: the header (a project of ours, not from a newer version, a regular
file); the writer lock; the -journal or -wal beside it (finished if ours, set aside if not); its
schema objects (exactly those its version's migrations create); SQLite's quick check; a backup;
an upgrade of an older schema, after its own backup. Nothing is written before the lock is held
and the file is known to be ours.

Read-only (``info``, ``search``, ``check``, ``export``, a second window): the file is never
written. Where it needs anything first (an older schema, an unfinished write beside it, a 0.1
WAL-mode header), a private copy is prepared and opened instead, and removed on close.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from pathlib import Path

from dialog_app.core.errors import DamagedProjectError, ForeignSchemaError, ProjectAccessError, ReadOnlyProjectError
from dialog_app.core.store import backups, known_schemas, migrate, recovery
from dialog_app.core.store.identity import SCHEMA_VERSION, FileIdentity, read_identity
from dialog_app.core.store.pragmas import connect
from dialog_app.core.store.sidecars import read_journal
from dialog_app.core.store.sqlite_errors import sqlite_errors, typed_error
from dialog_app.core.store.writer_lock import LockHolder, WriterLock, current_holder


class NoticeKind(StrEnum):
    """What opening did or found that the user should hear of; the GUI and CLI phrase them."""

    UNFINISHED_WRITE_UNDONE = "unfinished_write_undone"  # a crash mid-write: its journal undone
    OLD_WAL_FINISHED = "old_wal_finished"  # dialog_app 0.1's WAL written into the file
    SIDECAR_SET_ASIDE = "sidecar_set_aside"  # a -wal/-journal of another file moved away
    STALE_LOCK_TAKEN_OVER = "stale_lock_taken_over"  # a crashed dialog_app's lock
    UPGRADED = "upgraded"  # an older schema upgraded, after a backup
    IN_USE_ELSEWHERE = "in_use_elsewhere"  # read-only: another dialog_app edits it
    READ_ONLY_LOCATION = "read_only_location"  # read-only: the file or its folder cannot be written
    PRIVATE_COPY = "private_copy"  # read-only: a prepared copy is shown, the file is as it was
    BACKUP_FAILED = "backup_failed"  # the backup on opening could not be written (a full disk)


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    path: Path | None = None  # where a set-aside file or a backup went
    holder: LockHolder | None = None


@dataclass
class OpenedFile:
    """A project file made ready to connect to; ``close`` releases the lock and the private copy."""

    path: Path  # the project as the user knows it
    database_path: Path  # what to connect to: the file itself, or a private copy
    read_only: bool
    lock: WriterLock | None = None
    notices: list[Notice] = field(default_factory=list)
    backup: backups.Backup | None = None  # taken on this opening
    _scratch: Path | None = None

    def close(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None


def open_for_editing(path: Path, backup_unless_within: timedelta = timedelta(0), back_up: bool = True) -> OpenedFile:
    """Make ``path`` ready for editing, or raise a typed error (ProjectInUseError: another
    dialog_app has it; ReadOnlyProjectError: it cannot be written here) with the file untouched.
    ``back_up=False``: no backup on opening (an erasure: a backup would keep what it erases); an
    upgrade is still backed up first."""
    read_identity(path)
    if not _writable(path):
        raise ReadOnlyProjectError(path, "the file or its folder cannot be written")
    try:
        lock = WriterLock.acquire(path)
    except ProjectAccessError as exc:  # no lock file can be made there: read-only media or folder
        raise ReadOnlyProjectError(path, "no lock file can be made beside it") from exc
    opened = OpenedFile(path, path, read_only=False, lock=lock)
    try:
        if lock.taken_over is not None:
            opened.notices.append(Notice(NoticeKind.STALE_LOCK_TAKEN_OVER, holder=lock.taken_over))
        identity = _settle_sidecars(path, opened.notices)
        _check_schema_and_pages(path, identity, quick_check=True)
        if migrate.needs_upgrade(path):
            opened.backup = backups.take(path, backups.BackupReason.UPGRADE)
            migrate.upgrade(path)
            opened.notices.append(Notice(NoticeKind.UPGRADED, path=opened.backup.path))
        elif back_up:
            try:
                opened.backup = backups.take(path, backups.BackupReason.OPEN,
                                             unless_unchanged_within=backup_unless_within)
            except ProjectAccessError:  # a full disk must not keep a meeting from its project
                opened.notices.append(Notice(NoticeKind.BACKUP_FAILED))
        if read_identity(path).wal_header:
            migrate.use_rollback_journal(path)
    except BaseException:
        opened.close()
        raise
    return opened


def _settle_sidecars(path: Path, notices: list[Notice]) -> FileIdentity:
    identity = read_identity(path)
    findings = recovery.inspect(path, identity)
    for finding in recovery.settle(path, findings):
        if finding.set_aside_to is not None and finding.verdict != recovery.Verdict.EMPTY:
            notices.append(Notice(NoticeKind.SIDECAR_SET_ASIDE, path=finding.set_aside_to))
        elif finding.verdict == recovery.Verdict.OURS:
            kind = NoticeKind.UNFINISHED_WRITE_UNDONE if finding.kind == "journal" else NoticeKind.OLD_WAL_FINISHED
            notices.append(Notice(kind))
    return read_identity(path) if findings else identity


def open_read_only(path: Path, quick_check: bool = False) -> OpenedFile:
    """Make ``path`` ready to read without ever writing it, or raise a typed error."""
    identity = read_identity(path)
    holder = current_holder(path)
    opened = OpenedFile(path, path, read_only=True)
    if holder is not None:
        opened.notices.append(Notice(NoticeKind.IN_USE_ELSEWHERE, holder=holder))
        findings = []  # the writer's own journal, mid-commit: SQLite's locks handle it
        if (journal := read_journal(path)) is not None and journal.names_super_journal:
            findings = recovery.inspect(path, identity)
    else:
        findings = recovery.inspect(path, identity)
    if not _writable(path):
        opened.notices.append(Notice(NoticeKind.READ_ONLY_LOCATION))
    needs_copy = bool(findings) or identity.wal_header or identity.schema_version < SCHEMA_VERSION
    try:
        if needs_copy:
            opened._scratch = Path(tempfile.mkdtemp(prefix="dialog_app-read-"))
            with sqlite_errors(path):
                opened.database_path = recovery.recovered_copy(path, findings, opened._scratch)
            opened.notices.append(Notice(NoticeKind.PRIVATE_COPY))
            for finding in findings:
                if finding.verdict in (recovery.Verdict.FOREIGN, recovery.Verdict.HOSTILE):
                    opened.notices.append(Notice(NoticeKind.SIDECAR_SET_ASIDE, path=finding.sidecar))
            copy_identity = read_identity(opened.database_path)
            _check_schema_and_pages(opened.database_path, copy_identity, quick_check, reported_as=path)
            if copy_identity.schema_version < SCHEMA_VERSION:
                migrate.upgrade(opened.database_path)
            if read_identity(opened.database_path).wal_header:
                migrate.use_rollback_journal(opened.database_path)
        else:
            _check_schema_and_pages(path, identity, quick_check, read_only=True)
    except BaseException:
        opened.close()
        raise
    return opened


def _check_schema_and_pages(path: Path, identity: FileIdentity, quick_check: bool, read_only: bool = False,
                            reported_as: Path | None = None) -> None:
    """Refuse a file whose schema objects are not exactly its version's, or whose pages are damaged."""
    shown = reported_as or path
    if identity.schema_version == 0:  # our signature, no schema: a creation that stopped half-way
        raise DamagedProjectError(shown, "an unfinished project file")
    try:
        # A file refused here is left as it came: a 0.1 WAL-mode file is converted only once vetted.
        connection = connect(path, read_only=read_only, keep_journal_mode=True)
    except sqlite3.Error as exc:
        raise typed_error(shown, exc) or DamagedProjectError(shown, str(exc)) from exc
    try:
        with sqlite_errors(shown):
            difference = known_schemas.compare(connection, identity.schema_version)
            if difference:
                raise ForeignSchemaError(shown, difference.foreign, difference.missing)
            if quick_check:
                problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
                if problems != ["ok"]:
                    raise DamagedProjectError(shown, "SQLite's quick check failed")
    finally:
        connection.close()


def _writable(path: Path) -> bool:
    """Could dialog_app write this file, and its journal and lock beside it? Asked, not tried:
    reading must not so much as touch the folder. (Root passes permission bits, not a read-only
    mount; where the answer is wrong, taking the lock fails and says so.)"""
    return os.access(path, os.W_OK) and os.access(path.parent if str(path.parent) else Path("."), os.W_OK)
