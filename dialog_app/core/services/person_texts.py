"""Every text of a project that may name a person, with what a reader looks it up by.

One walk shared by the register extract (which reports the texts that name someone) and the
erasure (which rewrites them), so the two can never disagree about where a person may be: notes
(live, binned and merged away; their table label and source too), every line of their history
(the earlier texts an edit kept), theme syntheses, dialogues (title, purpose, organiser, place),
agenda questions and project settings (saved filters, the choices on possible names, …).

A note is referred to as the exports number it ("D2-014": the dialogue's number in date order,
the note's number within it, counting every note ever taken); a theme by its code.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from dialog_app.core.jobs import Job
from dialog_app.core.models import AgendaItem, Dialogue, Note, NoteEvent, ProjectSetting, Theme, ThemeSynthesis
from dialog_app.core.person_record import DIALOGUE, HISTORY, NOTE, SETTING, SYNTHESIS

DIALOGUE_FIELDS = ("title", "purpose", "organiser", "place")
NOTE_FIELDS = ("text", "table_label", "source_ref")
_CHECK_EVERY = 500


@dataclass(frozen=True)
class Source:
    """One field of one row: a text, or a JSON value whose strings are texts."""

    where: str  # NOTE, SYNTHESIS, HISTORY, DIALOGUE, SETTING
    ref: str
    context: str
    at: datetime | None
    model: type
    key: Any  # the row's primary key
    field: str
    value: Any
    object_id: uuid.UUID | None
    is_json: bool = False
    in_bin: bool = False
    updated_at: datetime | None = None  # the row's own stamp, which an erasure moves on


def sources(session, job: Job | None = None) -> Iterator[Source]:
    """Every field that may name a person, in a stable order: dialogues, notes, history, syntheses,
    settings."""
    job = job or Job()
    dialogues = list(session.execute(
        select(Dialogue.id, Dialogue.title, Dialogue.purpose, Dialogue.organiser, Dialogue.place,
               Dialogue.updated_at)
        .order_by(Dialogue.starts_at.is_(None), Dialogue.starts_at, Dialogue.created_at, Dialogue.title)))
    number = {row.id: n for n, row in enumerate(dialogues, start=1)}
    title = {row.id: row.title for row in dialogues}
    for row in dialogues:
        for field in DIALOGUE_FIELDS:
            yield Source(DIALOGUE, f"D{number[row.id]}", field, row.updated_at, Dialogue, row.id, field,
                         getattr(row, field), row.id, updated_at=row.updated_at)
    yield from _questions(session, number)
    refs: dict[uuid.UUID, tuple[str, str]] = {}
    yield from _notes(session, number, title, refs, job)
    yield from _history(session, refs, job)
    yield from _syntheses(session)
    for key, value in session.execute(select(ProjectSetting.key, ProjectSetting.value).order_by(ProjectSetting.key)):
        yield Source(SETTING, key, "", None, ProjectSetting, key, "value", value, None, is_json=True)


def _questions(session, number: dict[uuid.UUID, int]) -> Iterator[Source]:
    rows = session.execute(select(AgendaItem.id, AgendaItem.dialogue_id, AgendaItem.question)
                           .order_by(AgendaItem.dialogue_id, AgendaItem.position))
    counters: Counter[uuid.UUID] = Counter()
    for item_id, dialogue_id, question in rows:
        counters[dialogue_id] += 1
        ref = f"D{number.get(dialogue_id, 0)} Q{counters[dialogue_id]}"
        yield Source(DIALOGUE, ref, "question", None, AgendaItem, item_id, "question", question, item_id)


def _notes(session, number, title, refs: dict, job: Job) -> Iterator[Source]:
    rows = session.execute(
        select(Note.id, Note.dialogue_id, Note.text, Note.table_label, Note.source_ref, Note.created_at,
               Note.updated_at, Note.deleted_at)
        .order_by(Note.dialogue_id, Note.created_at, Note.seq))
    counters: Counter[uuid.UUID] = Counter()
    for count, row in enumerate(rows):
        if count % _CHECK_EVERY == 0:
            job.check()
        counters[row.dialogue_id] += 1  # every note ever taken counts, as in the exports
        ref = f"D{number.get(row.dialogue_id, 0)}-{counters[row.dialogue_id]:03d}"
        context = title.get(row.dialogue_id, "")
        refs[row.id] = (ref, context)
        for field in NOTE_FIELDS:
            value = getattr(row, field)
            if value:
                yield Source(NOTE, ref, context, row.created_at, Note, row.id, field, value, row.id,
                             in_bin=row.deleted_at is not None, updated_at=row.updated_at)


def _history(session, refs: dict, job: Job) -> Iterator[Source]:
    rows = session.execute(select(NoteEvent.id, NoteEvent.note_id, NoteEvent.at, NoteEvent.detail)
                           .where(NoteEvent.detail.is_not(None)).order_by(NoteEvent.note_id, NoteEvent.at))
    for count, (event_id, note_id, at, detail) in enumerate(rows):
        if count % _CHECK_EVERY == 0:
            job.check()
        ref, context = refs.get(note_id, ("", ""))
        yield Source(HISTORY, ref, context, at, NoteEvent, event_id, "detail", detail, event_id, is_json=True)


def _syntheses(session) -> Iterator[Source]:
    rows = session.execute(
        select(ThemeSynthesis.theme_id, ThemeSynthesis.text, ThemeSynthesis.updated_at, Theme.code, Theme.name)
        .join(Theme, Theme.id == ThemeSynthesis.theme_id).order_by(Theme.code, Theme.name))
    for theme_id, text, updated_at, code, name in rows:
        if text:
            yield Source(SYNTHESIS, code or name, name, updated_at, ThemeSynthesis, theme_id, "text", text,
                         theme_id, updated_at=updated_at)
