"""A dialogue's form (issue 15): title, kind, date and time, place or online, organiser, purpose,
and its questions with their planned minutes (add, reword, reorder, remove). The same form makes a
new dialogue and edits one; OK saves the whole form as one undo step.

Times are shown and typed in the project's time zone, so a meeting at 09:00 in Sundsvall reads
09:00 on any computer.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.services.dialogue_editing import QuestionEdit
from dialog_app.core.time_zones import zone
from dialog_app.gui import error_text, formats
from dialog_app.gui.dialogs import messages
from dialog_app.gui.labels import DIALOGUE_KINDS, label
from dialog_app.gui.operations.dialogue_edits import DialogueForm, create_dialogue, read_form, save_dialogue
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.widgets.shortcuts import shortcut

ITEM_ID = 0x0100  # Qt.UserRole: the question's id on its row (None for a new question)
MAX_MINUTES = 999


class DialogueFormDialog(QDialog):
    loaded = Signal()  # the dialogue is shown in the form
    saved = Signal(object)  # the dialogue's id, once stored

    def __init__(self, session: ProjectSession, dialogue_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialogueForm")
        self.session = session
        self.dialogue_id = dialogue_id
        self._form: DialogueForm | None = None
        self.setWindowTitle(self.tr("New dialogue") if dialogue_id is None else self.tr("Edit dialogue"))
        self._build()
        self.ok_button.setEnabled(False)  # until the form shows what is stored
        read_form(session, dialogue_id).success(self._show).failure(self._failed).run(owner=self)

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLineEdit()
        self.title.setObjectName("dialogueTitle")
        self.title.setPlaceholderText(self.tr("e.g. Dialogue meeting with civil society"))
        self.kind = QComboBox()
        self.kind.setObjectName("dialogueKind")
        for value in DIALOGUE_KINDS:
            self.kind.addItem(label(DIALOGUE_KINDS, value), value)
        self.starts = QDateTimeEdit(QDateTime(QDate.currentDate(), QTime(9, 0)))
        self.starts.setObjectName("dialogueStarts")
        self.starts.setCalendarPopup(True)
        formats.localise_edit(self.starts)
        self.undated = QCheckBox(self.tr("No dat&e yet"))
        self.undated.setObjectName("dialogueUndated")
        self.undated.toggled.connect(lambda on: self.starts.setEnabled(not on))
        self.zone_note = QLabel()
        self.zone_note.setObjectName("dialogueZone")
        self.place = QLineEdit()
        self.place.setObjectName("dialoguePlace")
        self.place.setPlaceholderText(self.tr("e.g. Town hall, Härnösand"))
        self.online = QCheckBox(self.tr("On&line"))
        self.online.setObjectName("dialogueOnline")
        self.online.toggled.connect(lambda on: self.place.setEnabled(not on))
        self.organiser = QLineEdit()
        self.organiser.setObjectName("dialogueOrganiser")
        self.organiser.setPlaceholderText(self.tr("e.g. Region Västernorrland"))
        self.purpose = QPlainTextEdit()
        self.purpose.setObjectName("dialoguePurpose")
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

        self.questions = QTableWidget(0, 2)
        self.questions.setObjectName("dialogueQuestionTable")
        self.questions.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Minutes")])
        self.questions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.questions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questions.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.questions.verticalHeader().setSectionsClickable(False)
        header = self.questions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.questions.setAccessibleName(self.tr("Questions"))
        self.questions.setAccessibleDescription(
            self.tr("One question per row, with its planned minutes (may be empty)"))
        self.add_button = QPushButton(self.tr("&Add question"))
        self.add_button.setObjectName("addQuestionButton")
        self.add_button.clicked.connect(self.add_question)
        self.remove_button = QPushButton(self.tr("Re&move question"))
        self.remove_button.setObjectName("removeQuestionButton")
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setObjectName("moveQuestionUpButton")
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.setObjectName("moveQuestionDownButton")
        self.down_button.clicked.connect(lambda: self.move_question(1))
        self.questions.itemSelectionChanged.connect(self._enable_question_buttons)
        shortcut("Alt+Up", self.questions, lambda: self.move_question(-1))
        shortcut("Alt+Down", self.questions, lambda: self.move_question(1))
        side = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        agenda = QGridLayout()
        agenda.setContentsMargins(0, 0, 0, 0)
        agenda.addWidget(self.questions, 0, 0)
        agenda.addLayout(side, 0, 1)

        self.state = QLabel()
        self.state.setObjectName("dialogueFormState")
        self.state.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        when = QHBoxLayout()
        when.addWidget(self.starts)
        when.addWidget(self.undated)
        when.addWidget(self.zone_note, 1)
        where = QHBoxLayout()
        where.addWidget(self.place, 1)
        where.addWidget(self.online)
        form = QFormLayout()
        rows = ((self.tr("&Title:"), self.title), (self.tr("&Kind:"), self.kind),
                (self.tr("&Starts:"), when), (self.tr("&Place:"), where),
                (self.tr("&Organiser:"), self.organiser), (self.tr("Pu&rpose:"), self.purpose))
        buddies = (self.title, self.kind, self.starts, self.place, self.organiser, self.purpose)
        for (text, field), buddy in zip(rows, buddies):
            caption = QLabel(text)
            caption.setBuddy(buddy)
            form.addRow(caption, field)
        questions_label = QLabel(self.tr("&Questions:"))
        questions_label.setBuddy(self.questions)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(questions_label)
        layout.addLayout(agenda, 1)
        layout.addWidget(self.state)
        layout.addWidget(self.buttons)
        self._enable_question_buttons()
        self.resize(640, 560)

    # --- showing what is stored ----------------------------------------------------------------

    def _show(self, form: DialogueForm) -> None:
        self._form = form
        here = zone(form.time_zone)
        self.zone_note.setText(self.tr("(%1 time)").replace("%1", form.time_zone))
        dialogue = form.dialogue
        if dialogue is not None:
            self.title.setText(dialogue.title)
            index = self.kind.findData(dialogue.kind)
            if index < 0:
                self.kind.addItem(dialogue.kind, dialogue.kind)
                index = self.kind.count() - 1
            self.kind.setCurrentIndex(index)
            if dialogue.starts_at is not None:
                self.starts.setDateTime(formats.edit_moment(dialogue.starts_at, here))
            self.undated.setChecked(dialogue.starts_at is None)
            self.place.setText(dialogue.place or "")
            self.online.setChecked(dialogue.online)
            self.organiser.setText(dialogue.organiser)
            self.purpose.setPlainText(dialogue.purpose)
            for item in form.agenda:
                self._append(item.question, item.planned_minutes, item.id)
            if self.questions.rowCount():
                self.questions.selectRow(0)
        self.ok_button.setEnabled(True)
        self.title.setFocus()
        self.loaded.emit()

    def _append(self, question: str, minutes: int | None, item_id: uuid.UUID | None) -> int:
        row = self.questions.rowCount()
        self.questions.insertRow(row)
        text = QTableWidgetItem(question)
        text.setData(ITEM_ID, item_id)
        self.questions.setItem(row, 0, text)
        self.questions.setItem(row, 1, QTableWidgetItem("" if minutes is None else str(minutes)))
        return row

    # --- the agenda's buttons ------------------------------------------------------------------

    def add_question(self) -> None:
        row = self._append("", None, None)
        self.questions.selectRow(row)
        self.questions.setCurrentCell(row, 0)
        self.questions.setFocus()
        self.questions.editItem(self.questions.item(row, 0))

    def remove_question(self) -> None:
        row = self.questions.currentRow()
        if row < 0:
            return
        item = self.questions.item(row, 0)
        held = self._form.notes_per_question.get(item.data(ITEM_ID), 0) if self._form and item else 0
        if held and not messages.confirm(self, self.tr(
                "%n note(s) were taken under “%1”. They stay in the dialogue, without a question. Remove the "
                "question?", "", held).replace("%1", item.text())):
            return
        self.questions.removeRow(row)
        if self.questions.rowCount():
            self.questions.selectRow(min(row, self.questions.rowCount() - 1))
        self._enable_question_buttons()

    def move_question(self, step: int) -> None:
        row = self.questions.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.questions.rowCount():
            return
        items = [self.questions.takeItem(row, column) for column in range(2)]
        others = [self.questions.takeItem(target, column) for column in range(2)]
        for column in range(2):
            self.questions.setItem(target, column, items[column])
            self.questions.setItem(row, column, others[column])
        self.questions.selectRow(target)
        self.questions.setCurrentCell(target, max(self.questions.currentColumn(), 0))

    def _enable_question_buttons(self) -> None:
        row = self.questions.currentRow()
        chosen = row >= 0 and bool(self.questions.selectedItems())
        self.remove_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < self.questions.rowCount() - 1)

    # --- saving --------------------------------------------------------------------------------

    def agenda(self) -> list[QuestionEdit]:
        """The questions as the form holds them; an empty row is left out. Raises ValueError with
        the words to show when minutes are not a whole number."""
        edits = []
        for row in range(self.questions.rowCount()):
            text_item, minutes_item = self.questions.item(row, 0), self.questions.item(row, 1)
            question = (text_item.text() if text_item else "").strip()
            minutes_text = (minutes_item.text() if minutes_item else "").strip()
            if not question:
                continue
            if minutes_text and not (minutes_text.isdigit() and int(minutes_text) <= MAX_MINUTES):
                raise ValueError(self.tr("Planned minutes are a whole number from 0 to 999 (question %1).")
                                 .replace("%1", str(row + 1)))
            edits.append(QuestionEdit(question, int(minutes_text) if minutes_text else None,
                                      text_item.data(ITEM_ID) if text_item else None))
        return edits

    def fields(self) -> dict[str, Any]:
        """The dialogue's facts as the form holds them, times in the project's zone."""
        here = zone(self._form.time_zone if self._form else None)
        starts = None
        if not self.undated.isChecked():
            starts = formats.moment_from_edit(self.starts.dateTime(), here)
        values: dict[str, Any] = {
            "title": self.title.text().strip(), "kind": self.kind.currentData(), "starts_at": starts,
            "online": self.online.isChecked(),
            "place": None if self.online.isChecked() else (self.place.text().strip() or None),
            "organiser": self.organiser.text().strip(), "purpose": self.purpose.toPlainText().strip(),
        }
        old = self._form.dialogue if self._form else None
        if old is not None and old.ends_at is not None:  # the meeting keeps its length
            length = None if old.starts_at is None else old.ends_at - old.starts_at
            values["ends_at"] = None if starts is None or length is None else starts + length
        return values

    def save(self) -> None:
        if self.questions.state() == QAbstractItemView.State.EditingState:
            self.ok_button.setFocus()  # the question being typed is committed when its editor loses focus
        if not self.title.text().strip():
            self.state.setText(self.tr("A dialogue needs a title."))
            self.title.setFocus()
            return
        try:
            questions = self.agenda()
        except ValueError as error:
            self.state.setText(str(error))
            self.questions.setFocus()
            return
        self.ok_button.setEnabled(False)
        if self.dialogue_id is None:
            operation = create_dialogue(self.session, self.fields(), questions)
        else:
            operation = save_dialogue(self.session, self.dialogue_id, self.fields(), questions)
        operation.success(self._saved).failure(self._failed).run(initiator=self)

    def _saved(self, dialogue) -> None:
        self.saved.emit(dialogue.id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.state.setText(error_text.describe(error))
        self.ok_button.setEnabled(self._form is not None)
