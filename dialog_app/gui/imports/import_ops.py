"""The import's operations: look at a file, read it into a plan, ask the project what is already
there, and store the plan.

Looking and reading touch no project, so they run beside everything else (a ``FileOp``, or a
``QueryOp`` where the plan is read with a project open); storing is one ``WriteOp`` and one undo
step, after an automatic backup of the project as it was.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from dialog_app.core.history import Action
from dialog_app.core.import_plan import ImportPlan
from dialog_app.core.project_files import BackupReason
from dialog_app.core.services.importing import ImportResult, ImportTarget
from dialog_app.gui.imports.import_data import Surroundings, load_surroundings
from dialog_app.gui.ops import FileOp, ProjectSession, QueryOp, WriteOp
from dialog_app.io.imports.reading import inspect_source, read_source
from dialog_app.io.imports.source_facts import ReadOptions, SourceFacts


def inspect_file(path: Path, options: ReadOptions = ReadOptions()) -> FileOp[SourceFacts]:
    """A quick look at the file: its kind, encoding, delimiter, sheets, header and first rows."""
    return FileOp(lambda _job: inspect_source(path, options))


def read_plan(session: ProjectSession, path: Path, options: ReadOptions) -> QueryOp[ImportPlan]:
    """The whole file read into a plan, with progress; nothing is stored yet."""
    return QueryOp(session, lambda _project, job: read_source(path, options, job))


def read_surroundings(session: ProjectSession, plan: ImportPlan) -> QueryOp[Surroundings]:
    """The dialogues and groups to choose from, and whether this file came in before."""
    return QueryOp(session, lambda project, _job: load_surroundings(project, plan))


def count_already_there(session: ProjectSession, plan: ImportPlan, dialogue_id: uuid.UUID) -> QueryOp[int]:
    """How many of the plan's notes the dialogue holds already."""
    return QueryOp(session, lambda project, _job: project.imports.already_there(plan, dialogue_id))


def store_plan(session: ProjectSession, plan: ImportPlan, target: ImportTarget) -> WriteOp[ImportResult]:
    """Back the project up, then store the plan: all of it or nothing, one undo step."""

    def store(project, job) -> ImportResult:
        project.back_up(BackupReason.IMPORT, unless_unchanged=False)
        return project.imports.apply(plan, target, job)

    return WriteOp(session, store, undo_as=Action.IMPORT)
