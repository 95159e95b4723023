"""A button that drops down a checkable list: pick several values of one filter without the menu
closing after each click, and see on the button how many are picked."""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QToolButton, QWidgetAction

ValueRole = Qt.ItemDataRole.UserRole + 1


class ChoiceButton(QToolButton):
    changed = Signal()

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self._title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.list = QListWidget()
        self.list.setMinimumWidth(280)
        self.list.itemChanged.connect(self._item_changed)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.list)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._fit)
        self.setMenu(menu)
        self._quiet = False
        self._update_text()

    def set_choices(self, choices: Iterable[tuple[Hashable, str]]) -> None:
        """Offer these (value, text) pairs; values picked before and still offered stay picked."""
        keep = self.selected()
        self._quiet = True
        self.list.clear()
        for value, text in choices:
            item = QListWidgetItem(text)
            item.setData(ValueRole, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in keep else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._quiet = False
        self._update_text()

    def selected(self) -> set:
        return {
            self.list.item(i).data(ValueRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        }

    def set_selected(self, values: Iterable[Hashable], notify: bool = False) -> None:
        wanted = set(values)
        self._quiet = True
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ValueRole) in wanted else Qt.CheckState.Unchecked)
        self._quiet = False
        self._update_text()
        if notify:
            self.changed.emit()

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._quiet:
            self._update_text()
            self.changed.emit()

    def language_changed(self, again) -> None:
        """The title in the language now installed (language_switch.retranslate asks): the text shown
        adds the count to it, so the shown text alone cannot be looked up."""
        self._title = again(self._title) or self._title
        self._update_text()

    def _update_text(self) -> None:
        picked = len(self.selected())
        self.setText(f"{self._title} ({picked})" if picked else self._title)
        font = self.font()
        font.setBold(bool(picked))
        self.setFont(font)

    def _fit(self) -> None:
        rows = min(self.list.count(), 14)
        self.list.setFixedHeight(max(rows, 1) * (self.list.sizeHintForRow(0) if self.list.count() else 20) + 6)
