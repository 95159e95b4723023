"""What the capture screen reads, off the GUI thread: the dialogues to choose from, everything it
shows for one dialogue in one go, and the ids of a dialogue's notes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from dialog_app.core.project import Project
from dialog_app.core.records import AgendaItemRecord, DialogueRecord
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.capture.capture_rows import CaptureRowSource
from dialog_app.gui.ops import ProjectSession, QueryOp


@dataclass
class Loaded:
    """Everything the screen shows for one dialogue."""

    dialogue: DialogueRecord
    agenda: list[AgendaItemRecord]
    current: AgendaItemRecord | None
    note_ids: list[uuid.UUID]
    rows: CaptureRowSource
    groups: list[tuple[uuid.UUID, str]]
    themes: list[tuple[uuid.UUID, str, str, str]]  # id, code, name, colour of the active framework
    headcounts: dict[uuid.UUID, int]
    present: list[tuple[uuid.UUID, str]]
    known_organisations: list[str]
    tables: list[str] = field(default_factory=list)
    own_table: str | None = None  # the table the project was prepared for: new notes start with it


def load_dialogue(project: Project, dialogue_id: uuid.UUID) -> Loaded:
    """Read everything the screen shows for a dialogue (runs off the GUI thread)."""
    dialogue = project.dialogues.get(dialogue_id)
    framework = project.frameworks.active_framework()
    top_themes = [t for t in project.frameworks.themes(framework.id) if t.parent_id is None][:9] if framework else []
    note_ids = project.notes.ids(NoteFilter(dialogue_ids=frozenset({dialogue_id})))
    groups = [(g.id, g.name) for g in project.participation.groups()]
    return Loaded(
        dialogue=dialogue,
        agenda=project.dialogues.agenda(dialogue_id),
        current=project.capture.current_question(dialogue_id),
        note_ids=note_ids,
        rows=CaptureRowSource(project),
        groups=groups,
        themes=[(t.id, t.code, t.name, t.colour) for t in top_themes],
        headcounts=project.participation.headcounts(dialogue_id),
        present=[(o.id, o.name) for o in project.participation.organisations(dialogue_id)],
        known_organisations=[o.name for o in project.participation.organisations()],
        tables=project.notes.table_labels(dialogue_id),
        own_table=project.table_label,
    )


def list_dialogues(session: ProjectSession) -> QueryOp[list[DialogueRecord]]:
    return QueryOp(session, lambda project, _job: project.dialogues.list())


def read_dialogue(session: ProjectSession, dialogue_id: uuid.UUID) -> QueryOp[Loaded]:
    return QueryOp(session, lambda project, _job: load_dialogue(project, dialogue_id))


def note_ids_of(session: ProjectSession, dialogue_id: uuid.UUID) -> QueryOp[list[uuid.UUID]]:
    """The ids of the dialogue's notes, newest first (notes came back, or arrived from elsewhere)."""
    note_filter = NoteFilter(dialogue_ids=frozenset({dialogue_id}))
    return QueryOp(session, lambda project, _job: project.notes.ids(note_filter))
