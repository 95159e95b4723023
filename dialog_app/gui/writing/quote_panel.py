"""The key quotes of the theme with their buttons: move up, move down, remove (keys do the same)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dialog_app.gui.writing.note_delegate import note_item
from dialog_app.gui.writing.quote_list import QuoteList
from dialog_app.gui.writing.synthesis_data import NoteEntry


class QuotePanel(QWidget):
    order_changed = Signal(list)  # note ids in the writer's new order
    remove_requested = Signal(object)  # note id

    def __init__(self, heading: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading
        self.list = QuoteList()
        self.list.setObjectName("synthesisQuotes")
        self.list.setAccessibleName(self.tr("Key quotes"))
        self.list.order_changed.connect(self._moved)
        self.list.remove_requested.connect(self.remove_requested)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.up_button = self._button(self.tr("Up"), "quoteUpButton", self.tr("Move the quote up (Alt+Up)"),
                                      lambda: self.list.move_current(-1))
        self.down_button = self._button(self.tr("Down"), "quoteDownButton",
                                        self.tr("Move the quote down (Alt+Down)"),
                                        lambda: self.list.move_current(+1))
        self.remove_button = self._button(self.tr("Remove"), "removeQuoteButton",
                                          self.tr("Remove the quote from this theme's key quotes (Delete)"),
                                          self.list.remove_current)
        row = QHBoxLayout()
        row.addWidget(heading, 1)
        for button in (self.up_button, self.down_button, self.remove_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        self._update_buttons()

    def set_quotes(self, quotes: list[NoteEntry] | None, theme_notes: set[uuid.UUID]) -> None:
        """Show the quotes in order (None: no theme open), keeping the current one."""
        current, row = self.list.current_id(), -1
        self.list.clear()
        for entry in quotes or []:
            marks = [self.tr("In the bin")] if entry.in_bin else []
            if entry.id not in theme_notes and not entry.in_bin:
                marks.append(self.tr("No longer tagged with this theme"))
            self.list.addItem(note_item(entry, marks))
            if entry.id == current:
                row = self.list.count() - 1
        self.list.setCurrentRow(row)
        self.heading.setText(self.tr("Key quotes (%n)", "", len(quotes)) if quotes is not None
                             else self.tr("Key quotes"))
        self.setEnabled(quotes is not None)
        self._update_buttons()

    def _moved(self, note_ids: list[uuid.UUID]) -> None:
        self._update_buttons()
        self.order_changed.emit(note_ids)

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)

    @staticmethod
    def _button(text: str, name: str, tooltip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        return button
