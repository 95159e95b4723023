"""The questions the file operations ask: which backup, restore a damaged file, where a copy goes.

Each is one function returning the answer (None or False when cancelled), so that tests replace
them and never block on a modal dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from dialog_app.core.paths import PROJECT_SUFFIX
from dialog_app.core.project_files import Backup
from dialog_app.gui import formats
from dialog_app.gui.dialogs import messages
from dialog_app.gui.project_file.restore_dialog import RestoreDialog, when_text
from dialog_app.gui.shown_zone import zone_of

translate = QCoreApplication.translate


def ask_backup_to_restore(parent: QWidget, project: Path) -> Backup | None:
    zone = zone_of(getattr(parent, "session", None))  # the window's open project: its times in its zone
    dialog = RestoreDialog(project, parent, zone)
    if dialog.exec() != QDialog.DialogCode.Accepted or (chosen := dialog.chosen()) is None:
        return None
    question = translate(
        "ProjectDialogs",
        "Put the backup from %1 (%2 notes) in place of “%3”?\n\nThe project as it is now is backed up first; "
        "the window reopens it when the restore is done.")
    question = question.replace("%1", when_text(chosen, zone)).replace("%2", _notes(chosen)).replace("%3", project.name)
    return chosen if messages.confirm(parent, question) else None


def ask_restore_damaged(parent: QWidget, project: Path, backup: Backup) -> bool:
    text = translate("ProjectDialogs", "“%1” is damaged and cannot be opened. Nothing has been written to it.")
    box = QMessageBox(QMessageBox.Icon.Warning, "dialog_app", text.replace("%1", project.name), parent=parent)
    box.setObjectName("damagedProjectBox")
    details = translate(
        "ProjectDialogs",
        "The newest sound backup is from %1 and holds %2 notes. Restore it? The damaged file is kept, as it is, "
        "in the backup folder.")
    box.setInformativeText(details.replace("%1", when_text(backup)).replace("%2", _notes(backup)))
    restore = box.addButton(translate("ProjectDialogs", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def ask_copy_path(parent: QWidget, project: Path) -> Path | None:
    """A new file for the copy; an existing file is refused, never replaced."""
    copy_name = translate("ProjectDialogs", "%1 (copy)").replace("%1", project.stem)
    suggested = project.with_name(copy_name + PROJECT_SUFFIX)
    filters = translate("ProjectDialogs", "Dialogue projects (*%1)").replace("%1", PROJECT_SUFFIX)
    while True:
        chosen, _ = QFileDialog.getSaveFileName(
            parent, translate("ProjectDialogs", "Save a copy of the project"), str(suggested), filters,
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        if not path.exists():
            return path
        messages.warn(parent, translate(
            "ProjectDialogs", "“%1” already exists. A copy never replaces a file; choose another name.").replace(
            "%1", path.name))
        suggested = path


def _notes(backup: Backup) -> str:
    return "?" if backup.notes is None else formats.number(backup.notes)
