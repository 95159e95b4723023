"""The stakeholder groups' operations (issue 15): read them with what each holds, and add, rename,
move, merge or delete one (each one undo step)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from dialog_app.core.history import Action
from dialog_app.core.services.group_editing import GroupUse
from dialog_app.gui.ops import ProjectSession, QueryOp, WriteOp


@dataclass(frozen=True)
class GroupRow:
    id: uuid.UUID
    name: str
    use: GroupUse


def read_groups(session: ProjectSession) -> QueryOp[list[GroupRow]]:
    def work(project, _job) -> list[GroupRow]:
        return [GroupRow(g.id, g.name, project.group_editing.use(g.id)) for g in project.participation.groups()]
    return QueryOp(session, work)


def add_group(session: ProjectSession, name: str) -> WriteOp[uuid.UUID]:
    return WriteOp(session, lambda project, _job: project.group_editing.add(name).id, undo_as=Action.ADD_GROUP)


def rename_group(session: ProjectSession, group_id: uuid.UUID, name: str) -> WriteOp[None]:
    return WriteOp(session, lambda project, _job: project.group_editing.rename(group_id, name),
                   undo_as=Action.RENAME_GROUP)


def move_group(session: ProjectSession, group_id: uuid.UUID, position: int) -> WriteOp[None]:
    return WriteOp(session, lambda project, _job: project.group_editing.move(group_id, position),
                   undo_as=Action.MOVE_GROUP)


def merge_groups(session: ProjectSession, group_id: uuid.UUID, into_id: uuid.UUID) -> WriteOp[GroupUse]:
    return WriteOp(session, lambda project, _job: project.group_editing.merge(group_id, into_id),
                   undo_as=Action.MERGE_GROUPS)


def delete_group(session: ProjectSession, group_id: uuid.UUID) -> WriteOp[GroupUse]:
    return WriteOp(session, lambda project, _job: project.group_editing.delete(group_id),
                   undo_as=Action.DELETE_GROUP)
