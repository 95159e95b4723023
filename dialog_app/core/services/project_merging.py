"""Merging another project file into this one (issue 13): a table project back into the master,
or two laptops' projects into one.

The other file is only read, and opened as any received file is (``open_read_only``: its header,
its schema and its pages checked; an older file read from an upgraded private copy). The merge is
one transaction (merge_rows.py says how rows are matched and settled); a dry run does the same work
and rolls it back, so what it reports is exactly what a merge would do.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import DialogAppError
from dialog_app.core.jobs import Job
from dialog_app.core.services.context import ServiceContext
from dialog_app.core.services.merge_rows import MergeCounts, merge_all
from dialog_app.core.store.opening import open_read_only
from dialog_app.core.store.pragmas import connect


class SameProjectError(DialogAppError):
    """A project cannot be merged into itself."""


@dataclass(frozen=True)
class MergeResult:
    other: Path
    counts: MergeCounts
    dry_run: bool


class _RollBack(Exception):
    """Ends a dry run's transaction without storing anything."""


class ProjectMergeService:
    def __init__(self, context: ServiceContext, path: Path) -> None:
        self._ctx = context
        self._path = path

    def merge(self, other: Path, *, dry_run: bool = False, job: Job | None = None) -> MergeResult:
        """Bring in what ``other`` holds that this project lacks, settle rows both hold by time, and
        report it. The caller takes the backup first (the CLI and the GUI both do)."""
        other = Path(other)
        if _same_file(other, self._path):
            raise SameProjectError(f"{other} is this project itself")
        opened = open_read_only(other)
        try:
            source = connect(opened.database_path, read_only=True)
            try:
                counts = self._merge(source, dry_run, job or Job())
            finally:
                source.close()
        finally:
            opened.close()
        if counts.changed and not dry_run:
            for kind in (ChangeKind.DIALOGUES, ChangeKind.AGENDA, ChangeKind.PARTICIPATION, ChangeKind.THEMES,
                         ChangeKind.NOTES, ChangeKind.TAGS, ChangeKind.SYNTHESIS):
                self._ctx.changes.publish(kind)
        return MergeResult(other, counts, dry_run)

    def _merge(self, source, dry_run: bool, job: Job) -> MergeCounts:
        counts = MergeCounts()
        try:
            with self._ctx.db.write_connection() as connection:
                counts = merge_all(source, connection, job)
                if dry_run:
                    raise _RollBack
        except _RollBack:
            pass
        return counts


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
