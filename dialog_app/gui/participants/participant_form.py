"""The form for one registered person: name (required), dialogue, organisation, group, role,
e-mail, phone, consent and purpose. It only collects and checks what is typed; the register
dialog stores it through an operation."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.services.participant_register import ParticipantFields
from dialog_app.gui.operations.participants import RegisterView
from dialog_app.gui.widgets.readable import warning

NO_GROUP = None


class ParticipantForm(QDialog):
    def __init__(self, view: RegisterView, person: ParticipantFields | None = None,
                 dialogue_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantForm")
        self.setWindowTitle(self.tr("Edit participant") if person else self.tr("Add participant"))
        person = person or ParticipantFields("")
        self.name = self._line("participantName", person.name)
        self.dialogue = QComboBox()
        self.dialogue.setObjectName("participantDialogue")
        for known_id, title in view.dialogues:
            self.dialogue.addItem(title, known_id)
        self.dialogue.setCurrentIndex(index_of(self.dialogue, dialogue_id))
        self.dialogue.setEnabled(dialogue_id is None or person.name == "")  # an entry stays with its dialogue
        self.organisation = QComboBox()
        self.organisation.setObjectName("participantOrganisation")
        self.organisation.setEditable(True)
        self.organisation.addItems(["", *view.organisations])
        self.organisation.setCurrentText(person.organisation)
        self.group = QComboBox()
        self.group.setObjectName("participantGroup")
        self.group.addItem(self.tr("(none)"), NO_GROUP)
        for group_id, name in view.groups:
            self.group.addItem(name, group_id)
        self.group.setCurrentIndex(index_of(self.group, person.group_id))
        self.role = self._line("participantRole", person.role, self.tr("e.g. chair, project manager"))
        self.email = self._line("participantEmail", person.email, self.tr("name@example.se"))
        self.phone = self._line("participantPhone", person.phone, self.tr("e.g. 070-123 45 67"))
        self.consent = QCheckBox(self.tr("The person has &agreed to be registered"))
        self.consent.setObjectName("participantConsent")
        self.consent.setChecked(person.consent)
        self.purpose = QComboBox()
        self.purpose.setObjectName("participantPurpose")
        self.purpose.setEditable(True)
        self.purpose.addItems(["", self.tr("Contact about the consultation"), self.tr("Invitation to later dialogues"),
                               self.tr("Speaker or organiser of the dialogue")])
        self.purpose.setCurrentText(person.purpose)
        self.problem = QLabel()
        self.problem.setObjectName("participantProblem")
        warning(self.problem)
        self.problem.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in ((self.tr("&Name:"), self.name), (self.tr("&Dialogue:"), self.dialogue),
                            (self.tr("&Organisation:"), self.organisation), (self.tr("&Group:"), self.group),
                            (self.tr("&Role:"), self.role), (self.tr("&E-mail:"), self.email),
                            (self.tr("&Phone:"), self.phone), (self.tr("P&urpose:"), self.purpose)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.consent)
        hint = QLabel(self.tr("Only the name is needed. Keep no more than the dialogue needs, and say why it is kept: "
                              "a person may ask to see or erase it. Registered names are masked in every export."))
        hint.setWordWrap(True)
        hint.setObjectName("participantHint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for field in (self.name, self.email):
            field.textChanged.connect(self._check)
        self._check()
        self.resize(520, self.sizeHint().height())

    def _line(self, name: str, text: str, placeholder: str = "") -> QLineEdit:
        field = QLineEdit(text)
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        return field

    def _check(self) -> None:
        """OK waits for a name; an e-mail that cannot be one is said before OK is pressed."""
        email = self.email.text().strip()
        bad_email = bool(email) and ("@" not in email or " " in email)
        self.problem.setText(self.tr("This does not look like an e-mail address.") if bad_email else "")
        self.problem.setVisible(bad_email)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()) and not bad_email and self.dialogue.count() > 0)

    def fields(self) -> ParticipantFields:
        return ParticipantFields(
            self.name.text(), self.organisation.currentText(), self.group.currentData(), self.role.text(),
            self.email.text(), self.phone.text(), self.consent.isChecked(), self.purpose.currentText())

    def dialogue_id(self) -> uuid.UUID | None:
        return self.dialogue.currentData()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.buttons.button(
                QDialogButtonBox.StandardButton.Ok).isEnabled():
            return  # Enter on an incomplete form does nothing rather than closing it
        super().keyPressEvent(event)


def index_of(combo: QComboBox, data) -> int:
    """The row whose data is ``data`` (a UUID: ``findData`` does not compare Python objects), or 0."""
    return next((row for row in range(combo.count()) if combo.itemData(row) == data), 0)
