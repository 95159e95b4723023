"""The target step's stakeholder groups: each group name in the file that the project does not
have, mapped to one of the project's groups or created new."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from dialog_app.gui.imports.import_data import Named


class GroupChoices(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importGroups")
        self.boxes: dict[str, QComboBox] = {}
        self._known: dict[str, uuid.UUID] = {}
        heading = QLabel(self.tr("Stakeholder groups the project does not have yet:"))
        heading.setWordWrap(True)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form_host)
        scroll.setMaximumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(scroll)

    def set_groups(self, names: tuple[str, ...], groups: tuple[Named, ...]) -> None:
        """One combo per name no group of the project answers to (in any case)."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.boxes = {}
        self._known = {}
        by_name = {group.name.casefold(): group.id for group in groups}
        for name in names:
            if name.casefold() in by_name:
                self._known[name] = by_name[name.casefold()]
                continue
            box = QComboBox()
            box.setObjectName("importGroupChoice")
            box.addItem(self.tr("Create new"), None)
            for group in groups:
                box.addItem(self.tr("Same as “%1”").replace("%1", group.name), group.id)
            box.currentIndexChanged.connect(self.changed)
            label = QLabel(f"“{name}”")
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.form.addRow(label, box)
            self.boxes[name] = box
        self.setVisible(bool(self.boxes))

    def chosen(self) -> dict[str, uuid.UUID | None]:
        """Every group name of the file: the project's group it goes to, or None to create it."""
        return {**self._known, **{name: box.currentData() for name, box in self.boxes.items()}}
