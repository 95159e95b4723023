"""Editing and deleting a dialogue as the user does it: one form saved, one undo step (issue 15).

An edit changes the dialogue's facts and its whole agenda at once (questions added, reworded,
reordered, removed). Undo puts back the dialogue and every question as they were, with the same
ids, and ties the notes of a removed question to it again (the database had let go of them).
Deleting is refused while the dialogue holds notes, in the bin too: a note always belongs to a
dialogue, so deleting it would lose them. Undo of a deletion brings it back with its questions,
attendance, organisations and register.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import NotFoundError
from dialog_app.core.history import Action, Step
from dialog_app.core.models import AgendaItem, Dialogue, Note
from dialog_app.core.services.agenda_plan import AgendaChange, QuestionsHoldNotesError, plan_agenda
from dialog_app.core.services.context import ServiceContext, as_uuid, require, required_text
from dialog_app.core.services.dialogues import (
    DialogueService,
    _assign,
    _checked_dialogue_fields,
    _checked_minutes,
)
from dialog_app.core.timeutil import utc_now


# What the form edits: an undo puts back these and no more, so a dialogue started or timed since
# (its status, each question's start and end) keeps what capture wrote.
FORM_FIELDS = ("title", "kind", "starts_at", "ends_at", "place", "online", "organiser", "purpose", "updated_at")
QUESTION_FIELDS = ("position", "question", "planned_minutes")


@dataclass(frozen=True)
class QuestionEdit:
    """One question of the agenda as the form holds it: ``item_id`` None for a new one."""

    question: str
    planned_minutes: int | None = None
    item_id: uuid.UUID | None = None


@dataclass(frozen=True)
class NotesHeld:
    """How many notes a dialogue holds: live ones, and those in the bin."""

    live: int
    binned: int

    @property
    def total(self) -> int:
        return self.live + self.binned


@dataclass
class _Snapshot:
    """A dialogue and its agenda as stored, and which notes pointed at which of its questions."""

    dialogue: dict[str, Any]
    items: list[dict[str, Any]]
    note_items: dict[uuid.UUID, uuid.UUID | None]


class DialogueEditing:
    def __init__(self, context: ServiceContext, dialogues: DialogueService) -> None:
        self._ctx = context
        self._dialogues = dialogues

    def notes_held(self, dialogue_id: uuid.UUID | str) -> NotesHeld:
        dialogue_id = as_uuid(dialogue_id, "dialogue id")
        with self._ctx.db.read() as session:
            rows = dict(session.execute(
                select(Note.deleted_at.is_(None), func.count()).where(Note.dialogue_id == dialogue_id)
                .group_by(Note.deleted_at.is_(None))).all())
        return NotesHeld(live=rows.get(True, 0), binned=rows.get(False, 0))

    def notes_per_question(self, dialogue_id: uuid.UUID | str) -> dict[uuid.UUID, int]:
        """How many notes (the bin's too) each question of the dialogue holds; questions without any are left out."""
        dialogue_id = as_uuid(dialogue_id, "dialogue id")
        with self._ctx.db.read() as session:
            return dict(session.execute(
                select(Note.agenda_item_id, func.count()).where(Note.dialogue_id == dialogue_id,
                                                                Note.agenda_item_id.is_not(None))
                .group_by(Note.agenda_item_id)).all())

    def edit(self, dialogue_id: uuid.UUID | str, fields: dict[str, Any],
             questions: Sequence[QuestionEdit] | None = None) -> Dialogue:
        """Change the dialogue's ``fields`` and, unless None, make ``questions`` its agenda, in this
        order: a question left out is removed (its notes stay, without a question). One undo step
        (EDIT_DIALOGUE); nothing is recorded when nothing changed."""
        dialogue_id = as_uuid(dialogue_id, "dialogue id")
        values = _checked_dialogue_fields(fields)
        if "title" in values:
            values["title"] = required_text(values["title"], "a dialogue needs a title")
        wanted = None if questions is None else [
            QuestionEdit(required_text(q.question, "a question needs some text"), _checked_minutes(q.planned_minutes),
                         q.item_id) for q in questions]
        before = self._snapshot(dialogue_id)
        known = {item["id"] for item in before.items}
        if wanted is not None:
            strange = [q.item_id for q in wanted if q.item_id is not None and q.item_id not in known]
            if strange:
                raise NotFoundError("agenda item of this dialogue", strange[0])
        after = _edited(before, values, wanted)
        if _same(before, after):
            return self._dialogues.get(dialogue_id)
        after.dialogue["updated_at"] = utc_now()
        self._apply(after)
        self._ctx.history.record(Step(Action.EDIT_DIALOGUE, 1, undo=lambda: self._apply(before),
                                      redo=lambda: self._apply(after)))
        return self._dialogues.get(dialogue_id)

    def replace_agenda(self, dialogue_id: uuid.UUID | str, fields: dict[str, Any],
                       questions: Sequence[tuple[str, int | None]] | None = None, *,
                       untie_notes: bool = False) -> AgendaChange:
        """Change the dialogue's fields and, unless ``questions`` is None, make those questions (text,
        minutes) its agenda: the form's edit, one undo step, all or nothing. A question given word for
        word keeps its notes (agenda_plan.py); leaving out one that holds notes is refused unless
        ``untie_notes``."""
        if questions is None:
            self.edit(dialogue_id, fields, None)
            return AgendaChange()
        current = self._dialogues.agenda(dialogue_id)
        plan = plan_agenda(current, questions)
        held = self.notes_per_question(dialogue_id)
        untied = sum(held.get(item_id, 0) for item_id in plan.removed)
        if untied and not untie_notes:
            raise QuestionsHoldNotesError([item.question for item in current if item.id in set(plan.removed)], untied)
        worded = {item.id: item.question for item in current}  # a kept question keeps its own wording
        self.edit(dialogue_id, fields, [QuestionEdit(worded.get(item_id, text), minutes, item_id)
                                        for item_id, text, minutes in plan.places])
        kept = sum(1 for item_id, _t, _m in plan.places if item_id)
        return AgendaChange(kept, len(plan.places) - kept, len(plan.removed), untied)

    def delete(self, dialogue_id: uuid.UUID | str) -> None:
        """Delete a dialogue with no notes (none in the bin either), as one undo step
        (DELETE_DIALOGUE); one with notes is refused with DialogueHasNotesError (its count)."""
        dialogue_id = as_uuid(dialogue_id, "dialogue id")
        kept = self._dialogues._remove_created(dialogue_id)
        holder: list = [kept]

        def undo() -> None:
            self._dialogues._restore_created(holder[0])

        def redo() -> None:
            holder[0] = self._dialogues._remove_created(dialogue_id)

        self._ctx.history.record(Step(Action.DELETE_DIALOGUE, 1, undo=undo, redo=redo))

    # --- the snapshot a step moves between -----------------------------------------------------

    def _snapshot(self, dialogue_id: uuid.UUID) -> _Snapshot:
        with self._ctx.db.read() as session:
            dialogue = require(session, Dialogue, dialogue_id, "dialogue")
            items = list(session.scalars(
                select(AgendaItem).where(AgendaItem.dialogue_id == dialogue_id).order_by(AgendaItem.position)))
            notes = dict(session.execute(
                select(Note.id, Note.agenda_item_id).where(Note.dialogue_id == dialogue_id,
                                                           Note.agenda_item_id.is_not(None))).all())
            return _Snapshot(dialogue.model_dump(), [item.model_dump() for item in items], notes)

    def _apply(self, snapshot: _Snapshot) -> None:
        """Make the dialogue and its agenda what ``snapshot`` holds (an edit, its undo or redo)."""
        dialogue_id = snapshot.dialogue["id"]
        wanted = {item["id"]: item for item in snapshot.items}
        with self._ctx.db.write() as session:
            dialogue = require(session, Dialogue, dialogue_id, "dialogue")
            _assign(dialogue, {k: snapshot.dialogue[k] for k in FORM_FIELDS})
            session.add(dialogue)
            stored = {item.id: item for item in session.scalars(
                select(AgendaItem).where(AgendaItem.dialogue_id == dialogue_id))}
            for item_id, item in stored.items():
                if item_id not in wanted:
                    session.delete(item)  # the database lets go of its notes (SET NULL)
            session.flush()
            for item_id, values in wanted.items():
                if item_id in stored:
                    _assign(stored[item_id], {k: values[k] for k in QUESTION_FIELDS})
                    session.add(stored[item_id])
                else:
                    session.add(AgendaItem(**values))
            session.flush()
            by_item: dict[uuid.UUID, list[uuid.UUID]] = {}
            for note_id, item_id in snapshot.note_items.items():
                if item_id in wanted:
                    by_item.setdefault(item_id, []).append(note_id)
            for item_id, note_ids in by_item.items():
                session.execute(update(Note).where(Note.id.in_(note_ids), Note.agenda_item_id.is_(None))
                                .values(agenda_item_id=item_id))
        self._ctx.changes.publish(ChangeKind.DIALOGUES, [dialogue_id])
        self._ctx.changes.publish(ChangeKind.AGENDA, list(wanted) + [i for i in stored if i not in wanted])
        if snapshot.note_items:
            self._ctx.changes.publish(ChangeKind.NOTES, list(snapshot.note_items))


def _edited(before: _Snapshot, values: dict[str, Any], wanted: list[QuestionEdit] | None) -> _Snapshot:
    dialogue = dict(before.dialogue)
    dialogue.update(values)
    if wanted is None:
        return _Snapshot(dialogue, [dict(item) for item in before.items], dict(before.note_items))
    old = {item["id"]: item for item in before.items}
    items = []
    for position, question in enumerate(wanted):
        if question.item_id is not None:
            item = dict(old[question.item_id])
        else:
            item = {"id": uuid.uuid4(), "dialogue_id": before.dialogue["id"], "started_at": None, "ended_at": None}
        item.update(position=position, question=question.question, planned_minutes=question.planned_minutes)
        items.append(item)
    kept = {item["id"] for item in items}
    notes = {note: (item if item in kept else None) for note, item in before.note_items.items()}
    return _Snapshot(dialogue, items, notes)


def _same(before: _Snapshot, after: _Snapshot) -> bool:
    ignore = ("updated_at",)
    strip = lambda row: {k: v for k, v in row.items() if k not in ignore}  # noqa: E731
    return strip(before.dialogue) == strip(after.dialogue) and before.items == after.items
