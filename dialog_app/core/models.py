"""The tables of a project file, as SQLModel classes.

Keys are UUIDs so that projects written on several laptops merge without collisions. The only
integer key, ``Note.seq``, is a local row number that the full-text index uses; it is not identity.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from dialog_app.core.kinds import (
    DialogueKind,
    DialogueStatus,
    NoteKind,
    NoteSource,
    NoteStatus,
    TagOrigin,
)
from dialog_app.core.timeutil import UTCDateTime, utc_now


def _uuid_key() -> Any:
    return Field(default_factory=uuid.uuid4, primary_key=True)


def _created() -> Any:
    return Field(default_factory=utc_now, sa_type=UTCDateTime, nullable=False)


class Dialogue(SQLModel, table=True):
    """One meeting or session where input is heard."""

    id: uuid.UUID = _uuid_key()
    title: str
    kind: str = DialogueKind.DIALOGUE_MEETING.value
    starts_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ends_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    place: str | None = None
    online: bool = False
    organiser: str = ""
    purpose: str = ""
    status: str = DialogueStatus.PLANNED.value
    created_at: datetime = _created()
    updated_at: datetime = _created()


class AgendaItem(SQLModel, table=True):
    """An ordered discussion question of a dialogue, with its planned and actual times."""

    __table_args__ = (Index("ix_agendaitem_dialogue_position", "dialogue_id", "position"),)

    id: uuid.UUID = _uuid_key()
    dialogue_id: uuid.UUID = Field(foreign_key="dialogue.id", ondelete="CASCADE")
    position: int = 0
    question: str
    planned_minutes: int | None = None
    started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class StakeholderGroup(SQLModel, table=True):
    """A kind of participant (civil society, municipality ...); editable per project."""

    id: uuid.UUID = _uuid_key()
    key: str | None = Field(default=None, unique=True)
    name: str
    description: str = ""
    position: int = 0


class Attendance(SQLModel, table=True):
    """How many people of one stakeholder group took part in one dialogue."""

    __table_args__ = (UniqueConstraint("dialogue_id", "group_id"),)

    id: uuid.UUID = _uuid_key()
    dialogue_id: uuid.UUID = Field(foreign_key="dialogue.id", ondelete="CASCADE", index=True)
    group_id: uuid.UUID = Field(foreign_key="stakeholdergroup.id", ondelete="CASCADE")
    headcount: int = 0


class Organisation(SQLModel, table=True):
    """An organisation known to the project; listed by name in reports (not personal data)."""

    id: uuid.UUID = _uuid_key()
    name: str
    name_key: str = Field(unique=True)  # case-folded name, so "PRO" and "pro" are one organisation
    group_id: uuid.UUID | None = Field(
        default=None, foreign_key="stakeholdergroup.id", ondelete="SET NULL"
    )


class DialogueOrganisation(SQLModel, table=True):
    """An organisation that took part in a dialogue."""

    dialogue_id: uuid.UUID = Field(foreign_key="dialogue.id", ondelete="CASCADE", primary_key=True)
    organisation_id: uuid.UUID = Field(
        foreign_key="organisation.id", ondelete="CASCADE", primary_key=True, index=True
    )


class Participant(SQLModel, table=True):
    """A named individual: personal data, optional, never exported by default."""

    id: uuid.UUID = _uuid_key()
    dialogue_id: uuid.UUID = Field(foreign_key="dialogue.id", ondelete="CASCADE", index=True)
    name: str
    organisation_id: uuid.UUID | None = Field(
        default=None, foreign_key="organisation.id", ondelete="SET NULL"
    )
    group_id: uuid.UUID | None = Field(
        default=None, foreign_key="stakeholdergroup.id", ondelete="SET NULL"
    )
    is_personal_data: bool = True
    email: str = Field(default="", sa_column_kwargs={"server_default": ""})
    role: str = Field(default="", sa_column_kwargs={"server_default": ""})
    phone: str = Field(default="", sa_column_kwargs={"server_default": ""})
    purpose: str = Field(default="", sa_column_kwargs={"server_default": ""})  # why the register holds them
    consent: bool = Field(default=False, sa_column_kwargs={"server_default": text("0")})


class Note(SQLModel, table=True):
    """The unit of input: one thing somebody said, stamped with where and when it was heard."""

    __table_args__ = (
        Index("ix_note_dialogue_created", "dialogue_id", "created_at"),
        Index("ix_note_agenda_item", "agenda_item_id"),
        Index("ix_note_group", "group_id"),
        # Only the deleted notes: counts stay fast, and no plan is tempted to scan every live note.
        Index("ix_note_deleted", "id", sqlite_where=text("deleted_at IS NOT NULL")),
        # Live notes in time order: the review table's default listing reads only this index.
        Index("ix_note_live_order", "created_at", "seq", "id", sqlite_where=text("deleted_at IS NULL")),
        # Only the merged notes: deleting a note then finds those pointing at it without a scan.
        Index("ix_note_merged_into", "merged_into_id", sqlite_where=text("merged_into_id IS NOT NULL")),
    )

    id: uuid.UUID = _uuid_key()
    seq: int | None = Field(default=None, unique=True)  # local row number for the search index
    dialogue_id: uuid.UUID = Field(foreign_key="dialogue.id", ondelete="RESTRICT")
    agenda_item_id: uuid.UUID | None = Field(
        default=None, foreign_key="agendaitem.id", ondelete="SET NULL"
    )
    group_id: uuid.UUID | None = Field(
        default=None, foreign_key="stakeholdergroup.id", ondelete="SET NULL"
    )
    table_label: str | None = None
    kind: str = NoteKind.STATEMENT.value
    text: str
    votes: int = 0
    key_quote: bool = False
    status: str = NoteStatus.CAPTURED.value
    created_at: datetime = _created()
    updated_at: datetime = _created()
    captured_by: str = ""
    source_kind: str = NoteSource.TYPED.value
    source_ref: str | None = None  # imported file and row, or the merged project
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    hidden_from_projector: bool = Field(default=False, sa_column_kwargs={"server_default": text("0")})
    merged_into_id: uuid.UUID | None = Field(default=None, foreign_key="note.id", ondelete="SET NULL")


class NoteEvent(SQLModel, table=True):
    """One line of a note's history: who edited, tagged, deleted or restored it, and when."""

    id: uuid.UUID = _uuid_key()
    note_id: uuid.UUID = Field(foreign_key="note.id", ondelete="CASCADE", index=True)
    at: datetime = _created()
    by: str = ""
    action: str
    detail: dict | None = Field(default=None, sa_column=Column(JSON))


class ThemeFramework(SQLModel, table=True):
    """A named, versioned tree of themes that notes are tagged against."""

    id: uuid.UUID = _uuid_key()
    name: str
    version: str = ""
    description: str = ""
    source: str = ""
    preset_id: str | None = None
    position: int = 0


class Theme(SQLModel, table=True):
    """A node of a framework: code, name, colour and the keywords that suggest it."""

    __table_args__ = (Index("ix_theme_framework_parent", "framework_id", "parent_id", "position"),)

    id: uuid.UUID = _uuid_key()
    framework_id: uuid.UUID = Field(foreign_key="themeframework.id", ondelete="CASCADE")
    parent_id: uuid.UUID | None = Field(default=None, foreign_key="theme.id", ondelete="CASCADE")
    position: int = 0
    code: str = ""
    name: str
    description: str = ""
    colour: str = "#808080"
    keywords: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class Tagging(SQLModel, table=True):
    """A theme put on a note, with who did it, when, and how."""

    note_id: uuid.UUID = Field(foreign_key="note.id", ondelete="CASCADE", primary_key=True)
    theme_id: uuid.UUID = Field(
        foreign_key="theme.id", ondelete="CASCADE", primary_key=True, index=True
    )
    tagged_by: str = ""
    tagged_at: datetime = _created()
    origin: str = TagOrigin.TYPED.value


class ThemeSynthesis(SQLModel, table=True):
    """The writer's summary of what was heard on one theme."""

    theme_id: uuid.UUID = Field(foreign_key="theme.id", ondelete="CASCADE", primary_key=True)
    text: str = ""
    updated_at: datetime = _created()
    updated_by: str = ""


class SynthesisQuote(SQLModel, table=True):
    """A note picked as a key quote for a theme's chapter, in order."""

    theme_id: uuid.UUID = Field(foreign_key="theme.id", ondelete="CASCADE", primary_key=True)
    note_id: uuid.UUID = Field(foreign_key="note.id", ondelete="CASCADE", primary_key=True)
    position: int = 0


class ProjectSetting(SQLModel, table=True):
    """A project-wide setting (title, language, active framework), as JSON."""

    key: str = Field(primary_key=True)
    value: Any = Field(default=None, sa_column=Column(JSON))


class RemovedRow(SQLModel, table=True):
    """A row a user removed (a theme, a framework, a key quote ...), written by the database's own
    triggers on every delete and cleared when the row comes back (an undo): what a merge needs to
    carry a removal over instead of bringing the row back from a project that still has it. A note
    emptied from the bin is recorded too, by services/bin_emptying.py (table_name "note")."""

    table_name: str = Field(primary_key=True)
    row_key: str = Field(primary_key=True)  # the row's key as stored (hex ids; a pair joined by "|")
    removed_at: str  # UTC, "YYYY-MM-DD HH:MM:SS.SSS"
