"""View ▸ Columns…: show, hide and order the review table's columns by keyboard (the header's
drag and context menu do the same by mouse). Each change applies at once and is kept for the next
start, in the same settings as the header's."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from dialog_app.gui.review import review_model
from dialog_app.gui.review.review_table import ReviewTable
from dialog_app.gui.widgets.key_help import install as install_key_help
from dialog_app.gui.widgets.shortcuts import shortcut

NameRole = Qt.ItemDataRole.UserRole + 1
MOVE_HELP = QT_TRANSLATE_NOOP("ShortcutHelp", "In the columns: move the chosen column up / down")


class ColumnsDialog(QDialog):
    def __init__(self, table: ReviewTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnsDialog")
        self.setWindowTitle(self.tr("Columns"))
        self.table = table
        self.list = QListWidget()
        self.list.setObjectName("columnsList")
        self.list.setAccessibleName(self.tr("Columns of the notes table"))
        label = QLabel(self.tr("&Shown columns, from left to right (Space shows or hides one):"))
        label.setBuddy(self.list)
        label.setWordWrap(True)
        self.up = QPushButton(self.tr("Move &up"))
        self.up.setObjectName("moveColumnUpButton")
        self.down = QPushButton(self.tr("Move &down"))
        self.down.setObjectName("moveColumnDownButton")
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(+1))
        for key, step in (("Alt+Up", -1), ("Alt+Down", +1)):
            shortcut(key, self.list, lambda step=step: self.move_current(step), Qt.ShortcutContext.WidgetShortcut,
                     help=MOVE_HELP, shown_as="Alt+↑ / Alt+↓")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(self.up)
        side.addWidget(self.down)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self._fill()
        self.list.itemChanged.connect(self._checked)
        self.list.currentRowChanged.connect(self._enable_moves)
        self.list.setCurrentRow(0)
        self.resize(380, 360)
        install_key_help(self, self.list)  # F1: the dialog's keys

    def _fill(self, current: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for name in self.table.column_order():
            item = QListWidgetItem(review_model.column_title(name))
            item.setData(NameRole, name)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if name != "text":  # the note itself is always shown
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Unchecked if self.table.view.isColumnHidden(review_model.column(name))
                               else Qt.CheckState.Checked)
            self.list.addItem(item)
            if name == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._enable_moves(self.list.currentRow())

    def names(self) -> list[str]:
        return [self.list.item(row).data(NameRole) for row in range(self.list.count())]

    def move_current(self, step: int) -> None:
        item = self.list.currentItem()
        if item is not None and self.table.move_column(item.data(NameRole), step):
            self._fill(item.data(NameRole))

    def _checked(self, item: QListWidgetItem) -> None:
        self.table.show_column(item.data(NameRole), item.checkState() == Qt.CheckState.Checked)

    def _enable_moves(self, row: int) -> None:
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < self.list.count() - 1)
