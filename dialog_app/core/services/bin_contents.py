"""What is in the bin, for people to choose from: each binned note with its reference, its dialogue
and question, when it was binned and by whom. Nothing here writes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from dialog_app.core.models import AgendaItem, Dialogue, Note, NoteEvent
from dialog_app.core.services.context import ServiceContext
from dialog_app.core.services.note_refs import Numbering

# The history lines that put a note in the bin: deleted, or merged into another note.
BINNING = ("delete", "merged_into")


@dataclass(frozen=True)
class BinEntry:
    note_id: uuid.UUID
    ref: str  # "D2-017", as exports print it
    text: str
    dialogue_title: str
    question: str  # "" when the note answers no question
    deleted_at: datetime
    deleted_by: str  # "" when the history does not say
    merged_into: str = ""  # the reference of the note it was merged into (then it is a duplicate)
    dialogue_id: uuid.UUID | None = None


def bin_entries(ctx: ServiceContext, numbering: Numbering) -> list[BinEntry]:
    """Every note in the bin, the latest binned first."""
    with ctx.db.read() as session:
        rows = session.execute(
            select(Note.id, Note.text, Note.deleted_at, Note.merged_into_id, Dialogue.title, AgendaItem.question,
                   Note.dialogue_id)
            .join(Dialogue, Dialogue.id == Note.dialogue_id)
            .outerjoin(AgendaItem, AgendaItem.id == Note.agenda_item_id)
            .where(Note.deleted_at.is_not(None))
            .order_by(Note.deleted_at.desc(), Note.seq.desc())).all()
        who: dict[uuid.UUID, str] = {}
        for note_id, by in session.execute(
                select(NoteEvent.note_id, NoteEvent.by).join(Note, Note.id == NoteEvent.note_id)
                .where(Note.deleted_at.is_not(None), NoteEvent.action.in_(BINNING)).order_by(NoteEvent.at)):
            who[note_id] = by  # the latest one stays
    refs = numbering.refs
    return [BinEntry(note_id, refs.get(note_id, ""), text, title, question or "", deleted_at, who.get(note_id, ""),
                     refs.get(merged_into, "") if merged_into else "", dialogue_id)
            for note_id, text, deleted_at, merged_into, title, question, dialogue_id in rows]
