"""A dialogue's agenda given anew as a list of questions (``dialog-app dialogue edit``): which of
today's questions each one is, so DialogueEditing.replace_agenda can keep their notes.

The questions given become the agenda, in that order. A question already on the agenda, word for
word (case and spacing aside), is kept: its notes, its planned and actual times stay with it and
only its place and planned minutes change. The others are added, and questions not given are
removed. Removing a question unties the notes taken under it (those in the bin too); that is
refused unless the caller says ``untie_notes``, since nothing else could tell those notes apart
afterwards.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.models import AgendaItem
from dialog_app.core.services.context import required_text
from dialog_app.core.services.dialogues import _checked_minutes


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


def _same(a: str, b: str) -> bool:
    return re.sub(r"\s+", " ", a.strip()).casefold() == re.sub(r"\s+", " ", b.strip()).casefold()
