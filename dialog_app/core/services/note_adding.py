"""Adding notes: the capture hot path (one Core transaction per note, no ORM) and bulk imports.

Kept apart from editing because it is built for speed: rows are made by hand, references are left
to the database's foreign keys, and the search index is fed in the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from dialog_app.core.changes import ChangeKind
from dialog_app.core.history import Step
from dialog_app.core.kinds import NoteKind, NoteSource, NoteStatus, TagOrigin
from dialog_app.core.models import AgendaItem, Dialogue, StakeholderGroup, Tagging, Theme
from dialog_app.core.services.context import ServiceContext, as_uuid, require
from dialog_app.core.services.note_bin import set_deleted
from dialog_app.core.services.note_fields import NoteRecord
from dialog_app.core.services.note_rows import NEXT_SEQ, insert_rows, new_row
from dialog_app.core.timeutil import utc_now


class NoteAdding:
    """The adding half of ``NoteService`` (notes.py)."""

    _ctx: ServiceContext

    def add(
        self,
        dialogue_id: uuid.UUID | str,
        text: str,
        *,
        agenda_item_id: uuid.UUID | str | None = None,
        group_id: uuid.UUID | str | None = None,
        table_label: str | None = None,
        kind: str = NoteKind.STATEMENT,
        votes: int = 0,
        key_quote: bool = False,
        status: str = NoteStatus.CAPTURED,
        source_kind: str = NoteSource.TYPED,
        source_ref: str | None = None,
        created_at: datetime | None = None,
        note_id: uuid.UUID | None = None,
        theme_ids: Sequence[uuid.UUID] = (),
    ) -> NoteRecord:
        """Store a note and commit it; when this returns, the note is on disk.

        This is the capture hot path: one Core transaction for the note and its themes, references
        checked by the database's foreign keys (a failure is then explained), no ORM unit of work.
        The caller may choose ``note_id`` (the capture screen shows the note before it is saved).
        Undoable: undo moves the note to the bin.
        """
        record = {
            "id": note_id, "dialogue_id": dialogue_id, "text": text, "agenda_item_id": agenda_item_id,
            "group_id": group_id, "table_label": table_label, "kind": kind, "votes": votes,
            "key_quote": key_quote, "status": status, "source_kind": source_kind,
            "source_ref": source_ref, "created_at": created_at,
        }
        row = new_row(record, utc_now(), self._ctx.user)
        themes = list(dict.fromkeys(as_uuid(t, "theme id") for t in theme_ids))
        try:
            with self._ctx.db.write_connection() as connection:
                row["seq"] = connection.execute(NEXT_SEQ).scalar_one()
                insert_rows(connection, [row])
                if themes:
                    connection.execute(insert(Tagging.__table__), [
                        {"note_id": row["id"], "theme_id": theme, "tagged_by": self._ctx.user,
                         "tagged_at": row["updated_at"], "origin": TagOrigin.TYPED.value}
                        for theme in themes
                    ])
        except IntegrityError:
            self._explain_missing_reference(row, themes)
            raise
        ids = [row["id"]]
        self._ctx.history.record(
            Step(
                "capture",
                1,
                undo=lambda: set_deleted(self._ctx, ids, deleted=True),
                redo=lambda: set_deleted(self._ctx, ids, deleted=False),
            )
        )
        self._ctx.changes.publish(ChangeKind.NOTES, ids)
        if themes:
            self._ctx.changes.publish(ChangeKind.TAGS, ids)
        return NoteRecord(**row)

    def import_many(self, records: Iterable[dict[str, Any]], chunk: int = 2000) -> list[uuid.UUID]:
        """Store many notes in one transaction (imports, demo projects); not an undoable step.

        Each record holds the keyword arguments of ``add`` (``dialogue_id`` and ``text`` at least);
        references are checked by the database's foreign keys.
        """
        ids: list[uuid.UUID] = []
        now = utc_now()
        with self._ctx.db.write_connection() as connection:
            next_seq = connection.execute(NEXT_SEQ).scalar_one()
            batch: list[dict[str, Any]] = []
            for record in records:
                row = new_row({"source_kind": NoteSource.IMPORTED, **record}, now, self._ctx.user)
                row["seq"] = next_seq
                next_seq += 1
                batch.append(row)
                ids.append(row["id"])
                if len(batch) >= chunk:
                    insert_rows(connection, batch)
                    batch = []
            insert_rows(connection, batch)
        self._ctx.changes.publish(ChangeKind.NOTES, ids)
        return ids

    def _explain_missing_reference(self, row: dict[str, Any], themes: Sequence[uuid.UUID] = ()) -> None:
        with self._ctx.db.read() as session:
            for theme in themes:
                require(session, Theme, theme, "theme")
            require(session, Dialogue, row["dialogue_id"], "dialogue")
            if row["agenda_item_id"]:
                require(session, AgendaItem, row["agenda_item_id"], "agenda item")
            if row["group_id"]:
                require(session, StakeholderGroup, row["group_id"], "stakeholder group")
