"""File ▸ Retention date…: the day after which the project's personal data is to be deleted or
anonymised (gallring, issue 14). Read off the GUI thread when the dialog opens; OK stores the
choice as one undo step (a date, or none)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from dialog_app.gui import error_text, formats
from dialog_app.gui.operations.retention import read_retention, set_retention
from dialog_app.gui.ops import ProjectSession


class RetentionDialog(QDialog):
    loaded = Signal()  # the stored date is shown
    saved = Signal()  # the choice was stored

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Retention date"))
        self.session = session
        intro = QLabel(self.tr(
            "The last day the personal data in this project may be kept (gallring). From the day after, "
            "opening the project says so and offers to anonymise it, or to export it for the archive first."))
        intro.setWordWrap(True)
        self.enabled = QCheckBox(self.tr("&Delete or anonymise the personal data after:"))
        self.enabled.setObjectName("retentionEnabled")
        self.date = QDateEdit()
        self.date.setObjectName("retentionDate")
        self.date.setCalendarPopup(True)
        formats.localise_edit(self.date)
        self.date.setDate(QDate.currentDate().addYears(1))
        self.date.setEnabled(False)
        self.enabled.toggled.connect(self.date.setEnabled)
        self.state = QLabel()
        self.state.setObjectName("retentionState")
        self.state.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)  # until the stored date is shown
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.enabled)
        layout.addWidget(self.date)
        layout.addWidget(self.state)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        read_retention(session).success(self._show).failure(self._failed).run(owner=self)

    def chosen(self) -> date | None:
        """The date the dialog would store, or None for no date."""
        return self.date.date().toPython() if self.enabled.isChecked() else None

    def save(self) -> None:
        self.ok_button.setEnabled(False)
        set_retention(self.session, self.chosen()).success(self._saved).failure(self._failed).run(initiator=self)

    def _show(self, until: date | None) -> None:
        if until is not None:
            self.date.setDate(QDate(until.year, until.month, until.day))
        self.enabled.setChecked(until is not None)
        self.ok_button.setEnabled(True)
        self.loaded.emit()

    def _saved(self, _result: None) -> None:
        self.saved.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.state.setText(error_text.describe(error))
        self.ok_button.setEnabled(True)
