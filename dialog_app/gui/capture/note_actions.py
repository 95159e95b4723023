"""What the facilitator does to a note from the keyboard: themes, key quote, votes, hiding it from
the projector, editing and deleting. It acts on the note being typed (themes, key quote) when there
is text in the box, on the chosen note when the list has focus, and otherwise on the last note saved.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from dialog_app.gui.capture.capture_list_model import NoteIdRole

if TYPE_CHECKING:
    from dialog_app.gui.capture.capture_screen import CaptureScreen


class NoteActions:
    def __init__(self, screen: CaptureScreen) -> None:
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
        if row is None or self.screen.project is None:
            return
        project = self.screen.project
        has_it = any(existing_id == theme_id for existing_id, *_rest in row.themes)
        action = project.tagging.untag if has_it else project.tagging.tag
        self.screen.write(lambda _p: action([note_id], theme_id))

    def toggle_key_quote(self) -> None:
        if self._typing():
            self.screen.pending_key_quote = not self.screen.pending_key_quote
            self.screen.show_stamp()
            return
        self._edit_flag("key_quote")

    def toggle_hidden(self) -> None:
        self._edit_flag("hidden_from_projector")

    def change_votes(self, step: int) -> None:
        note_id = self._target()
        row = self.screen.model.capture_row(note_id) if note_id else None
        if row is None or self.screen.project is None or row.votes + step < 0:
            return
        project = self.screen.project
        votes = row.votes + step
        self.screen.write(lambda _p: project.notes.update(note_id, votes=votes))

    def edit_selected(self) -> None:
        if self.screen.list.currentIndex().isValid():
            self.screen.list.edit(self.screen.list.currentIndex())

    def delete_selected(self) -> None:
        index = self.screen.list.currentIndex()
        if not index.isValid() or self.screen.project is None:
            return
        note_id = index.data(NoteIdRole)
        project = self.screen.project
        next_row = min(index.row(), self.screen.model.rowCount() - 2)
        self.screen.model.remove(note_id)
        if next_row >= 0:
            self.screen.list.setCurrentIndex(self.screen.model.index(next_row))
        self.screen.show_count()
        self.screen.write(lambda _p: project.notes.delete([note_id]))

    def _edit_flag(self, name: str) -> None:
        note_id = self._target()
        row = self.screen.model.capture_row(note_id) if note_id else None
        if row is None or self.screen.project is None:
            return
        project = self.screen.project
        value = not getattr(row, name)
        self.screen.write(lambda _p: project.notes.update(note_id, **{name: value}))

    def save_edit(self, note_id: uuid.UUID, text: str) -> None:
        project = self.screen.project
        if project is not None:
            self.screen.write(lambda _p: project.notes.update(note_id, text=text))
