"""The named operations of File ▸ Merge…: a preview (each file merged and rolled back) and the
merge itself (a backup first, then every file, as one undo step), on the project's write queue."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from dialog_app.core.history import Action
from dialog_app.core.project_files import BackupReason
from dialog_app.core.services.merge_report import MergeReport
from dialog_app.gui.ops import ProjectSession, WriteOp


def preview_merge(session: ProjectSession, others: list[Path]) -> WriteOp[list[MergeReport]]:
    """What merging each file would do, and its theme conflicts; nothing is stored."""

    def work(project, job) -> list[MergeReport]:
        merging = project.project_merge
        return [merging.report(merging.merge(other, dry_run=True, job=job.part(n, len(others))))
                for n, other in enumerate(others)]

    return WriteOp(session, work)


def merge_projects(session: ProjectSession, others: list[Path],
                   choices: Mapping[str, str]) -> WriteOp[list[MergeReport]]:
    """Every file merged in, after a backup: one undo step; a cancel or a failure keeps none of it."""

    def work(project, job) -> list[MergeReport]:
        project.back_up(BackupReason.MERGE, unless_unchanged=False)
        merging = project.project_merge
        return [merging.report(merging.merge(other, job=job.part(n, len(others)), choices=choices))
                for n, other in enumerate(others)]

    return WriteOp(session, work, undo_as=Action.MERGE_PROJECTS)
