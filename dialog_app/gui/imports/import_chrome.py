"""What stays around the import's steps: the row of step names, the progress of a running step
with its Cancel button, a status line, and Back / Next / Import / Close."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, \
    QWidget

from dialog_app.gui.widgets.readable import quiet, warning


class ImportChrome(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._step_texts = (self.tr("File"), self.tr("Columns"), self.tr("Where to"), self.tr("Done"))
        self.step_labels = [QLabel(f"{number}  {text}") for number, text in enumerate(self._step_texts, start=1)]
        self.steps = QWidget()
        self.steps.setObjectName("importSteps")
        row = QHBoxLayout(self.steps)
        row.setContentsMargins(9, 0, 0, 4)  # in line with the pages' content
        row.setSpacing(24)
        bold = QFont(self.font())
        bold.setBold(True)
        for label in self.step_labels:
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(label.text()) + 4)  # no jump when bold
            row.addWidget(label)
        row.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setTextVisible(False)
        self.cancel_run = QPushButton(self.tr("Cancel"))
        self.cancel_run.setObjectName("importCancelRun")
        self.cancel_run.setAutoDefault(False)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.back_button = self.buttons.addButton(self.tr("< &Back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button.setObjectName("importBack")
        self.next_button = self.buttons.addButton(self.tr("&Next >"), QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button.setObjectName("importNext")
        self.next_button.setDefault(True)
        self.close_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("importClose")
        self.close_button.setAutoDefault(False)

        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_run)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(running)
        layout.addLayout(bottom)
        self.show_done("")

    def show_step(self, index: int, with_columns: bool) -> None:
        """The current step in bold, the steps to come greyed; "Columns" only for a file with columns."""
        self.step_labels[1].setVisible(with_columns)
        shown = [n for n, label in enumerate(self.step_labels) if n != 1 or with_columns]
        for place, number in enumerate(shown, start=1):
            text = f"{place}&nbsp;&nbsp;{html.escape(self._step_texts[number])}"
            self.step_labels[number].setText(f"<b>{text}</b>" if number == index else text)
            quiet(self.step_labels[number], number > index)

    def set_buttons(self, back: bool, forward: bool, importing: bool, done: bool, running: bool) -> None:
        self.back_button.setVisible(not done)
        self.back_button.setEnabled(back)
        self.next_button.setVisible(not done)
        self.next_button.setEnabled(forward)
        self.next_button.setText(self.tr("&Import") if importing else self.tr("&Next >"))
        self.close_button.setText(self.tr("Close") if done else self.tr("Cancel"))
        self.close_button.setEnabled(not running)
        (self.close_button if done else self.next_button).setDefault(True)
        # Qt gave the box a focus proxy ("Next"): Tab from the page landed there and skipped "Back"
        self.buttons.setFocusProxy(None)

    def show_running(self, text: str) -> None:
        self.progress.setRange(0, 0)  # busy until the work says how far it is
        self.progress.show()
        self.cancel_run.show()
        self.cancel_run.setEnabled(True)
        warning(self.status, False)
        self.status.setText(text)

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def show_done(self, text: str, problem: bool = False) -> None:
        self.progress.hide()
        self.cancel_run.hide()
        warning(self.status, problem)
        self.status.setText(text)
