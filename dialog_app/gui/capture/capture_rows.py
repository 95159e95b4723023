"""Turns stored notes into the cards of the capture list (names of groups, themes and colours)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from dialog_app.core.project import Project
from dialog_app.gui.capture.capture_list_model import CaptureRow


class CaptureRowSource:
    """Callable over a page of ids; built off the GUI thread when the dialogue is opened."""

    def __init__(self, project: Project) -> None:
        self._project = project
        self.groups = {g.id: g.name for g in project.participation.groups()}
        self.themes: dict[uuid.UUID, tuple[uuid.UUID, str, str, str]] = {}
        for framework in project.frameworks.frameworks():
            for theme in project.frameworks.themes(framework.id):
                self.themes[theme.id] = (theme.id, theme.code, theme.name, theme.colour)

    def themes_of(self, theme_ids: Sequence[uuid.UUID]) -> tuple[tuple[uuid.UUID, str, str, str], ...]:
        return tuple(self.themes[t] for t in theme_ids if t in self.themes)

    def __call__(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, CaptureRow]:
        if not ids:
            return {}
        notes = self._project.notes.by_ids(list(ids))
        tags = self._project.tagging.themes_by_note(list(notes))
        return {
            note_id: CaptureRow(
                id=note_id,
                text=note.text,
                created_at=note.created_at,
                group=self.groups.get(note.group_id, "") if note.group_id else "",
                table_label=note.table_label or "",
                kind=note.kind,
                votes=note.votes,
                key_quote=note.key_quote,
                hidden_from_projector=note.hidden_from_projector,
                themes=self.themes_of(tags.get(note_id, [])),
            )
            for note_id, note in notes.items()
            if note.deleted_at is None
        }
