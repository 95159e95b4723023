"""The participant register's operations: read what the register screen shows (off the GUI
thread), and add, edit or remove a person (each one undo step)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from dialog_app.core.history import Action
from dialog_app.core.services.participant_register import ParticipantFields, RegisteredPerson
from dialog_app.gui.ops import ProjectSession, QueryOp, WriteOp


@dataclass(frozen=True)
class RegisterView:
    """The register and the choices its form offers."""

    people: list[RegisteredPerson]
    dialogues: list[tuple[uuid.UUID, str]]  # id, title; newest first, as the Dialogues tab lists them
    groups: list[tuple[uuid.UUID, str]]
    organisations: list[str]


def read_register(session: ProjectSession) -> QueryOp[RegisterView]:
    def work(project, _job) -> RegisterView:
        return RegisterView(
            project.participant_register.people(),
            [(d.id, d.title) for d in project.dialogues.list()],
            [(g.id, g.name) for g in project.participation.groups()],
            [o.name for o in project.participation.organisations()],
        )
    return QueryOp(session, work)


def add_participant(session: ProjectSession, dialogue_id: uuid.UUID, person: ParticipantFields) -> WriteOp[uuid.UUID]:
    return WriteOp(session, lambda project, _job: project.participant_register.add(dialogue_id, person),
                   undo_as=Action.ADD_PARTICIPANT)


def update_participant(session: ProjectSession, participant_id: uuid.UUID, person: ParticipantFields) -> WriteOp[None]:
    return WriteOp(session, lambda project, _job: project.participant_register.update(participant_id, person),
                   undo_as=Action.EDIT_PARTICIPANT)


def remove_participants(session: ProjectSession, participant_ids: list[uuid.UUID]) -> WriteOp[int]:
    return WriteOp(session, lambda project, _job: project.participant_register.remove(participant_ids),
                   undo_as=Action.REMOVE_PARTICIPANT)
