"""A full, read-only check of a project file, reported in words a facilitator can pass on.

It checks what opening would meet (the files beside it, schema objects foreign to its version),
SQLite's page structure, references between rows, and the search index. It never writes the
file: the search index's own check runs on a private copy, and an unfinished write beside the
file is replayed into a private copy too.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from dialog_app.core.errors import DamagedIndexError, ProjectLockedError
from dialog_app.core.store import fts, known_schemas, recovery
from dialog_app.core.store.identity import SCHEMA_VERSION, read_identity
from dialog_app.core.store.pragmas import connect
from dialog_app.core.store.sqlite_errors import sqlite_errors, typed_error
from dialog_app.core.store.writer_lock import current_holder

_INDEX_DAMAGED = "the search index is damaged; search may fail or miss notes"
_INDEX_WORDS = re.compile(r"(?:missing from|wrong # of entries in) index (\w+)")


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)  # the file is not sound while there are any
    notes: list[str] = field(default_factory=list)  # worth knowing, not wrong


def check(path: Path) -> list[str]:
    """Problems found, in plain words; an empty list means the file is sound.

    A file that is not a project at all raises the typed error from ``read_identity``.
    """
    return check_report(path).problems


def check_report(path: Path) -> CheckReport:
    identity = read_identity(path)
    report = CheckReport()
    if identity.schema_version == 0:
        report.problems.append("an unfinished project file: its creation stopped half-way")
        return report
    if identity.schema_version < SCHEMA_VERSION:
        report.notes.append(
            f"saved in an older format (schema {identity.schema_version}); it is upgraded to {SCHEMA_VERSION}, "
            "after a backup, when it is next opened for editing"
        )
    holder = current_holder(path)
    findings = [] if holder is not None else recovery.inspect(path, identity)
    if holder is not None:
        report.notes.append(f"open for editing by {holder}; checked as it is on disk now")
    _describe_findings(findings, report)
    with tempfile.TemporaryDirectory(prefix="dialog_app-check-") as folder:
        target = path
        if any(f.verdict != recovery.Verdict.EMPTY for f in findings) or identity.wal_header:
            with sqlite_errors(path):
                target = recovery.recovered_copy(path, findings, Path(folder))
        _check_database(target, path, identity.schema_version, Path(folder), report)
    return report


def _describe_findings(findings: list[recovery.Finding], report: CheckReport) -> None:
    for finding in findings:
        name = finding.sidecar.name
        if finding.verdict == recovery.Verdict.HOSTILE:
            report.problems.append(
                f"{name} beside the file names another file for SQLite to delete; "
                "opening the project moves it to the backup folder, unread"
            )
        elif finding.verdict == recovery.Verdict.FOREIGN:
            report.problems.append(
                f"{name} beside the file belongs to another database or an earlier state of this one; "
                "opening the project moves it to the backup folder instead of applying it"
            )
        elif finding.verdict == recovery.Verdict.OURS:
            report.notes.append(
                f"{name} holds a write that was cut short (a crash); opening the project finishes it. "
                "Checked as it will then be"
            )


def _check_database(target: Path, shown: Path, version: int, scratch: Path, report: CheckReport) -> None:
    try:
        connection = connect(target, read_only=True)
    except sqlite3.Error as exc:
        _add_sqlite_failure(shown, exc, report)
        return
    try:
        difference = known_schemas.compare(connection, version)
        if difference.foreign:
            report.problems.append("holds database objects that dialog_app did not create, so it is not opened "
                                   "(nothing in them runs): " + _listed(difference.foreign))
        if difference.missing:
            report.problems.append("lacks some of its own database objects: " + _listed(difference.missing))
        if difference:
            return  # the checks below read tables that may be foreign objects
        report.problems.extend(_page_problems(connection))
        report.problems.extend(_reference_problems(connection))
        if not report.problems:
            report.problems.extend(_index_problems(connection, scratch))
    except sqlite3.DatabaseError as exc:
        _add_sqlite_failure(shown, exc, report)
    finally:
        connection.close()


def _listed(names: list[str], most: int = 6) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


def _add_sqlite_failure(shown: Path, exc: sqlite3.Error, report: CheckReport) -> None:
    typed = typed_error(shown, exc)
    if isinstance(typed, ProjectLockedError):
        raise ProjectLockedError(shown) from exc  # busy elsewhere is not damage
    if isinstance(typed, DamagedIndexError):
        report.problems.append(_INDEX_DAMAGED)
    else:
        report.problems.append("the file cannot be read as a database: its pages are damaged")


def _page_problems(connection: sqlite3.Connection) -> list[str]:
    """SQLite's integrity check, summed up in words: which indexes are out of step, or how much
    of the page structure is damaged."""
    messages = [row[0] for row in connection.execute("PRAGMA integrity_check(100)")]
    if messages == ["ok"]:
        return []
    indexes = sorted({_index_words(m.group(1)) for m in map(_INDEX_WORDS.search, messages) if m})
    problems = [f"the {words} is out of step with its table" for words in indexes]
    others = [m for m in messages if not _INDEX_WORDS.search(m) and not m.startswith("*** in database")]
    if others:
        problems.append(f"SQLite found {len(others)} damaged places in the file's page structure")
    return problems


def _index_words(name: str) -> str:
    """SQLite names a table's key indexes itself (sqlite_autoindex_note_1): say whose they are instead."""
    if name.startswith(known_schemas.AUTOINDEX):
        return f"key index of {name[len(known_schemas.AUTOINDEX):].rsplit('_', 1)[0]}"
    return f"index {name}"


def _reference_problems(connection: sqlite3.Connection) -> list[str]:
    broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    counts: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fk in broken:
        counts[(table, parent)] = counts.get((table, parent), 0) + 1
    return [
        f"{count} {'row' if count == 1 else 'rows'} of {table} refer to a {parent} that does not exist"
        for (table, parent), count in sorted(counts.items())
    ]


def _index_problems(connection: sqlite3.Connection, scratch: Path) -> list[str]:
    problems = []
    missing, orphans = fts.out_of_step(connection)
    if missing or orphans:
        problems.append(f"the search index is out of step ({missing} notes missing or stale, {orphans} extra)")
    (unnumbered,) = connection.execute("SELECT count(*) FROM note WHERE seq IS NULL").fetchone()
    if unnumbered:
        problems.append(f"{unnumbered} notes lack a search number")
    if not _fts_structure_sound(connection, scratch / "index-check.dialog"):
        problems.append(_INDEX_DAMAGED)
    return problems


def _fts_structure_sound(connection: sqlite3.Connection, copy: Path) -> bool:
    """FTS5 checks its index only as a write (an INSERT of 'integrity-check'): on a private copy."""
    destination = sqlite3.connect(str(copy), isolation_level=None)
    try:
        connection.backup(destination)
        destination.execute("PRAGMA trusted_schema=OFF")
        destination.execute(f"INSERT INTO {fts.FTS_TABLE}({fts.FTS_TABLE}) VALUES ('integrity-check')")
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        destination.close()
        copy.unlink(missing_ok=True)
