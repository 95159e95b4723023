"""The participant register: the named persons of each dialogue, with what the register may hold
about them (organisation, group, role, e-mail, phone), whether they consented, and why they are
kept (issue 14). Registered names are masked in every export.

Each change is one undo step; an entry that comes back (undo) keeps its id, so a merge or an
extract that knew it still finds it.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime

from sqlalchemy import select

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError, NotFoundError
from dialog_app.core.history import Action, Step
from dialog_app.core.models import Dialogue, Organisation, Participant, StakeholderGroup
from dialog_app.core.services.context import ServiceContext, as_uuid, require, required_text


@dataclass(frozen=True)
class ParticipantFields:
    """What a user types for one person; everything but the name may be empty."""

    name: str
    organisation: str = ""
    group_id: uuid.UUID | None = None
    role: str = ""
    email: str = ""
    phone: str = ""
    consent: bool = False
    purpose: str = ""


@dataclass(frozen=True)
class RegisteredPerson:
    """One register row as a screen shows it: the fields, and the names of what it points to."""

    id: uuid.UUID
    dialogue_id: uuid.UUID
    dialogue_title: str
    dialogue_date: datetime | None
    group_name: str
    fields: ParticipantFields


_COLUMNS = ("name", "role", "email", "phone", "consent", "purpose", "group_id")


class ParticipantRegister:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def people(self, dialogue_id: uuid.UUID | str | None = None) -> list[RegisteredPerson]:
        """The register of one dialogue, or of the whole project, by name then dialogue."""
        statement = (
            select(Participant, Dialogue.title, Dialogue.starts_at, Organisation.name, StakeholderGroup.name)
            .join(Dialogue, Dialogue.id == Participant.dialogue_id)
            .outerjoin(Organisation, Organisation.id == Participant.organisation_id)
            .outerjoin(StakeholderGroup, StakeholderGroup.id == Participant.group_id)
        )
        if dialogue_id is not None:
            statement = statement.where(Participant.dialogue_id == as_uuid(dialogue_id))
        with self._ctx.db.read() as session:
            rows = list(session.execute(statement))
        people = [
            RegisteredPerson(p.id, p.dialogue_id, title, starts, group or "", ParticipantFields(
                p.name, organisation or "", p.group_id, p.role, p.email, p.phone, bool(p.consent), p.purpose))
            for p, title, starts, organisation, group in rows
        ]
        return sorted(people, key=lambda p: (p.fields.name.casefold(),
                                             p.dialogue_date.timestamp() if p.dialogue_date else 0.0, str(p.id)))

    def add(self, dialogue_id: uuid.UUID | str, person: ParticipantFields) -> uuid.UUID:
        """Register a person for a dialogue; one undo step."""
        person = _checked(person)
        dialogue_id = as_uuid(dialogue_id)
        with self._ctx.db.write() as session:
            require(session, Dialogue, dialogue_id, "dialogue")
            row = Participant(dialogue_id=dialogue_id, **_values(session, person))
            session.add(row)
            row_id = row.id
        self._published(dialogue_id)
        self._ctx.history.record(Step(Action.ADD_PARTICIPANT, 1, undo=lambda: self._delete([row_id]),
                                      redo=lambda: self._insert([(row_id, dialogue_id, person)])))
        return row_id

    def update(self, participant_id: uuid.UUID | str, person: ParticipantFields) -> None:
        """Change what the register holds about one person; one undo step."""
        person = _checked(person)
        participant_id = as_uuid(participant_id)
        before = self._fields(participant_id)
        if before == person:
            return
        self._write(participant_id, person)
        self._ctx.history.record(Step(Action.EDIT_PARTICIPANT, 1, undo=lambda: self._write(participant_id, before),
                                      redo=lambda: self._write(participant_id, person)))

    def remove(self, participant_ids: list[uuid.UUID | str]) -> int:
        """Take persons off the register (their names in notes stay: erasing is another matter);
        one undo step."""
        ids = [as_uuid(i) for i in participant_ids]
        kept = [(p.id, p.dialogue_id, p.fields) for p in self.people() if p.id in set(ids)]
        if not kept:
            return 0
        self._delete([row_id for row_id, _dialogue, _fields in kept])
        self._ctx.history.record(Step(Action.REMOVE_PARTICIPANT, len(kept), undo=lambda: self._insert(kept),
                                      redo=lambda: self._delete([row_id for row_id, _d, _f in kept])))
        return len(kept)

    def _fields(self, participant_id: uuid.UUID) -> ParticipantFields:
        for person in self.people():
            if person.id == participant_id:
                return person.fields
        raise NotFoundError("participant", participant_id)

    def _write(self, participant_id: uuid.UUID, person: ParticipantFields) -> None:
        with self._ctx.db.write() as session:
            row = require(session, Participant, participant_id, "participant")
            for column, value in _values(session, person).items():
                setattr(row, column, value)
            session.add(row)
            dialogue_id = row.dialogue_id
        self._published(dialogue_id)

    def _insert(self, rows: list[tuple[uuid.UUID, uuid.UUID, ParticipantFields]]) -> None:
        with self._ctx.db.write() as session:
            for row_id, dialogue_id, person in rows:
                session.add(Participant(id=row_id, dialogue_id=dialogue_id, **_values(session, person)))
        self._published(*{dialogue_id for _id, dialogue_id, _person in rows})

    def _delete(self, ids: list[uuid.UUID]) -> None:
        with self._ctx.db.write() as session:
            dialogues = set()
            for row_id in ids:
                row = session.get(Participant, row_id)
                if row is not None:
                    dialogues.add(row.dialogue_id)
                    session.delete(row)
        self._published(*dialogues)

    def _published(self, *dialogue_ids: uuid.UUID) -> None:
        self._ctx.changes.publish(ChangeKind.PARTICIPATION, list(dialogue_ids))


def _checked(person: ParticipantFields) -> ParticipantFields:
    """Stripped text; a name is required, an e-mail must look like one."""
    stripped = {f.name: (value.strip() if isinstance(value := getattr(person, f.name), str) else value)
                for f in fields(person)}
    stripped["name"] = required_text(person.name, "a participant needs a name")
    person = replace(person, **stripped)
    if person.email and ("@" not in person.email or " " in person.email):
        raise InvalidValueError(f"not an e-mail address: {person.email!r}")
    return person


def _values(session, person: ParticipantFields) -> dict:
    """The participant row's columns for these fields; a new organisation name is added."""
    values = {column: value for column, value in asdict(person).items() if column in _COLUMNS}
    values["organisation_id"] = _organisation(session, person.organisation)
    if person.group_id is not None:
        require(session, StakeholderGroup, person.group_id, "stakeholder group")
    return values


def _organisation(session, name: str) -> uuid.UUID | None:
    if not name:
        return None
    found = session.scalars(select(Organisation).where(Organisation.name_key == name.casefold())).first()
    if found is None:
        found = Organisation(name=name, name_key=name.casefold())
        session.add(found)
        session.flush()
    return found.id
