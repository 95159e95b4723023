"""A checkable list with an "All" box above it: the export's themes, or its dialogues.

Everything checked means "all" (``chosen()`` is None), so an export of the whole project also
takes in themes and dialogues added later; the "All" box shows a dash when only some are checked.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from dialog_app.gui import formats
from dialog_app.gui.export.export_data import Row

IdRole = Qt.ItemDataRole.UserRole + 1
CHECKABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class CheckList(QWidget):
    changed = Signal()

    def __init__(self, all_text: str, object_name: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_box = QCheckBox(all_text)
        self.all_box.setObjectName(f"{object_name}All")
        self.all_box.setTristate(True)
        self.all_box.clicked.connect(self._all_clicked)
        self.tree = QTreeWidget()
        self.tree.setObjectName(object_name)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(name)  # not the check box's "All themes": a list of its own
        self.tree.itemChanged.connect(self._item_changed)
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.all_box)
        layout.addWidget(self.tree, 1)
        self._show_all_state()

    def set_rows(self, rows: Iterable[Row]) -> None:
        """Show ``rows`` (a theme under the one before it of lower depth), all checked."""
        self._filling = True
        self.tree.clear()
        parents: list[QTreeWidgetItem] = []
        nested = False
        for row in rows:
            item = QTreeWidgetItem([_shown(row)])
            item.setFlags(CHECKABLE)
            item.setCheckState(0, CHECKED)
            item.setData(0, IdRole, row.id)
            item.setToolTip(0, row.text)
            del parents[row.depth:]
            if parents:
                parents[-1].addChild(item)
                nested = True
            else:
                self.tree.addTopLevelItem(item)
            parents.append(item)
        self.tree.setRootIsDecorated(nested)
        self.tree.expandAll()
        self._filling = False
        self._show_all_state()

    def items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            found.append(item)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return found

    def chosen(self) -> frozenset[uuid.UUID] | None:
        """The checked ids; None when every one is checked (and so when the list is empty)."""
        items = self.items()
        checked = frozenset(item.data(0, IdRole) for item in items if item.checkState(0) == CHECKED)
        return None if len(checked) == len(items) else checked

    def set_checked(self, wanted: Iterable[uuid.UUID] | None) -> None:
        """Check exactly ``wanted`` (None: all)."""
        wanted = None if wanted is None else set(wanted)
        self._filling = True
        for item in self.items():
            item.setCheckState(0, CHECKED if wanted is None or item.data(0, IdRole) in wanted else UNCHECKED)
        self._filling = False
        self._show_all_state()
        self.changed.emit()

    def nothing_chosen(self) -> bool:
        chosen = self.chosen()
        return chosen is not None and not chosen

    def _all_clicked(self) -> None:
        items = self.items()
        every = all(item.checkState(0) == CHECKED for item in items)
        self.set_checked(set() if every and items else None)

    def _item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        if not self._filling:
            self._show_all_state()
            self.changed.emit()

    def _show_all_state(self) -> None:
        items = self.items()
        checked = sum(item.checkState(0) == CHECKED for item in items)
        state = (Qt.CheckState.Checked if checked == len(items)
                 else Qt.CheckState.Unchecked if checked == 0 else Qt.CheckState.PartiallyChecked)
        self.all_box.blockSignals(True)
        self.all_box.setCheckState(state)
        self.all_box.blockSignals(False)
        self.all_box.setEnabled(bool(items))


def _shown(row: Row) -> str:
    """A dialogue as "D2  2 Apr 2026  Title": the reference first, then the date, both short."""
    if row.when is None:
        return row.text
    number, _gap, title = row.text.partition("  ")
    return f"{number}  {formats.date(row.when, row.when.tzinfo)}  {title}"  # read in the project's zone
