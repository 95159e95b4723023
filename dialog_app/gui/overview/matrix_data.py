"""What the matrix shows, read from the project in one go off the GUI thread as plain data."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from dialog_app.core.project import Project
from dialog_app.core.services.note_filter import NoteFilter

BY_GROUP, BY_DIALOGUE = "group_id", "dialogue_id"


@dataclass(frozen=True)
class ThemeLine:
    """One theme row: its name as shown, its colour for the bar, and how deep it sits in the tree."""

    id: uuid.UUID
    code: str
    name: str
    colour: str
    depth: int


@dataclass(frozen=True)
class Column:
    """A stakeholder group or a dialogue; ``id`` None is the column of notes with no group."""

    id: uuid.UUID | None
    name: str


@dataclass(frozen=True)
class MatrixData:
    framework_name: str
    themes: list[ThemeLine]
    columns: dict[str, list[Column]]  # BY_GROUP / BY_DIALOGUE -> the columns in order
    cells: dict[str, dict[tuple, int]]  # axis -> {(theme id or None, column id): notes}
    per_theme: dict[uuid.UUID | None, int]  # notes carrying each theme (None: no theme of this framework)
    column_totals: dict[str, dict[uuid.UUID | None, int]]  # axis -> notes per column, each counted once
    total_notes: int
    # True when "no theme of this framework" is the same set as "no theme at all", so the row can be
    # shown in the note table with NoteFilter(untagged=True); otherwise its cells are not clickable.
    no_theme_is_untagged: bool
    max_cell: dict[str, int] = field(default_factory=dict)  # axis -> the largest theme cell


def load_matrix(project: Project) -> MatrixData | None:
    """Everything the matrix needs, or None when the project has no framework. Runs in a worker."""
    framework = project.frameworks.active_framework()
    if framework is None:
        return None
    stats = project.stats
    rows = stats.counts(framework.id)
    themes = project.frameworks.themes(framework.id)
    depth: dict[uuid.UUID, int] = {}
    for theme in themes:  # reading order: a parent always comes before its sub-themes
        depth[theme.id] = depth[theme.parent_id] + 1 if theme.parent_id in depth else 0
    lines = [ThemeLine(t.id, t.code, t.name, t.colour, depth[t.id]) for t in themes]

    total = project.notes.count()
    group_totals: dict[uuid.UUID | None, int] = {
        g.id: project.notes.count(NoteFilter(group_ids=frozenset({g.id})))
        for g in project.participation.groups()
    }
    groups = [Column(g.id, g.name) for g in project.participation.groups()]
    without_group = total - sum(group_totals.values())
    if without_group > 0:
        groups.append(Column(None, ""))  # the model names it, in the interface language
        group_totals[None] = without_group
    dialogue_counts = project.dialogues.note_counts()
    dialogues = [Column(d.id, d.title) for d in project.dialogues.list()]

    per_theme = stats.per_theme(rows)
    cells = {BY_GROUP: stats.matrix(rows, by=BY_GROUP), BY_DIALOGUE: stats.matrix(rows, by=BY_DIALOGUE)}
    untagged = project.notes.count(NoteFilter(untagged=True))
    max_cell = {
        axis: max((n for (theme_id, _), n in found.items() if theme_id is not None), default=0)
        for axis, found in cells.items()
    }
    return MatrixData(
        framework_name=framework.name,
        themes=lines,
        columns={BY_GROUP: groups, BY_DIALOGUE: dialogues},
        cells=cells,
        per_theme=per_theme,
        column_totals={BY_GROUP: group_totals,
                       BY_DIALOGUE: {d.id: dialogue_counts.get(d.id, 0) for d in dialogues}},
        total_notes=total,
        # untagged notes are a subset of those with no theme of this framework: equal sizes, equal sets
        no_theme_is_untagged=untagged == per_theme.get(None, 0),
        max_cell=max_cell,
    )
