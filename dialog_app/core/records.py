"""What the services hand out, as shapes: the GUI and io/ depend on these, not on the table classes.

A service returns rows of today's SQLite store; a second store (a shared server) may return other
objects of the same shape. Code above the services names these protocols and never imports
``core.models``; tests/test_layers.py keeps it so.
"""

from __future__ import annotations

import datetime
import uuid
from typing import Protocol


class DialogueRecord(Protocol):
    """A dialogue (a meeting, workshop or webcast)."""

    id: uuid.UUID
    title: str
    kind: str
    starts_at: datetime.datetime | None
    ends_at: datetime.datetime | None
    place: str | None
    online: bool
    organiser: str
    purpose: str
    status: str
    created_at: datetime.datetime
    updated_at: datetime.datetime


class AgendaItemRecord(Protocol):
    """A question on a dialogue's agenda."""

    id: uuid.UUID
    dialogue_id: uuid.UUID
    position: int
    question: str
    planned_minutes: int | None
    started_at: datetime.datetime | None
    ended_at: datetime.datetime | None


class NoteRecord(Protocol):
    """A note: what someone said, with its stamps."""

    id: uuid.UUID
    seq: int | None
    dialogue_id: uuid.UUID
    agenda_item_id: uuid.UUID | None
    group_id: uuid.UUID | None
    table_label: str | None
    kind: str
    text: str
    votes: int
    key_quote: bool
    status: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    captured_by: str
    source_kind: str
    source_ref: str | None
    deleted_at: datetime.datetime | None
    hidden_from_projector: bool
    merged_into_id: uuid.UUID | None


class NoteEventRecord(Protocol):
    """One line of a note's history."""

    id: uuid.UUID
    note_id: uuid.UUID
    at: datetime.datetime
    by: str
    action: str
    detail: dict | None


class TaggingRecord(Protocol):
    """A note tagged with a theme."""

    note_id: uuid.UUID
    theme_id: uuid.UUID
    tagged_by: str
    tagged_at: datetime.datetime
    origin: str


class ThemeRecord(Protocol):
    """A theme of a framework."""

    id: uuid.UUID
    framework_id: uuid.UUID
    parent_id: uuid.UUID | None
    position: int
    code: str
    name: str
    description: str
    colour: str
    keywords: list[str]
    aliases: list[str]


class FrameworkRecord(Protocol):
    """A framework of themes (a strategy's goals)."""

    id: uuid.UUID
    name: str
    version: str
    description: str
    source: str
    preset_id: str | None
    position: int
