"""The notes tagged with the theme, beside the writer's text: read, narrow by a search, pick quotes.

A note is added to the key quotes by double-click, Enter or the button; notes marked as key quotes
during the meeting, and those already picked, say so.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialog_app.gui.writing.note_delegate import NoteDelegate, NoteIdRole, SearchRole, note_item
from dialog_app.gui.writing.synthesis_data import NoteEntry
from dialog_app.gui.widgets.shortcuts import shortcut


class ThemeNotesPanel(QWidget):
    add_requested = Signal(object)  # note id: make it a key quote

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Notes on this theme"))
        self.heading.setObjectName("synthesisNotesHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.search = QLineEdit()
        self.search.setObjectName("synthesisSearch")
        self.search.setAccessibleName(self.tr("Search these notes"))
        self.search.setPlaceholderText(self.tr("Search these notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._narrow)
        self.list = QListWidget()
        self.list.setObjectName("synthesisNotes")
        self.list.setAccessibleName(self.tr("Notes on this theme"))
        self.list.setItemDelegate(NoteDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.doubleClicked.connect(lambda index: self._add(index.data(NoteIdRole)))
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        for key in ("Return", "Enter"):
            shortcut(key, self.list, self._add_current, Qt.ShortcutContext.WidgetShortcut, shown_as="Enter",
                     help=QT_TRANSLATE_NOOP("ShortcutHelp", "In the theme's notes: add the chosen note to the key quotes"))
        self.add_button = QPushButton(self.tr("Add to key quotes"))
        self.add_button.setObjectName("addQuoteButton")
        self.add_button.setToolTip(self.tr("Add the selected note to the key quotes (Enter or double-click)"))
        self.add_button.clicked.connect(self._add_current)
        self._picked: set[uuid.UUID] = set()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        self._update_button()

    def set_notes(self, notes: list[NoteEntry], picked: set[uuid.UUID]) -> None:
        """Show the theme's notes, keeping the current note and the scroll position."""
        current = self.current_id()
        scroll = self.list.verticalScrollBar().value()
        self._picked = set(picked)
        self.list.clear()
        for entry in notes:
            marks = []
            if entry.key_quote:
                marks.append(self.tr("★ Key quote"))
            if entry.id in picked:
                marks.append(self.tr("✓ In the quotes"))
            self.list.addItem(note_item(entry, marks))
        self.heading.setText(self.tr("Notes on this theme (%Ln)", "", len(notes)))
        for row in range(self.list.count()):
            if self.list.item(row).data(NoteIdRole) == current:
                self.list.setCurrentRow(row)
        self._narrow(self.search.text())
        self.list.verticalScrollBar().setValue(scroll)
        self._update_button()

    def current_id(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        return item.data(NoteIdRole) if item is not None and not item.isHidden() else None

    def _add_current(self) -> None:
        self._add(self.current_id())

    def _add(self, note_id: uuid.UUID | None) -> None:
        if note_id is not None and note_id not in self._picked:
            self.add_requested.emit(note_id)

    def _update_button(self) -> None:
        note_id = self.current_id()
        self.add_button.setEnabled(note_id is not None and note_id not in self._picked)

    def _narrow(self, query: str) -> None:
        words = query.casefold().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not all(word in item.data(SearchRole) for word in words))
        self._update_button()
