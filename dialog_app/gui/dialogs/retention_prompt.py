"""What opening a project says when its retention date has passed (gallring, issue 14): the date,
and three ways on: anonymise it, export it for the archive first, or later. Shown window-modal and
without blocking; the window connects the two requests to its own work."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from dialog_app.gui import formats


class RetentionDuePrompt(QMessageBox):
    anonymiseRequested = Signal()  # noqa: N815  (Qt's naming, as the window connects it)
    exportRequested = Signal()  # noqa: N815

    def __init__(self, until: date, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDuePrompt")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Retention date passed"))
        self.setText(self.tr("The retention date of this project, %1, has passed.").replace("%1", formats.date(until)))
        self.setInformativeText(self.tr(
            "The personal data in it was to be deleted or anonymised after that day. Anonymising erases every "
            "registered participant and every name confirmed for masking, in every note, synthesis and earlier "
            "version. Export the project for the archive first if it is to be kept."))
        self.anonymise_button = self.addButton(self.tr("&Anonymise…"), QMessageBox.ButtonRole.AcceptRole)
        self.anonymise_button.setObjectName("retentionAnonymise")
        self.anonymise_button.setEnabled(not read_only)
        self.export_button = self.addButton(self.tr("&Export for the archive first…"),
                                            QMessageBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("retentionExport")
        self.later_button = self.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        self.later_button.setObjectName("retentionLater")
        self.setDefaultButton(self.later_button)  # a stray Enter changes nothing
        self.setEscapeButton(self.later_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QAbstractButton) -> None:
        if button is self.anonymise_button:
            self.anonymiseRequested.emit()
        elif button is self.export_button:
            self.exportRequested.emit()
