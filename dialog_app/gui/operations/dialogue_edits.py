"""A dialogue's operations outside the capture screen (issue 15): read it for its form, create,
save the whole form, and delete; each write one undo step."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from dialog_app.core.history import Action
from dialog_app.core.records import AgendaItemRecord, DialogueRecord
from dialog_app.core.services.dialogue_editing import NotesHeld, QuestionEdit
from dialog_app.gui.ops import ProjectSession, QueryOp, WriteOp


@dataclass(frozen=True)
class DialogueForm:
    """What the form shows: the dialogue and its agenda (None for a new one), and the project's zone."""

    dialogue: DialogueRecord | None
    agenda: list[AgendaItemRecord]
    time_zone: str
    notes_per_question: dict[uuid.UUID, int] = field(default_factory=dict)


def read_form(session: ProjectSession, dialogue_id: uuid.UUID | None) -> QueryOp[DialogueForm]:
    def work(project, _job) -> DialogueForm:
        zone = project.facts.read().time_zone
        if dialogue_id is None:
            return DialogueForm(None, [], zone)
        return DialogueForm(project.dialogues.get(dialogue_id), project.dialogues.agenda(dialogue_id), zone,
                            project.dialogue_editing.notes_per_question(dialogue_id))
    return QueryOp(session, work)


def create_dialogue(session: ProjectSession, fields: dict[str, Any],
                    questions: list[QuestionEdit]) -> WriteOp[DialogueRecord]:
    """The dialogue with its questions: one write, one undo step ("Undo new dialogue")."""
    values = dict(fields)
    title = values.pop("title")
    return WriteOp(session, lambda project, _job: project.dialogues.create_with_questions(
        title, [(q.question, q.planned_minutes) for q in questions], **values), undo_as=Action.CREATE_DIALOGUE)


def save_dialogue(session: ProjectSession, dialogue_id: uuid.UUID, fields: dict[str, Any],
                  questions: list[QuestionEdit]) -> WriteOp[DialogueRecord]:
    return WriteOp(session, lambda project, _job: project.dialogue_editing.edit(dialogue_id, fields, questions),
                   undo_as=Action.EDIT_DIALOGUE)


def notes_held(session: ProjectSession, dialogue_id: uuid.UUID) -> QueryOp[NotesHeld]:
    return QueryOp(session, lambda project, _job: project.dialogue_editing.notes_held(dialogue_id))


def delete_dialogue(session: ProjectSession, dialogue_id: uuid.UUID) -> WriteOp[None]:
    return WriteOp(session, lambda project, _job: project.dialogue_editing.delete(dialogue_id),
                   undo_as=Action.DELETE_DIALOGUE)
