"""The framework editor's top rows: which framework is shown, whether capture and review use it,
and the buttons that create (empty or from a shipped preset), rename and delete frameworks."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from dialog_app.gui.frameworks import framework_data
from dialog_app.gui.frameworks.framework_actions import FrameworkActions
from dialog_app.gui.frameworks.framework_data import EditorData


def push_button(text: str, name: str, tip: str = "") -> QPushButton:
    """A button that never takes Enter (Enter belongs to the theme form's Save)."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    return button


class FrameworkBar(QWidget):
    picked = Signal(object)  # the framework id chosen in the picker

    def __init__(self, actions: FrameworkActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self._filling = False
        self.picker = QComboBox()
        self.picker.setObjectName("frameworkPicker")
        self.picker.setMinimumContentsLength(30)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.currentIndexChanged.connect(self._picked)
        label = QLabel(self.tr("&Framework:"))
        label.setBuddy(self.picker)
        self.preset_menu = QMenu(self)
        self.preset_menu.setObjectName("addPresetMenu")
        self.new_button = push_button(self.tr("N&ew"), "newFrameworkButton",
                                      self.tr("A new empty framework, or a copy of a shipped one"))
        self.new_button.setMenu(self.preset_menu)
        self.rename_button = push_button(self.tr("&Rename…"), "renameFrameworkButton",
                                         self.tr("Give the framework another name"))
        self.rename_button.clicked.connect(lambda _checked=False: actions.rename())
        self.delete_button = push_button(self.tr("Delete…"), "deleteFrameworkButton")
        self.delete_button.setAccessibleName(self.tr("Delete the framework…"))  # the themes' "Delete…" too
        self.delete_button.clicked.connect(lambda _checked=False: actions.delete())
        self.use_box = QCheckBox(self.tr("&Use in capture and review"))
        self.use_box.setObjectName("setActiveButton")
        self.use_box.clicked.connect(self._use_clicked)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.picker, 1)
        for button in (self.new_button, self.rename_button, self.delete_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.use_box)

    def show_frameworks(self, data: EditorData) -> None:
        self._filling = True
        try:
            self.picker.clear()
            for framework in data.frameworks:
                in_use = framework.id == data.active_id
                self.picker.addItem(self.tr("%1 (in use)").replace("%1", framework.name) if in_use
                                    else framework.name, framework.id)
                if framework.id == data.framework_id:
                    self.picker.setCurrentIndex(self.picker.count() - 1)
        finally:
            self._filling = False
        shown = data.framework_id is not None
        in_use = shown and data.framework_id == data.active_id
        self.use_box.setChecked(in_use)
        self.use_box.setEnabled(shown)
        self.use_box.setToolTip(
            self.tr("Capture, review and the projector use this framework's themes") if in_use
            else self.tr("Use this framework's themes in capture, review and on the projector instead"))
        self.rename_button.setEnabled(shown)
        deletable = len(data.frameworks) > 1
        self.delete_button.setEnabled(deletable)
        self.delete_button.setToolTip(
            self.tr("Delete the framework and its themes") if deletable
            else self.tr("A project keeps at least one framework: add another before deleting this one"))
        self._fill_menu(data)

    def _fill_menu(self, data: EditorData) -> None:
        self.preset_menu.clear()
        empty = self.preset_menu.addAction(self.tr("Empty framework…"))
        empty.setObjectName("newFrameworkAction")
        empty.triggered.connect(lambda _checked=False: self.actions.create())
        self.preset_menu.addSection(self.tr("Copy of a shipped framework"))
        for choice in framework_data.preset_choices(data.language, data.frameworks):
            action = self.preset_menu.addAction(
                self.tr("%1 (%n theme(s))", "", choice.themes).replace("%1", choice.name))
            action.setObjectName(f"preset_{choice.id}")
            if choice.present:
                action.setEnabled(False)
                action.setToolTip(self.tr("Already in this project"))
            action.triggered.connect(lambda _checked=False, preset=choice.id: self.actions.add_preset(preset))

    def select(self, framework_id: uuid.UUID) -> None:
        for index in range(self.picker.count()):  # an equal UUID from another query is another object
            if self.picker.itemData(index) == framework_id:
                self.picker.setCurrentIndex(index)

    def _picked(self, index: int) -> None:
        if not self._filling and self.picker.itemData(index) is not None:
            self.picked.emit(self.picker.itemData(index))

    def _use_clicked(self, checked: bool) -> None:
        if checked:
            self.actions.use()
        else:  # one framework is always in use: another is chosen by ticking its own box
            self.use_box.setChecked(True)
            self.actions.editor.say(self.tr("To use another framework, pick it above and tick its box."))
