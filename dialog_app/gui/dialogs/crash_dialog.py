"""The calm dialog for a failure nobody expected: what happened in words, that the work goes on, a report.

It never shows a class name, a message or a traceback. "Copy report" puts versions and stack
frames on the clipboard, for whoever supports the app; the report holds no note text either.
"""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.failure_report import report_text
from dialog_app.core.paths import app_dirs
from dialog_app.gui import error_text
from dialog_app.gui.dialogs import messages


class CrashDialog(QDialog):
    """Says that something went wrong and that the app goes on; offers a report and the log folder."""

    def __init__(self, error: BaseException, lead: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle("dialog_app")
        # Only the report's text is kept: holding the exception would keep its frames' data alive.
        self.report = report_text(error, qt_versions())

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(48, 48))
        heading = QLabel(self.tr("Something went wrong"))
        heading.setObjectName("crashHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        sentences = [error_text.what_happened(error), lead, self.tr(
            "You can go on working: dialog_app is still running, and text you have typed but not yet "
            "entered is kept.")]
        self.message = QLabel(" ".join(s for s in sentences if s))
        self.message.setObjectName("crashMessage")
        self.help = QLabel(self.tr(
            "If it happens again, copy a report and send it to whoever helps you with dialog_app. "
            "It tells where in the program the problem arose; it holds no notes and no names."))
        self.help.setObjectName("crashHelp")
        self.copied = QLabel()
        self.copied.setObjectName("crashCopied")
        for label in (self.message, self.help, self.copied):
            label.setWordWrap(True)
        self.copied.hide()  # until there is something to say: an empty label would leave a gap

        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.setObjectName("copyReportButton")
        self.copy_button.clicked.connect(self.copy_report)
        self.folder_button = QPushButton(self.tr("Show &log folder"))
        self.folder_button.setObjectName("showLogFolderButton")
        self.folder_button.clicked.connect(lambda: show_log_folder(self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)  # Enter, or a stray keystroke of a typing facilitator, just closes it

        text = QVBoxLayout()
        text.setSpacing(10)
        for widget in (heading, self.message, self.help, self.copied):
            text.addWidget(widget)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.setSpacing(22)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def sizeHint(self) -> QSize:
        """As tall as the wrapped text needs at the dialog's width; Qt guesses it for a narrower one."""
        hint = super().sizeHint()
        width = max(hint.width(), self.minimumWidth())
        height = self.heightForWidth(width)
        return QSize(width, height) if height > 0 else hint

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copied.setText(self.tr("The report is on the clipboard. Paste it into an e-mail."))
        self.copied.show()
        self.adjustSize()


def show_log_folder(parent: QWidget | None = None) -> None:
    """Open the log folder in the file manager; say where it is when that cannot be done."""
    folder = app_dirs().logs
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # opening then fails too, and the message below says where it should be
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        text = QCoreApplication.translate("CrashDialog", "The log files are in this folder:\n%1")
        messages.inform(parent, text.replace("%1", str(folder)))


def qt_versions() -> dict[str, str]:
    return {"Qt": qVersion(), "PySide6": PySide6.__version__}
