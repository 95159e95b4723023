"""The main window: open, create and switch projects; the overview and capture pages in tabs."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from dialog_app import __version__
from dialog_app.core import app_settings
from dialog_app.core.changes import Change, ChangeKind
from dialog_app.core.errors import DamagedProjectError
from dialog_app.core.paths import app_dirs
from dialog_app.core.project import Project
from dialog_app.core.project_files import backup_folder
from dialog_app.gui import error_text
from dialog_app.gui.capture.capture_screen import CaptureScreen
from dialog_app.gui.dialogs import messages, project_files
from dialog_app.gui.dialogs.crash_dialog import show_log_folder
from dialog_app.gui.overview.matrix_page import MatrixPage
from dialog_app.gui.overview_page import OverviewPage
from dialog_app.gui.project_file import file_ops, project_dialogs
from dialog_app.gui.project_file.banner import ProjectBanner
from dialog_app.gui.review.review_page import ReviewPage
from dialog_app.gui.synthesis.synthesis_page import SynthesisPage
from dialog_app.gui.worker import Operation
from dialog_app.gui.operations import edits, undo_text
from dialog_app.gui.ops import ProjectSession

DEMO_FILE_NAME = "Demo.dialog"
BACKUP_EVERY_MS = 10 * 60 * 1000  # while the project changes; an unchanged one is not copied again
HEARTBEAT_EVERY_MS = 60 * 1000  # the writer lock's sign of life, for other computers on a share


class MainWindow(QMainWindow):
    """Owns the open project; every database call runs through ``run_in_background``."""

    project_loaded = Signal()  # the project and its dialogues are shown
    notes_loaded = Signal()  # the note table shows the selected dialogue's notes
    failed = Signal(str)  # an operation failed; the message was shown to the user

    def __init__(self, start_capturing: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.project: Project | None = None
        self.session: ProjectSession | None = None
        self.projector = None  # the ProjectorWindow while it is shown
        self._start_capturing = start_capturing
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._show_no_project()
        self.resize(1180, 720)

    @property
    def queue(self):
        """The open project's write queue, for pages not yet moved to gui/ops operations."""
        return self.session.queue if self.session is not None else None

    # --- building ------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.overview = OverviewPage()
        self.overview.project_loaded.connect(self._overview_loaded)
        self.overview.notes_loaded.connect(self.notes_loaded.emit)
        self.overview.failed.connect(self._show_error)
        # The overview's parts, by the names scripts and tests know them.
        self.dialogue_model, self.dialogue_list = self.overview.dialogue_model, self.overview.dialogue_list
        self.note_model, self.note_table = self.overview.note_model, self.overview.note_table
        self.notes_heading, self.empty_notes = self.overview.notes_heading, self.overview.empty_notes

        self.capture = CaptureScreen()
        self.capture.projector_requested.connect(self.toggle_projector)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.review = ReviewPage()
        self.review.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.review.failed.connect(self._show_error)
        self.review.edit_framework_requested.connect(self.edit_frameworks)
        self.framework_editor = None  # the FrameworkEditor while it is open

        self.synthesis = SynthesisPage()
        self.synthesis.failed.connect(self._show_error)
        self.matrix = MatrixPage()
        self.matrix.failed.connect(self._show_error)
        self.matrix.filter_requested.connect(self.show_in_review)

        self.tabs.addTab(self.overview, self.tr("Dialogues"))
        self.tabs.addTab(self.capture, self.tr("Capture"))
        self.tabs.addTab(self.review, self.tr("Review"))
        self.tabs.addTab(self.synthesis, self.tr("Write"))
        self.tabs.addTab(self.matrix, self.tr("Overview"))

        self.no_project = QLabel()
        self.no_project.setObjectName("noProject")
        self.no_project.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_project.setWordWrap(True)
        self.banner = ProjectBanner()
        self.banner.retry_requested.connect(self._retry_editing)
        self.banner.folder_requested.connect(self._show_backup_folder)
        self.workspace = QWidget()
        workspace_layout = QVBoxLayout(self.workspace)
        workspace_layout.setContentsMargins(0, 0, 0, 0)
        workspace_layout.addWidget(self.banner)
        workspace_layout.addWidget(self.tabs, 1)
        self.central = QStackedWidget()
        self.central.addWidget(self.workspace)
        self.central.addWidget(self.no_project)
        self.setCentralWidget(self.central)

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.statusBar().addPermanentWidget(self.status_label)

        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_EVERY_MS)
        self._backup_timer.timeout.connect(self.back_up_now)
        self._heartbeat_timer = QTimer(self)
        self._heartbeat_timer.setInterval(HEARTBEAT_EVERY_MS)
        self._heartbeat_timer.timeout.connect(self._keep_lock_alive)

    def _build_actions(self) -> None:
        self.new_action = QAction(self.tr("&New project…"), self)
        self.new_action.setObjectName("newProjectAction")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.ask_new_project)

        self.open_action = QAction(self.tr("&Open project…"), self)
        self.open_action.setObjectName("openProjectAction")
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.ask_open_project)

        self.demo_action = QAction(self.tr("Open &demo project"), self)
        self.demo_action.setObjectName("openDemoAction")
        self.demo_action.setStatusTip(
            self.tr("A made-up regional strategy project with dialogues and notes, to look around in")
        )
        self.demo_action.triggered.connect(self.open_demo_project)

        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.setObjectName("exportAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setStatusTip(self.tr("Write the consultation document: PDF, Word, Excel, CSV or REFI-QDA"))
        self.export_action.setEnabled(False)
        self.export_action.triggered.connect(self.export)

        self.save_copy_action = QAction(self.tr("Save a &copy…"), self)
        self.save_copy_action.setObjectName("saveCopyAction")
        self.save_copy_action.setStatusTip(self.tr("Write the whole project as one file, to mail it or put it on a USB stick"))
        self.save_copy_action.setEnabled(False)
        self.save_copy_action.triggered.connect(self.ask_save_copy)

        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.setStatusTip(self.tr("Put one of the project's automatic backups in its place"))
        self.restore_action.setEnabled(False)
        self.restore_action.triggered.connect(self.ask_restore)

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(lambda: self._run_history("undo"))
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.redo_action.triggered.connect(lambda: self._run_history("redo"))
        self._update_history_actions()

        self.frameworks_action = QAction(self.tr("&Themes and frameworks…"), self)
        self.frameworks_action.setObjectName("editFrameworksAction")
        self.frameworks_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.frameworks_action.setStatusTip(
            self.tr("Create, rename, move, merge and delete themes; choose the framework to tag with")
        )
        self.frameworks_action.triggered.connect(self.edit_frameworks)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_copy_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.frameworks_action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("sv", "Svenska"), ("en", "English")):  # each language in its own words
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(app_settings.language() == code)
            action.triggered.connect(lambda _checked=False, code=code: self._choose_language(code))
            group.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        log_folder = help_menu.addAction(self.tr("Show &log folder"))
        log_folder.setObjectName("showLogFolderAction")
        log_folder.triggered.connect(lambda: show_log_folder(self))
        about = help_menu.addAction(self.tr("&About dialog_app"))
        about.triggered.connect(self._about)

    # --- projects ------------------------------------------------------------------------------

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
        self.statusBar().showMessage(self.tr("Creating %1…").replace("%1", path.name))
        return file_ops.create_project(path, language, self.set_project, self._show_error, owner=self)

    def open_project(self, path: Path) -> Operation:
        path = Path(path)
        if self.project is not None and _same_file(self.project.path, path):
            self._close_project()  # opened again: let go of it first, or it would find itself in use
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", path.name))
        return file_ops.open_project(path, self.set_project, lambda error: self._open_failed(path, error), owner=self)

    def open_demo_project(self) -> Operation:
        """Open the demo project in the app's data folder, building it first when missing."""
        path = app_dirs().data / DEMO_FILE_NAME
        if path.exists():
            return self.open_project(path)
        self.statusBar().showMessage(self.tr("Building the demo project…"))
        return file_ops.build_demo(path, self.set_project, self._show_error, owner=self)

    def set_project(self, opened: file_ops.OpenedProject) -> None:
        """Show the project just opened, closing the one shown before."""
        self._close_project()
        project = opened.project
        self.project = project
        self.session = ProjectSession(project, self)
        self.session.busy_changed.connect(self.capture.show_busy)
        self.session.changed.connect(self._on_change)
        self.session.failed.connect(self._show_error)
        title = f"{opened.title} — dialog_app"
        self.setWindowTitle(self.tr("%1 (read-only)").replace("%1", title) if project.read_only else title)
        self.banner.show_notices(project.notices, project.read_only)
        self.central.setCurrentWidget(self.workspace)
        self.statusBar().clearMessage()
        if self._start_capturing:  # before the pages load: the hidden overview then waits
            self.tabs.setCurrentWidget(self.capture)
        self.overview.set_project(project)
        self.capture.set_session(self.session)
        self.review.set_project(project, self.queue)
        self.synthesis.set_project(project, self.queue)
        self.matrix.set_project(project)
        self.capture.show_busy(False)
        for action in (self.export_action, self.save_copy_action):
            action.setEnabled(True)
        self.restore_action.setEnabled(not project.read_only)
        self.frameworks_action.setEnabled(not project.read_only)
        if not project.read_only:
            self._backup_timer.start()
            self._heartbeat_timer.start()

    def _open_failed(self, path: Path, error: BaseException) -> None:
        """A damaged file: offer its newest sound backup; anything else: say what is wrong."""
        if not isinstance(error, DamagedProjectError):
            self._show_error(error)
            return
        self.statusBar().showMessage(self.tr("Looking for a sound backup of %1…").replace("%1", path.name))
        file_ops.newest_sound_backup(
            path, lambda backup: self._offer_backup(path, error, backup), self._show_error, owner=self)

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
        self.statusBar().showMessage(self.tr("Restoring %1…").replace("%1", path.name))

        def restored(result) -> None:
            self.statusBar().showMessage(self.tr("Restored “%1” from its backup.").replace("%1", path.name), 8000)
            self.open_project(path)

        def failed(error: BaseException) -> None:
            self._show_error(error)
            self.open_project(path)  # as it was: the restore changed nothing

        return file_ops.restore_backup(path, backup, restored, failed, owner=self)

    def ask_save_copy(self) -> None:
        if self.project is None or self.queue is None:
            return
        target = project_dialogs.ask_copy_path(self, self.project.path)
        if target is None:
            return
        self.statusBar().showMessage(self.tr("Saving a copy as %1…").replace("%1", target.name))
        file_ops.save_copy(
            self.project, self.queue, target,
            lambda written: self.statusBar().showMessage(
                self.tr("Saved a copy: %1").replace("%1", str(written)), 10_000),
            self._show_error, owner=self)

    def back_up_now(self) -> Operation | None:
        """The periodic backup (also for tests): skipped when nothing changed since the last one."""
        if self.project is None or self.queue is None or self.project.read_only:
            return None
        return file_ops.back_up(self.project, self.queue, None, self._backup_failed, owner=self)

    def _backup_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(
            self.tr("The automatic backup could not be made: %1").replace("%1", error_text.describe(error)), 15_000)

    def _keep_lock_alive(self) -> None:
        if self.project is not None and not self.project.read_only:
            file_ops.keep_lock_alive(self.project, lambda _error: None, owner=self)

    def _retry_editing(self) -> None:
        if self.project is not None:
            self.open_project(self.project.path)

    def _show_backup_folder(self) -> None:
        if self.project is not None:
            folder = backup_folder(self.project.path)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_capture(self) -> None:
        self.tabs.setCurrentWidget(self.capture)
        self.capture.input.setFocus()

    def refresh(self) -> Operation | None:
        return self.overview.refresh()

    def _overview_loaded(self, total: int) -> None:
        path = str(self.project.path) if self.project else ""
        self.status_label.setText(self.tr("%1 · %n note(s)", "", total).replace("%1", path))
        self.project_loaded.emit()

    def show_in_review(self, note_filter) -> None:
        """The overview's cell was clicked: its notes, in the review table."""
        self.tabs.setCurrentWidget(self.review)
        self.review.show_filter(note_filter)

    def edit_frameworks(self) -> None:
        """Open the framework editor (one at a time, beside the window: the table stays usable)."""
        if self.project is None or self.queue is None:
            return
        if self.framework_editor is None:
            from dialog_app.gui.review.framework_editor import FrameworkEditor

            self.framework_editor = FrameworkEditor(self.project, self.queue, self)
            self.framework_editor.finished.connect(self._framework_editor_closed)
        self.framework_editor.show()
        self.framework_editor.raise_()
        self.framework_editor.activateWindow()

    def export(self) -> None:
        """File → Export…: the export dialog, over the window until it is closed."""
        if self.project is None:
            return
        from dialog_app.gui.export.export_dialog import ExportDialog

        dialog = ExportDialog(self.project, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _framework_editor_closed(self) -> None:
        if self.framework_editor is not None:
            self.framework_editor.deleteLater()
            self.framework_editor = None

    # --- the projector -------------------------------------------------------------------------

    def toggle_projector(self, dialogue_id: uuid.UUID) -> None:
        """F7: show the room's view of this dialogue on the last screen, or close it."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            self.projector = None
            return
        if self.session is None:
            return
        from dialog_app.gui.projector.projector_window import ProjectorWindow

        self.projector = ProjectorWindow(self.session)
        self.projector.show_dialogue(dialogue_id)
        self.projector.show_on()
        self.activateWindow()  # the facilitator keeps typing here

    def _on_change(self, change: Change) -> None:
        if change.touches(ChangeKind.HISTORY):
            self._update_history_actions()
            if change.kinds == {ChangeKind.HISTORY}:
                return
        if self.framework_editor is not None and change.touches(ChangeKind.THEMES):
            self.framework_editor.reload()
        self.overview.on_change(change)
        self.review.on_change(change)
        self.synthesis.on_change(change)
        self.matrix.on_change(change)

    def _close_project(self) -> None:
        self._backup_timer.stop()
        self._heartbeat_timer.stop()
        if self.framework_editor is not None:
            self.framework_editor.close()
            self._framework_editor_closed()
        if self.projector is not None:
            self.projector.close()
            self.projector = None
        self.synthesis.flush()  # the synthesis being typed is queued, then written like the rest
        session, self.session = self.session, None
        self.overview.set_project(None)
        self.capture.set_session(None)
        self.review.set_project(None, None)
        self.synthesis.set_project(None, None)
        self.matrix.set_project(None)
        for action in (self.export_action, self.save_copy_action, self.restore_action):
            action.setEnabled(False)
        self.banner.hide()
        if session is not None:
            session.close()  # every note typed is written before the file is let go
        self.project = None
        self._update_history_actions()

    def _show_no_project(self) -> None:
        self.no_project.setText(
            self.tr("No project is open.\n\nCreate one with File → New project (Ctrl+N), "
                    "or open one with File → Open project (Ctrl+O).")
        )
        self.central.setCurrentWidget(self.no_project)
        self.setWindowTitle("dialog_app")

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = app_settings.recent_projects()
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent projects"))
            empty.setEnabled(False)
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, path=path: self.open_project(path))

    # --- undo and redo -------------------------------------------------------------------------

    def _run_history(self, which: str) -> None:
        if self.session is not None:  # after every write queued before it
            edits.undo_or_redo(self.session, which).run(initiator=self)

    def _update_history_actions(self) -> None:
        history = self.project.history if self.project else None
        undo_step = history.next_undo if history else None
        redo_step = history.next_redo if history else None
        self.undo_action.setEnabled(undo_step is not None)
        self.redo_action.setEnabled(redo_step is not None)
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo_text.describe(undo_step)) if undo_step else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", undo_text.describe(redo_step)) if redo_step else self.tr("&Redo"))

    # --- plumbing ------------------------------------------------------------------------------

    def _show_error(self, error: BaseException) -> None:
        message = error_text.describe(error)
        self.statusBar().clearMessage()
        messages.show_error(self, error)
        self.failed.emit(message)

    def _choose_language(self, code: str) -> None:
        app_settings.set_language(code)
        messages.inform(self, self.tr("The new language is used from the next start of dialog_app."))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About dialog_app"),
            self.tr("<h3>dialog_app %1</h3><p>Capture, tag and summarise what was heard in "
                    "stakeholder dialogues.</p>").replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_project()
        super().closeEvent(event)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and a.samefile(b))
    except OSError:
        return False
