"""Resolves notes to the names a table shows (dialogue title, question, group), for a page of ids."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from dialog_app.core.project import Project
from dialog_app.gui.dialogues.note_table_model import NoteRow


class NoteRowSource:
    """Callable over a page of ids; the name lookups are loaded once per refresh (off the GUI thread)."""

    def __init__(self, project: Project) -> None:
        self._project = project
        self.dialogues = {d.id: d.title for d in project.dialogues.list()}
        self.questions = {q.id: q.question for q in project.dialogues.all_questions().values()}
        self.groups = {g.id: g.name for g in project.participation.groups()}

    def __call__(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, NoteRow]:
        notes = self._project.notes.by_ids(list(ids))
        return {
            note_id: NoteRow(
                created_at=note.created_at,
                dialogue=self.dialogues.get(note.dialogue_id, ""),
                question=self.questions.get(note.agenda_item_id, "") if note.agenda_item_id else "",
                group=self.groups.get(note.group_id, "") if note.group_id else "",
                table_label=note.table_label or "",
                kind=note.kind,
                status=note.status,
                votes=note.votes,
                key_quote=note.key_quote,
                text=note.text,
            )
            for note_id, note in notes.items()
        }
