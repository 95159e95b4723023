"""The words for the core's vocabularies, shared by the interface and the exported documents.

The interface translates them with Qt (gui/labels.py), a document with its own Wording; both read
the same "Labels" translations, so a note kind is called the same on screen and on paper.
"""

from __future__ import annotations

from dialog_app.io.export.wording import QT_TRANSLATE_NOOP, Wording

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
MASK_KINDS = {
    "email": QT_TRANSLATE_NOOP("Export", "e-mail address"),
    "phone": QT_TRANSLATE_NOOP("Export", "phone number"),
    "personal_number": QT_TRANSLATE_NOOP("Export", "personal identity number"),
    "name": QT_TRANSLATE_NOOP("Export", "name"),
}
# What a reader sees in place of masked personal data.
MASKS = {
    "email": QT_TRANSLATE_NOOP("Export", "[e-mail]"),
    "phone": QT_TRANSLATE_NOOP("Export", "[phone]"),
    "personal_number": QT_TRANSLATE_NOOP("Export", "[personal identity number]"),
    "name": QT_TRANSLATE_NOOP("Export", "[name]"),
}


def word(wording: Wording, table: dict[str, str], value: str) -> str:
    """The word for a stored value; a value the table does not know is printed as stored."""
    source = table.get(value)
    return wording(source) if source else value
