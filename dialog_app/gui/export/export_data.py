"""What the export dialog offers to choose from, read off the GUI thread: themes and dialogues."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from dialog_app.core.project import Project
from dialog_app.core.time_zones import zone


@dataclass(frozen=True)
class Row:
    """One checkable line: a theme (with its depth in the framework) or a dialogue."""

    id: uuid.UUID
    text: str
    depth: int = 0
    when: datetime | None = None  # a dialogue's start in the project's zone, shown beside its title


@dataclass(frozen=True)
class Choices:
    framework_id: uuid.UUID | None
    framework: str
    themes: tuple[Row, ...]
    dialogues: tuple[Row, ...]  # numbered as the export numbers them: D1, D2, … by date


def load_choices(project: Project) -> Choices:
    """The active framework's themes in reading order, and every dialogue in the export's order."""
    framework = project.frameworks.active_framework()
    themes = project.frameworks.themes(framework.id) if framework else []
    parents = {theme.id: theme.parent_id for theme in themes}

    def depth(theme_id: uuid.UUID) -> int:
        steps, parent = 0, parents.get(theme_id)
        while parent is not None and steps < 20:
            steps, parent = steps + 1, parents.get(parent)
        return steps

    here = zone(project.facts.read().time_zone)  # a dialogue's day is the day where it was held
    dialogues = sorted(project.dialogues.list(), key=lambda d: (
        d.starts_at is None, d.starts_at or d.created_at, d.created_at, d.title))
    return Choices(
        framework_id=framework.id if framework else None,
        framework=framework.name if framework else "",
        themes=tuple(Row(t.id, f"{t.code}  {t.name}" if t.code else t.name, depth(t.id)) for t in themes),
        dialogues=tuple(Row(d.id, f"D{n}  {d.title}", 0, d.starts_at.astimezone(here) if d.starts_at else None)
                        for n, d in enumerate(dialogues, start=1)),
    )
