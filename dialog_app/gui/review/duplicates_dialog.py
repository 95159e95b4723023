"""The groups of possible duplicates a scan found: read them side by side, and fold a group into its
first note (the earliest capture), which keeps every provenance and adds up the votes."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.services.duplicates import DuplicateGroup
from dialog_app.gui import formats

NoteIdRole = Qt.ItemDataRole.UserRole + 1


class DuplicatesDialog(QDialog):
    merge_requested = Signal(object, list)  # the note kept, the notes folded into it

    def __init__(self, groups: list[DuplicateGroup], texts: dict[uuid.UUID, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.groups = groups
        intro = QLabel(
            self.tr("%n group(s) of notes look like the same input captured more than once. Merging a "
                    "group keeps its first note, adds up the votes and keeps where every note came from; "
                    "Ctrl+Z undoes it.", "", len(groups)) if groups
            else self.tr("No possible duplicates among the listed notes.")
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("duplicateGroups")
        self.tree.setAccessibleName(self.tr("Possible duplicates"))
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        for number, group in enumerate(groups, start=1):
            title = (self.tr("Group %1: the same text, %n note(s)", "", len(group.note_ids)) if group.kind == "exact"
                     else self.tr("Group %1: %2 alike, %n note(s)", "", len(group.note_ids))
                     .replace("%2", formats.percent(round(group.similarity * 100))))
            parent_item = QTreeWidgetItem([title.replace("%1", str(number))])
            for note_id in group.note_ids:
                text = texts.get(note_id, "?")
                child = QTreeWidgetItem([" ".join(text.split())])
                child.setData(0, NoteIdRole, note_id)
                child.setToolTip(0, text)
                parent_item.addChild(child)
            self.tree.addTopLevelItem(parent_item)
        self.tree.expandAll()
        self.merge_button = QPushButton(self.tr("Merge this group"))
        self.merge_button.setObjectName("mergeGroupButton")
        self.merge_button.clicked.connect(self.merge_current)
        self.merge_button.setEnabled(bool(groups))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)
        if groups:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def merge_current(self) -> None:
        """Fold the current group (or the group of the current note) into its first note."""
        item = self.tree.currentItem()
        if item is None:
            return
        top = item.parent() or item
        ids: list[uuid.UUID] = [top.child(i).data(0, NoteIdRole) for i in range(top.childCount())]
        if len(ids) < 2:
            return
        self.merge_requested.emit(ids[0], ids[1:])
        index = self.tree.indexOfTopLevelItem(top)
        self.tree.takeTopLevelItem(index)
        self.merge_button.setEnabled(self.tree.topLevelItemCount() > 0)
