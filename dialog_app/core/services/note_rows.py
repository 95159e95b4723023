"""Note rows made by hand and inserted with their search-index entries: the one fast write path
that capture, bulk adding and imports share (no ORM unit of work, references left to the
database's foreign keys).

Rows are handed to SQLite in their stored form (UUIDs as 32 hex digits, UTC times as SQLAlchemy's
SQLite dialect writes them), converted here once per column kind: SQLAlchemy's per-value bind
processing cost more than SQLite's own work on an import of 100 000 notes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timezone
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, func, select
from sqlalchemy.types import Uuid

from dialog_app.core.kinds import NoteKind, NoteSource, NoteStatus
from dialog_app.core.models import Note
from dialog_app.core.services.context import as_uuid, aware, choice
from dialog_app.core.services.note_fields import EDITABLE_FIELDS, checked_text, validated
from dialog_app.core.store import fts
from dialog_app.core.timeutil import UTCDateTime

_STATEMENT, _CAPTURED, _TYPED = NoteKind.STATEMENT.value, NoteStatus.CAPTURED.value, NoteSource.TYPED.value
_CHECKED = EDITABLE_FIELDS - {"text"}  # the text is checked on its own, blank or not
NEXT_SEQ = select(func.coalesce(func.max(Note.seq), 0) + 1)
_COLUMNS = tuple(Note.__table__.columns)
_INSERT_SQL = (f"INSERT INTO {Note.__table__.name} ({', '.join(c.name for c in _COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(_COLUMNS))})")


def new_row(record: dict[str, Any], now: datetime, user: str) -> dict[str, Any]:
    """A complete, validated note row from the keyword arguments of ``NoteService.add``."""
    values = validated({k: v for k, v in record.items() if k in _CHECKED and v is not None})
    return {
        "id": record.get("id") or uuid.uuid4(),
        "seq": None,
        "dialogue_id": as_uuid(record["dialogue_id"], "dialogue id"),
        "agenda_item_id": values.get("agenda_item_id"),
        "group_id": values.get("group_id"),
        "table_label": values.get("table_label"),
        "kind": values.get("kind", _STATEMENT),
        "text": checked_text(record.get("text")),
        "votes": values.get("votes", 0),
        "key_quote": values.get("key_quote", False),
        "status": values.get("status", _CAPTURED),
        "created_at": aware(record.get("created_at"), "created_at") or now,
        "updated_at": now,
        "captured_by": record.get("captured_by", user),
        "source_kind": choice(record.get("source_kind") or _TYPED, NoteSource, "source"),
        "source_ref": record.get("source_ref"),
        "deleted_at": None,
        "hidden_from_projector": values.get("hidden_from_projector", False),
        "merged_into_id": None,
    }


def insert_rows(connection, rows: list[dict[str, Any]]) -> None:
    """Insert note rows (their ``seq`` set) and their search-index entries in the caller's transaction."""
    if rows:
        times: dict[datetime, str] = {}  # most rows of a batch share their times: convert each once
        stored_time = lambda value: times.get(value) or times.setdefault(value, _stored_time(value))  # noqa: E731
        converters = [(i, stored_time if isinstance(c.type, UTCDateTime) else _CONVERTERS[type(c.type)])
                      for i, c in enumerate(_COLUMNS) if isinstance(c.type, UTCDateTime) or type(c.type) in _CONVERTERS]
        stored = []
        for row in rows:
            values = list(_VALUES(row))
            for i, convert in converters:
                if values[i] is not None:
                    values[i] = convert(values[i])
            stored.append(tuple(values))
        connection.exec_driver_sql(_INSERT_SQL, stored)
        fts.index_rows(connection, [(row["seq"], row["text"]) for row in rows])


def _stored_time(value: datetime) -> str:
    """A UTC time as SQLAlchemy's SQLite dialect stores it (microseconds always written)."""
    return value.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds")


_CONVERTERS: dict[type, Callable[[Any], Any]] = {Uuid: lambda value: value.hex, Boolean: int}
_VALUES = itemgetter(*(c.name for c in _COLUMNS))
