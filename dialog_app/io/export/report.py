"""One export's content, read from the project once and handed to every format's writer.

Everything a writer prints is here already decided: which notes are published, their masked
text, their references ("D2-017"), the chapters in framework order and their counts. The
writers only lay it out, so the PDF, the Word file and the spreadsheet always agree.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from dialog_app.io.export.options import ExportOptions
from dialog_app.io.export.wording import Wording


@dataclass(frozen=True)
class DialogueEntry:
    number: int  # 1, 2, … in date order among all the project's dialogues: the "D2" of a reference
    id: uuid.UUID
    title: str
    kind: str  # in the document's language
    starts_at: datetime | None  # local time
    place: str
    online: bool
    organiser: str
    headcounts: tuple[tuple[str, int], ...]  # (stakeholder group, people), groups in project order
    organisations: tuple[str, ...]
    questions: tuple[str, ...]
    notes: tuple[int, ...]  # indexes into Report.notes

    @property
    def people(self) -> int:
        return sum(count for _group, count in self.headcounts)


@dataclass(frozen=True)
class NoteEntry:
    index: int  # position in Report.notes
    id: uuid.UUID
    ref: str  # "D2-017": dialogue 2, the 17th note taken there
    dialogue: int  # DialogueEntry.number
    number: int  # within its dialogue, counting every live note, so references stay put
    text: str  # masked, unless personal data was asked for
    group: str  # "" when not stated
    group_id: uuid.UUID | None  # the group's lasting identity (its name may change)
    kind: str
    question: str
    table: str
    created_at: datetime  # local time
    status: str
    votes: int
    key_quote: bool
    themes: tuple[int, ...]  # indexes into Report.themes
    captured_by: str  # "" unless personal data was asked for


@dataclass(frozen=True)
class ThemeEntry:
    index: int  # position in Report.themes
    id: uuid.UUID
    parent: int | None  # index of the parent theme when it is exported too
    depth: int  # 0 for a top-level theme
    code: str
    name: str
    colour: str  # "#rrggbb"
    description: str
    synthesis: str  # masked, unless personal data was asked for
    quotes: tuple[int, ...]  # note indexes, in the writer's order; published notes only
    notes: tuple[int, ...]  # note indexes, by dialogue and number
    dialogues: int  # how many dialogues these notes come from
    groups: tuple[tuple[str, int], ...]  # notes per stakeholder group, the biggest first

    @property
    def title(self) -> str:
        return f"{self.code} {self.name}" if self.code else self.name


@dataclass(frozen=True)
class Masking:
    """One piece of personal data that was masked: where (a note reference or a theme) and what."""

    where: str
    kind: str  # privacy kind: "email", "phone", "personal_number", "name"
    in_synthesis: bool = False


@dataclass(frozen=True)
class UnconfirmedName:
    """A possible name the writer has neither confirmed nor dismissed, and where it is."""

    key: str
    shown: str
    where: tuple[str, ...]  # note references and theme titles


@dataclass(frozen=True)
class NameFacts:
    """What was done about names, for the report's statement and the refusal: how many registered
    names and confirmed possible names were masked for, how many the writer dismissed, and the
    possible names nobody decided on."""

    registered: int = 0
    confirmed: int = 0
    dismissed: int = 0
    unconfirmed: tuple[UnconfirmedName, ...] = ()


@dataclass(frozen=True)
class Report:
    options: ExportOptions
    wording: Wording
    title: str
    organiser: str
    made_on: date
    version_label: str
    framework: str  # the framework's name; "" when the project has none
    dialogues: tuple[DialogueEntry, ...]
    groups: tuple[str, ...]  # every stakeholder group of the project, in its order
    notes: tuple[NoteEntry, ...]
    themes: tuple[ThemeEntry, ...]
    uncovered: tuple[int, ...]  # note indexes of notes with no theme of the framework
    masked: tuple[Masking, ...]
    names: NameFacts = field(default_factory=NameFacts)
    left_out: dict[str, int] = field(default_factory=dict)  # stored status -> notes not published
    theme_selection: bool = False  # True: only some themes were chosen; no "uncovered" chapter

    def dialogue(self, number: int) -> DialogueEntry:
        return self._dialogues_by_number[number]

    def by_dialogue(self, note_indexes: tuple[int, ...]) -> list[tuple[DialogueEntry, list[NoteEntry]]]:
        """Notes grouped under their dialogues, dialogues in number order, notes in their order."""
        grouped: dict[int, list[NoteEntry]] = {}
        for index in note_indexes:
            note = self.notes[index]
            grouped.setdefault(note.dialogue, []).append(note)
        return [(self.dialogue(number), grouped[number]) for number in sorted(grouped)]

    def masked_counts(self) -> Counter[str]:
        return Counter(m.kind for m in self.masked)

    @cached_property  # writes the instance's __dict__ directly, so a frozen dataclass allows it
    def _dialogues_by_number(self) -> dict[int, DialogueEntry]:
        return {d.number: d for d in self.dialogues}
