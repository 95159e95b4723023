"""File → Restore from backup…: the project's backups with when, why and how many notes."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.project_files import Backup
from dialog_app.gui import error_text, formats
from dialog_app.gui.project_file import file_ops
from dialog_app.gui.widgets.keyboard_paths import buttons_in_row_order, item_view

REASONS = {
    "open": QT_TRANSLATE_NOOP("BackupReason", "When the project was opened"),
    "periodic": QT_TRANSLATE_NOOP("BackupReason", "While working (every ten minutes)"),
    "before-upgrade": QT_TRANSLATE_NOOP("BackupReason", "Before an upgrade to a newer format"),
    "before-restore": QT_TRANSLATE_NOOP("BackupReason", "Before a restore"),
    "before-merge": QT_TRANSLATE_NOOP("BackupReason", "Before a merge"),
    "before-import": QT_TRANSLATE_NOOP("BackupReason", "Before an import"),
    "damaged": QT_TRANSLATE_NOOP("BackupReason", "The damaged file, as it was"),
}


def reason_text(reason: str) -> str:
    source = REASONS.get(reason)
    return QCoreApplication.translate("BackupReason", source) if source else reason


def when_text(backup: Backup, zone: tzinfo | None = None) -> str:
    """When the backup was taken, in ``zone`` (the project's; None: the default zone a project starts with)."""
    return formats.date_time(backup.taken_at, zone)


class RestoreDialog(QDialog):
    """Lists the backups (read off the GUI thread); accepted with one chosen."""

    def __init__(self, project_path: Path, parent: QWidget | None = None, zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.zone = zone
        self.setWindowTitle(self.tr("Restore from backup"))
        self.project_path = project_path
        intro = QLabel(self.tr(
            "dialog_app backs the project up when it is opened, and every ten minutes while it changes. "
            "Choose the backup to put in place of “%1”. The project as it is now is backed up first, so a "
            "restore can be undone the same way.").replace("%1", project_path.name))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        item_view(self.list, self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Notes"), self.tr("Why")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        self.status = QLabel(self.tr("Reading the backups…"))
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        buttons_in_row_order(buttons)  # once in the window: moving in reorders its Tab chain
        self.resize(620, 420)
        self.backups: list[Backup] = []
        self.loading = file_ops.list_backups(project_path).success(self._show).failure(self._failed).run(owner=self)

    def _show(self, found: list[Backup]) -> None:
        self.backups = found
        self.list.clear()
        for backup in found:
            notes = "" if backup.notes is None else formats.number(backup.notes)
            item = QTreeWidgetItem([when_text(backup, self.zone), notes, reason_text(backup.reason)])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(backup.path))
            self.list.addTopLevelItem(item)
        if found:
            self.status.setText(self.tr("%n backup(s), newest first.", "", len(found)))
            self.list.setCurrentItem(self.list.topLevelItem(0))
            self.list.setFocus()
        else:
            self.status.setText(self.tr("There are no backups of this project yet. The first is made the next "
                                        "time it is opened."))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text.describe(error))

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> Backup | None:
        index = self.list.indexOfTopLevelItem(self.list.currentItem()) if self.list.currentItem() else -1
        return self.backups[index] if 0 <= index < len(self.backups) else None
