"""The exported words for the core's vocabularies, in the document's language (see wording.py)."""

from __future__ import annotations

from dialog_app.io.export.wording import QT_TRANSLATE_NOOP, Wording

NOTE_KINDS = {
    "statement": QT_TRANSLATE_NOOP("Export", "Statement"),
    "idea": QT_TRANSLATE_NOOP("Export", "Idea / proposal"),
    "concern": QT_TRANSLATE_NOOP("Export", "Concern"),
    "question": QT_TRANSLATE_NOOP("Export", "Question"),
}
NOTE_STATUSES = {
    "captured": QT_TRANSLATE_NOOP("Export", "Captured"),
    "reviewed": QT_TRANSLATE_NOOP("Export", "Reviewed"),
    "approved": QT_TRANSLATE_NOOP("Export", "Approved for publication"),
    "excluded": QT_TRANSLATE_NOOP("Export", "Excluded"),
}
DIALOGUE_KINDS = {
    "dialogue_meeting": QT_TRANSLATE_NOOP("Export", "Dialogue meeting"),
    "workshop": QT_TRANSLATE_NOOP("Export", "Workshop"),
    "network_meeting": QT_TRANSLATE_NOOP("Export", "Network meeting"),
    "webcast": QT_TRANSLATE_NOOP("Export", "Webcast / training session"),
    "hearing": QT_TRANSLATE_NOOP("Export", "Hearing"),
    "survey_import": QT_TRANSLATE_NOOP("Export", "Survey import"),
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
