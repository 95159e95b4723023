"""What the projector shows, as plain data: the current question's notes, masked and grouped by
theme, and how they flow into the screen's columns. No widgets here, so it is tested on its own."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from dialog_app.core.errors import NotFoundError
from dialog_app.core.privacy import mask_personal_data
from dialog_app.core.project import Project
from dialog_app.core.services.note_filter import NoteFilter

NOTE_LIMIT = 30  # the most recent notes of a question that the room may see at once
_LONG_WORD = re.compile(r"\S{28,}")
_SOFT_BREAK_EVERY = 20


@dataclass(frozen=True)
class ThemeInfo:
    id: uuid.UUID
    name: str
    colour: str


@dataclass(frozen=True)
class ProjectorNote:
    id: uuid.UUID
    text: str  # already masked: safe to show to the room


@dataclass(frozen=True)
class Section:
    """The notes of one theme; ``theme`` None is the notes tagged with none ("Other input")."""

    theme: ThemeInfo | None
    notes: tuple[ProjectorNote, ...]


@dataclass(frozen=True)
class ProjectorContent:
    """One snapshot for the room. ``question`` None: no question is under discussion."""

    dialogue_title: str = ""
    question: str | None = None
    started_at: datetime | None = None
    planned_minutes: int | None = None
    notes: tuple[ProjectorNote, ...] = ()  # newest first, at most NOTE_LIMIT
    sections: tuple[Section, ...] = ()
    total: int = 0  # the question's notes for the projector, those beyond the limit included


def load_content(
    project: Project,
    dialogue_id: uuid.UUID,
    masks: Mapping[str, str] | None = None,
    limit: int = NOTE_LIMIT,
) -> ProjectorContent:
    """Read what the room should see now; database work, so call it off the GUI thread."""
    try:
        dialogue = project.dialogues.get(dialogue_id)
    except NotFoundError:  # deleted while shown
        return ProjectorContent()
    names = [p.name for p in project.participation.participants(dialogue_id)]
    names += project.possible_names.names_to_mask().confirmed  # names the writer confirmed as persons'

    def safe(text: str) -> str:
        return soft_wrap(mask_personal_data(text, names, masks)[0].strip())

    question = project.capture.current_question(dialogue_id)
    if question is None:
        return ProjectorContent(dialogue_title=safe(dialogue.title))
    note_filter = NoteFilter(
        dialogue_ids=frozenset({dialogue_id}), agenda_item_ids=frozenset({question.id}), for_projector=True
    )
    rows = project.notes.list(note_filter, limit=limit)  # newest first
    total = project.notes.count(note_filter) if len(rows) >= limit else len(rows)
    notes = tuple(ProjectorNote(row.id, safe(row.text)) for row in rows)
    framework = project.frameworks.active_framework()
    rows_of_themes = project.frameworks.themes(framework.id) if framework else []
    themes = [ThemeInfo(t.id, t.name, t.colour) for t in rows_of_themes]
    themes_by_note = project.tagging.themes_by_note([n.id for n in notes])
    return ProjectorContent(
        dialogue_title=safe(dialogue.title),
        question=safe(question.question),
        started_at=question.started_at,
        planned_minutes=question.planned_minutes,
        notes=notes,
        sections=group_by_theme(notes, themes_by_note, themes),
        total=max(total, len(notes)),
    )


def group_by_theme(
    notes: Sequence[ProjectorNote],
    themes_by_note: Mapping[uuid.UUID, Iterable[uuid.UUID]],
    themes: Sequence[ThemeInfo],
) -> tuple[Section, ...]:
    """A section per theme that has notes, in the framework's order (so sections never jump about
    while the room reads), then the notes with none of these themes; a note with two themes is in
    both. Notes keep the order they came in."""
    known = {theme.id: theme for theme in themes}
    by_theme: dict[uuid.UUID, list[ProjectorNote]] = {}
    other: list[ProjectorNote] = []
    for note in notes:
        own = [t for t in dict.fromkeys(themes_by_note.get(note.id, ())) if t in known]
        for theme_id in own:
            by_theme.setdefault(theme_id, []).append(note)
        if not own:
            other.append(note)
    sections = [Section(theme, tuple(by_theme[theme.id])) for theme in themes if theme.id in by_theme]
    if other:
        sections.append(Section(None, tuple(other)))
    return tuple(sections)


def soft_wrap(text: str) -> str:
    """Lets a very long word (a link, a file name) break over lines instead of leaving the screen."""
    return _LONG_WORD.sub(
        lambda m: "\u200b".join(
            m.group()[i : i + _SOFT_BREAK_EVERY] for i in range(0, len(m.group()), _SOFT_BREAK_EVERY)
        ),
        text,
    )


@dataclass(frozen=True)
class Metrics:
    """Heights in pixels, measured by the window for its current fonts and column width."""

    header: int  # a section's title
    note: Callable[[ProjectorNote], int]
    note_gap: int  # between two notes of a section
    section_gap: int  # before a section's title, except at the top of a column


def flow(
    sections: Sequence[Section], columns: int, height: int, metrics: Metrics
) -> list[list[Section]] | None:
    """Sections top to bottom, column after column, as a newspaper does. A section that goes on in
    the next column repeats its title there. None when they do not fit."""
    laid: list[list[Section]] = [[]]
    used = 0
    for section in sections:
        for index, note in enumerate(section.notes):
            column = laid[-1]
            continues = index > 0 and bool(column) and column[-1].theme == section.theme
            cost = _cost(continues, used, note, metrics)
            if used and used + cost > height:
                if len(laid) == columns:
                    return None
                laid.append([])
                column, used, continues = laid[-1], 0, False
                cost = _cost(False, 0, note, metrics)
            if cost > height:
                return None
            if continues:
                column[-1] = replace(column[-1], notes=column[-1].notes + (note,))
            else:
                column.append(Section(section.theme, (note,)))
            used += cost
    return laid


def _cost(continues: bool, used: int, note: ProjectorNote, metrics: Metrics) -> int:
    if continues:
        return metrics.note_gap + metrics.note(note)
    return (metrics.section_gap if used else 0) + metrics.header + metrics.note_gap + metrics.note(note)


def fit(
    content: ProjectorContent, columns: int, height: int, metrics: Metrics
) -> tuple[list[list[Section]], int]:
    """The newest notes that fit on the screen, laid out, and how many of the question's notes are
    left out. At least the newest note is shown, even when it alone is too tall."""
    for keep in range(len(content.notes), 0, -1):
        newest = {note.id for note in content.notes[:keep]}
        laid = flow(_only(content.sections, newest), columns, height, metrics)
        if laid is not None:
            return laid, content.total - keep
    if not content.notes:
        return [], content.total
    newest = {content.notes[0].id}
    return [list(_only(content.sections, newest))[:1]], content.total - 1


def _only(sections: Sequence[Section], keep: set[uuid.UUID]) -> tuple[Section, ...]:
    kept = (Section(s.theme, tuple(n for n in s.notes if n.id in keep)) for s in sections)
    return tuple(s for s in kept if s.notes)
