"""The export dialog (File → Export…): the choices on the left, the preview on the right, and the
export written in the background with a progress bar and a Cancel button.

The file dialog, the message after a successful export and opening the file are classmethods, so
that tests can replace them and never block.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.errors import DialogAppError
from dialog_app.gui import error_text
from dialog_app.gui.dialogs import failures, messages
from dialog_app.gui.export import export_memory
from dialog_app.gui.export.export_choices import ExportChoices
from dialog_app.gui.export.export_data import Choices
from dialog_app.gui.export.export_ops import read_choices
from dialog_app.gui.export.export_preview import ExportPreview
from dialog_app.gui.export.export_run import ExportRun
from dialog_app.gui.export.preview_job import PreviewJob
from dialog_app.gui.export.target_text import refusal_text
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.widgets.heading import make_heading
from dialog_app.gui.widgets.keyboard_paths import buttons_in_row_order
from dialog_app.io.export import (
    FORMATS,
    ExportError,
    ExportFormat,
    ExportTargetError,
    TargetRules,
    UnconfirmedNamesError,
)
from dialog_app.io.export.options import UNCONFIRMED_REFUSE

UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


class ExportDialog(QDialog):
    loaded = Signal()  # the themes and dialogues are listed
    preview_updated = Signal()  # the preview shows the current choices
    exported = Signal(object)  # an ExportResult: the file is written
    export_failed = Signal(str)  # the message shown; nothing was written
    export_cancelled = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.session = session
        self.project = session.project  # for its title, path and language
        self.runner = ExportRun(self)
        self.runner.progressed.connect(self._progressed)
        self.runner.succeeded.connect(self._succeeded)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        self.preview_job = PreviewJob(session, self)
        self.preview_job.started.connect(lambda: self.preview.show_waiting())
        self.preview_job.ready.connect(self._preview_ready)
        self.preview_job.failed.connect(lambda error: self.preview.show_error(error_text.describe(error)))
        self._loaded = False
        self._report = None  # the latest preview's Report
        self._build()
        self.setMinimumSize(860, 540)
        self.resize(1040, 620)
        read_choices(session).success(self._choices_loaded).failure(self._load_failed).run(owner=self)

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(self.tr("Export “%1”").replace("%1", self.project.title))
        heading.setObjectName("exportHeading")
        make_heading(heading, 1.45)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.choices = ExportChoices(
            export_memory.language(self.project.path) or self.project.language,
            export_memory.format_key(), export_memory.delimiter())
        self.choices.changed.connect(self._choices_changed)
        self.preview = ExportPreview()
        self.preview.setMinimumWidth(300)
        self.preview.names_requested.connect(self.review_names)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self.choices, 3)
        columns.addWidget(self.preview, 2)

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.cancel_button.setObjectName("exportCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.setEnabled(False)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("exportClose")
        self.close_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(columns, 1)
        layout.addLayout(running)
        layout.addLayout(bottom)
        buttons_in_row_order(self.buttons)  # once in the window: moving in reorders its Tab chain

    # --- loading and the preview ---------------------------------------------------------------

    def _choices_loaded(self, choices: Choices) -> None:
        self._loaded = True
        self.choices.set_choices(choices)  # which asks for the first preview
        self._update_export_button()
        self.loaded.emit()
        self.choices.format_box.setFocus()

    def _load_failed(self, error: BaseException) -> None:
        self.preview.show_error(error_text.describe(error))

    def _choices_changed(self) -> None:
        self._update_export_button()
        if self._loaded:
            self.preview_job.request(self.choices.options())

    def _preview_ready(self, report) -> None:
        self._report = report
        self.preview.show_report(report)
        self._update_export_button()
        self.preview_updated.emit()

    def _update_export_button(self) -> None:
        names_waiting = self._names_waiting()
        self.export_button.setEnabled(self._loaded and not self.runner.running and not self.choices.nothing_chosen()
                                      and not names_waiting)
        if self.choices.nothing_chosen():
            self.export_button.setToolTip(self.tr("Choose at least one theme and one dialogue"))
        elif names_waiting:
            self.export_button.setToolTip(self.tr(
                "%n possible name(s) not yet confirmed or dismissed: use Possible names…, or choose to mask "
                "or print them", "", names_waiting))
        else:
            self.export_button.setToolTip("")

    def _names_waiting(self) -> int:
        """Possible names the last preview found undecided, when the choice is to stop for them."""
        report = self._report
        options = self.choices.options() if self._loaded else None
        if report is None or options is None or options.include_personal_data:
            return 0
        return len(report.names.unconfirmed) if options.unconfirmed_names == UNCONFIRMED_REFUSE else 0

    def review_names(self) -> None:
        """Possible names…: confirm or dismiss them; the preview follows."""
        from dialog_app.gui.dialogs.possible_names_dialog import PossibleNamesDialog

        dialog = PossibleNamesDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(self._preview_again)
        dialog.open()

    # --- exporting -----------------------------------------------------------------------------

    def suggested_path(self, chosen: ExportFormat) -> Path:
        """"<project title> <date>.<suffix>" in the project's folder."""
        name = " ".join(UNSAFE_IN_FILE_NAMES.sub(" ", self.project.title).split()).strip(" .") or "export"
        return self.project.path.parent / f"{name} {date.today().isoformat()}{chosen.suffix}"

    def export(self) -> None:
        """Ask where to write, then write in the background; the choices wait until it is done."""
        if self.runner.running or not self.export_button.isEnabled():
            return
        chosen = FORMATS[self.choices.format_key()]
        target = self.choose_target(chosen)
        if target is None:
            return
        options = self.choices.options()
        export_memory.remember(chosen.key, options.language, self.project.path, self.choices.delimiter_chosen())
        self.preview_job.stop()
        self.runner.start(self.session, chosen.key, target, options)
        self._set_running(True)
        self.status.setText(self.tr("Writing %1…").replace("%1", target.name))

    def choose_target(self, chosen: ExportFormat) -> Path | None:
        """Ask where to write until the answer is a place an export may go, or the user cancels.

        A project, a database, a folder or another format's name is refused in words and asked
        again (io/export/target.py); a bare name gets the suffix, shown in the status line.
        """
        rules = TargetRules(chosen.suffix, self.project.path)
        suggested = self.suggested_path(chosen)
        while True:
            answer = type(self).ask_target(self, suggested, chosen)
            if answer is None:
                return None
            try:
                return rules.final_path(answer)
            except ExportTargetError as refusal:
                messages.warn(self, refusal_text(refusal))
                folder = refusal.path if refusal.reason == ExportTargetError.FOLDER else refusal.path.parent
                suggested = folder / suggested.name  # where the user was looking, under a safe name

    def cancel_export(self) -> None:
        if self.runner.running:
            self.runner.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _set_running(self, on: bool) -> None:
        self.choices.setEnabled(not on)
        self.progress.setVisible(on)
        self.progress.setRange(0, 0)  # busy until the writer says how far it is
        self.cancel_button.setVisible(on)
        self.cancel_button.setEnabled(on)
        self.close_button.setEnabled(not on)
        self._update_export_button()
        if on:
            self.cancel_button.setFocus()
        else:
            self.export_button.setFocus()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _succeeded(self, result) -> None:
        self._set_running(False)
        self._preview_again()
        self.status.setText(self.tr("Saved: %1").replace("%1", str(result.path)))
        self.exported.emit(result)
        choice = type(self).offer_to_open(self, self.success_text(result))
        if choice == "open":
            type(self).open_file(result.path)
        elif choice == "folder":
            type(self).show_folder(result.path)

    def success_text(self, result) -> str:
        masked = sum(result.masked.values())
        if self.choices.personal.isChecked():
            privacy = self.tr("Personal data is included as written, not masked.")
        elif masked:
            privacy = self.tr("%n piece(s) of personal data masked.", "", masked)
        else:
            privacy = self.tr("No personal data was found to mask.")
        return "\n\n".join((
            self.tr("The export is saved as:\n%1").replace("%1", str(result.path)),
            self.tr("It holds %Ln note(s).", "", result.notes) + " " + privacy,
        ))

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self._preview_again()
        text = self.failure_text(error)
        self.status.setText(self.tr("Nothing was saved."))
        if isinstance(error, DialogAppError):
            messages.warn(self, text)
        else:  # the calm dialog with a report, which the operation would otherwise show after this box
            failures.show_error(self, error)
        self.export_failed.emit(text)

    def failure_text(self, error: BaseException) -> str:
        if isinstance(error, UnconfirmedNamesError):
            return self.tr("%n possible name(s) not yet confirmed or dismissed: %1. Nothing was written.", "",
                           len(error.names)).replace("%1", ", ".join(n.shown for n in error.names[:8]))
        if isinstance(error, ExportTargetError):  # what was there changed while the export was written
            return refusal_text(error) + "\n\n" + self.tr("Nothing was written. Export again to choose another name.")
        if not isinstance(error, ExportError):
            return error_text.describe(error)
        reasons = {
            ExportError.NO_FOLDER: self.tr("The folder does not exist."),
            ExportError.DISK_FULL: self.tr("The disk is full. Free some space and export again."),
            ExportError.NOT_ALLOWED: self.tr("The file cannot be written there: you may not have permission, or the file is "
                        "open in another program."),
        }
        return self.tr("The export could not be saved as “%1”.\n\n%2\n\nNothing was written, and your "
                       "choices are kept: choose another folder or close the other program, and export "
                       "again.").replace("%1", str(error.path)).replace("%2", reasons.get(error.reason, error.detail))

    def _cancelled(self) -> None:
        self._set_running(False)
        self._preview_again()
        self.status.setText(self.tr("The export was cancelled; no file was written."))
        self.export_cancelled.emit()

    def _preview_again(self) -> None:
        if self._loaded:
            self.preview_job.request(self.choices.options())

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc: cancels a running export (the dialog stays), or closes the dialog."""
        if self.runner.running:
            self.cancel_export()
            return
        self.preview_job.stop()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window cancels a running export; nothing is left half written."""
        if self.runner.running:
            self.runner.cancel()
            self.preview_job.stop()
            self.done(QDialog.DialogCode.Rejected)
            event.accept()
            return
        super().closeEvent(event)

    # --- what tests replace --------------------------------------------------------------------

    @classmethod
    def ask_target(cls, parent: QWidget, suggested_path: Path, fmt: ExportFormat) -> Path | None:
        label = QCoreApplication.translate("Export", fmt.label)
        path, _filter = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ExportDialog", "Export as"), str(suggested_path),
            f"{label} (*{fmt.suffix})")
        return Path(path) if path else None

    @classmethod
    def offer_to_open(cls, parent: QWidget, text: str) -> str:
        """The message after a successful export; returns "open", "folder" or ""."""
        box = QMessageBox(QMessageBox.Icon.Information, "dialog_app", text, QMessageBox.StandardButton.NoButton,
                          parent)
        open_button = box.addButton(QCoreApplication.translate("ExportDialog", "&Open the file"),
                                    QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(QCoreApplication.translate("ExportDialog", "Show the &folder"),
                                      QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        box.exec()
        clicked = box.clickedButton()
        return "open" if clicked is open_button else "folder" if clicked is folder_button else ""

    @classmethod
    def open_file(cls, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @classmethod
    def show_folder(cls, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
