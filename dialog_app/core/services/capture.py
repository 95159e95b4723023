"""Capturing during a meeting: the stamp each note carries, and the agenda's progress in real time.

The current question is the one that has started and not ended; advancing records the actual end of
one and the start of the next. The capture screen and the crash test both save through ``save``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select

from dialog_app.core.changes import ChangeKind
from dialog_app.core.kinds import DialogueStatus, NoteKind
from dialog_app.core.models import AgendaItem, Dialogue
from dialog_app.core.services.context import ServiceContext, as_uuid, choice, require
from dialog_app.core.services.notes import NoteRecord, NoteService
from dialog_app.core.timeutil import utc_now


@dataclass(frozen=True)
class Stamp:
    """What the next note will carry besides its text."""

    dialogue_id: uuid.UUID
    agenda_item_id: uuid.UUID | None = None
    group_id: uuid.UUID | None = None
    table_label: str | None = None
    kind: str = NoteKind.STATEMENT.value

    def with_(self, **changes) -> Stamp:
        if "kind" in changes:
            changes["kind"] = choice(changes["kind"], NoteKind, "note kind")
        return replace(self, **changes)


class CaptureService:
    def __init__(self, context: ServiceContext, notes: NoteService) -> None:
        self._ctx = context
        self._notes = notes

    def save(
        self,
        stamp: Stamp,
        text: str,
        *,
        note_id: uuid.UUID | None = None,
        theme_ids: Sequence[uuid.UUID] = (),
        key_quote: bool = False,
        votes: int = 0,
    ) -> NoteRecord:
        """Commit one captured note; when this returns it is on disk, with its themes."""
        return self._notes.add(
            stamp.dialogue_id,
            text,
            agenda_item_id=stamp.agenda_item_id,
            group_id=stamp.group_id,
            table_label=stamp.table_label,
            kind=stamp.kind,
            key_quote=key_quote,
            votes=votes,
            note_id=note_id,
            theme_ids=theme_ids,
        )

    # --- the agenda in real time ---------------------------------------------------------------

    def current_question(self, dialogue_id: uuid.UUID | str) -> AgendaItem | None:
        """The question under discussion: started and not yet ended."""
        with self._ctx.db.read() as session:
            return self._current(session, as_uuid(dialogue_id, "dialogue id"))

    def start(self, dialogue_id: uuid.UUID | str) -> AgendaItem | None:
        """Mark the dialogue as running and start its first question that has not been held."""
        dialogue_id = as_uuid(dialogue_id, "dialogue id")
        now = utc_now()
        with self._ctx.db.write() as session:
            dialogue = require(session, Dialogue, dialogue_id, "dialogue")
            dialogue.status = DialogueStatus.RUNNING.value
            dialogue.updated_at = now
            session.add(dialogue)
            current = self._current(session, dialogue_id)
            if current is None:
                current = next((i for i in self._agenda(session, dialogue_id) if i.started_at is None), None)
                if current is not None:
                    current.started_at = now
                    session.add(current)
        self._publish(dialogue_id)
        return current

    def advance(self, dialogue_id: uuid.UUID | str) -> AgendaItem | None:
        """End the current question and start the next; None when the agenda is done."""
        return self._step(as_uuid(dialogue_id, "dialogue id"), +1)

    def go_back(self, dialogue_id: uuid.UUID | str) -> AgendaItem | None:
        """Return to the previous question (it is reopened; its first start time is kept)."""
        return self._step(as_uuid(dialogue_id, "dialogue id"), -1)

    def finish(self, dialogue_id: uuid.UUID | str) -> None:
        """End the current question and mark the dialogue as finished."""
        dialogue_id = as_uuid(dialogue_id, "dialogue id")
        now = utc_now()
        with self._ctx.db.write() as session:
            dialogue = require(session, Dialogue, dialogue_id, "dialogue")
            current = self._current(session, dialogue_id)
            if current is not None:
                current.ended_at = now
                session.add(current)
            dialogue.status = DialogueStatus.FINISHED.value
            dialogue.updated_at = now
            session.add(dialogue)
        self._publish(dialogue_id)

    def _step(self, dialogue_id: uuid.UUID, direction: int) -> AgendaItem | None:
        now = utc_now()
        with self._ctx.db.write() as session:
            require(session, Dialogue, dialogue_id, "dialogue")
            agenda = self._agenda(session, dialogue_id)
            current = self._current(session, dialogue_id, agenda)
            if current is None:
                held = [i for i in agenda if i.started_at is not None]
                position = agenda.index(held[-1]) if held else -1
            else:
                position = agenda.index(current)
                current.ended_at = now
                session.add(current)
            target_position = position + direction
            target = agenda[target_position] if 0 <= target_position < len(agenda) else None
            if target is not None:
                target.started_at = target.started_at or now
                target.ended_at = None
                session.add(target)
            elif direction < 0 and current is not None:
                current.ended_at = None  # nothing before the first question: stay on it
                target = current
        self._publish(dialogue_id)
        return target

    @staticmethod
    def _agenda(session, dialogue_id: uuid.UUID) -> list[AgendaItem]:
        return list(
            session.scalars(
                select(AgendaItem).where(AgendaItem.dialogue_id == dialogue_id).order_by(AgendaItem.position)
            )
        )

    def _current(self, session, dialogue_id: uuid.UUID, agenda: list[AgendaItem] | None = None) -> AgendaItem | None:
        items = agenda if agenda is not None else self._agenda(session, dialogue_id)
        running = [i for i in items if i.started_at is not None and i.ended_at is None]
        return running[-1] if running else None

    def _publish(self, dialogue_id: uuid.UUID) -> None:
        self._ctx.changes.publish(ChangeKind.AGENDA, [dialogue_id])
        self._ctx.changes.publish(ChangeKind.DIALOGUES, [dialogue_id])
