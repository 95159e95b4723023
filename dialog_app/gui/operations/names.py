"""The possible names' operations, shared by the review and the export: read them (off the GUI
thread), and store the writer's choice for some (one undo step)."""

from __future__ import annotations

from dialog_app.core.history import Action
from dialog_app.core.services.possible_names import NameCandidate
from dialog_app.gui.ops import ProjectSession, QueryOp, WriteOp


def scan_names(session: ProjectSession, include_decided: bool) -> QueryOp[list[NameCandidate]]:
    return QueryOp(session, lambda project, job: project.possible_names.scan(job=job, include_decided=include_decided))


def decide_names(session: ProjectSession, keys: list[str], decision: str | None) -> WriteOp[None]:
    return WriteOp(session, lambda project, _job: project.possible_names.decide(keys, decision),
                   undo_as=Action.DECIDE_NAMES)
