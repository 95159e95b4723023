"""The target step: into which dialogue (one there is, or a new one), the file's unknown groups,
what is already there from an earlier import, and the rows that could not be read."""

from __future__ import annotations

import uuid
from datetime import datetime, tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QRadioButton, \
    QVBoxLayout, QWidget

from dialog_app.core.import_plan import ImportPlan
from dialog_app.core.services.importing import ImportTarget
from dialog_app.gui import formats
from dialog_app.gui.imports.bad_rows import BadRows
from dialog_app.gui.imports.group_choices import GroupChoices
from dialog_app.gui.imports.import_data import Surroundings

# Its own text colour with its own background: a dark palette's light text vanished on the pale yellow.
NOTICE_STYLE = ("QLabel { background: #fff6dd; color: #2b2100; border: 1px solid #e8d18a; border-radius: 4px;"
                " padding: 8px; }")


class TargetPage(QWidget):
    changed = Signal()  # the choice is more or less complete than before
    dialogue_chosen = Signal(object)  # an existing dialogue's id, or None for a new one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importTargetPage")
        self.plan: ImportPlan | None = None
        self._imported_before: datetime | None = None
        self.zone: tzinfo | None = None  # the project's, where the earlier import's day is told
        self._already = 0
        self._build()

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("importPlanSummary")
        self.summary.setWordWrap(True)
        self.new_radio = QRadioButton(self.tr("Into a &new dialogue"))
        self.new_radio.setObjectName("importIntoNew")
        self.existing_radio = QRadioButton(self.tr("Into a dialogue &already in the project"))
        self.existing_radio.setObjectName("importIntoExisting")
        choice = QButtonGroup(self)
        choice.addButton(self.new_radio)
        choice.addButton(self.existing_radio)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("importNewTitle")
        self.title_edit.setAccessibleName(self.tr("Title of the new dialogue"))  # its radio button is no label
        self.title_edit.textChanged.connect(lambda _t: self.changed.emit())
        self.dialogue_box = QComboBox()
        self.dialogue_box.setObjectName("importDialogue")
        self.dialogue_box.setAccessibleName(self.tr("Dialogue to import into"))
        self.dialogue_box.setMinimumContentsLength(30)
        self.dialogue_box.currentIndexChanged.connect(lambda _i: self._dialogue_changed())
        for radio in (self.new_radio, self.existing_radio):
            radio.toggled.connect(lambda on: on and self._dialogue_changed())  # once per switch
        self.where = QWidget()  # the dialogue choice; a codebook (themes only) goes into no dialogue
        form = QFormLayout(self.where)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.new_radio, self.title_edit)
        form.addRow(self.existing_radio, self.dialogue_box)

        self.notice = QLabel()
        self.notice.setObjectName("importAlreadyThere")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.skip_existing = QCheckBox(self.tr("&Skip what is already there"))
        self.skip_existing.setObjectName("importSkipExisting")
        self.skip_existing.setChecked(True)
        self.groups = GroupChoices()
        self.bad_rows = BadRows()
        self.bad_rows.changed.connect(self.changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(self.where)
        layout.addSpacing(8)
        layout.addWidget(self.notice)
        layout.addWidget(self.skip_existing)
        layout.addWidget(self.groups)
        layout.addWidget(self.bad_rows)
        layout.addStretch(1)

    # --- filling -------------------------------------------------------------------------------

    def set_plan(self, plan: ImportPlan, surroundings: Surroundings, title: str) -> None:
        self.plan = plan
        self._imported_before = surroundings.imported_at
        self._already = 0
        self.summary.setText(" ".join(filter(None, (self.tr("The file holds %n note(s).", "", len(plan.notes)),
                                                    self._more(plan)))))
        self.dialogue_box.blockSignals(True)
        self.dialogue_box.clear()
        for dialogue in surroundings.dialogues:
            self.dialogue_box.addItem(dialogue.name, dialogue.id)
        self.dialogue_box.blockSignals(False)
        self.existing_radio.setEnabled(bool(surroundings.dialogues))
        self.title_edit.setText(title)
        if surroundings.imported_into is not None:  # the same file again: where it went before
            self.dialogue_box.setCurrentIndex(next(i for i in range(self.dialogue_box.count())
                                                   if self.dialogue_box.itemData(i) == surroundings.imported_into))
            self.existing_radio.setChecked(True)
        else:
            self.new_radio.setChecked(True)
        self.where.setVisible(self.needs_dialogue)
        self.groups.set_groups(plan.groups, surroundings.groups)
        self.bad_rows.set_rows(plan.bad_rows)
        self._show_notice()
        self.changed.emit()

    def _more(self, plan: ImportPlan) -> str:
        parts = [self.tr("%n question(s)", "", len(plan.questions)) if plan.questions else "",
                 self.tr("%n stakeholder group(s)", "", len(plan.groups)) if plan.groups else "",
                 self.tr("%n theme(s)", "", len(plan.themes)) if plan.themes else ""]
        parts = [part for part in parts if part]
        return self.tr("They come with %1.").replace("%1", ", ".join(parts)) if parts else ""

    def show_already_there(self, count: int) -> None:
        """How many of the plan's notes the chosen dialogue holds already."""
        self._already = count
        self._show_notice()

    def _show_notice(self) -> None:
        parts = []
        if self._imported_before is not None:
            day = formats.date(self._imported_before, self.zone)
            parts.append(self.tr("This file was imported on %1.").replace("%1", day))
        if self._already and self.plan is not None:
            parts.append(self.tr("%1 of its %n note(s) are already in this dialogue.", "", len(self.plan.notes))
                         .replace("%1", formats.number(self._already)))
        self.notice.setText(" ".join(parts))
        self.notice.setVisible(bool(parts))
        self.skip_existing.setVisible(bool(parts))

    def _dialogue_changed(self) -> None:
        self.title_edit.setEnabled(self.new_radio.isChecked())
        self.dialogue_box.setEnabled(self.existing_radio.isChecked())
        if self.new_radio.isChecked():
            self.show_already_there(0)
        self.dialogue_chosen.emit(self.dialogue_id())
        self.changed.emit()

    # --- what is chosen ------------------------------------------------------------------------

    @property
    def needs_dialogue(self) -> bool:
        """Whether the plan brings anything a dialogue holds (a codebook brings themes only)."""
        return self.plan is not None and bool(self.plan.notes or self.plan.questions)

    def dialogue_id(self) -> uuid.UUID | None:
        return self.dialogue_box.currentData() if self.existing_radio.isChecked() and self.needs_dialogue else None

    def dialogue_title(self) -> str:
        """The chosen dialogue's title, or the new one's; "" for none."""
        if not self.needs_dialogue:
            return ""
        return self.dialogue_box.currentText() if self.dialogue_id() else self.title_edit.text().strip()

    @property
    def complete(self) -> bool:
        named = not self.needs_dialogue or self.existing_radio.isChecked() or bool(self.title_edit.text().strip())
        something = self.plan is not None and bool(self.plan.notes or self.plan.themes)
        return something and named and self.bad_rows.settled

    def target(self, keep_persons: bool) -> ImportTarget:
        dialogue_id = self.dialogue_id()
        return ImportTarget(
            dialogue_id=dialogue_id,
            new_dialogue_title=None if dialogue_id or not self.needs_dialogue else self.title_edit.text().strip(),
            groups=self.groups.chosen(),
            skip_existing=self.skip_existing.isChecked(),
            keep_persons=keep_persons,
        )
