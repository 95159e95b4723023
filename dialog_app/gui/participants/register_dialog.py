"""Edit ▸ Participant register…: the named persons of the project's dialogues, one dialogue or
all, to add, edit and remove (each one undo step). Registered names are masked in every export.

The register is read off the GUI thread and read again on every change of participation, so two
windows (or an undo in the main window) never show a stale list.
"""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.changes import ChangeKind
from dialog_app.core.services.participant_register import RegisteredPerson
from dialog_app.gui.dialogs import messages
from dialog_app.gui.operations.participants import (
    RegisterView,
    add_participant,
    read_register,
    remove_participants,
    update_participant,
)
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.participants.participant_form import ParticipantForm, index_of
from dialog_app.gui.widgets import key_help
from dialog_app.gui.widgets.key_list import KeyNote
from dialog_app.gui.widgets.keyboard_paths import item_view

ID_ROLE = Qt.ItemDataRole.UserRole
ALL = None


class ParticipantRegisterDialog(QDialog):
    person_requested = Signal(str)  # Extract or erase… for this name
    def __init__(self, session: ProjectSession, dialogue_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantRegisterDialog")
        self.setWindowTitle(self.tr("Participant register"))
        self.session = session
        self.view: RegisterView | None = None
        self.shown: list[RegisteredPerson] = []
        self._wanted_dialogue = dialogue_id
        intro = QLabel(self.tr(
            "The persons named here are masked in every export, also where a note names them with an ending "
            "(\u201cAnnas\u201d). Register only what the work needs; a person may ask to see what the project "
            "holds about them, or to be erased."))
        intro.setWordWrap(True)
        self.dialogue = QComboBox()
        self.dialogue.setObjectName("registerDialogue")
        self.dialogue.currentIndexChanged.connect(self._fill)
        dialogue_label = QLabel(self.tr("&Dialogue:"))
        dialogue_label.setBuddy(self.dialogue)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("participantTable")
        item_view(self.table, self.tr("Registered participants"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Dialogue"), self.tr("Organisation"), self.tr("Role"), self.tr("E-mail"),
            self.tr("Phone"), self.tr("Consent"), self.tr("Purpose")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # titles are long: cut, full in a tooltip
        header.resizeSection(1, self.fontMetrics().averageCharWidth() * 28)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.installEventFilter(self)  # Delete removes, Enter edits
        KeyNote(self.table, "Enter", QT_TRANSLATE_NOOP("ShortcutHelp", "Edit the chosen person"))
        KeyNote(self.table, "Delete", QT_TRANSLATE_NOOP("ShortcutHelp", "Remove the chosen person from the register"))
        self.empty = QLabel()
        self.empty.setObjectName("registerEmpty")
        self.empty.setWordWrap(True)
        self.add_button = self._button(self.tr("&Add…"), "addParticipantButton", self.add)
        self.edit_button = self._button(self.tr("&Edit…"), "editParticipantButton", self.edit)
        self.remove_button = self._button(self.tr("&Remove"), "removeParticipantButton", self.remove)
        self.person_button = self._button(self.tr("E&xtract or erase…"), "personDataButton", self.person_data)
        self.person_button.setEnabled(False)
        self.person_button.setToolTip(self.tr("What the project holds about the selected person: save it for them, "
                                              "or erase them from the project"))
        self.buttons_row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            self.buttons_row.addWidget(button)
        self.buttons_row.addStretch(1)
        self.buttons_row.addWidget(self.person_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(dialogue_label)
        top.addWidget(self.dialogue, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(self.buttons_row)
        layout.addWidget(close)
        self.resize(1020, 520)
        key_help.install(self, self.table)
        session.subscribe({ChangeKind.PARTICIPATION, ChangeKind.DIALOGUES}, lambda _change: self.reload(), owner=self)
        self.reload()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        button.setEnabled(not self.session.read_only)
        return button

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.table and event.type() == QEvent.Type.KeyPress and not event.modifiers():
            if event.key() == Qt.Key.Key_Delete:
                self.remove()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit()
                return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        read_register(self.session).success(self._loaded).run(owner=self)

    def _loaded(self, view: RegisterView) -> None:
        current = self.dialogue.currentData() if self.view is not None else self._wanted_dialogue
        self.view = view
        self.dialogue.blockSignals(True)
        self.dialogue.clear()
        self.dialogue.addItem(self.tr("All dialogues"), ALL)
        for dialogue_id, title in view.dialogues:
            self.dialogue.addItem(title, dialogue_id)
        self.dialogue.setCurrentIndex(index_of(self.dialogue, current))
        self.dialogue.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        if self.view is None:
            return
        chosen = set(self.selected_ids())
        wanted = self.dialogue.currentData()
        self.shown = [p for p in self.view.people if wanted is None or p.dialogue_id == wanted]
        self.table.setRowCount(len(self.shown))
        for row, person in enumerate(self.shown):
            f = person.fields
            cells = (f.name, person.dialogue_title, f.organisation, f.role, f.email, f.phone,
                     self.tr("Yes") if f.consent else self.tr("No"), f.purpose)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, person.id)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            if person.id in chosen:
                self.table.selectRow(row)
        self.table.setColumnHidden(1, wanted is not None)
        self._say_how_many(wanted)
        self._enable()

    def _say_how_many(self, wanted: uuid.UUID | None) -> None:
        if not self.view.dialogues:
            text = self.tr("The project has no dialogues yet. Persons are registered for a dialogue: create one first.")
        elif not self.shown:
            text = self.tr("Nobody is registered here yet. Add a person with Add… (names in notes are still "
                           "looked for: Edit ▸ Possible names…).")
        else:
            text = self.tr("%n person(s) registered.", "", len(self.shown))
        self.empty.setText(text)
        self.add_button.setEnabled(bool(self.view.dialogues) and not self.session.read_only)

    def _enable(self) -> None:
        chosen = bool(self.selected_ids()) and not self.session.read_only
        self.edit_button.setEnabled(chosen and len(self.selected_ids()) == 1)
        self.remove_button.setEnabled(chosen)
        self.person_button.setEnabled(len(self.selected_ids()) == 1)  # reading is allowed read-only

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.table.item(row, 0).data(ID_ROLE) for row in rows if self.table.item(row, 0)]

    def selected_people(self) -> list[RegisteredPerson]:
        chosen = set(self.selected_ids())
        return [person for person in self.shown if person.id in chosen]

    # --- changes -------------------------------------------------------------------------------

    def add(self) -> None:
        if self.view is None or not self.view.dialogues or self.session.read_only:
            return
        form = ParticipantForm(self.view, dialogue_id=self.dialogue.currentData(), parent=self)
        form.accepted.connect(partial(self._added, form))
        form.open()

    def _added(self, form: ParticipantForm) -> None:
        add_participant(self.session, form.dialogue_id(), form.fields()).run(initiator=self)

    def edit(self) -> None:
        people = self.selected_people()
        if len(people) != 1 or self.view is None or self.session.read_only:
            return
        person = people[0]
        form = ParticipantForm(self.view, person.fields, person.dialogue_id, parent=self)
        form.accepted.connect(lambda: update_participant(self.session, person.id, form.fields()).run(initiator=self))
        form.open()

    def person_data(self) -> None:
        """What the project holds about the selected person, to extract or erase (the window opens it)."""
        people = self.selected_people()
        if len(people) == 1:
            self.person_requested.emit(people[0].fields.name)

    def remove(self) -> None:
        people = self.selected_people()
        if not people or self.session.read_only:
            return
        names = ", ".join(sorted({p.fields.name for p in people}))
        question = self.tr("Take %n person(s) off the register: %1?\n\nTheir names in notes stay as written; "
                           "use Erase to remove a person everywhere. Edit ▸ Undo brings them back.", "",
                           len(people)).replace("%1", names)
        if messages.confirm(self, question):
            remove_participants(self.session, [p.id for p in people]).run(initiator=self)
