"""The project's own facts (issue 15): read them off the GUI thread, and save the form as one undo step."""

from __future__ import annotations

from dialog_app.core.history import Action
from dialog_app.core.services.project_facts import ProjectFacts
from dialog_app.gui.ops import ProjectSession, QueryOp, WriteOp


def read_facts(session: ProjectSession) -> QueryOp[ProjectFacts]:
    return QueryOp(session, lambda project, _job: project.facts.read())


def save_facts(session: ProjectSession, facts: ProjectFacts) -> WriteOp[ProjectFacts]:
    return WriteOp(session, lambda project, _job: project.facts.save(facts), undo_as=Action.PROJECT_FACTS)
