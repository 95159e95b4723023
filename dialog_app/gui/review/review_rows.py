"""What one review-table row shows, and where a page of such rows comes from.

The names a row shows (dialogue titles, questions, groups, themes) are loaded once per refresh, off
the GUI thread; a page of rows then costs three indexed queries: the notes, their tags and their
suggestions, and the possible person names in its texts (about 25 µs a note, on the same thread).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from dialog_app.core.name_detection import PossibleName
from dialog_app.core.project import Project
from dialog_app.core.suggestion_score import Explanation


@dataclass(frozen=True)
class ThemeChip:
    """A theme as a small coloured label (its code and name, also for tooltips and menus)."""

    theme_id: uuid.UUID
    label: str
    name: str
    colour: str
    keywords: tuple[str, ...] = ()  # for a suggestion: the words that matched
    why: Explanation | None = None  # for a suggestion: the note's words that matched, or what it is like


@dataclass(frozen=True)
class ReviewRow:
    key: int
    note_id: uuid.UUID
    created_at: datetime
    dialogue: str
    question: str
    group: str
    table_label: str
    kind: str
    status: str
    votes: int
    key_quote: bool
    text: str
    themes: tuple[ThemeChip, ...]
    suggestions: tuple[ThemeChip, ...]
    possible_names: tuple[PossibleName, ...] = ()  # in the text, decided or not; registered names left out


@dataclass(frozen=True)
class ThemeInfo:
    theme_id: uuid.UUID
    framework_id: uuid.UUID
    parent_id: uuid.UUID | None
    code: str
    name: str
    colour: str
    depth: int
    order: int  # reading order across all frameworks

    def chip(self, keywords: Sequence[str] = (), why: Explanation | None = None) -> ThemeChip:
        """Labelled with its code as well: a narrow column cuts names short, and in a framework
        whose names start alike ("Digital kompetens", "Digital ledning") only the code tells them apart."""
        return ThemeChip(self.theme_id, self.title, self.title, self.colour, tuple(keywords), why)

    @property
    def title(self) -> str:
        """Code and name, as lists show a theme ("2.1 Bredband")."""
        return f"{self.code} {self.name}" if self.code else self.name


@dataclass(frozen=True)
class ReviewNames:
    """The project's names, as the table, the filters and the theme tree show them."""

    dialogues: dict[uuid.UUID, str]
    questions: dict[uuid.UUID, tuple[uuid.UUID, int, str]]  # id -> (dialogue, position, question)
    groups: dict[uuid.UUID, str]
    themes: dict[uuid.UUID, ThemeInfo]  # every framework's, in reading order per framework
    framework_id: uuid.UUID | None  # the active framework
    name_decisions: dict[str, str] = field(default_factory=dict)  # possible name's key -> "mask" | "keep"

    @classmethod
    def load(cls, project: Project) -> ReviewNames:
        active = project.frameworks.active_framework()
        themes: dict[uuid.UUID, ThemeInfo] = {}
        for framework in project.frameworks.frameworks():
            depth: dict[uuid.UUID | None, int] = {None: -1}
            for theme in project.frameworks.themes(framework.id):
                depth[theme.id] = depth.get(theme.parent_id, -1) + 1
                themes[theme.id] = ThemeInfo(theme.id, framework.id, theme.parent_id, theme.code, theme.name,
                                             theme.colour, depth[theme.id], len(themes))
        return cls(
            dialogues={d.id: d.title for d in project.dialogues.list()},
            questions={q.id: (q.dialogue_id, q.position, q.question)
                       for q in project.dialogues.all_questions().values()},
            groups={g.id: g.name for g in project.participation.groups()},
            themes=themes,
            framework_id=active.id if active else None,
            name_decisions=project.possible_names.decisions(),
        )

    def active_themes(self) -> list[ThemeInfo]:
        """The active framework's themes in reading order (what number keys 1–9 tag with)."""
        return [t for t in self.themes.values() if t.framework_id == self.framework_id]


class ReviewRowSource:
    """Callable over a page of row keys; returns the rows found (deleted notes are left out)."""

    def __init__(self, project: Project, names: ReviewNames) -> None:
        self._project = project
        self.names = names

    def __call__(self, keys: Sequence[int]) -> dict[int, ReviewRow]:
        project, names = self._project, self.names
        notes = list(project.notes.records_by_keys(list(keys)).values())
        ids = [note.id for note in notes]
        tags = project.tagging.themes_by_note(ids)
        suggestions = (project.suggestions.for_notes(ids, names.framework_id)
                       if names.framework_id is not None else {})
        possible = project.possible_names.in_texts({note.seq: note.text for note in notes})
        rows: dict[int, ReviewRow] = {}
        for note in notes:
            question = names.questions.get(note.agenda_item_id) if note.agenda_item_id else None
            chips = sorted((names.themes[t] for t in tags.get(note.id, ()) if t in names.themes),
                           key=lambda info: (info.framework_id != names.framework_id, info.order))
            rows[note.seq] = ReviewRow(
                key=note.seq,
                note_id=note.id,
                created_at=note.created_at,
                dialogue=names.dialogues.get(note.dialogue_id, ""),
                question=question[2] if question else "",
                group=names.groups.get(note.group_id, "") if note.group_id else "",
                table_label=note.table_label or "",
                kind=note.kind,
                status=note.status,
                votes=note.votes,
                key_quote=note.key_quote,
                text=note.text,
                themes=tuple(info.chip() for info in chips),
                suggestions=tuple(
                    names.themes[s.theme_id].chip(s.keywords, s.why)
                    for s in suggestions.get(note.id, ()) if s.theme_id in names.themes
                ),
                possible_names=possible.get(note.seq, ()),
            )
        return rows

