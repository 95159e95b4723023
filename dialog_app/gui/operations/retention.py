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


def retention_due(session: ProjectSession) -> QueryOp[date | None]:
    """The retention date when it has passed and there is someone left to anonymise (a registered
    person, a name confirmed as a person's); None otherwise: an anonymised project is not asked again."""
    def work(project, _job) -> date | None:
        if not project.retention.due():
            return None
        left = project.participant_register.people() or project.possible_names.names_to_mask().confirmed
        return project.retention.until() if left else None
    return QueryOp(session, work)
