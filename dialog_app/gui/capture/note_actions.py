"""What the facilitator does to a note from the keyboard: themes, key quote, votes, hiding it from
the projector, editing and deleting. It acts on the note being typed (themes, key quote) when there
is text in the box, on the chosen note when the list has focus, and otherwise on the last note saved.

It knows the screen only by the shape below (``NoteHost``), so the screen may import it freely.
"""

from __future__ import annotations

import uuid
from typing import Protocol

from PySide6.QtWidgets import QPlainTextEdit, QTableView

from dialog_app.gui.capture import capture_ops
from dialog_app.gui.capture.capture_data import Loaded
from dialog_app.gui.capture.capture_list_model import CaptureListModel, NoteIdRole
from dialog_app.gui.ops import ProjectSession, WriteOp


class NoteHost(Protocol):
    """What the note actions need of the capture screen."""

    session: ProjectSession | None
    list: QTableView
    input: QPlainTextEdit
    model: CaptureListModel
    last_saved: uuid.UUID | None
    pending_themes: list[uuid.UUID]
    pending_key_quote: bool

    @property
    def loaded_data(self) -> Loaded | None: ...

    def show_stamp(self) -> None: ...

    def show_count(self) -> None: ...

    def run(self, op: WriteOp) -> None: ...


class NoteActions:
    def __init__(self, screen: NoteHost) -> None:
        self.screen = screen

    def _target(self) -> uuid.UUID | None:
        """The selected note when the list has focus, else the last note saved."""
        if self.screen.list.hasFocus() and self.screen.list.currentIndex().isValid():
            return self.screen.list.currentIndex().data(NoteIdRole)
        return self.screen.last_saved

    def _typing(self) -> bool:
        return bool(self.screen.input.toPlainText().strip()) and not self.screen.list.hasFocus()

    def toggle_theme_number(self, number: int) -> None:
        if self.screen.loaded_data is None or number > len(self.screen.loaded_data.themes):
            return
        theme_id = self.screen.loaded_data.themes[number - 1][0]
        if self._typing():
            if theme_id in self.screen.pending_themes:
                self.screen.pending_themes.remove(theme_id)
            else:
                self.screen.pending_themes.append(theme_id)
            self.screen.show_stamp()
            return
        note_id = self._target()
        row = self.screen.model.capture_row(note_id) if note_id else None
        if row is None or self.screen.session is None:
            return
        has_it = any(existing_id == theme_id for existing_id, *_rest in row.themes)
        self.screen.run(capture_ops.set_theme(self.screen.session, note_id, theme_id, tagged=not has_it))

    def toggle_key_quote(self) -> None:
        if self._typing():
            self.screen.pending_key_quote = not self.screen.pending_key_quote
            self.screen.show_stamp()
            return
        self._toggle("key_quote", capture_ops.set_key_quote)

    def toggle_hidden(self) -> None:
        self._toggle("hidden_from_projector", capture_ops.set_hidden_from_projector)

    def change_votes(self, step: int) -> None:
        note_id = self._target()
        row = self.screen.model.capture_row(note_id) if note_id else None
        if row is None or self.screen.session is None or row.votes + step < 0:
            return
        self.screen.run(capture_ops.set_votes(self.screen.session, note_id, row.votes + step))

    def edit_selected(self) -> None:
        if self.screen.list.currentIndex().isValid():
            self.screen.list.edit(self.screen.list.currentIndex())

    def delete_selected(self) -> None:
        index = self.screen.list.currentIndex()
        if not index.isValid() or self.screen.session is None:
            return
        note_id = index.data(NoteIdRole)
        session = self.screen.session
        next_row = min(index.row(), self.screen.model.rowCount() - 2)
        self.screen.model.remove(note_id)
        if next_row >= 0:
            self.screen.list.setCurrentIndex(self.screen.model.index(next_row))
        self.screen.show_count()
        self.screen.run(capture_ops.delete_note(session, note_id))

    def _toggle(self, name: str, action) -> None:
        note_id = self._target()
        row = self.screen.model.capture_row(note_id) if note_id else None
        if row is None or self.screen.session is None:
            return
        self.screen.run(action(self.screen.session, note_id, not getattr(row, name)))

    def save_edit(self, note_id: uuid.UUID, text: str) -> None:
        if self.screen.session is not None:
            self.screen.run(capture_ops.edit_text(self.screen.session, note_id, text))
