"""Who took part: stakeholder groups, headcounts, organisations and (optional) named individuals."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, func, select

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError, NotFoundError
from dialog_app.core.models import (
    Attendance,
    Dialogue,
    DialogueOrganisation,
    Organisation,
    Participant,
    StakeholderGroup,
)
from dialog_app.core.services.context import ServiceContext, as_uuid, require, required_text


class ParticipationService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # --- stakeholder groups --------------------------------------------------------------------

    def groups(self) -> list[StakeholderGroup]:
        with self._ctx.db.read() as session:
            return list(
                session.scalars(select(StakeholderGroup).order_by(StakeholderGroup.position))
            )

    def add_group(self, name: str, description: str = "", key: str | None = None) -> StakeholderGroup:
        name = required_text(name, "a stakeholder group needs a name")
        with self._ctx.db.write() as session:
            last = session.execute(select(func.max(StakeholderGroup.position))).scalar_one()
            group = StakeholderGroup(
                name=name, description=description, key=key, position=(last or 0) + 1
            )
            session.add(group)
        self._ctx.changes.publish(ChangeKind.PARTICIPATION, [group.id])
        return group

    def rename_group(self, group_id: uuid.UUID | str, name: str) -> StakeholderGroup:
        name = required_text(name, "a stakeholder group needs a name")
        with self._ctx.db.write() as session:
            group = require(session, StakeholderGroup, group_id, "stakeholder group")
            group.name = name
            session.add(group)
        self._ctx.changes.publish(ChangeKind.PARTICIPATION, [group.id])
        return group

    def find_group(self, name_or_key: str) -> StakeholderGroup:
        """A group by key ("municipality") or by name in any case ("Kommun", "kommun")."""
        wanted = name_or_key.strip().casefold()
        for group in self.groups():
            if wanted in {(group.key or "").casefold(), group.name.casefold(), str(group.id)}:
                return group
        raise NotFoundError("stakeholder group", name_or_key)

    # --- attendance ----------------------------------------------------------------------------

    def set_headcount(
        self, dialogue_id: uuid.UUID | str, group_id: uuid.UUID | str, headcount: int
    ) -> None:
        if not isinstance(headcount, int) or headcount < 0:
            raise InvalidValueError("a headcount is a whole number of 0 or more")
        dialogue_id, group_id = as_uuid(dialogue_id), as_uuid(group_id)
        with self._ctx.db.write() as session:
            require(session, Dialogue, dialogue_id, "dialogue")
            require(session, StakeholderGroup, group_id, "stakeholder group")
            row = session.scalars(
                select(Attendance).where(
                    Attendance.dialogue_id == dialogue_id, Attendance.group_id == group_id
                )
            ).first()
            row = row or Attendance(dialogue_id=dialogue_id, group_id=group_id)
            row.headcount = headcount
            session.add(row)
        self._ctx.changes.publish(ChangeKind.PARTICIPATION, [dialogue_id])

    def headcounts(self, dialogue_id: uuid.UUID | str) -> dict[uuid.UUID, int]:
        with self._ctx.db.read() as session:
            rows = session.execute(
                select(Attendance.group_id, Attendance.headcount).where(
                    Attendance.dialogue_id == as_uuid(dialogue_id)
                )
            )
            return dict(rows.all())

    # --- organisations -------------------------------------------------------------------------

    def organisation(self, name: str, group_id: uuid.UUID | str | None = None) -> Organisation:
        """The organisation of that name (any case), created when new."""
        name = required_text(name, "an organisation needs a name")
        with self._ctx.db.write() as session:
            found = _organisation_named(session, name)
            if found is None:
                found = Organisation(
                    name=name, name_key=name.casefold(), group_id=as_uuid(group_id) if group_id else None
                )
                session.add(found)
        return found

    def add_organisation(
        self, dialogue_id: uuid.UUID | str, name: str, group_id: uuid.UUID | str | None = None
    ) -> Organisation:
        """Record that an organisation took part in a dialogue."""
        organisation = self.organisation(name, group_id)
        dialogue_id = as_uuid(dialogue_id)
        with self._ctx.db.write() as session:
            require(session, Dialogue, dialogue_id, "dialogue")
            if session.get(DialogueOrganisation, (dialogue_id, organisation.id)) is None:
                session.add(DialogueOrganisation(dialogue_id=dialogue_id, organisation_id=organisation.id))
        self._ctx.changes.publish(ChangeKind.PARTICIPATION, [dialogue_id])
        return organisation

    def remove_organisation(self, dialogue_id: uuid.UUID | str, organisation_id: uuid.UUID | str) -> None:
        dialogue_id = as_uuid(dialogue_id)
        with self._ctx.db.write() as session:
            session.execute(
                delete(DialogueOrganisation).where(
                    DialogueOrganisation.dialogue_id == dialogue_id,
                    DialogueOrganisation.organisation_id == as_uuid(organisation_id),
                )
            )
        self._ctx.changes.publish(ChangeKind.PARTICIPATION, [dialogue_id])

    def organisations(self, dialogue_id: uuid.UUID | str | None = None) -> list[Organisation]:
        """The organisations of one dialogue, or all that the project knows, by name."""
        statement = select(Organisation).order_by(Organisation.name_key)
        if dialogue_id is not None:
            statement = statement.join(
                DialogueOrganisation, DialogueOrganisation.organisation_id == Organisation.id
            ).where(DialogueOrganisation.dialogue_id == as_uuid(dialogue_id))
        with self._ctx.db.read() as session:
            return list(session.scalars(statement))

    # --- named individuals (personal data) -----------------------------------------------------

    def add_participant(
        self,
        dialogue_id: uuid.UUID | str,
        name: str,
        organisation_id: uuid.UUID | str | None = None,
        group_id: uuid.UUID | str | None = None,
    ) -> Participant:
        participant = Participant(
            dialogue_id=as_uuid(dialogue_id),
            name=required_text(name, "a participant needs a name"),
            organisation_id=as_uuid(organisation_id) if organisation_id else None,
            group_id=as_uuid(group_id) if group_id else None,
        )
        with self._ctx.db.write() as session:
            require(session, Dialogue, participant.dialogue_id, "dialogue")
            session.add(participant)
        self._ctx.changes.publish(ChangeKind.PARTICIPATION, [participant.dialogue_id])
        return participant

    def participants(self, dialogue_id: uuid.UUID | str) -> list[Participant]:
        with self._ctx.db.read() as session:
            return list(
                session.scalars(
                    select(Participant)
                    .where(Participant.dialogue_id == as_uuid(dialogue_id))
                    .order_by(Participant.name)
                )
            )


def _organisation_named(session, name: str) -> Organisation | None:
    return session.scalars(
        select(Organisation).where(Organisation.name_key == name.casefold())
    ).first()
