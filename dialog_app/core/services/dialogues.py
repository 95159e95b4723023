"""Dialogues and their agenda of questions."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import AmbiguousError, DialogueHasNotesError, InvalidValueError, NotFoundError
from dialog_app.core.history import Action, Step
from dialog_app.core.kinds import DialogueKind, DialogueStatus
from dialog_app.core.models import AgendaItem, Attendance, Dialogue, DialogueOrganisation, Note, Participant
from dialog_app.core.services.context import ServiceContext, as_uuid, aware, choice, require, required_text
from dialog_app.core.timeutil import utc_now

DIALOGUE_FIELDS = frozenset(
    {"title", "kind", "starts_at", "ends_at", "place", "online", "organiser", "purpose", "status"}
)
AGENDA_FIELDS = frozenset({"question", "planned_minutes", "started_at", "ended_at"})
# What belongs to a dialogue alone, parents first: undoing its creation keeps these, redo puts them back.
OWNED_ROWS = (Dialogue, AgendaItem, Attendance, DialogueOrganisation, Participant)


class DialogueService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # --- dialogues -----------------------------------------------------------------------------

    def create(self, title: str, **fields: Any) -> Dialogue:
        dialogue = Dialogue(title=required_text(title, "a dialogue needs a title"))
        _assign(dialogue, _checked_dialogue_fields(fields))
        with self._ctx.db.write() as session:
            session.add(dialogue)
        self._ctx.changes.publish(ChangeKind.DIALOGUES, [dialogue.id])
        return dialogue

    def create_with_questions(
        self, title: str, questions: Sequence[tuple[str, int | None]] = (), **fields: Any
    ) -> Dialogue:
        """A new dialogue with its agenda, in one transaction and one undo step (CREATE_DIALOGUE).

        Undo removes the dialogue with its questions (and any attendance typed since); it is
        refused once notes were captured in it. Redo brings it all back with the same ids.
        """
        dialogue = Dialogue(title=required_text(title, "a dialogue needs a title"))
        _assign(dialogue, _checked_dialogue_fields(fields))
        items = [
            AgendaItem(dialogue_id=dialogue.id, position=position, planned_minutes=_checked_minutes(minutes),
                       question=required_text(question, "a question needs some text"))
            for position, (question, minutes) in enumerate(questions)
        ]
        with self._ctx.db.write() as session:
            session.add(dialogue)
            session.flush()
            session.add_all(items)
        self._ctx.changes.publish(ChangeKind.DIALOGUES, [dialogue.id])
        if items:
            self._ctx.changes.publish(ChangeKind.AGENDA, [item.id for item in items])
        kept: list[tuple[type, dict[str, Any]]] = []

        def undo() -> None:
            kept[:] = self._remove_created(dialogue.id)

        def redo() -> None:
            self._restore_created(kept)

        self._ctx.history.record(Step(Action.CREATE_DIALOGUE, 1, undo=undo, redo=redo))
        return dialogue

    def _remove_created(self, dialogue_id: uuid.UUID) -> list[tuple[type, dict[str, Any]]]:
        """Delete a dialogue that holds no notes with the rows that belong to it; return them as they were."""
        with self._ctx.db.write() as session:
            dialogue = require(session, Dialogue, dialogue_id, "dialogue")
            count = session.execute(
                select(func.count()).select_from(Note).where(Note.dialogue_id == dialogue.id)
            ).scalar_one()
            if count:
                raise DialogueHasNotesError(count)
            kept = [(model, row.model_dump()) for model in OWNED_ROWS[1:]
                    for row in session.scalars(select(model).where(model.dialogue_id == dialogue.id))]
            kept.insert(0, (Dialogue, dialogue.model_dump()))
            session.delete(dialogue)  # the database removes the rows that belong to it
        self._publish_rows(kept)
        return kept

    def _restore_created(self, kept: list[tuple[type, dict[str, Any]]]) -> None:
        with self._ctx.db.write() as session:
            for model, values in kept:
                session.add(model(**values))
                session.flush()  # parents before the rows that point at them
        self._publish_rows(kept)

    def _publish_rows(self, kept: list[tuple[type, dict[str, Any]]]) -> None:
        by_kind: dict[ChangeKind, list[uuid.UUID]] = {}
        for model, values in kept:
            kind = {Dialogue: ChangeKind.DIALOGUES, AgendaItem: ChangeKind.AGENDA}.get(model, ChangeKind.PARTICIPATION)
            by_kind.setdefault(kind, []).append(values.get("id") or values["dialogue_id"])
        for kind, ids in by_kind.items():
            self._ctx.changes.publish(kind, ids)

    def update(self, dialogue_id: uuid.UUID | str, **fields: Any) -> Dialogue:
        values = _checked_dialogue_fields(fields)
        if "title" in fields:
            values["title"] = required_text(fields["title"], "a dialogue needs a title")
        with self._ctx.db.write() as session:
            dialogue = require(session, Dialogue, dialogue_id, "dialogue")
            _assign(dialogue, values)
            dialogue.updated_at = utc_now()
            session.add(dialogue)
        self._ctx.changes.publish(ChangeKind.DIALOGUES, [dialogue.id])
        return dialogue

    def delete(self, dialogue_id: uuid.UUID | str) -> None:
        """Delete a dialogue that holds no notes (none in the bin either); one with notes is refused
        (DialogueHasNotesError), so nothing is lost. No undo step: DialogueEditing.delete records one."""
        self._remove_created(as_uuid(dialogue_id, "dialogue id"))

    def get(self, dialogue_id: uuid.UUID | str) -> Dialogue:
        with self._ctx.db.read() as session:
            return require(session, Dialogue, dialogue_id, "dialogue")

    def find(self, title_or_id: str) -> Dialogue:
        """A dialogue by id, exact title (any case) or id prefix of 6+ characters."""
        key = title_or_id.strip()
        with self._ctx.db.read() as session:
            try:
                found = session.get(Dialogue, uuid.UUID(key))
            except ValueError:
                found = None
            if found:
                return found
            dialogues = list(session.scalars(select(Dialogue)))
        matches = [d for d in dialogues if d.title.casefold() == key.casefold()]
        prefix = key.lower().replace("-", "")
        if not matches and len(prefix) >= 6:
            matches = [d for d in dialogues if d.id.hex.startswith(prefix)]
        if len(matches) > 1:
            raise AmbiguousError("dialogue", key, len(matches))
        if not matches:
            raise NotFoundError("dialogue", key)
        return matches[0]

    def list(self) -> list[Dialogue]:
        """All dialogues, the most recent first (undated ones last)."""
        statement = select(Dialogue).order_by(
            Dialogue.starts_at.is_(None), Dialogue.starts_at.desc(), Dialogue.title
        )
        with self._ctx.db.read() as session:
            return list(session.scalars(statement))

    def note_counts(self) -> dict[uuid.UUID, int]:
        statement = (
            select(Note.dialogue_id, func.count())
            .where(Note.deleted_at.is_(None))
            .group_by(Note.dialogue_id)
        )
        with self._ctx.db.read() as session:
            return dict(session.execute(statement).all())

    # --- agenda --------------------------------------------------------------------------------

    def add_question(
        self, dialogue_id: uuid.UUID | str, question: str, planned_minutes: int | None = None
    ) -> AgendaItem:
        """Append a question to the end of a dialogue's agenda."""
        text = required_text(question, "a question needs some text")
        with self._ctx.db.write() as session:
            dialogue = require(session, Dialogue, dialogue_id, "dialogue")
            last = session.execute(
                select(func.max(AgendaItem.position)).where(AgendaItem.dialogue_id == dialogue.id)
            ).scalar_one()
            item = AgendaItem(
                dialogue_id=dialogue.id,
                question=text,
                planned_minutes=_checked_minutes(planned_minutes),
                position=(last + 1) if last is not None else 0,
            )
            session.add(item)
        self._ctx.changes.publish(ChangeKind.AGENDA, [item.id])
        return item

    def update_question(self, item_id: uuid.UUID | str, **fields: Any) -> AgendaItem:
        unknown = set(fields) - AGENDA_FIELDS
        if unknown:
            raise InvalidValueError(f"cannot edit {', '.join(sorted(unknown))}")
        if "question" in fields:
            fields["question"] = required_text(fields["question"], "a question needs some text")
        if "planned_minutes" in fields:
            fields["planned_minutes"] = _checked_minutes(fields["planned_minutes"])
        with self._ctx.db.write() as session:
            item = require(session, AgendaItem, item_id, "agenda item")
            _assign(item, fields)
            session.add(item)
        self._ctx.changes.publish(ChangeKind.AGENDA, [item.id])
        return item

    def move_question(self, item_id: uuid.UUID | str, new_position: int) -> None:
        """Move a question to another place in its agenda; the others close ranks."""
        item_id = as_uuid(item_id, "agenda item id")
        with self._ctx.db.write() as session:
            item = require(session, AgendaItem, item_id, "agenda item")
            items = list(
                session.scalars(
                    select(AgendaItem)
                    .where(AgendaItem.dialogue_id == item.dialogue_id)
                    .order_by(AgendaItem.position)
                )
            )
            items.remove(item)
            items.insert(max(0, min(new_position, len(items))), item)
            for position, each in enumerate(items):
                each.position = position
                session.add(each)
        self._ctx.changes.publish(ChangeKind.AGENDA, [item_id])

    def delete_question(self, item_id: uuid.UUID | str) -> None:
        """Remove a question; its notes stay, no longer tied to a question."""
        item_id = as_uuid(item_id, "agenda item id")
        with self._ctx.db.write() as session:
            item = require(session, AgendaItem, item_id, "agenda item")
            session.delete(item)
        self._ctx.changes.publish(ChangeKind.AGENDA, [item_id])

    def agenda(self, dialogue_id: uuid.UUID | str) -> list[AgendaItem]:
        statement = (
            select(AgendaItem)
            .where(AgendaItem.dialogue_id == as_uuid(dialogue_id, "dialogue id"))
            .order_by(AgendaItem.position)
        )
        with self._ctx.db.read() as session:
            return list(session.scalars(statement))

    def all_questions(self) -> dict[uuid.UUID, AgendaItem]:
        with self._ctx.db.read() as session:
            return {item.id: item for item in session.scalars(select(AgendaItem))}


def _checked_dialogue_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - DIALOGUE_FIELDS
    if unknown:
        raise InvalidValueError(f"unknown dialogue fields: {', '.join(sorted(unknown))}")
    values = dict(fields)
    if "kind" in values:
        values["kind"] = choice(values["kind"], DialogueKind, "dialogue kind")
    if "status" in values:
        values["status"] = choice(values["status"], DialogueStatus, "dialogue status")
    for key in ("starts_at", "ends_at"):
        if key in values:
            values[key] = aware(values[key], key)
    starts, ends = values.get("starts_at"), values.get("ends_at")
    if starts and ends and ends < starts:
        raise InvalidValueError("a dialogue cannot end before it starts")
    return values


def _checked_minutes(minutes: int | None) -> int | None:
    if minutes is not None and (not isinstance(minutes, int) or minutes < 0):
        raise InvalidValueError("planned minutes must be a whole number of 0 or more")
    return minutes


def _assign(row, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(row, name, value)
