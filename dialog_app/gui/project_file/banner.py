"""A calm strip above the tabs: read-only, or what opening the project found or did."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dialog_app.core.project_files import Notice, NoticeKind
from dialog_app.gui.project_file.notice_text import describe

_READ_ONLY = {NoticeKind.IN_USE_ELSEWHERE, NoticeKind.READ_ONLY_LOCATION}
# Tinted from the palette's own colours, so it reads in light and dark themes alike.
_STYLE = """
QFrame#projectBanner { border: 1px solid palette(mid); border-radius: 4px; padding: 2px; }
QFrame#projectBanner[readOnly="true"] { border: 2px solid #b7791f; }
"""


class ProjectBanner(QFrame):
    retry_requested = Signal()  # "Try again": open the project for editing once more
    folder_requested = Signal()  # "Show folder": the backup folder, where set-aside files are

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectBanner")
        self.setStyleSheet(_STYLE)
        self.setProperty("readOnly", False)
        self.text = QLabel()
        self.text.setObjectName("projectBannerText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.setObjectName("retryEditButton")
        self.retry.setToolTip(self.tr("Open the project for editing, now that the other window may have closed it"))
        self.retry.clicked.connect(self.retry_requested.emit)
        self.folder = QPushButton(self.tr("Show folder"))
        self.folder.setObjectName("showBackupFolderButton")
        self.folder.clicked.connect(self.folder_requested.emit)
        self.dismiss = QPushButton(self.tr("Dismiss"))
        self.dismiss.setObjectName("dismissBannerButton")
        self.dismiss.clicked.connect(self.hide)
        buttons = QVBoxLayout()
        for button in (self.retry, self.folder, self.dismiss):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.hide()

    def show_notices(self, notices: list[Notice], read_only: bool) -> None:
        """Say what there is to say; hidden when there is nothing."""
        ordered = sorted(notices, key=lambda n: n.kind not in _READ_ONLY)  # read-only first
        lines = [text for text in dict.fromkeys(describe(n) for n in ordered) if text]
        if read_only and not any(n.kind in _READ_ONLY for n in notices):
            lines.insert(0, self.tr("Read-only: this project was opened for reading only."))
        self.setProperty("readOnly", read_only)
        self.style().unpolish(self)
        self.style().polish(self)
        self.text.setText("\n\n".join(lines))
        self.retry.setVisible(any(n.kind == NoticeKind.IN_USE_ELSEWHERE for n in notices))
        self.folder.setVisible(any(n.kind == NoticeKind.SIDECAR_SET_ASIDE for n in notices))
        self.dismiss.setVisible(not read_only)
        self.setVisible(bool(lines))
