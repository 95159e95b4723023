"""Note rows made by hand and inserted with their search-index entries: the one fast write path
that capture, bulk adding and imports share (no ORM unit of work, references left to the
database's foreign keys)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select

from dialog_app.core.kinds import NoteKind, NoteSource, NoteStatus
from dialog_app.core.models import Note
from dialog_app.core.services.context import as_uuid, aware, choice
from dialog_app.core.services.note_fields import EDITABLE_FIELDS, checked_text, validated
from dialog_app.core.store import fts

NEXT_SEQ = select(func.coalesce(func.max(Note.seq), 0) + 1)
_INSERT_NOTE = insert(Note.__table__)


def new_row(record: dict[str, Any], now: datetime, user: str) -> dict[str, Any]:
    """A complete, validated note row from the keyword arguments of ``NoteService.add``."""
    values = validated({k: v for k, v in record.items() if k in EDITABLE_FIELDS - {"text"} and v is not None})
    return {
        "id": record.get("id") or uuid.uuid4(),
        "seq": None,
        "dialogue_id": as_uuid(record["dialogue_id"], "dialogue id"),
        "agenda_item_id": values.get("agenda_item_id"),
        "group_id": values.get("group_id"),
        "table_label": values.get("table_label"),
        "kind": values.get("kind", NoteKind.STATEMENT.value),
        "text": checked_text(record.get("text")),
        "votes": values.get("votes", 0),
        "key_quote": values.get("key_quote", False),
        "status": values.get("status", NoteStatus.CAPTURED.value),
        "created_at": aware(record.get("created_at"), "created_at") or now,
        "updated_at": now,
        "captured_by": record.get("captured_by", user),
        "source_kind": choice(record.get("source_kind") or NoteSource.TYPED, NoteSource, "source"),
        "source_ref": record.get("source_ref"),
        "deleted_at": None,
        "hidden_from_projector": values.get("hidden_from_projector", False),
        "merged_into_id": None,
    }


def insert_rows(connection, rows: list[dict[str, Any]]) -> None:
    """Insert note rows (their ``seq`` set) and their search-index entries in the caller's transaction."""
    if rows:
        connection.execute(_INSERT_NOTE, rows)
        fts.index_rows(connection, [(row["seq"], row["text"]) for row in rows])
