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
    """The project around an import: where the notes may go, the groups there are, and whether
    this very file came in before (when, or None)."""

    dialogues: tuple[Named, ...]
    groups: tuple[Named, ...]
    imported_before: datetime | None


def load_surroundings(project: Project, plan: ImportPlan) -> Surroundings:
    return Surroundings(
        dialogues=tuple(Named(d.id, d.title) for d in project.dialogues.list()),
        groups=tuple(Named(g.id, g.name) for g in project.participation.groups()),
        imported_before=project.imports.imported_before(plan.sha256),
    )
