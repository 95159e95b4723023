"""Decides what a -journal or -wal beside a project means, and finishes or sets it aside.

After a crash in the middle of a write, the project's own -journal holds the pages to undo it:
that journal is ours, and SQLite plays it back. Anything else beside the file is not applied:

* a journal that names a super-journal (dialog_app never writes one; SQLite would delete the file
  it names) is set aside unread by SQLite;
* a journal whose copy of page 1 is not of this file's lineage (the file's change counter must be
  the journal's or one more) comes from another file;
* a -wal beside a rollback-journal file never belongs to it (a restored copy beside a crashed
  one's WAL); beside a file of dialog_app 0.1, which wrote WAL files, it must replay into a sound
  file that keeps every note the file alone has.

Where the bytes cannot decide, the sidecar is tried on a private copy first: only a result that is
sound, ours and of the same schema lets SQLite touch the real file. What is set aside is moved to
the project's backup folder, never deleted.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from dialog_app.core.store import backups, fts, known_schemas
from dialog_app.core.store.identity import APPLICATION_ID, FileIdentity
from dialog_app.core.store.pragmas import connect
from dialog_app.core.store.sidecars import journal_of, read_journal, read_wal, shm_of, wal_of
from dialog_app.core.store.clock import utc_now


class Verdict(StrEnum):
    OURS = "ours"  # an interrupted write of this file: finished (rolled back) by SQLite
    FOREIGN = "foreign"  # of another file or another time: set aside
    HOSTILE = "hostile"  # names a file for SQLite to delete: set aside, never read by SQLite
    EMPTY = "empty"  # holds nothing to apply


@dataclass(frozen=True)
class Finding:
    sidecar: Path
    kind: str  # "journal" or "wal"
    verdict: Verdict
    set_aside_to: Path | None = None  # where it went, once set aside


def inspect(path: Path, identity: FileIdentity) -> list[Finding]:
    """Judge the sidecars beside ``path``; nothing is changed."""
    findings = []
    journal = read_journal(path)
    if journal is not None:
        findings.append(Finding(journal_of(path), "journal", _judge_journal(path, identity, journal)))
    wal = read_wal(path)
    if wal is not None:
        findings.append(Finding(wal_of(path), "wal", _judge_wal(path, identity, wal)))
    return findings


def _judge_journal(path: Path, identity: FileIdentity, journal) -> Verdict:
    if journal.names_super_journal:
        return Verdict.HOSTILE
    if not journal.hot or journal.records == 0:
        return Verdict.EMPTY  # SQLite plays nothing back (killed before the write reached the file)
    if journal.page_size != identity.page_size:
        return Verdict.FOREIGN
    if journal.page_1_change_counter is not None:
        if identity.change_counter not in (journal.page_1_change_counter, journal.page_1_change_counter + 1):
            return Verdict.FOREIGN
    return Verdict.OURS if _replays_soundly(path, "-journal", identity) else Verdict.FOREIGN


def _judge_wal(path: Path, identity: FileIdentity, wal) -> Verdict:
    if not wal.valid_header or not wal.frames:
        return Verdict.EMPTY if identity.wal_header else Verdict.FOREIGN
    if not identity.wal_header or wal.page_size != identity.page_size:
        return Verdict.FOREIGN
    return Verdict.OURS if _replays_soundly(path, "-wal", identity, keeps_notes=True) else Verdict.FOREIGN


def _replays_soundly(path: Path, suffix: str, identity: FileIdentity, keeps_notes: bool = False) -> bool:
    """Apply the sidecar to a private copy: is the result a sound project of the same schema?"""
    with tempfile.TemporaryDirectory(prefix="dialog_app-trial-") as folder:
        trial = Path(folder) / "trial.dialog"
        shutil.copyfile(path, trial)
        shutil.copyfile(path.with_name(path.name + suffix), trial.with_name(trial.name + suffix))
        after = _sound_notes(trial, identity.schema_version)
        if after is None:
            return False
        if not keeps_notes:
            return True
        alone = Path(folder) / "alone.dialog"
        shutil.copyfile(path, alone)
        before = _sound_notes(alone, identity.schema_version)
        return before is None or before.items() <= after.items()


def _sound_notes(path: Path, version: int) -> dict[str, str] | None:
    """Every note's text by id, when ``path`` is a sound project of ``version``; else None.

    Sound as every state dialog_app commits is. A quick check is not enough: another project
    made with the same steps has the same change counter and its pages at the same places, and
    its journal, played into ours, passed it while swapping in its notes or its search index.
    Mixed pages show as indexes out of step with their tables, or a search index with other notes.
    """
    try:
        connection = connect(path)  # the copy is ours to change: SQLite replays, then reads
        try:
            sound = (
                connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
                and connection.execute("PRAGMA user_version").fetchone()[0] == version
                and not known_schemas.compare(connection, version)
                and connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                and not connection.execute("PRAGMA foreign_key_check").fetchall()
                and fts.out_of_step(connection) == (0, 0)
            )
            return dict(connection.execute("SELECT id, text FROM note")) if sound else None
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def settle(path: Path, findings: list[Finding]) -> list[Finding]:
    """On the real file: let SQLite finish what is ours, move the rest to the backup folder.

    The caller holds the project's lock; the returned findings say where things went.
    """
    settled = []
    for finding in findings:
        if finding.verdict in (Verdict.FOREIGN, Verdict.HOSTILE) or (
            finding.verdict == Verdict.EMPTY and finding.kind == "wal"
        ):
            finding = Finding(finding.sidecar, finding.kind, finding.verdict, set_aside(path, finding.sidecar))
            if finding.kind == "wal":
                shm_of(path).unlink(missing_ok=True)  # its index: no data, and wrong without the WAL
        settled.append(finding)
    if any(f.verdict in (Verdict.OURS, Verdict.EMPTY) and f.set_aside_to is None for f in settled):
        replay(path)
    return settled


def replay(path: Path) -> None:
    """Open the file once, so that SQLite finishes its journal or WAL in it."""
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        connection.execute("PRAGMA trusted_schema=OFF")
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    finally:
        connection.close()


def set_aside(project: Path, sidecar: Path) -> Path:
    folder = backups.folder_for(project) / "set-aside"
    folder.mkdir(parents=True, exist_ok=True)
    suffix = sidecar.name[len(project.name):]
    target = folder / f"{project.name}-{utc_now().strftime('%Y%m%dT%H%M%S%fZ')}{suffix}"
    shutil.move(str(sidecar), target)
    return target


def recovered_copy(path: Path, findings: list[Finding], folder: Path,
                   copy: Callable[[Path, Path], object] = shutil.copyfile) -> Path:
    """For a read-only opening: a private copy of ``path`` with only what is ours replayed into it."""
    target = folder / path.name
    copy(path, target)
    for finding in findings:
        if finding.verdict == Verdict.OURS:
            copy(finding.sidecar, target.with_name(target.name + finding.sidecar.name[len(path.name):]))
    if any(f.verdict == Verdict.OURS for f in findings):
        replay(target)
    return target
