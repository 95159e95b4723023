"""Every action of the framework editor as a named operation: what it reads and what it writes.

The writes are one undoable step each in the core service (theme editing records its own steps, so
none is grouped again here). The counts asked before a merge or a deletion run on the write queue,
after the writes already queued, so that they count what the file will hold when the user answers.
"""

from __future__ import annotations

import uuid
from typing import Any

from dialog_app.core.project import Project
from dialog_app.core.records import FrameworkRecord, ThemeRecord
from dialog_app.core.services.frameworks import ThemeUsage
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.frameworks.framework_data import EditorData
from dialog_app.gui.ops import ProjectSession, QueryOp, WriteOp

# --- reading -----------------------------------------------------------------------------------


def load(session: ProjectSession, wanted: uuid.UUID | None) -> QueryOp[EditorData]:
    """The data for the framework ``wanted``, or the one in use when it is gone or not given."""
    return QueryOp(session, lambda project, _job: editor_data(project, wanted))


def editor_data(project: Project, wanted: uuid.UUID | None) -> EditorData:
    frameworks = project.frameworks.frameworks()
    active = project.frameworks.active_framework()
    active_id = active.id if active is not None else None
    ids = [f.id for f in frameworks]
    shown = wanted if wanted in ids else active_id if active_id in ids else ids[0] if ids else None
    if shown is None:
        return EditorData(frameworks, active_id, None, language=project.language)
    per_theme = project.stats.per_theme(project.stats.counts(shown))
    notes = {theme_id: count for theme_id, count in per_theme.items() if theme_id is not None}
    return EditorData(frameworks, active_id, shown, project.frameworks.themes(shown), notes,
                      project.language)


def theme_usage(session: ProjectSession, theme_id: uuid.UUID) -> WriteOp[ThemeUsage]:
    """What deleting the theme would touch (read after the writes already queued; writes nothing)."""
    return WriteOp(session, lambda project, _job: project.frameworks.theme_usage(theme_id))


def merge_gain(session: ProjectSession, source_id: uuid.UUID, target_id: uuid.UUID) -> WriteOp[int]:
    """How many notes would gain the target theme: those with the source but not the target
    (read after the writes already queued; writes nothing)."""
    def work(project: Project, _job) -> int:
        def tagged(theme_id: uuid.UUID) -> set[int]:  # row numbers: cheaper than ids, as good for counting
            return set(project.notes.keys(NoteFilter(theme_ids=frozenset({theme_id}))))

        return len(tagged(source_id) - tagged(target_id))

    return WriteOp(session, work)


def framework_notes(session: ProjectSession, theme_ids: list[uuid.UUID]) -> WriteOp[int]:
    """How many notes carry at least one of the themes, a framework deletion's reach (read after
    the writes already queued; writes nothing)."""
    def work(project: Project, _job) -> int:
        return project.notes.count(NoteFilter(theme_ids=frozenset(theme_ids))) if theme_ids else 0

    return WriteOp(session, work)


# --- whole frameworks ----------------------------------------------------------------------------


def create_framework(session: ProjectSession, name: str) -> WriteOp[FrameworkRecord]:
    return WriteOp(session, lambda project, _job: project.theme_editing.create_framework(name))


def add_preset(session: ProjectSession, preset_id: str, language: str) -> WriteOp[FrameworkRecord]:
    """Copy a shipped preset into the project, in ``language``."""
    return WriteOp(session, lambda project, _job: project.theme_editing.add_preset(preset_id, language))


def rename_framework(session: ProjectSession, framework_id: uuid.UUID, name: str) -> WriteOp[FrameworkRecord]:
    return WriteOp(session, lambda project, _job: project.theme_editing.rename_framework(framework_id, name))


def set_active(session: ProjectSession, framework_id: uuid.UUID) -> WriteOp[None]:
    """Make the framework the one capture, review and the projector use."""
    return WriteOp(session, lambda project, _job: project.theme_editing.set_active(framework_id))


def delete_framework(session: ProjectSession, framework_id: uuid.UUID) -> WriteOp[int]:
    return WriteOp(session, lambda project, _job: project.theme_editing.delete_framework(framework_id))


# --- themes --------------------------------------------------------------------------------------


def add_theme(session: ProjectSession, framework_id: uuid.UUID, name: str,
              **options: Any) -> WriteOp[ThemeRecord]:
    return WriteOp(session, lambda project, _job: project.theme_editing.add_theme(framework_id, name, **options))


def update_theme(session: ProjectSession, theme_id: uuid.UUID, changes: dict[str, Any]) -> WriteOp[ThemeRecord]:
    """Write the changed fields (only those) as one step."""
    return WriteOp(session, lambda project, _job: project.theme_editing.update_theme(theme_id, **changes))


def move_theme(session: ProjectSession, theme_id: uuid.UUID, parent_id: uuid.UUID | None,
               position: int) -> WriteOp[ThemeRecord]:
    return WriteOp(session,
                   lambda project, _job: project.theme_editing.move_theme(theme_id, parent_id, position))


def delete_theme(session: ProjectSession, theme_id: uuid.UUID) -> WriteOp[int]:
    return WriteOp(session, lambda project, _job: project.theme_editing.delete_theme(theme_id))


def merge_themes(session: ProjectSession, source_id: uuid.UUID, target_id: uuid.UUID) -> WriteOp[int]:
    return WriteOp(session, lambda project, _job: project.theme_editing.merge_themes(source_id, target_id))
