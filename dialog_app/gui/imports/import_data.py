"""What the target step offers and warns about, read off the GUI thread for one plan."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from dialog_app.core.import_plan import ImportPlan
from dialog_app.core.project import Project


@dataclass(frozen=True)
class Named:
    """A dialogue or a stakeholder group as a combo lists it."""

    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class Surroundings:
    """The project around an import: where the notes may go, the groups there are, and when this
    very file came in before and into which dialogue (the latest time; None when never)."""

    dialogues: tuple[Named, ...]
    groups: tuple[Named, ...]
    imported_at: datetime | None = None
    imported_into: uuid.UUID | None = None


def load_surroundings(project: Project, plan: ImportPlan) -> Surroundings:
    dialogues = tuple(Named(d.id, d.title) for d in project.dialogues.list())
    groups = tuple(Named(g.id, g.name) for g in project.participation.groups())
    before = project.imports.imported_before(plan.sha256)
    if not before:
        return Surroundings(dialogues, groups)
    latest = before[-1]
    still_there = latest.dialogue_id if any(d.id == latest.dialogue_id for d in dialogues) else None
    return Surroundings(dialogues, groups, latest.at, still_there)
