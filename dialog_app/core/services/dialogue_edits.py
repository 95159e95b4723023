"""A dialogue's facts and its whole agenda changed at once, in one transaction: what a script says
when it gives a dialogue its list of questions again (``dialog-app dialogue edit``).

The questions given become the agenda, in that order. A question already on the agenda, word for
word (case and spacing aside), is kept: its notes, its planned and actual times stay with it and
only its place and planned minutes change. The others are added, and questions not given are
removed. Removing a question unties the notes taken under it (those in the bin too); that is
refused unless the caller says ``untie_notes``, since nothing else could tell those notes apart
afterwards.

Not an undo step: the command line has no undo (the backup taken on opening is its way back).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError
from dialog_app.core.models import AgendaItem, Dialogue, Note
from dialog_app.core.services.context import ServiceContext, require, required_text
from dialog_app.core.services.dialogues import _assign, _checked_dialogue_fields, _checked_minutes
from dialog_app.core.timeutil import utc_now


@dataclass(frozen=True)
class AgendaChange:
    """What replacing an agenda did: questions kept (maybe moved), added, removed, notes untied."""

    kept: int = 0
    added: int = 0
    removed: int = 0
    notes_untied: int = 0


class QuestionsHoldNotesError(InvalidValueError):
    """Questions that would be removed have notes; nothing was changed."""

    def __init__(self, questions: list[str], notes: int) -> None:
        self.questions = questions
        self.notes = notes
        quoted = ", ".join(repr(q) for q in questions)
        super().__init__(f"{notes} note(s) were taken under the question(s) left out ({quoted}) and would lose "
                         "their question; give those questions word for word to keep them, or untie the notes")


@dataclass(frozen=True)
class AgendaPlan:
    """The agenda to be: per place, the kept item's id (None: a new question), text and minutes."""

    places: list[tuple[uuid.UUID | None, str, int | None]]
    removed: list[uuid.UUID]


def plan_agenda(current: Sequence[AgendaItem], wanted: Sequence[tuple[str, int | None]]) -> AgendaPlan:
    """Match the wanted questions to the current ones by their words; the unmatched ones go."""
    free = {item.id: item for item in current}
    places: list[tuple[uuid.UUID | None, str, int | None]] = []
    for text, minutes in wanted:
        question = required_text(text, "a question needs some text")
        same = next((i for i, item in free.items() if _same(item.question, question)), None)
        if same is not None:
            del free[same]
        places.append((same, question, _checked_minutes(minutes)))
    return AgendaPlan(places, list(free))


class DialogueEdits:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def edit(self, dialogue_id: uuid.UUID | str, fields: dict[str, Any],
             questions: Sequence[tuple[str, int | None]] | None = None, *, untie_notes: bool = False) -> AgendaChange:
        """Change the dialogue's fields (DialogueService.update's) and, unless ``questions`` is
        None, make them its agenda; all or nothing."""
        values = _checked_dialogue_fields(fields)
        if "title" in fields:
            values["title"] = required_text(fields["title"], "a dialogue needs a title")
        change = AgendaChange()
        with self._ctx.db.write() as session:
            dialogue = require(session, Dialogue, dialogue_id, "dialogue")
            if values:
                _assign(dialogue, values)
                dialogue.updated_at = utc_now()
                session.add(dialogue)
            if questions is not None:
                change = self._replace(session, dialogue.id, questions, untie_notes)
        self._ctx.changes.publish(ChangeKind.DIALOGUES, [dialogue.id])
        if questions is not None:
            self._ctx.changes.publish(ChangeKind.AGENDA, [dialogue.id])
        return change

    def _replace(self, session, dialogue_id: uuid.UUID, questions, untie_notes: bool) -> AgendaChange:
        current = list(session.scalars(
            select(AgendaItem).where(AgendaItem.dialogue_id == dialogue_id).order_by(AgendaItem.position)))
        plan = plan_agenda(current, questions)
        untied = _notes_under(session, plan.removed)
        if untied and not untie_notes:
            texts = [item.question for item in current if item.id in set(plan.removed)]
            raise QuestionsHoldNotesError(texts, untied)
        by_id = {item.id: item for item in current}
        for item_id in plan.removed:
            session.delete(by_id[item_id])
        session.flush()
        for position, (item_id, text, minutes) in enumerate(plan.places):
            item = by_id[item_id] if item_id else AgendaItem(dialogue_id=dialogue_id, question=text)
            item.position, item.planned_minutes = position, minutes
            session.add(item)
        kept = sum(1 for item_id, _t, _m in plan.places if item_id)
        return AgendaChange(kept, len(plan.places) - kept, len(plan.removed), untied)


def _notes_under(session, item_ids: list[uuid.UUID]) -> int:
    if not item_ids:
        return 0
    return session.execute(select(func.count()).select_from(Note).where(Note.agenda_item_id.in_(item_ids))).scalar_one()


def _same(a: str, b: str) -> bool:
    return re.sub(r"\s+", " ", a.strip()).casefold() == re.sub(r"\s+", " ", b.strip()).casefold()
