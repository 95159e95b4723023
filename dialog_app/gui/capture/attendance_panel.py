"""Who is in the room: a headcount per stakeholder group, and the organisations present, typed with
completion from the organisations the project already knows."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dialog_app.gui.widgets.keyboard_paths import tab_chain
from dialog_app.gui.widgets.shortcuts import shortcut


class AttendancePanel(QGroupBox):
    headcount_changed = Signal(object, int)  # group id, headcount
    organisation_added = Signal(str)
    organisation_removed = Signal(object)  # organisation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Attendance"), parent)
        self.setObjectName("attendancePanel")
        self._spins: dict[uuid.UUID, QSpinBox] = {}
        self.counts = QFormLayout()
        self.counts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.total = QLabel()
        self.total.setObjectName("attendanceTotal")

        self.organisation_input = QLineEdit()
        self.organisation_input.setObjectName("organisationInput")
        self.organisation_input.setAccessibleName(self.tr("Organisation present"))
        self.organisation_input.setPlaceholderText(self.tr("Organisation present, then Enter"))
        self._known = QStringListModel(self)
        completer = QCompleter(self._known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation_input.setCompleter(completer)
        self.organisation_input.returnPressed.connect(self._add_organisation)
        self.organisation_list = QListWidget()
        self.organisation_list.setObjectName("organisationList")
        self.organisation_list.setAccessibleName(self.tr("Organisations present"))
        self.organisation_list.setToolTip(self.tr("Delete removes the selected organisation"))
        shortcut(QKeySequence.StandardKey.Delete, self.organisation_list, self._remove_selected,
                 context=Qt.ShortcutContext.WidgetShortcut, shown_as="Delete", rank=8,
                 help=QT_TRANSLATE_NOOP("ShortcutHelp", "In the organisations present: remove the chosen one"))

        layout = QVBoxLayout(self)
        layout.addLayout(self.counts)
        layout.addWidget(self.total)
        layout.addWidget(QLabel(self.tr("Organisations:")))
        layout.addWidget(self.organisation_input)
        layout.addWidget(self.organisation_list, 1)

    def show_attendance(
        self,
        groups: list[tuple[uuid.UUID, str]],
        headcounts: dict[uuid.UUID, int],
        present: list[tuple[uuid.UUID, str]],
        known: list[str],
    ) -> None:
        if [g for g, _ in groups] != list(self._spins):
            while self.counts.rowCount():
                self.counts.removeRow(0)
            self._spins.clear()
            for group_id, name in groups:
                spin = QSpinBox()
                spin.setRange(0, 9999)
                spin.setObjectName(f"headcount_{group_id.hex[:8]}")
                spin.setAccessibleName(name)
                spin.editingFinished.connect(lambda group_id=group_id, spin=spin: self._headcount(group_id, spin))
                self.counts.addRow(name, spin)
                self._spins[group_id] = spin
            if self._spins:  # made after the organisation field, they came last: Tab goes top to bottom
                before = self.organisation_input.previousInFocusChain()
                tab_chain(before, *self._spins.values(), self.organisation_input, self.organisation_list)
        for group_id, spin in self._spins.items():
            if not spin.hasFocus():
                spin.blockSignals(True)
                spin.setValue(headcounts.get(group_id, 0))
                spin.blockSignals(False)
        self._update_total()
        self.organisation_list.clear()
        for organisation_id, name in present:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, organisation_id)
            self.organisation_list.addItem(item)
        self._known.setStringList(known)

    def spin_for(self, group_id: uuid.UUID) -> QSpinBox:
        return self._spins[group_id]

    def _headcount(self, group_id: uuid.UUID, spin: QSpinBox) -> None:
        self._update_total()
        self.headcount_changed.emit(group_id, spin.value())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._update_total()  # "In all: …" in the new language

    def _update_total(self) -> None:
        total = sum(spin.value() for spin in self._spins.values())
        self.total.setText(self.tr("In all: %n person(s)", "", total))

    def _add_organisation(self) -> None:
        name = self.organisation_input.text().strip()
        if name:
            self.organisation_input.clear()
            self.organisation_added.emit(name)

    def _remove_selected(self) -> None:
        item = self.organisation_list.currentItem()
        if item is not None:
            self.organisation_removed.emit(item.data(Qt.ItemDataRole.UserRole))
