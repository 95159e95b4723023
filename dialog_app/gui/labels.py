"""The interface's words for the core's vocabularies (note kinds, statuses, dialogue kinds).

The tables live with the exporters (io/export/vocabulary.py), which print the same words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialog_app.io.export.vocabulary import DIALOGUE_KINDS, DIALOGUE_STATUSES, NOTE_KINDS, NOTE_STATUSES

__all__ = ["DIALOGUE_KINDS", "DIALOGUE_STATUSES", "NOTE_KINDS", "NOTE_STATUSES", "label"]

_CONTEXT = "Labels"


def label(table: dict[str, str], value: str) -> str:
    """The translated word for ``value``; an unknown value is shown as stored."""
    source = table.get(value)
    return QCoreApplication.translate(_CONTEXT, source) if source else value
