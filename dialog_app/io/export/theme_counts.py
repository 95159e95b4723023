"""How many notes each theme has from each stakeholder group: the workbook's cross table.

Read from the Report as every other format reads it (ThemeEntry.notes, NoteEntry.group), so
the table agrees with the PDF's chapters. A note with several themes counts under each of
them; a sub-theme's notes are not added to its main theme; the total row counts each note once.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from dialog_app.io.export.report import NoteEntry, Report


@dataclass(frozen=True)
class CountRow:
    label: str  # the theme's title with its code, or a word of the document
    depth: int  # 0 for a top-level theme; indents a sub-theme
    counts: tuple[int, ...]  # per column of ``CountTable.groups``
    total: int


@dataclass(frozen=True)
class CountTable:
    groups: tuple[str, ...]  # the stakeholder groups, in project order; "" is "group not stated", last
    themes: tuple[CountRow, ...]  # in framework order
    uncovered: CountRow | None  # notes with no theme; None when only some themes were chosen
    total: CountRow  # every note of the export, once


def count_table(report: Report, no_theme: str, total: str) -> CountTable:
    """The table; ``no_theme`` and ``total`` are the labels of those rows, in the document's language."""
    groups = list(report.groups)
    groups += sorted({n.group for n in report.notes if n.group and n.group not in report.groups})
    groups.append("")

    def counted(label: str, depth: int, notes: list[NoteEntry]) -> CountRow:
        per_group = Counter(note.group for note in notes)
        return CountRow(label, depth, tuple(per_group[g] for g in groups), len(notes))

    themes = tuple(
        counted(theme.title, theme.depth, [report.notes[i] for i in theme.notes]) for theme in report.themes
    )
    uncovered = None
    if not report.theme_selection:
        uncovered = counted(no_theme, 0, [report.notes[i] for i in report.uncovered])
    return CountTable(tuple(groups), themes, uncovered, counted(total, 0, list(report.notes)))
