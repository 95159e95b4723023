"""What the synthesis page shows, read off the GUI thread as plain data: themes, one theme's notes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from dialog_app.core.project import Project
from dialog_app.core.services.note_filter import NoteFilter


@dataclass(frozen=True)
class ThemeEntry:
    """A theme in the list: where it sits in the tree, how many notes carry it, whether it is written."""

    id: uuid.UUID
    code: str
    name: str
    description: str
    colour: str
    depth: int
    notes: int
    written: bool  # the writer has text or quotes for it


@dataclass(frozen=True)
class NoteEntry:
    """A note as the writer sees it: its words, where it was heard and from whom."""

    id: uuid.UUID
    text: str
    dialogue: str
    group: str
    key_quote: bool  # marked as a key quote when it was captured
    in_bin: bool


@dataclass(frozen=True)
class ThemeContent:
    theme_id: uuid.UUID
    text: str
    quotes: list[NoteEntry]  # in the writer's order
    notes: list[NoteEntry]  # the theme's notes, newest first


@dataclass(frozen=True)
class ThemeList:
    framework: str | None  # None: the project has no framework
    themes: list[ThemeEntry]


def load_themes(project: Project) -> ThemeList:
    framework = project.frameworks.active_framework()
    if framework is None:
        return ThemeList(None, [])
    themes = project.frameworks.themes(framework.id)
    counts = project.stats.per_theme(project.stats.counts(framework.id))
    depth: dict[uuid.UUID, int] = {}
    entries = []
    for theme in themes:  # reading order: a parent comes before its sub-themes
        depth[theme.id] = depth[theme.parent_id] + 1 if theme.parent_id in depth else 0
        synthesis = project.synthesis.get(theme.id)
        entries.append(ThemeEntry(theme.id, theme.code, theme.name, theme.description, theme.colour,
                                  depth[theme.id], counts.get(theme.id, 0),
                                  bool(synthesis.text.strip() or synthesis.quotes)))
    return ThemeList(framework.name, entries)


def load_content(project: Project, theme_id: uuid.UUID) -> ThemeContent:
    synthesis = project.synthesis.get(theme_id)
    note_ids = project.notes.ids(NoteFilter(theme_ids=frozenset({theme_id})))
    found = project.notes.by_ids(list(dict.fromkeys([*synthesis.quotes, *note_ids])))
    dialogues = {d.id: d.title for d in project.dialogues.list()}
    groups = {g.id: g.name for g in project.participation.groups()}

    def entry(note_id: uuid.UUID) -> NoteEntry | None:
        note = found.get(note_id)
        if note is None:
            return None
        return NoteEntry(note.id, note.text, dialogues.get(note.dialogue_id, ""),
                         groups.get(note.group_id, "") if note.group_id else "",
                         note.key_quote, note.deleted_at is not None)

    quotes = [e for e in map(entry, synthesis.quotes) if e is not None]
    notes = [e for e in map(entry, note_ids) if e is not None]
    return ThemeContent(theme_id, synthesis.text, quotes, notes)
