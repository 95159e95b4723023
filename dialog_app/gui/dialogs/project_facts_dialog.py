"""File ▸ Project settings… (issue 15): the project's title, its organiser (printed on the report's
cover), the time zone of its meetings (times print there, not in the computer's zone) and its
language (the exports' default). Read off the GUI thread; OK saves the form as one undo step."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dialog_app.core.services.project_facts import ProjectFacts
from dialog_app.core.time_zones import zone_names
from dialog_app.gui import error_text
from dialog_app.gui.operations.project_facts import read_facts, save_facts
from dialog_app.gui.ops import ProjectSession


class ProjectFactsDialog(QDialog):
    loaded = Signal()  # the stored facts are shown
    saved = Signal(object)  # the ProjectFacts stored

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectFactsDialog")
        self.setWindowTitle(self.tr("Project settings"))
        self.session = session
        self.title = QLineEdit()
        self.title.setObjectName("projectTitle")
        self.organiser = QLineEdit()
        self.organiser.setObjectName("projectOrganiser")
        self.organiser.setPlaceholderText(self.tr("e.g. Region Västernorrland"))
        self.organiser.setToolTip(self.tr("Printed on the report's cover"))
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("projectTimeZone")
        self.time_zone.setEditable(True)
        self.time_zone.addItems(zone_names())
        self.time_zone.setToolTip(self.tr("Where the meetings are held: exported times are printed in this zone"))
        self.language = QComboBox()
        self.language.setObjectName("projectLanguage")
        for code, name in (("sv", "Svenska"), ("en", "English")):  # each language in its own words
            self.language.addItem(name, code)
        self.language.setToolTip(self.tr("The language exports are written in unless another is chosen"))
        form = QFormLayout()
        for text, field in ((self.tr("&Title:"), self.title), (self.tr("&Organiser:"), self.organiser),
                            (self.tr("Time &zone:"), self.time_zone), (self.tr("&Language:"), self.language)):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field)
        hint = QLabel(self.tr("The organiser is printed on the report's cover. Times in exports and in the dialogue "
                              "form are in the time zone of the meetings, whatever the computer's."))
        hint.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("projectFactsState")
        self.state.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)  # until the stored facts are shown
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.state)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        read_facts(session).success(self._show).failure(self._failed).run(owner=self)

    def chosen(self) -> ProjectFacts:
        return ProjectFacts(self.title.text().strip(), self.organiser.text().strip(),
                            self.time_zone.currentText().strip(), self.language.currentData())

    def save(self) -> None:
        if not self.title.text().strip():
            self.state.setText(self.tr("A project needs a title."))
            self.title.setFocus()
            return
        self.ok_button.setEnabled(False)
        save_facts(self.session, self.chosen()).success(self._saved).failure(self._failed).run(initiator=self)

    def _show(self, facts: ProjectFacts) -> None:
        self.title.setText(facts.title)
        self.organiser.setText(facts.organiser)
        self.time_zone.setCurrentText(facts.time_zone)
        self.language.setCurrentIndex(max(0, self.language.findData(facts.language)))
        self.ok_button.setEnabled(True)
        self.loaded.emit()

    def _saved(self, facts: ProjectFacts) -> None:
        self.saved.emit(facts)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.state.setText(error_text.describe(error))
        self.ok_button.setEnabled(True)
