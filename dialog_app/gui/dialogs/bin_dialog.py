"""Edit ▸ Bin… (issue 15): the notes in the bin, the latest binned first; restore the chosen ones,
or empty the chosen ones (none chosen: the whole bin) for good.

Emptying is the one way a note leaves the project, so the dialog asks first, naming how many and
that Ctrl+Z brings them back only while the project is open. With nothing chosen the button says
"Empty the bin…", so what it empties is always on the button.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.changes import ChangeKind
from dialog_app.core.services.bin_contents import BinEntry
from dialog_app.gui import error_text
from dialog_app.gui.dialogs import messages
from dialog_app.gui.operations.bin import empty_bin, read_bin, restore_from_bin
from dialog_app.gui.ops import ProjectSession, WriteOp

NOTE_ID = Qt.ItemDataRole.UserRole
TEXT_COLUMN = 1
PLACE_COLUMNS = (2, 3)  # the dialogue and the question
PLACE_WIDTH = 180


class BinDialog(QDialog):
    loaded = Signal()  # the bin is shown (after opening and after every change)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None,
                 dialogue_id: uuid.UUID | None = None) -> None:
        """``dialogue_id``: choose that dialogue's notes when the bin is first shown (to empty them)."""
        super().__init__(parent)
        self._choose_dialogue = dialogue_id
        self.setObjectName("binDialog")
        self.setWindowTitle(self.tr("Bin"))
        self.session = session
        self.entries: list[BinEntry] = []
        intro = QLabel(self.tr("Deleted notes wait here. Restore them, or empty them from the bin for good: then "
                               "their text is wiped from the project file."))
        intro.setObjectName("binIntro")
        intro.setWordWrap(True)
        self.table = self._table()
        self.empty_text = QLabel(self.tr("The bin is empty. Notes you delete wait here until you restore them or "
                                         "empty the bin."))
        self.empty_text.setObjectName("binEmptyText")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty_text)
        self.restore_button = self._button(self.tr("&Restore"), "restoreFromBinButton", self.restore,
                                           self.tr("Restore the chosen notes"))
        self.empty_button = self._button(self.tr("&Empty the bin…"), "emptyBinButton", self.empty,
                                         self.tr("Empty the bin"))
        self.state = QLabel()
        self.state.setObjectName("binState")
        self.state.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.state)
        layout.addLayout(row)
        self.resize(900, 480)
        session.subscribe({ChangeKind.NOTES}, lambda _change: self.reload(), owner=self)  # an undo, a delete
        self._enable()
        self.reload()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 6)
        table.setObjectName("binTable")
        table.setAccessibleName(self.tr("Notes in the bin"))
        table.setHorizontalHeaderLabels([self.tr("Note"), self.tr("Text"), self.tr("Dialogue"), self.tr("Question"),
                                         self.tr("Deleted"), self.tr("By")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table in one press
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in PLACE_COLUMNS:  # long titles and questions, cut short: the text gets the room
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.itemSelectionChanged.connect(self._enable)
        return table

    def _button(self, text: str, name: str, slot, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    # --- showing -------------------------------------------------------------------------------

    def reload(self) -> None:
        read_bin(self.session).success(self._show) \
            .failure(lambda error: self.state.setText(error_text.describe(error))).run(owner=self)

    def _show(self, entries: list[BinEntry]) -> None:
        chosen = set(self.chosen_ids())
        if self._choose_dialogue is not None:
            chosen = {entry.note_id for entry in entries if entry.dialogue_id == self._choose_dialogue}
            self._choose_dialogue = None
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            text = " ".join(entry.text.split())
            if entry.merged_into:
                text = self.tr("(merged into %1) ").replace("%1", entry.merged_into) + text
            cells = [entry.ref, text, entry.dialogue_title, entry.question,
                     entry.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M"), entry.deleted_by]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(NOTE_ID, entry.note_id)
                if column in (TEXT_COLUMN, *PLACE_COLUMNS):
                    item.setToolTip(entry.text if column == TEXT_COLUMN else value)
                self.table.setItem(row, column, item)
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row, entry in enumerate(entries):  # rows added to the selection, not each replacing the last
            if entry.note_id in chosen:
                selection.select(self.table.model().index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
        for column in PLACE_COLUMNS:
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), PLACE_WIDTH))
        self.pages.setCurrentWidget(self.table if entries else self.empty_text)
        self._enable()
        self.loaded.emit()

    def chosen_ids(self) -> list[uuid.UUID]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.entries[row].note_id for row in rows if row < len(self.entries)]

    def _enable(self) -> None:
        chosen = self.chosen_ids()
        writable = not self.session.read_only
        merged = {entry.note_id for entry in self.entries if entry.merged_into}
        self.restore_button.setEnabled(writable and bool(chosen) and not merged & set(chosen))
        self.empty_button.setEnabled(writable and bool(self.entries))
        if chosen:
            self.empty_button.setText(self.tr("&Empty %n chosen…", "", len(chosen)))
            self.empty_button.setAccessibleName(self.tr("Empty %n chosen note(s)", "", len(chosen)))
        else:
            self.empty_button.setText(self.tr("&Empty the bin…"))
            self.empty_button.setAccessibleName(self.tr("Empty the bin"))
        if merged & set(chosen):
            self.state.setText(self.tr("A note merged into another is part of that note now: it is not restored "
                                       "on its own."))

    # --- the actions ---------------------------------------------------------------------------

    def restore(self) -> None:
        ids = self.chosen_ids()
        if ids:
            self._run(restore_from_bin(self.session, ids),
                      lambda n: self.tr("Restored %n note(s). Ctrl+Z puts them back in the bin.", "", n))

    def empty(self) -> None:
        ids = self.chosen_ids()
        count = len(ids) if ids else len(self.entries)
        if not count:
            return
        if ids:
            question = self.tr("Empty %n note(s) from the bin for good?", "", count)
        else:
            question = self.tr("Empty the whole bin? It holds %n note(s), removed for good.", "", count)
        question += "\n\n" + self.tr(
            "Their text, earlier versions, themes and key-quote places are wiped from the project file. Ctrl+Z "
            "brings them back only while the project is open: once it is closed, this cannot be undone.")
        if not messages.confirm(self, question):
            return
        operation = empty_bin(self.session, ids or None).with_progress(self, self.tr("Emptying the bin…"))
        self._run(operation, lambda n: self.tr(
            "Emptied %n note(s). Ctrl+Z brings them back until the project is closed.", "", n))

    def _run(self, operation: WriteOp, said) -> None:
        operation.success(lambda n: self.state.setText(said(n))) \
            .failure(lambda error: messages.warn(self, error_text.describe(error))).run(initiator=self)
