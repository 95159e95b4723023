"""The main window: the open project's session, the tabs, and what shows the project as a whole.

The File menu's work is in project_file/window_files.py, the actions and menus in window_menus.py.
Each tab subscribes to the session's news itself; the window keeps the Edit menu's undo and redo.
"""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from dialog_app.core.changes import Change, ChangeKind
from dialog_app.core.person_terms import PersonTerms
from dialog_app.core.project import Project
from dialog_app.gui import error_text, window_menus
from dialog_app.gui.capture.capture_screen import CaptureScreen
from dialog_app.gui.dialogs import failures
from dialog_app.gui.dialogues.dialogues_page import DialoguesPage
from dialog_app.gui.operations import edits, undo_text
from dialog_app.gui.ops import Operation, ProjectSession
from dialog_app.gui.overview.matrix_page import MatrixPage
from dialog_app.gui.project_file import file_ops
from dialog_app.gui.project_file.banner import ProjectBanner
from dialog_app.gui.project_file.window_files import ProjectFileActions
from dialog_app.gui.review.review_page import ReviewPage
from dialog_app.gui.status_count import NoteCount
from dialog_app.gui.shown_zone import shown_zone
from dialog_app.gui.window_imports import ImportActions
from dialog_app.gui.window_project import ProjectActions
from dialog_app.gui.window_retention import RetentionActions
from dialog_app.gui.writing.writing_page import WritingPage

BACKUP_EVERY_MS = 10 * 60 * 1000  # while the project changes; an unchanged one is not copied again
HEARTBEAT_EVERY_MS = 60 * 1000  # the writer lock's sign of life, for other computers on a share


class MainWindow(ProjectFileActions, ImportActions, RetentionActions, ProjectActions, QMainWindow):
    """Owns the open project's session; every database call is an operation (gui/ops.py)."""

    project_loaded = Signal()  # the project and its dialogues are shown
    notes_loaded = Signal()  # the note table shows the selected dialogue's notes
    failed = Signal(str)  # an operation failed; the message was shown to the user

    def __init__(self, start_capturing: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)  # a file to import, dropped anywhere on the window
        self.project: Project | None = None
        self.session: ProjectSession | None = None
        self.projector = None  # the ProjectorWindow while it is shown
        self._start_capturing = start_capturing
        self._build_widgets()
        window_menus.build_actions(self)
        window_menus.build_menus(self)
        self._update_history_actions()
        self._show_no_project()
        self.resize(1180, 720)

    # --- building ------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.dialogues = DialoguesPage()
        self.dialogues.project_loaded.connect(self._dialogues_loaded)
        self.dialogues.notes_loaded.connect(self.notes_loaded.emit)
        self.dialogues.participants_requested.connect(self.edit_participants)
        self.dialogues.capture_requested.connect(self.capture_dialogue)
        self.dialogues.demo_requested.connect(self.open_demo_project)
        # The Dialogues tab's parts, by the names scripts and tests know them.
        self.dialogue_model, self.dialogue_list = self.dialogues.dialogue_model, self.dialogues.dialogue_list
        self.note_model, self.note_table = self.dialogues.note_model, self.dialogues.note_table
        self.notes_heading, self.empty_notes = self.dialogues.notes_heading, self.dialogues.empty_notes

        self.capture = CaptureScreen()
        self.capture.projector_requested.connect(self.toggle_projector)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.review = ReviewPage()
        self.review.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.review.edit_framework_requested.connect(self.edit_frameworks)
        self.framework_editor = None  # the FrameworkEditor while it is open

        self.writing = WritingPage()
        self.matrix = MatrixPage()
        self.matrix.filter_requested.connect(self.show_in_review)

        self.tabs.addTab(self.dialogues, self.tr("Dialogues"))
        self.tabs.addTab(self.capture, self.tr("Capture"))
        self.tabs.addTab(self.review, self.tr("Review"))
        self.tabs.addTab(self.writing, self.tr("Write"))
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
        self.note_count = NoteCount(self.status_label, self, lambda count: self.tr("%1 · %Ln note(s)", "", count))

        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_EVERY_MS)
        self._backup_timer.timeout.connect(self.back_up_now)
        self._heartbeat_timer = QTimer(self)
        self._heartbeat_timer.setInterval(HEARTBEAT_EVERY_MS)
        self._heartbeat_timer.timeout.connect(self._keep_lock_alive)

    def set_project(self, opened: file_ops.OpenedProject) -> None:
        """Show the project just opened, closing the one shown before."""
        self._close_project()
        project = opened.project
        self.project = project
        self.session = ProjectSession(project, self)
        shown_zone(self.session, opened.time_zone)  # times on every tab in the project's zone
        self.session.busy_changed.connect(self.capture.show_busy)
        self.session.failed.connect(self._show_error)
        self.session.subscribe({ChangeKind.HISTORY}, partial(self._history_changed, self.session), owner=self)
        title = f"{opened.title} — dialog_app"
        self.setWindowTitle(self.tr("%1 (read-only)").replace("%1", title) if project.read_only else title)
        self.banner.show_notices(project.notices, project.read_only)
        self.central.setCurrentWidget(self.workspace)
        self.statusBar().clearMessage()
        if self._start_capturing:  # before the pages load: the hidden Dialogues tab then waits
            self.tabs.setCurrentWidget(self.capture)
        self.note_count.set_session(self.session)
        self.dialogues.set_session(self.session)
        self.capture.set_session(self.session)
        self.review.set_session(self.session)
        self.writing.set_session(self.session)
        self.matrix.set_session(self.session)
        self.capture.show_busy(False)
        for action in (self.export_action, self.save_copy_action, self.prepare_tables_action):
            action.setEnabled(True)
        self.restore_action.setEnabled(not project.read_only)
        self.frameworks_action.setEnabled(not project.read_only)
        self.possible_names_action.setEnabled(not project.read_only)
        self.register_action.setEnabled(True)  # a read-only project's register can be read
        self.person_data_action.setEnabled(True)  # and an extract made from it
        self.bin_action.setEnabled(True)  # and its bin looked at
        self.import_action.setEnabled(not project.read_only)
        self.merge_action.setEnabled(not project.read_only)
        self.retention_action.setEnabled(not project.read_only)
        self.project_facts_action.setEnabled(not project.read_only)
        self.groups_action.setEnabled(not project.read_only)
        if not project.read_only:
            self._backup_timer.start()
            self._heartbeat_timer.start()
        self.check_retention()  # a date that has passed is said once the project is shown

    def show_capture(self) -> None:
        self.tabs.setCurrentWidget(self.capture)
        self.capture.input.setFocus()

    def capture_dialogue(self, dialogue_id: uuid.UUID) -> None:
        """The Dialogues tab's Start capture: this dialogue, on the capture screen."""
        self.capture.reload_dialogues(select=dialogue_id)
        self.show_capture()

    def refresh(self) -> Operation | None:
        return self.dialogues.refresh()

    def _dialogues_loaded(self, total: int) -> None:
        self.note_count.show_count(total)  # and it follows every change from now on
        self.project_loaded.emit()

    def show_in_review(self, note_filter) -> None:
        """The overview's cell was clicked: its notes, in the review table."""
        self.tabs.setCurrentWidget(self.review)
        self.review.show_filter(note_filter)

    def review_possible_names(self) -> None:
        """Edit ▸ Possible names…: confirm or dismiss the names the app found in the notes."""
        if self.session is None or self.session.read_only:
            return
        from dialog_app.gui.dialogs.possible_names_dialog import PossibleNamesDialog

        dialog = PossibleNamesDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def edit_participants(self, dialogue_id: uuid.UUID | None = None) -> None:
        """Edit ▸ Participant register… (or the Dialogues tab's button, for its dialogue)."""
        if self.session is None:
            return
        from dialog_app.gui.participants.register_dialog import ParticipantRegisterDialog

        dialog = ParticipantRegisterDialog(self.session, dialogue_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.person_requested.connect(self.person_data)
        dialog.open()

    def person_data(self, name: str = "") -> None:
        """Edit ▸ A person's data…: find, extract or erase one person."""
        if self.session is None:
            return
        from dialog_app.gui.participants.person_dialog import PersonDataDialog

        dialog = PersonDataDialog(self.session, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.erased.connect(self.forget_erased)
        dialog.open()

    def forget_erased(self, result) -> None:
        """After an erasure (ErasureResult), the capture box lets go of the person's words too."""
        self.capture.forget_erased(PersonTerms.of(result.names, result.searched_for))

    def edit_frameworks(self) -> None:
        """Open the framework editor (one at a time, beside the window: the table stays usable)."""
        if self.session is None:
            return
        if self.framework_editor is None:
            from dialog_app.gui.frameworks.framework_editor import FrameworkEditor

            self.framework_editor = FrameworkEditor(self.session, self)
            self.framework_editor.finished.connect(self._framework_editor_closed)
        self.framework_editor.show()
        self.framework_editor.raise_()
        self.framework_editor.activateWindow()

    def export(self) -> None:
        """File → Export…: the export dialog, over the window until it is closed."""
        if self.session is None:
            return
        from dialog_app.gui.export.export_dialog import ExportDialog

        dialog = ExportDialog(self.session, self)
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

    def _history_changed(self, session: ProjectSession, _change: Change) -> None:
        if session is self.session:
            self._update_history_actions()

    def _close_project(self) -> None:
        self._backup_timer.stop()
        self._heartbeat_timer.stop()
        if self.framework_editor is not None:
            self.framework_editor.close()
            self._framework_editor_closed()
        if self.projector is not None:
            self.projector.close()
            self.projector = None
        self.writing.flush()  # the synthesis being typed is queued, then written like the rest
        session, self.session = self.session, None
        self.note_count.set_session(None)
        self.dialogues.set_session(None)
        self.capture.set_session(None)
        self.review.set_session(None)
        self.writing.set_session(None)
        self.matrix.set_session(None)
        for action in (self.export_action, self.save_copy_action, self.prepare_tables_action, self.restore_action,
                       self.import_action, self.merge_action, self.possible_names_action, self.register_action,
                       self.retention_action, self.person_data_action, self.project_facts_action,
                       self.groups_action, self.bin_action):
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
        failures.show_error(self, error)
        self.failed.emit(message)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # the fixed words: gui/language_switch.py
            self._update_history_actions()
            if self.session is not None:
                self.refresh()  # the Dialogues tab's words made from data ("All dialogues – 150 notes")

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_project()
        super().closeEvent(event)

