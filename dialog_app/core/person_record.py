"""What a project holds about one person: the shape a register extract prints and an erasure
works through (issue 14). Plain data, no database: found by ``project.person_data.find``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

# Where a mention was found. DRAFT: a capture draft kept beside the project (core/drafts.py), typed
# and not yet sent; its ref is the draft file's name.
NOTE, SYNTHESIS, HISTORY, DIALOGUE, SETTING = "note", "synthesis", "history", "dialogue", "setting"
DRAFT = "draft"


@dataclass(frozen=True)
class RegisterEntry:
    """One row of the participant register (a person is registered once per dialogue)."""

    participant_id: uuid.UUID
    dialogue_title: str
    dialogue_date: datetime | None
    name: str
    organisation: str
    group: str
    role: str
    email: str
    phone: str
    consent: bool
    purpose: str


@dataclass(frozen=True)
class Mention:
    """One text that names the person (or holds their e-mail or phone), with the spans found."""

    where: str  # NOTE, SYNTHESIS, HISTORY (an earlier version of a note), DIALOGUE, SETTING
    ref: str  # the note's short code, the theme's code, the setting's key: what a reader looks up
    context: str  # the dialogue's title, the theme's name, "" where none
    at: datetime | None  # when the note was taken or the text last changed
    text: str  # the whole text as stored
    spans: tuple[tuple[int, int], ...]  # where in ``text`` the person is named
    object_id: uuid.UUID | None = None  # the note, theme or history line the text belongs to
    in_bin: bool = False  # a note in the bin (deleted softly; still in the file)


@dataclass(frozen=True)
class PersonRecord:
    """Everything found for one person, by the name (and the e-mail and phone numbers) asked for."""

    name: str
    searched_for: tuple[str, ...]  # the name plus every e-mail and phone of their register entries
    register: tuple[RegisterEntry, ...] = ()
    mentions: tuple[Mention, ...] = ()
    name_decision: str | None = None  # "mask" / "keep" when the name was a possible name decided on
    found_at: datetime | None = None
    extra: dict = field(default_factory=dict)  # room for facts a later version adds; printed as is

    @property
    def empty(self) -> bool:
        return not self.register and not self.mentions
