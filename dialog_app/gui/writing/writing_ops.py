"""The Write tab's operations: read the themes and one theme's content; save the text; pick,
drop and order key quotes (each an undo step the synthesis service records itself)."""

from __future__ import annotations

import uuid

from dialog_app.gui.ops import ProjectSession, QueryOp, WriteOp
from dialog_app.gui.writing.synthesis_data import ThemeContent, ThemeList, load_content, load_themes


def read_themes(session: ProjectSession) -> QueryOp[ThemeList]:
    return QueryOp(session, lambda project, _job: load_themes(project))


def read_theme(session: ProjectSession, theme_id: uuid.UUID) -> QueryOp[ThemeContent]:
    return QueryOp(session, lambda project, _job: load_content(project, theme_id))


def save_text(session: ProjectSession, theme_id: uuid.UUID, text: str) -> WriteOp[None]:
    """The writer's text as typed; not an undo step (the editor has its own undo)."""
    return WriteOp(session, lambda project, _job: project.synthesis.save_text(theme_id, text))


def add_quote(session: ProjectSession, theme_id: uuid.UUID, note_id: uuid.UUID) -> WriteOp[None]:
    return WriteOp(session, lambda project, _job: project.synthesis.add_quote(theme_id, note_id))


def remove_quote(session: ProjectSession, theme_id: uuid.UUID, note_id: uuid.UUID) -> WriteOp[None]:
    return WriteOp(session, lambda project, _job: project.synthesis.remove_quote(theme_id, note_id))


def order_quotes(session: ProjectSession, theme_id: uuid.UUID, note_ids: list[uuid.UUID]) -> WriteOp[None]:
    return WriteOp(session, lambda project, _job: project.synthesis.order_quotes(theme_id, note_ids))
