"""The retention date's operations (gallring, issue 14): read it off the GUI thread, and set or
clear it as one undo step."""

from __future__ import annotations

from datetime import date

from dialog_app.core.history import Action
from dialog_app.gui.ops import ProjectSession, QueryOp, WriteOp


def read_retention(session: ProjectSession) -> QueryOp[date | None]:
    return QueryOp(session, lambda project, _job: project.retention.until())


def set_retention(session: ProjectSession, until: date | None) -> WriteOp[None]:
    return WriteOp(session, lambda project, _job: project.retention.set_until(until), undo_as=Action.SET_RETENTION)
