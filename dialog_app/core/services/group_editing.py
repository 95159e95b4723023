"""Stakeholder groups as the user edits them: add, rename, reorder, merge, delete; each one undo
step (issue 15).

Merging moves everything of one group to the kept one (its notes, its headcounts, added to the kept
group's in each dialogue, its registered persons and organisations) and removes it. Deleting
leaves the group's notes, persons and organisations without a group and drops its headcounts;
``use`` says beforehand how much that is. Undo puts every row back as it was.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select, update

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError
from dialog_app.core.history import Action, Step
from dialog_app.core.models import Attendance, Note, Organisation, Participant, StakeholderGroup
from dialog_app.core.services.context import ServiceContext, as_uuid, require, required_text


@dataclass(frozen=True)
class GroupUse:
    """What belongs to a group: notes (the bin's too), dialogues with a headcount, people, organisations."""

    notes: int
    dialogues: int
    people: int
    organisations: int


@dataclass
class _Removed:
    """A removed group and what pointed at it, to put back on undo."""

    group: dict[str, Any]
    notes: list[uuid.UUID]
    people: list[uuid.UUID]
    organisations: list[uuid.UUID]
    attendance: list[dict[str, Any]] = field(default_factory=list)  # both groups' rows, as they were


class GroupEditing:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def use(self, group_id: uuid.UUID | str) -> GroupUse:
        group_id = as_uuid(group_id, "stakeholder group id")
        with self._ctx.db.read() as session:
            require(session, StakeholderGroup, group_id, "stakeholder group")

            def count(model, *where) -> int:
                return session.execute(select(func.count()).select_from(model).where(*where)).scalar_one()

            return GroupUse(
                notes=count(Note, Note.group_id == group_id),
                dialogues=count(Attendance, Attendance.group_id == group_id, Attendance.headcount > 0),
                people=count(Participant, Participant.group_id == group_id),
                organisations=count(Organisation, Organisation.group_id == group_id),
            )

    def add(self, name: str, description: str = "") -> StakeholderGroup:
        """A new group, last in the order; one undo step (ADD_GROUP)."""
        name = self._free_name(required_text(name, "a stakeholder group needs a name"))
        with self._ctx.db.write() as session:
            last = session.execute(select(func.max(StakeholderGroup.position))).scalar_one()
            group = StakeholderGroup(name=name, description=description.strip(),
                                     position=0 if last is None else last + 1)
            session.add(group)
        self._publish([group.id])
        group_id = group.id
        kept: list[_Removed] = []

        def undo() -> None:  # what was given the group since (a note captured) comes back on redo
            kept[:] = [self._remove(group_id, None)]

        self._ctx.history.record(Step(Action.ADD_GROUP, 1, undo=undo, redo=lambda: self._restore(kept[0], None)))
        return group

    def rename(self, group_id: uuid.UUID | str, name: str) -> None:
        """One undo step (RENAME_GROUP); none when the name is the same."""
        group_id = as_uuid(group_id, "stakeholder group id")
        name = required_text(name, "a stakeholder group needs a name")
        with self._ctx.db.read() as session:
            before = require(session, StakeholderGroup, group_id, "stakeholder group").name
        if name == before:
            return
        self._free_name(name, group_id)
        self._set_name(group_id, name)
        self._ctx.history.record(Step(Action.RENAME_GROUP, 1, undo=lambda: self._set_name(group_id, before),
                                      redo=lambda: self._set_name(group_id, name)))

    def move(self, group_id: uuid.UUID | str, new_position: int) -> None:
        """Put a group at ``new_position`` of the order (0 first); one undo step (MOVE_GROUP)."""
        group_id = as_uuid(group_id, "stakeholder group id")
        before = self._order()
        if group_id not in before:
            with self._ctx.db.read() as session:
                require(session, StakeholderGroup, group_id, "stakeholder group")
        after = [g for g in before if g != group_id]
        after.insert(max(0, min(new_position, len(after))), group_id)
        if after == before:
            return
        self._set_order(after)
        self._ctx.history.record(Step(Action.MOVE_GROUP, 1, undo=lambda: self._set_order(before),
                                      redo=lambda: self._set_order(after)))

    def merge(self, group_id: uuid.UUID | str, into_id: uuid.UUID | str) -> GroupUse:
        """Move everything of ``group_id`` to ``into_id`` and remove it; one undo step (MERGE_GROUPS).
        Returns what was moved."""
        group_id, into_id = as_uuid(group_id, "stakeholder group id"), as_uuid(into_id, "stakeholder group id")
        if group_id == into_id:
            raise InvalidValueError("a stakeholder group cannot be merged into itself")
        moved = self.use(group_id)
        with self._ctx.db.read() as session:
            require(session, StakeholderGroup, into_id, "stakeholder group")
        kept: list[_Removed] = [self._remove(group_id, into_id)]

        def redo() -> None:
            kept[0] = self._remove(group_id, into_id)

        self._ctx.history.record(Step(Action.MERGE_GROUPS, 1, undo=lambda: self._restore(kept[0], into_id),
                                      redo=redo))
        return moved

    def delete(self, group_id: uuid.UUID | str) -> GroupUse:
        """Remove a group: its notes, people and organisations keep no group, its headcounts go.
        One undo step (DELETE_GROUP). Returns what was let go."""
        group_id = as_uuid(group_id, "stakeholder group id")
        let_go = self.use(group_id)
        kept: list[_Removed] = [self._remove(group_id, None)]

        def redo() -> None:
            kept[0] = self._remove(group_id, None)

        self._ctx.history.record(Step(Action.DELETE_GROUP, 1, undo=lambda: self._restore(kept[0], None), redo=redo))
        return let_go

    # --- the writes a step repeats -------------------------------------------------------------

    def _remove(self, group_id: uuid.UUID, into_id: uuid.UUID | None) -> _Removed:
        with self._ctx.db.write() as session:
            group = require(session, StakeholderGroup, group_id, "stakeholder group")
            removed = _Removed(
                group=group.model_dump(),
                notes=list(session.scalars(select(Note.id).where(Note.group_id == group_id))),
                people=list(session.scalars(select(Participant.id).where(Participant.group_id == group_id))),
                organisations=list(session.scalars(select(Organisation.id).where(Organisation.group_id == group_id))),
            )
            groups = [group_id] if into_id is None else [group_id, into_id]
            rows = list(session.scalars(select(Attendance).where(Attendance.group_id.in_(groups))))
            removed.attendance = [row.model_dump() for row in rows]
            if into_id is not None:
                session.execute(update(Note).where(Note.group_id == group_id).values(group_id=into_id))
                session.execute(update(Participant).where(Participant.group_id == group_id).values(group_id=into_id))
                session.execute(update(Organisation).where(Organisation.group_id == group_id).values(group_id=into_id))
                kept = {row.dialogue_id: row for row in rows if row.group_id == into_id}
                for row in rows:
                    if row.group_id != group_id:
                        continue
                    if row.dialogue_id in kept:
                        kept[row.dialogue_id].headcount += row.headcount
                        session.add(kept[row.dialogue_id])
                        session.delete(row)
                    else:
                        row.group_id = into_id
                        session.add(row)
                session.flush()
            session.delete(group)  # the database lets go of the rest (SET NULL, CASCADE)
        self._publish([group_id] + ([into_id] if into_id else []), removed.notes)
        return removed

    def _restore(self, removed: _Removed, into_id: uuid.UUID | None) -> None:
        group_id = removed.group["id"]
        groups = [group_id] if into_id is None else [group_id, into_id]
        dialogues = {row["dialogue_id"] for row in removed.attendance}
        with self._ctx.db.write() as session:
            session.add(StakeholderGroup(**removed.group))
            session.flush()
            if dialogues:
                session.execute(delete(Attendance).where(Attendance.group_id.in_(groups),
                                                         Attendance.dialogue_id.in_(dialogues)))
                session.flush()
            session.add_all(Attendance(**row) for row in removed.attendance)
            for model, ids in ((Note, removed.notes), (Participant, removed.people),
                               (Organisation, removed.organisations)):
                if ids:
                    session.execute(update(model).where(model.id.in_(ids)).values(group_id=group_id))
        self._publish(groups, removed.notes)

    def _set_name(self, group_id: uuid.UUID, name: str) -> None:
        with self._ctx.db.write() as session:
            group = require(session, StakeholderGroup, group_id, "stakeholder group")
            group.name = name
            session.add(group)
        self._publish([group_id])

    def _order(self) -> list[uuid.UUID]:
        with self._ctx.db.read() as session:
            return list(session.scalars(
                select(StakeholderGroup.id).order_by(StakeholderGroup.position, StakeholderGroup.name)))

    def _set_order(self, order: list[uuid.UUID]) -> None:
        with self._ctx.db.write() as session:
            for position, group_id in enumerate(order):
                session.execute(update(StakeholderGroup).where(StakeholderGroup.id == group_id)
                                .values(position=position))
        self._publish(order)

    def _free_name(self, name: str, own_id: uuid.UUID | None = None) -> str:
        """``name``, unless another group has it (any case): two groups of one name could not be told apart."""
        with self._ctx.db.read() as session:
            for other_id, other in session.execute(select(StakeholderGroup.id, StakeholderGroup.name)):
                if other_id != own_id and other.casefold() == name.casefold():
                    raise InvalidValueError(f"there is already a stakeholder group named {other!r}")
        return name

    def _publish(self, group_ids: list[uuid.UUID], note_ids: list[uuid.UUID] = ()) -> None:
        self._ctx.changes.publish(ChangeKind.PARTICIPATION, group_ids)
        if note_ids:
            self._ctx.changes.publish(ChangeKind.NOTES, list(note_ids))
