"""Edit ▸ Stakeholder groups… (issue 15): the project's groups in their order, with what each
holds; add, rename, reorder, merge and delete, each one undo step. Before a merge or a deletion
the dialog says how many notes it touches."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialog_app.gui import error_text
from dialog_app.gui.dialogs import messages
from dialog_app.gui.operations import groups as ops
from dialog_app.gui.ops import ProjectSession, WriteOp

GROUP_ID = Qt.ItemDataRole.UserRole


def ask_name(parent: QWidget, title: str, prompt: str, text: str = "") -> str | None:
    """A name typed by the user, or None when cancelled (tests replace this)."""
    name, ok = QInputDialog.getText(parent, title, prompt, text=text)
    return name if ok and name.strip() else None


def ask_kept_group(parent: QWidget, title: str, prompt: str, names: list[str]) -> int | None:
    """The index in ``names`` of the group to keep, or None when cancelled (tests replace this)."""
    name, ok = QInputDialog.getItem(parent, title, prompt, names, 0, False)
    return names.index(name) if ok and name in names else None


class GroupsDialog(QDialog):
    loaded = Signal()  # the groups are shown (after opening and after every change)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupsDialog")
        self.setWindowTitle(self.tr("Stakeholder groups"))
        self.session = session
        self.rows: list[ops.GroupRow] = []
        intro = QLabel(self.tr("The groups notes and attendance are counted by, in the order reports list them."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("groupList")
        self.list.setAccessibleName(self.tr("Stakeholder groups"))
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.add_button = self._button(self.tr("&Add…"), "addGroupButton", self.add)
        self.rename_button = self._button(self.tr("&Rename…"), "renameGroupButton", self.rename)
        self.up_button = self._button(self.tr("Move &up"), "moveGroupUpButton", lambda: self.move(-1))
        self.down_button = self._button(self.tr("Move do&wn"), "moveGroupDownButton", lambda: self.move(1))
        self.merge_button = self._button(self.tr("&Merge into…"), "mergeGroupButton", self.merge)
        self.delete_button = self._button(self.tr("&Delete…"), "deleteGroupButton", self.delete)
        self.state = QLabel()
        self.state.setObjectName("groupsState")
        self.state.setWordWrap(True)
        side = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.up_button, self.down_button, self.merge_button,
                       self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.state)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self._enable()
        self.reload()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- showing -------------------------------------------------------------------------------

    def reload(self, select: uuid.UUID | None = None) -> None:
        chosen = select or self.current_id()
        ops.read_groups(self.session).success(lambda rows: self._show(rows, chosen)) \
            .failure(lambda error: self.state.setText(error_text.describe(error))).run(owner=self)

    def _show(self, rows: list[ops.GroupRow], select: uuid.UUID | None) -> None:
        self.rows = rows
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(self.tr("%1 — %n note(s)", "", row.use.notes).replace("%1", row.name))
            item.setData(GROUP_ID, row.id)
            self.list.addItem(item)
        ids = [row.id for row in rows]
        if rows:
            self.list.setCurrentRow(ids.index(select) if select in ids else 0)
        self._enable()
        self.loaded.emit()

    def current_id(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        return item.data(GROUP_ID) if item is not None else None

    def _current(self) -> ops.GroupRow | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _enable(self) -> None:
        row = self.list.currentRow()
        chosen = 0 <= row < self.list.count()
        for button in (self.rename_button, self.delete_button):
            button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen and self.list.count() > 1)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < self.list.count() - 1)

    # --- the actions ---------------------------------------------------------------------------

    def add(self) -> None:
        name = ask_name(self, self.tr("New stakeholder group"), self.tr("Name of the new group:"))
        if name is not None:
            self._run(ops.add_group(self.session, name), select_result=True)

    def rename(self) -> None:
        group = self._current()
        if group is None:
            return
        name = ask_name(self, self.tr("Rename stakeholder group"), self.tr("New name:"), group.name)
        if name is not None:
            self._run(ops.rename_group(self.session, group.id, name))

    def move(self, step: int) -> None:
        group, row = self._current(), self.list.currentRow()
        if group is None or not 0 <= row + step < len(self.rows):
            return
        self._run(ops.move_group(self.session, group.id, row + step))

    def merge(self) -> None:
        group = self._current()
        if group is None or len(self.rows) < 2:
            return
        others = [row for row in self.rows if row.id != group.id]
        chosen = ask_kept_group(self, self.tr("Merge stakeholder groups"),
                                self.tr("Merge “%1” into:").replace("%1", group.name), [row.name for row in others])
        if chosen is None:
            return
        kept = others[chosen]
        text = self.tr("Merge “%1” into “%2”? %n note(s) move to “%2”, with the group's headcounts, people and "
                       "organisations, and “%1” is removed. Ctrl+Z undoes this.", "", group.use.notes)
        if messages.confirm(self, text.replace("%1", group.name).replace("%2", kept.name)):
            self._run(ops.merge_groups(self.session, group.id, kept.id), select=kept.id)

    def delete(self) -> None:
        group = self._current()
        if group is None:
            return
        text = self.tr("Delete the stakeholder group “%1”? %n note(s) will keep no group, and its headcounts "
                       "are removed. Ctrl+Z undoes this.", "", group.use.notes)
        if messages.confirm(self, text.replace("%1", group.name)):
            self._run(ops.delete_group(self.session, group.id))

    def _run(self, operation: WriteOp, select: uuid.UUID | None = None, select_result: bool = False) -> None:
        self.state.clear()

        def done(result) -> None:
            self.reload(result if select_result else select)

        operation.success(done).failure(self._failed).run(initiator=self)

    def _failed(self, error: BaseException) -> None:
        self.state.setText(error_text.describe(error))
        self.reload()
