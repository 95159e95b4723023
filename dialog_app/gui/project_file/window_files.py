"""The main window's File menu at work: open, create, the demo, restore, save a copy, back up.

A mixin for ``MainWindow``: it says when, runs the named operations of file_ops.py, and shows what
came back. It leans on the window's ``project``, ``session``, ``set_project``, ``_close_project``,
``_show_no_project`` and ``_show_error``. The words stay in the ``MainWindow`` context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from dialog_app.core import app_settings
from dialog_app.core.errors import DamagedProjectError
from dialog_app.core.paths import app_dirs
from dialog_app.core.project_files import backup_folder
from dialog_app.gui import error_text
from dialog_app.gui.dialogs import project_files
from dialog_app.gui.ops import Operation
from dialog_app.gui.project_file import file_ops, project_dialogs

DEMO_FILE_NAME = "Demo.dialog"


class ProjectFileActions:
    """Opening and keeping project files, for the main window."""

    def ask_new_project(self) -> None:
        path = project_files.ask_new_project_path(self)
        if path is not None:
            self.create_project(path)

    def ask_open_project(self) -> None:
        path = project_files.ask_open_project_path(self)
        if path is not None:
            self.open_project(path)

    def create_project(self, path: Path) -> Operation:
        language = app_settings.language()
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Creating %1…").replace("%1", path.name))
        return file_ops.create_project(path, language).success(self.set_project).failure(self._show_error) \
            .run(owner=self)

    def open_project(self, path: Path) -> Operation:
        path = Path(path)
        if self.project is not None and _same_file(self.project.path, path):
            self._close_project()  # opened again: let go of it first, or it would find itself in use
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Opening %1…").replace("%1", path.name))
        return file_ops.open_project(path).success(self.set_project) \
            .failure(lambda error: self._open_failed(path, error)).run(owner=self)

    def open_demo_project(self) -> Operation:
        """Open the demo project in the app's data folder, building it first when missing."""
        path = app_dirs().data / DEMO_FILE_NAME
        if path.exists():
            return self.open_project(path)
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Building the demo project…"))
        return file_ops.build_demo(path).success(self.set_project).failure(self._show_error).run(owner=self)

    def _open_failed(self, path: Path, error: BaseException) -> None:
        """A damaged file: offer its newest sound backup; anything else: say what is wrong."""
        if not isinstance(error, DamagedProjectError):
            self._show_error(error)
            return
        self.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "Looking for a sound backup of %1…").replace("%1", path.name))
        file_ops.newest_sound_backup(path).success(lambda backup: self._offer_backup(path, error, backup)) \
            .failure(self._show_error).run(owner=self)

    def _offer_backup(self, path: Path, error: BaseException, backup) -> None:
        self.statusBar().clearMessage()
        if backup is None:
            self._show_error(error)
            return
        if project_dialogs.ask_restore_damaged(self, path, backup):
            self._restore(path, backup.path)

    # --- backups, restore, copies --------------------------------------------------------------

    def ask_restore(self) -> None:
        """File → Restore from backup…: choose a backup, confirm, then restore and reopen."""
        if self.project is None or self.project.read_only:
            return
        chosen = project_dialogs.ask_backup_to_restore(self, self.project.path)
        if chosen is not None:
            self._restore(self.project.path, chosen.path)

    def _restore(self, path: Path, backup: Path) -> Operation:
        self._close_project()  # every note typed is written first; the lock is let go
        self._show_no_project()
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Restoring %1…").replace("%1", path.name))

        def restored(_result) -> None:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "Restored “%1” from its backup.").replace("%1", path.name), 8000)
            self.open_project(path)

        def failed(error: BaseException) -> None:
            self._show_error(error)
            self.open_project(path)  # as it was: the restore changed nothing

        return file_ops.restore_backup(path, backup).success(restored).failure(failed).run(owner=self)

    def ask_save_copy(self) -> None:
        if self.session is None:
            return
        target = project_dialogs.ask_copy_path(self, self.project.path)
        if target is None:
            return
        self.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "Saving a copy as %1…").replace("%1", target.name))
        file_ops.save_copy(self.session, target).success(self._copy_saved).failure(self._show_error) \
            .run(initiator=self)

    def _copy_saved(self, written: Path) -> None:
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Saved a copy: %1")
                                     .replace("%1", str(written)), 10_000)

    def ask_prepare_tables(self) -> None:
        """File ▸ Prepare table projects…: one copy of the project per table, to capture apart."""
        if self.session is None:
            return
        from dialog_app.gui.project_file.prepare_tables_dialog import PrepareTablesDialog

        dialog = PrepareTablesDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.prepared.connect(lambda written: self.statusBar().showMessage(dialog.done_text(written), 10_000))
        dialog.open()

    def ask_merge(self) -> None:
        """File ▸ Merge…: other copies of this project (table projects) brought into it."""
        if self.session is None or self.session.read_only:
            return
        from dialog_app.gui.project_file.merge_dialog import MergeDialog, choose_projects

        others = choose_projects(self)
        if not others:
            return
        dialog = MergeDialog(self.session, others, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.review_requested.connect(self.show_in_review)
        dialog.merged.connect(lambda reports: self.statusBar().showMessage(dialog.done_text(reports), 10_000))
        dialog.open()

    def back_up_now(self) -> Operation | None:
        """The periodic backup (also for tests): skipped when nothing changed since the last one."""
        if self.session is None or self.session.read_only:
            return None
        return file_ops.back_up(self.session).failure(self._backup_failed).run(initiator=self)

    def _backup_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "The automatic backup could not be made: %1").replace("%1", error_text.describe(error)), 15_000)

    def _keep_lock_alive(self) -> None:
        if self.session is not None and not self.session.read_only:
            file_ops.keep_lock_alive(self.session).failure(lambda _error: None).run(owner=self)

    def _retry_editing(self) -> None:
        if self.project is not None:
            self.open_project(self.project.path)

    def _show_backup_folder(self) -> None:
        if self.project is not None:
            folder = backup_folder(self.project.path)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = app_settings.recent_projects()
        if not recent:
            empty = self.recent_menu.addAction(QCoreApplication.translate("MainWindow", "No recent projects"))
            empty.setEnabled(False)
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, path=path: self.open_project(path))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and a.samefile(b))
    except OSError:
        return False
