"""What the Dialogues tab reads: the dialogues with their note counts, and one dialogue's notes."""

from __future__ import annotations

import uuid

from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.dialogues.note_rows import NoteRowSource
from dialog_app.gui.models.dialogue_list_model import DialogueRow
from dialog_app.gui.models.paged_rows import Listing
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


def read_notes(session: ProjectSession, dialogue_id: uuid.UUID | None,
               source: NoteRowSource | None, generation: int | None = None) -> QueryOp[Listing]:
    """The ids of a dialogue's notes (None: every note), and the rows of the first page, as of the
    rows' content ``generation`` (they are not shown if the notes changed since)."""
    note_filter = NoteFilter(dialogue_ids=frozenset({dialogue_id}) if dialogue_id else frozenset())
    return QueryOp(session, lambda project, _job: Listing.read(project.notes.ids(note_filter), source,
                                                               generation=generation))
