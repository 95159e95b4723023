"""Storing one ImportPlan inside the caller's transaction: the dialogue, its questions, groups, a
framework of themes, the notes with their tags and search-index entries, and the persons.

Everything is written with Core statements on one connection so that a cancelled or failed import
rolls back whole; what was made is returned by id, for the undo step (import_undo.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlmodel import SQLModel

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.import_plan import ImportedNote, ImportPlan, SourceKind
from dialog_app.core.jobs import Job
from dialog_app.core.kinds import DialogueKind, NoteSource, TagOrigin
from dialog_app.core.models import (
    AgendaItem, Dialogue, Participant, StakeholderGroup, Tagging, Theme, ThemeFramework, ThemeSynthesis,
)
from dialog_app.core.origins import format_origin
from dialog_app.core.services.context import required_text
from dialog_app.core.services.frameworks import theme_values
from dialog_app.core.services.note_rows import NEXT_SEQ, insert_rows, new_row

CHUNK = 2000  # notes per insert, and between two progress reports
_DEFAULT_KIND = {SourceKind.TABLE: DialogueKind.SURVEY_IMPORT, SourceKind.DOCUMENT: DialogueKind.DIALOGUE_MEETING,
                 SourceKind.REFI: DialogueKind.DIALOGUE_MEETING}
_AGENDA, _GROUP = AgendaItem.__table__, StakeholderGroup.__table__


@dataclass(frozen=True)
class ImportTarget:
    """Where a plan goes: an existing dialogue, or a new one with this title (and kind: by default a
    survey import for tables, a meeting for documents and QDA projects); neither for a plan of themes
    only (a REFI-QDA codebook).

    ``groups`` maps a group name of the plan to an existing group's id, or to None to create it;
    a name not in the map joins the existing group of that name (any case), else is created.
    """

    dialogue_id: uuid.UUID | None = None
    new_dialogue_title: str | None = None
    kind: DialogueKind | None = None
    groups: dict[str, uuid.UUID | None] = field(default_factory=dict)
    skip_existing: bool = True
    keep_persons: bool = False


@dataclass
class Made:
    """The ids of what one import made, in the order they were made (parents first)."""

    dialogue_id: uuid.UUID | None = None  # when the import made the dialogue
    rows: dict[type[SQLModel], list[uuid.UUID]] = field(default_factory=dict)
    note_ids: list[uuid.UUID] = field(default_factory=list)
    tagged: int = 0  # notes that got at least one theme

    def add(self, model: type[SQLModel], row_id: uuid.UUID) -> None:
        self.rows.setdefault(model, []).append(row_id)

    def count(self, model: type[SQLModel]) -> int:
        return len(self.rows.get(model, ()))


class PlanWriter:
    """Writes one plan on one connection; ``write`` returns what it made."""

    def __init__(self, connection, user: str, now: datetime, job: Job) -> None:
        self._connection = connection
        self._user = user
        self._now = now
        self._job = job
        self.made = Made()

    def write(self, plan: ImportPlan, target: ImportTarget, skip: set[tuple] | None = None) -> Made:
        dialogue_id = self._dialogue(plan, target)
        questions = self._questions(dialogue_id, plan)
        groups = self._groups(plan, target.groups)
        themes = self._themes(plan)
        if target.keep_persons:
            for person in plan.persons:
                if person.name.strip():
                    self._insert(Participant(dialogue_id=dialogue_id, name=person.name.strip()))
        self._notes(plan, dialogue_id, questions, groups, themes, skip or set())
        return self.made

    def _insert(self, row: SQLModel) -> uuid.UUID:
        self._connection.execute(insert(type(row).__table__), [row.model_dump()])
        self.made.add(type(row), row.id)
        return row.id

    def _dialogue(self, plan: ImportPlan, target: ImportTarget) -> uuid.UUID | None:
        if target.dialogue_id is None and target.new_dialogue_title is None and not needs_dialogue(plan, target):
            return None  # a codebook: themes only
        if target.dialogue_id is not None:
            found = self._connection.execute(select(Dialogue.id).where(Dialogue.id == target.dialogue_id)).first()
            if found is None:
                raise InvalidValueError(f"no dialogue with id {target.dialogue_id}")
            return target.dialogue_id
        title = required_text(target.new_dialogue_title or "", "a new dialogue needs a title")
        kind = target.kind or _DEFAULT_KIND[plan.kind]
        self.made.dialogue_id = self._insert(Dialogue(title=title, kind=DialogueKind(kind).value,
                                                      created_at=self._now, updated_at=self._now))
        return self.made.dialogue_id

    def _questions(self, dialogue_id: uuid.UUID, plan: ImportPlan) -> dict[str, uuid.UUID]:
        """Each question of the plan, by its case-folded text, as an agenda item of the dialogue."""
        rows = self._connection.execute(
            select(_AGENDA.c.id, _AGENDA.c.question, _AGENDA.c.position).where(_AGENDA.c.dialogue_id == dialogue_id)
        ).all()
        known = {question.strip().casefold(): item for item, question, _ in rows}
        position = max((p for *_, p in rows), default=-1) + 1
        for text in _names(plan.questions, (n.question for n in plan.notes)):
            if text.casefold() not in known:
                known[text.casefold()] = self._insert(
                    AgendaItem(dialogue_id=dialogue_id, position=position, question=text))
                position += 1
        return known

    def _groups(self, plan: ImportPlan, chosen: dict[str, uuid.UUID | None]) -> dict[str, uuid.UUID]:
        rows = self._connection.execute(select(_GROUP.c.id, _GROUP.c.name, _GROUP.c.position)).all()
        existing = {name.strip().casefold(): group for group, name, _ in rows}
        ids = {group for group, *_ in rows}
        position = max((p for *_, p in rows), default=-1) + 1
        found: dict[str, uuid.UUID] = {}
        for name in _names(plan.groups, (n.group for n in plan.notes)):
            wanted = chosen[name] if name in chosen else existing.get(name.casefold())
            if wanted is not None and wanted not in ids:
                raise InvalidValueError(f"no stakeholder group with id {wanted}")
            if wanted is None:
                wanted = self._insert(StakeholderGroup(name=name, position=position))
                position += 1
            found[name.casefold()] = wanted
        return found

    def _themes(self, plan: ImportPlan) -> dict[str, uuid.UUID]:
        if not plan.themes:
            return {}
        last = self._connection.execute(select(func.max(ThemeFramework.position))).scalar_one()
        name = (plan.framework or plan.file_name).strip() or plan.file_name
        framework = self._insert(ThemeFramework(name=name, source=plan.file_name,
                                                position=(last + 1) if last is not None else 0))
        ids: dict[str, uuid.UUID] = {}
        siblings: dict[str | None, int] = {}
        for theme in plan.themes:
            parent = theme.parent if theme.parent in ids else None
            position = siblings.get(parent, 0)
            siblings[parent] = position + 1
            values = theme_values({"name": theme.name.strip() or theme.key, "description": theme.description})
            if theme.colour and _is_colour(theme.colour):
                values["colour"] = theme.colour.upper()
            ids[theme.key] = self._insert(Theme(framework_id=framework, parent_id=ids.get(parent) if parent else None,
                                                position=position, **values))
            if theme.synthesis.strip():
                self._connection.execute(insert(ThemeSynthesis.__table__), [
                    {"theme_id": ids[theme.key], "text": theme.synthesis, "updated_at": self._now,
                     "updated_by": self._user}])
        return ids

    def _notes(self, plan: ImportPlan, dialogue_id: uuid.UUID, questions: dict[str, uuid.UUID],
               groups: dict[str, uuid.UUID], themes: dict[str, uuid.UUID], skip: set[tuple]) -> None:
        connection, total = self._connection, len(plan.notes)
        seq = connection.execute(NEXT_SEQ).scalar_one()
        rows: list[dict[str, Any]] = []
        tags: list[dict[str, Any]] = []
        self._job.report(0, total)
        for done, note in enumerate(plan.notes, 1):
            if not skip or note_key(plan.file_name, note) not in skip:
                row = new_row(self._record(plan, note, dialogue_id, questions, groups), self._now, self._user)
                row["seq"] = seq
                seq += 1
                rows.append(row)
                self.made.note_ids.append(row["id"])
                wanted = dict.fromkeys(themes[key] for key in note.themes if key in themes)
                tags.extend({"note_id": row["id"], "theme_id": theme, "tagged_by": self._user,
                             "tagged_at": self._now, "origin": TagOrigin.IMPORTED.value} for theme in wanted)
                self.made.tagged += bool(wanted)
            if len(rows) >= CHUNK or done == total:
                insert_rows(connection, rows)
                if tags:
                    connection.execute(insert(Tagging.__table__), tags)
                rows, tags = [], []
                self._job.report(done, total)

    def _record(self, plan: ImportPlan, note: ImportedNote, dialogue_id: uuid.UUID,
                questions: dict[str, uuid.UUID], groups: dict[str, uuid.UUID]) -> dict[str, Any]:
        return {
            "dialogue_id": dialogue_id, "text": note.text, "votes": note.votes, "table_label": note.table,
            "agenda_item_id": questions.get(note.question.strip().casefold()) if note.question else None,
            "group_id": groups.get(note.group.strip().casefold()) if note.group else None,
            "source_kind": NoteSource.IMPORTED, "created_at": note.time,
            "source_ref": format_origin(plan.file_name, note.origin, self._now),
        }


def needs_dialogue(plan: ImportPlan, target: ImportTarget) -> bool:
    """Whether the plan holds anything that belongs to a dialogue (a codebook holds themes only)."""
    return bool(plan.notes or plan.questions or (target.keep_persons and plan.persons))


def note_key(file_name: str, note: ImportedNote) -> tuple:
    """What makes a plan's note the same as one already stored (see ``stored_keys``)."""
    question = (note.question or "").strip().casefold()
    if note.time is not None:
        return ("time", question, note.text, note.time.timestamp())
    return ("origin", question, note.text, file_name, note.origin)


def _names(first, then) -> list[str]:
    """Names in order, each once whatever its case, blanks left out."""
    seen: dict[str, str] = {}
    for name in (*first, *then):
        if name and name.strip():
            seen.setdefault(name.strip().casefold(), name.strip())
    return list(seen.values())


def _is_colour(value: str) -> bool:
    try:
        theme_values({"colour": value})
    except InvalidValueError:
        return False
    return True
