"""The note service that ``Project.notes`` holds, put together from its parts: adding
(note_adding.py), editing (note_editing.py), the bin (note_bin.py) and reading (note_queries.py).
Edits and deletions can be undone."""

from __future__ import annotations

from dialog_app.core.services.context import ServiceContext
from dialog_app.core.services.note_adding import NoteAdding
from dialog_app.core.services.note_bin import NoteBin
from dialog_app.core.services.note_editing import NoteEditing
from dialog_app.core.services.note_fields import EDITABLE_FIELDS, NoteRecord
from dialog_app.core.services.note_queries import NoteQueries

__all__ = ["EDITABLE_FIELDS", "NoteRecord", "NoteService"]


class NoteService(NoteAdding, NoteEditing, NoteBin, NoteQueries):
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
