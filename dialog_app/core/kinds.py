"""The fixed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class DialogueKind(StrEnum):
    DIALOGUE_MEETING = "dialogue_meeting"
    WORKSHOP = "workshop"
    NETWORK_MEETING = "network_meeting"
    WEBCAST = "webcast"
    HEARING = "hearing"
    SURVEY_IMPORT = "survey_import"


class DialogueStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"


class NoteKind(StrEnum):
    STATEMENT = "statement"
    IDEA = "idea"
    CONCERN = "concern"
    QUESTION = "question"


class NoteStatus(StrEnum):
    CAPTURED = "captured"
    REVIEWED = "reviewed"
    APPROVED = "approved"
    EXCLUDED = "excluded"


class NoteSource(StrEnum):
    TYPED = "typed"
    IMPORTED = "imported"
    MERGED = "merged"


class TagOrigin(StrEnum):
    TYPED = "typed"
    SUGGESTION = "suggestion"
    IMPORTED = "imported"
