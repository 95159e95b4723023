"""The interface's words for the core's vocabularies (note kinds, statuses, dialogue kinds)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

_CONTEXT = "Labels"

NOTE_KINDS = {
    "statement": QT_TRANSLATE_NOOP("Labels", "Statement"),
    "idea": QT_TRANSLATE_NOOP("Labels", "Idea / proposal"),
    "concern": QT_TRANSLATE_NOOP("Labels", "Concern"),
    "question": QT_TRANSLATE_NOOP("Labels", "Question"),
}
NOTE_STATUSES = {
    "captured": QT_TRANSLATE_NOOP("Labels", "Captured"),
    "reviewed": QT_TRANSLATE_NOOP("Labels", "Reviewed"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved for publication"),
    "excluded": QT_TRANSLATE_NOOP("Labels", "Excluded"),
}
DIALOGUE_KINDS = {
    "dialogue_meeting": QT_TRANSLATE_NOOP("Labels", "Dialogue meeting"),
    "workshop": QT_TRANSLATE_NOOP("Labels", "Workshop"),
    "network_meeting": QT_TRANSLATE_NOOP("Labels", "Network meeting"),
    "webcast": QT_TRANSLATE_NOOP("Labels", "Webcast / training session"),
    "hearing": QT_TRANSLATE_NOOP("Labels", "Hearing"),
    "survey_import": QT_TRANSLATE_NOOP("Labels", "Survey import"),
}
DIALOGUE_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "running": QT_TRANSLATE_NOOP("Labels", "Running"),
    "finished": QT_TRANSLATE_NOOP("Labels", "Finished"),
}


def label(table: dict[str, str], value: str) -> str:
    """The translated word for ``value``; an unknown value is shown as stored."""
    source = table.get(value)
    return QCoreApplication.translate(_CONTEXT, source) if source else value
