"""The choices the next note will carry: stakeholder group (Alt+1…9, Alt+0 for none), kind (F2–F5)
and table or breakout label (Alt+T; Enter, a choice from its list or Esc returns to typing), each visible
and keyboard-switchable."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from dialog_app.core.kinds import NoteKind
from dialog_app.gui.labels import NOTE_KINDS, label
from dialog_app.gui.widgets.chosen_button import ChosenButton
from dialog_app.gui.widgets.flow_layout import FlowLayout
from dialog_app.gui.widgets.shortcuts import shortcut

KIND_KEYS = {NoteKind.STATEMENT: "F2", NoteKind.IDEA: "F3", NoteKind.CONCERN: "F4", NoteKind.QUESTION: "F5"}
TABLE_KEYS = QT_TRANSLATE_NOOP("ShortcutHelp", "Table or breakout group (Enter or Esc: back to typing)")


class StampBar(QWidget):
    changed = Signal()
    table_opened = Signal()  # Alt+T, just before the table box takes the keyboard
    table_chosen = Signal()  # the table box was left with Enter, a choice or Esc: back to typing

    def __init__(self, shortcut_parent: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[uuid.UUID, str]] = []
        self._group_id: uuid.UUID | None = None
        self._kind = NoteKind.STATEMENT.value

        self.group_buttons = QButtonGroup(self)
        self.group_buttons.setExclusive(True)
        self.group_area = QWidget()
        self.group_row = FlowLayout(self.group_area)

        self.kind_buttons = QButtonGroup(self)
        # The kinds and the table flow onto a second line when a large font leaves no room.
        kind_area = QWidget()
        kind_row = FlowLayout(kind_area)
        for kind, key in KIND_KEYS.items():
            button = ChosenButton(f"{label(NOTE_KINDS, kind)}  {key}")
            button.setObjectName(f"kind_{kind.value}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setChecked(kind == NoteKind.STATEMENT)
            button.clicked.connect(lambda _checked=False, kind=kind.value: self.set_kind(kind))
            self.kind_buttons.addButton(button)
            kind_row.addWidget(button)
            shortcut(key, shortcut_parent, lambda kind=kind.value: self.set_kind(kind),
                     Qt.ShortcutContext.WidgetWithChildrenShortcut,
                     help=QT_TRANSLATE_NOOP("ShortcutHelp", "Kind: statement, idea, concern, question"),
                     shown_as=" ".join(KIND_KEYS.values()), rank=3)

        self.table = QComboBox()
        self.table.setObjectName("captureTable")
        self.table.setAccessibleName(self.tr("Table"))
        self.table.setEditable(True)
        self.table.setInsertPolicy(QComboBox.InsertPolicy.InsertAtTop)
        self.table.setMinimumContentsLength(10)
        self.table.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.table.lineEdit().setPlaceholderText(self.tr("no table"))
        self.table.currentTextChanged.connect(lambda _text: self.changed.emit())
        self.table.lineEdit().returnPressed.connect(self._leave_table)
        self.table.activated.connect(lambda _index: self._leave_table())  # chosen from its list
        shortcut("Esc", self.table, self._leave_table, Qt.ShortcutContext.WidgetWithChildrenShortcut,
                 help=TABLE_KEYS, shown_as="Alt+T", rank=3)
        table_label = QLabel(self.tr("Table (Alt+T):"))
        shortcut("Alt+T", shortcut_parent, self._focus_table,
                 context=Qt.ShortcutContext.WidgetWithChildrenShortcut, help=TABLE_KEYS, shown_as="Alt+T", rank=3)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        # Each label as high as a button row, so it sits level with the first row when the rows wrap.
        row_height = self.kind_buttons.buttons()[0].sizeHint().height()
        group_label, kind_label = QLabel(self.tr("Group:")), QLabel(self.tr("Kind:"))
        for row_label in (group_label, kind_label):
            row_label.setMinimumHeight(row_height)
        layout.addWidget(group_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.group_area, 0, 1)
        table_area = QWidget()
        table_row = QHBoxLayout(table_area)
        table_row.setContentsMargins(8, 0, 0, 0)
        table_row.addWidget(table_label)
        table_row.addWidget(self.table)
        kind_row.addWidget(table_area)
        layout.addWidget(kind_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(kind_area, 1, 1)
        layout.setColumnStretch(1, 1)

        for digit in range(10):
            shortcut(f"Alt+{digit}", shortcut_parent,
                     lambda digit=digit: self.choose_group_number(digit),
                     Qt.ShortcutContext.WidgetWithChildrenShortcut,
                     help=QT_TRANSLATE_NOOP("ShortcutHelp", "Stakeholder group of the next notes (Alt+0: none)"),
                     shown_as="Alt+1 … Alt+9", rank=3)

    # --- what the screen calls -----------------------------------------------------------------

    def set_groups(self, groups: list[tuple[uuid.UUID, str]]) -> None:
        self._groups = groups[:9]
        for button in self.group_buttons.buttons():
            self.group_buttons.removeButton(button)
            button.deleteLater()
        for number, (group_id, name) in enumerate([(None, self.tr("none")), *self._groups]):
            button = ChosenButton(f"{number} {name}")
            button.setStyleSheet("padding: 2px 8px;")
            button.setObjectName(f"group_{number}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(self.tr("Alt+%1").replace("%1", str(number)))
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, n=number: self.choose_group_number(n))
            self.group_buttons.addButton(button, number)
            self.group_row.addWidget(button)
        self._sync_group_buttons()

    def retranslate(self) -> None:
        """The kinds' and the "none" group's words, in the language now installed."""
        for button in self.kind_buttons.buttons():
            kind = button.objectName().removeprefix("kind_")
            button.setText(f"{label(NOTE_KINDS, kind)}  {KIND_KEYS[NoteKind(kind)]}")
        self.set_groups(self._groups)

    def set_tables(self, labels: list[str], own: str | None = None) -> None:
        """The tables to pick from; a project prepared for one table starts at that table."""
        current = self.table.currentText() or (own or "")
        if own and own not in labels:
            labels = [own, *labels]
        self.table.blockSignals(True)
        self.table.clear()
        self.table.addItems(labels)
        self.table.setEditText(current)
        self.table.blockSignals(False)

    def choose_group_number(self, number: int) -> None:
        if number == 0:
            self._group_id = None
        elif number <= len(self._groups):
            self._group_id = self._groups[number - 1][0]
        else:
            return
        self._sync_group_buttons()
        self.changed.emit()

    def set_kind(self, kind: str) -> None:
        self._kind = kind
        for button in self.kind_buttons.buttons():
            button.setChecked(button.objectName() == f"kind_{kind}")
        self.changed.emit()

    @property
    def group_id(self) -> uuid.UUID | None:
        return self._group_id

    @property
    def group_name(self) -> str:
        return next((name for gid, name in self._groups if gid == self._group_id), "")

    @property
    def kind(self) -> str:
        return self._kind

    @property
    def table_label(self) -> str | None:
        return self.table.currentText().strip() or None

    def _focus_table(self) -> None:
        self.table_opened.emit()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.table.lineEdit().selectAll()

    def _leave_table(self) -> None:
        # Enter in the box also reports the label as chosen: leave once, while the keyboard is here.
        focus = QApplication.focusWidget()
        if focus is not None and (focus is self.table or self.table.isAncestorOf(focus)):
            self.table_chosen.emit()

    def _sync_group_buttons(self) -> None:
        number = 0 if self._group_id is None else 1 + [g for g, _ in self._groups].index(self._group_id)
        button = self.group_buttons.button(number)
        if button is not None:
            button.setChecked(True)
