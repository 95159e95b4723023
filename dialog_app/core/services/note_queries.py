"""Reading notes: one note, filtered listings in the order asked, pages of a long table by row
number, and a note's history. Nothing here writes."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select

from dialog_app.core.jobs import Job
from dialog_app.core.models import Note, NoteEvent
from dialog_app.core.services.context import ServiceContext, as_uuid, require
from dialog_app.core.services.note_fields import NoteRecord
from dialog_app.core.services.note_filter import NoteFilter, conditions
from dialog_app.core.services.note_order import ordered
from dialog_app.core.store.driver_rows import first_column
from dialog_app.core.store.interrupt import interruptible


class NoteQueries:
    """The reading part of ``NoteService`` (notes.py)."""

    _ctx: ServiceContext

    def get(self, note_id: uuid.UUID | str) -> Note:
        with self._ctx.db.read() as session:
            return require(session, Note, as_uuid(note_id, "note id"), "note")

    def list(
        self, note_filter: NoteFilter | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[Note]:
        """Notes matching the filter, newest first."""
        statement = (
            select(Note)
            .where(*conditions(note_filter or NoteFilter()))
            .order_by(Note.created_at.desc(), Note.seq.desc())
            .offset(offset)
            .limit(limit)
        )
        with self._ctx.db.read() as session:
            return list(session.scalars(statement))

    def ids(self, note_filter: NoteFilter | None = None, sort: str = "created_at",
            descending: bool = True) -> list[uuid.UUID]:
        """Only the ids of matching notes, in the order asked (see note_order.SORT_KEYS): what list
        and table views hold. Text sorts the Swedish way (å, ä, ö after z)."""
        statement = ordered(select(Note.id).where(*conditions(note_filter or NoteFilter())), sort, descending)
        with self._ctx.db.read_connection() as connection:
            return list(connection.execute(statement).scalars())

    def keys(self, note_filter: NoteFilter | None = None, sort: str = "created_at",
             descending: bool = True, limit: int | None = None, job: Job | None = None) -> list[int]:
        """Like ``ids``, as the notes' local row numbers: a table over 100 000 notes holds ints,
        which SQLite hands over without the cost of building 100 000 UUIDs. With ``limit``, only
        the first rows: a table shows its first screen while the whole listing is read. Cancelling
        ``job`` stops the query where it is (``Cancelled``): a search typed on needs no old answer."""
        where = conditions(note_filter or NoteFilter(), first_rows=limit is not None and sort == "created_at")
        statement = ordered(select(Note.seq).where(*where), sort, descending)
        with self._ctx.db.read_connection() as connection, interruptible(connection, job):
            return first_column(connection, statement.limit(limit))

    def by_keys(self, keys: Sequence[int]) -> dict[int, Note]:
        """Fetch a page of notes by their row numbers (see ``keys``)."""
        found: dict[int, Note] = {}
        with self._ctx.db.read() as session:
            for start in range(0, len(keys), 500):
                for note in session.scalars(select(Note).where(Note.seq.in_(keys[start : start + 500]))):
                    found[note.seq] = note
        return found

    def records_by_keys(self, keys: Sequence[int]) -> dict[int, NoteRecord]:
        """A page of live notes by row number, as plain records (no ORM objects): what a table
        paints. Deleted and unknown numbers are left out."""
        found: dict[int, NoteRecord] = {}
        table = Note.__table__
        with self._ctx.db.read_connection() as connection:
            for start in range(0, len(keys), 500):
                rows = connection.execute(
                    select(table).where(table.c.seq.in_(keys[start : start + 500]), table.c.deleted_at.is_(None))
                )
                for row in rows:
                    found[row.seq] = NoteRecord(**row._mapping)
        return found

    def ids_of_keys(self, keys: Sequence[int]) -> list[uuid.UUID]:
        """The ids of notes given by row number (see ``keys``), in the order given; unknown
        numbers are left out. What a table's selection becomes before a bulk action."""
        found: dict[int, uuid.UUID] = {}
        with self._ctx.db.read_connection() as connection:
            for start in range(0, len(keys), 500):
                rows = connection.execute(select(Note.seq, Note.id).where(Note.seq.in_(keys[start : start + 500])))
                found.update(rows.all())
        return [found[key] for key in keys if key in found]

    def by_ids(self, note_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Note]:
        """Fetch a batch of notes (a page of a list view), keyed by id."""
        found: dict[uuid.UUID, Note] = {}
        with self._ctx.db.read() as session:
            for start in range(0, len(note_ids), 500):
                chunk = note_ids[start : start + 500]
                for note in session.scalars(select(Note).where(Note.id.in_(chunk))):
                    found[note.id] = note
        return found

    def table_labels(self, dialogue_id: uuid.UUID | str) -> list[str]:
        """The table and breakout labels used in a dialogue so far, in order."""
        statement = (
            select(Note.table_label)
            .where(Note.dialogue_id == as_uuid(dialogue_id, "dialogue id"), Note.table_label.is_not(None))
            .distinct()
            .order_by(Note.table_label)
        )
        with self._ctx.db.read() as session:
            return list(session.scalars(statement))

    def count(self, note_filter: NoteFilter | None = None) -> int:
        statement = select(func.count()).select_from(Note).where(
            *conditions(note_filter or NoteFilter())
        )
        with self._ctx.db.read() as session:
            return session.execute(statement).scalar_one()

    def events(self, note_id: uuid.UUID | str) -> list[NoteEvent]:
        """A note's history, oldest first."""
        statement = (
            select(NoteEvent)
            .where(NoteEvent.note_id == as_uuid(note_id, "note id"))
            .order_by(NoteEvent.at)
        )
        with self._ctx.db.read() as session:
            return list(session.scalars(statement))
