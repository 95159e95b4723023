"""What the Dialogues tab reads: the dialogues with their note counts, and one dialogue's notes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.dialogues.note_rows import NoteRowSource
from dialog_app.gui.dialogues.note_table_model import NoteRow
from dialog_app.gui.models.dialogue_list_model import DialogueRow
from dialog_app.gui.models.paged_rows import PAGE_SIZE
from dialog_app.gui.ops import ProjectSession, QueryOp

Dialogues = tuple[list[DialogueRow], NoteRowSource]


def read_dialogues(session: ProjectSession) -> QueryOp[Dialogues]:
    """Every dialogue with its number of notes, and the source the note table fetches rows from."""

    def work(project, _job) -> Dialogues:
        counts = project.dialogues.note_counts()
        rows = [
            DialogueRow(d.id, d.title, d.kind, d.starts_at, d.place, d.online, counts.get(d.id, 0))
            for d in project.dialogues.list()
        ]
        return rows, NoteRowSource(project)

    return QueryOp(session, work)


@dataclass(frozen=True)
class DialogueNotes:
    """A dialogue's note ids in the table's order, with the rows of the first page read with them
    (so the table shows text at once) and the source that read them."""

    ids: list[uuid.UUID]
    first: dict[uuid.UUID, NoteRow]
    source: NoteRowSource | None


def read_notes(session: ProjectSession, dialogue_id: uuid.UUID | None, source: NoteRowSource | None,
               first: int = PAGE_SIZE) -> QueryOp[DialogueNotes]:
    """The ids of a dialogue's notes (None: every note), and the rows of the first ``first``."""
    note_filter = NoteFilter(dialogue_ids=frozenset({dialogue_id}) if dialogue_id else frozenset())

    def work(project, _job) -> DialogueNotes:
        ids = project.notes.ids(note_filter)
        return DialogueNotes(ids, source(ids[:first]) if source is not None else {}, source)

    return QueryOp(session, work)
