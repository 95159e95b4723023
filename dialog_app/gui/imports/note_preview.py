"""The mapping step's live preview: the first rows of the file as the notes they would become."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, \
    QWidget

from dialog_app.core.import_plan import ImportedNote, ImportPlan
from dialog_app.gui import error_text, formats
from dialog_app.gui.widgets.keyboard_paths import item_view

SHOWN = 20  # notes in the preview


class NotePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone: tzinfo | None = None  # the project's, where the notes' times are shown
        self.heading = QLabel(self.tr("Preview: the first notes"))
        self.heading.setStyleSheet("font-weight: 600;")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("importPreview")
        item_view(self.table, self.tr("Preview: the first notes"))
        self.table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Group"), self.tr("Note"),
                                              self.tr("Time")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 180)
        self.table.setColumnWidth(1, 130)
        self.table.setColumnWidth(3, 120)
        self.message = QLabel()
        self.message.setObjectName("importPreviewMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def show_plan(self, plan: ImportPlan) -> None:
        notes = plan.notes[:SHOWN]
        self.table.setRowCount(len(notes))
        for row, note in enumerate(notes):
            for column, text in enumerate(self._cells(note)):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column == 2 else "")
                self.table.setItem(row, column, item)
        self.message.setText(self._unread(plan) if plan.bad_rows else
                             self.tr("No notes: choose at least one column of note text.") if not plan.notes else "")

    def _unread(self, plan: ImportPlan) -> str:
        first = plan.bad_rows[0]
        return self.tr("%n of the first rows cannot be read as they are mapped; the first: %1", "",
                       len(plan.bad_rows)).replace("%1", f"{error_text.place(first.origin)} – "
                                                         f"{error_text.row_problem(first)}")

    def show_message(self, text: str) -> None:
        self.table.setRowCount(0)
        self.message.setText(text)

    def texts(self, column: int) -> list[str]:
        """What one column of the preview shows, top down (for tests)."""
        return [self.table.item(row, column).text() for row in range(self.table.rowCount())]

    def _cells(self, note: ImportedNote) -> tuple[str, str, str, str]:
        when = formats.date_time(note.time, self.zone)
        return note.question or "", note.group or "", " ".join(note.text.split()), when
