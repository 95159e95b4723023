"""Merging another project file into this one (issue 13): a table project back into the master,
or two laptops' projects into one.

The other file is only read, and opened as any received file is (``open_read_only``: its header,
its schema and its pages checked; an older file read from an upgraded private copy). The merge is
one transaction (merge_rows.py says how rows are matched and settled); a dry run does the same work
and rolls it back, so what it reports is exactly what a merge would do. Two themes with one name
and different ids stop the merge until the caller says, for each, keep both or make one
(merge_themes.py). A merge is one undo step (merge_changes.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import DialogAppError
from dialog_app.core.history import Action, Step
from dialog_app.core.jobs import Job
from dialog_app.core.services import merge_changes, merge_report
from dialog_app.core.services.context import ServiceContext
from dialog_app.core.services.merge_rows import MergeCounts, merge_all
from dialog_app.core.services.merge_themes import ThemeConflict
from dialog_app.core.store.opening import open_read_only
from dialog_app.core.store.pragmas import connect


class SameProjectError(DialogAppError):
    """A project cannot be merged into itself."""


class ThemesToSettle(DialogAppError):
    """Themes of one name with different ids, with no choice given for them: nothing was merged."""

    def __init__(self, other: Path, conflicts: list[ThemeConflict]) -> None:
        names = ", ".join(sorted({c.name for c in conflicts}))
        super().__init__(f"{other.name}: {len(conflicts)} theme(s) share a name with a theme here ({names}); "
                         "keep both or make one")
        self.other = other
        self.conflicts = conflicts


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

    def merge(self, other: Path, *, dry_run: bool = False, job: Job | None = None,
              choices: Mapping[str, str] | None = None) -> MergeResult:
        """Bring in what ``other`` holds that this project lacks, settle rows both hold by time, and
        report it; one undo step. ``choices``: for each theme conflict, the other theme's hex id ->
        "both" or "one"; a conflict without one raises ``ThemesToSettle`` (a dry run reports it).
        The caller takes the backup first (the CLI and the GUI both do)."""
        other = Path(other)
        if _same_file(other, self._path):
            raise SameProjectError(f"{other} is this project itself")
        opened = open_read_only(other)
        try:
            source = connect(opened.database_path, read_only=True)
            try:
                counts = self._merge(other, source, dry_run, job or Job(), choices or {})
            finally:
                source.close()
        finally:
            opened.close()
        if counts.changed and not dry_run:
            self._publish()
            self._record_step(list(counts.changes.values()), len(counts.note_ids()))
        return MergeResult(other, counts, dry_run)

    def report(self, result: MergeResult) -> merge_report.MergeReport:
        """The result in words: counts, and the notes and tags it settled named by their text."""
        with self._ctx.db.read_connection() as connection:
            return merge_report.describe(connection, result)

    def _merge(self, other: Path, source, dry_run: bool, job: Job, choices: Mapping[str, str]) -> MergeCounts:
        counts = MergeCounts()
        try:
            with self._ctx.db.write_connection() as connection:
                counts = merge_all(source, connection, job, choices)
                if dry_run:
                    raise _RollBack
                if counts.unsettled:
                    raise ThemesToSettle(other, counts.unsettled)
        except _RollBack:
            pass
        return counts

    def _record_step(self, changes: list[merge_changes.TableChange], notes: int) -> None:
        def move(backwards: bool) -> None:
            with self._ctx.db.write_connection() as connection:
                (merge_changes.undo if backwards else merge_changes.redo)(connection, changes)
            self._publish()

        self._ctx.history.record(Step(Action.MERGE_PROJECTS, notes, undo=lambda: move(True),
                                      redo=lambda: move(False)))

    def _publish(self) -> None:
        for kind in (ChangeKind.DIALOGUES, ChangeKind.AGENDA, ChangeKind.PARTICIPATION, ChangeKind.THEMES,
                     ChangeKind.NOTES, ChangeKind.TAGS, ChangeKind.SYNTHESIS):
            self._ctx.changes.publish(kind)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
