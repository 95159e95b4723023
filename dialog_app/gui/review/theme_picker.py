"""Type a few letters of a theme and press Enter: tagging with any theme, not only the first nine."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from dialog_app.core.text_match import normalise as fold
from dialog_app.gui.review.review_rows import ThemeInfo

ThemeRole = Qt.ItemDataRole.UserRole + 1


class ThemePicker(QDialog):
    def __init__(self, themes: list[ThemeInfo], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themePicker")
        self.setWindowTitle(title)
        self.query = QLineEdit()
        self.query.setObjectName("themePickerQuery")
        self.query.setAccessibleName(self.tr("Find a theme"))
        self.query.setPlaceholderText(self.tr("Type part of a theme's name or code"))
        self.list = QListWidget()
        self.list.setObjectName("themePickerList")
        self.list.setAccessibleName(self.tr("Themes"))
        for theme in themes:
            item = QListWidgetItem("    " * theme.depth + theme.title)
            item.setData(ThemeRole, theme.theme_id)
            self.list.addItem(item)
        self.query.textChanged.connect(self._narrow)
        self.query.returnPressed.connect(self._choose)
        self.list.itemActivated.connect(lambda _item: self._choose())
        self.query.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Enter picks the highlighted theme; Esc cancels.")))
        layout.addWidget(self.query)
        layout.addWidget(self.list)
        self.resize(420, 420)
        self.chosen: uuid.UUID | None = None
        self._narrow("")

    @classmethod
    def pick(cls, themes: list[ThemeInfo], title: str, parent: QWidget | None = None) -> uuid.UUID | None:
        """Ask for a theme; None when cancelled (tests replace this)."""
        picker = cls(themes, title, parent)
        return picker.chosen if picker.exec() == QDialog.DialogCode.Accepted else None

    def _narrow(self, text: str) -> None:
        words = fold(text).split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(word in fold(item.text()) for word in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        self.list.setCurrentItem(first)

    def _choose(self) -> None:
        item = self.list.currentItem()
        if item is not None and not item.isHidden():
            self.chosen = item.data(ThemeRole)
            self.accept()

    def eventFilter(self, watched, event) -> bool:
        """Up and Down in the query move through the list, so the hands stay on the keys."""
        if watched is self.query and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                row = self.list.currentRow() + step
                while 0 <= row < self.list.count() and self.list.item(row).isHidden():
                    row += step
                if 0 <= row < self.list.count():
                    self.list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)
