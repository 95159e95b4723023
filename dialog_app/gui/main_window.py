"""The main window: open, create and switch projects; see a project's dialogues and their notes."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialog_app import __version__
from dialog_app.core import app_settings
from dialog_app.core.changes import Change, ChangeKind
from dialog_app.core.history import Step
from dialog_app.core.paths import app_dirs
from dialog_app.core.project import Project
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui import error_text
from dialog_app.gui.change_bridge import ChangeBridge
from dialog_app.gui.dialogs import messages, project_files
from dialog_app.gui.labels import NOTE_KINDS, NOTE_STATUSES, label
from dialog_app.gui.models.dialogue_list_model import DialogueIdRole, DialogueListModel, DialogueRow
from dialog_app.gui.models.note_table_model import NoteTableModel
from dialog_app.gui.note_rows import NoteRowSource
from dialog_app.gui.widgets.dialogue_delegate import DialogueDelegate
from dialog_app.gui.worker import Operation, run_in_background

DEMO_FILE_NAME = "Demo.dialog"
REFRESHING_CHANGES = {ChangeKind.NOTES, ChangeKind.DIALOGUES, ChangeKind.AGENDA, ChangeKind.TAGS,
                      ChangeKind.PARTICIPATION}


class MainWindow(QMainWindow):
    """Owns the open project; every database call runs through ``run_in_background``."""

    project_loaded = Signal()  # the project and its dialogues are shown
    notes_loaded = Signal()  # the note table shows the selected dialogue's notes
    failed = Signal(str)  # an operation failed; the message was shown to the user

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.project: Project | None = None
        self._bridge: ChangeBridge | None = None
        self._rows: NoteRowSource | None = None
        self._selected_dialogue: uuid.UUID | None = None
        self._pending: Operation | None = None
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._show_no_project()
        self.resize(1180, 720)

    # --- building ------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.dialogue_model = DialogueListModel(self)
        self.dialogue_list = QListView()
        self.dialogue_list.setObjectName("dialogueList")
        self.dialogue_list.setModel(self.dialogue_model)
        self.dialogue_list.setItemDelegate(DialogueDelegate(self.dialogue_list))
        self.dialogue_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dialogue_list.setAccessibleName(self.tr("Dialogues"))
        self.dialogue_list.selectionModel().selectionChanged.connect(self._dialogue_selected)

        self.note_model = NoteTableModel(lambda ids: {}, self)
        self.note_table = QTableView()
        self.note_table.setObjectName("noteTable")
        self.note_table.setModel(self.note_model)
        self.note_table.setAccessibleName(self.tr("Notes"))
        self.note_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.note_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.note_table.setAlternatingRowColors(True)
        self.note_table.setWordWrap(False)
        self.note_table.verticalHeader().hide()
        self.note_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.note_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self._column("text"), QHeaderView.ResizeMode.Stretch)
        metrics = self.note_table.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("M")
        longest_status = max((label(NOTE_STATUSES, v) for v in NOTE_STATUSES), key=metrics.horizontalAdvance)
        widths = {
            "time": metrics.horizontalAdvance("2026-12-31 23:59") + padding,
            "status": metrics.horizontalAdvance(longest_status) + padding,
            "kind": metrics.horizontalAdvance(label(NOTE_KINDS, "idea")) + padding,
            "question": metrics.averageCharWidth() * 22,
            "group": metrics.averageCharWidth() * 18,
            "dialogue": metrics.averageCharWidth() * 24,
        }
        for name, width in widths.items():
            header.resizeSection(self._column(name), width)

        self.notes_heading = QLabel()
        self.notes_heading.setObjectName("notesHeading")
        heading_font = self.notes_heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        heading_font.setBold(True)
        self.notes_heading.setFont(heading_font)

        self.empty_notes = QLabel()
        self.empty_notes.setObjectName("emptyNotes")
        self.empty_notes.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_notes.setWordWrap(True)
        self.note_stack = QStackedWidget()
        self.note_stack.addWidget(self.note_table)
        self.note_stack.addWidget(self.empty_notes)

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.notes_heading)
        layout.addWidget(self.note_stack, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        dialogues_heading = QLabel(self.tr("Dialogues"))
        dialogues_heading.setFont(heading_font)
        left_layout.addWidget(dialogues_heading)
        left_layout.addWidget(self.dialogue_list, 1)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 880])

        self.no_project = QLabel()
        self.no_project.setObjectName("noProject")
        self.no_project.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_project.setWordWrap(True)
        self.central = QStackedWidget()
        self.central.addWidget(self.splitter)
        self.central.addWidget(self.no_project)
        self.setCentralWidget(self.central)

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.statusBar().addPermanentWidget(self.status_label)

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

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

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
        return self._start(lambda _p: Project.create(path, language=language), self.set_project)

    def open_project(self, path: Path) -> Operation:
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", Path(path).name))
        return self._start(lambda _p: Project.open(path), self.set_project)

    def open_demo_project(self) -> Operation:
        """Open the demo project in the app's data folder, building it first when missing."""
        path = app_dirs().data / DEMO_FILE_NAME
        if path.exists():
            return self.open_project(path)
        self.statusBar().showMessage(self.tr("Building the demo project…"))

        def build(_progress) -> Project:
            from dialog_app.core.demo import build_demo

            return build_demo(path)

        return self._start(build, self.set_project)

    def set_project(self, project: Project) -> None:
        """Show ``project``, closing the one shown before."""
        self._close_project()
        self.project = project
        app_settings.remember_project(project.path)
        self._bridge = ChangeBridge(project.changes, self)
        self._bridge.changed.connect(self._on_change)
        self._selected_dialogue = None
        self.setWindowTitle(f"{project.title} — dialog_app")
        self.central.setCurrentWidget(self.splitter)
        self.statusBar().clearMessage()
        self.refresh()

    def refresh(self) -> Operation | None:
        """Reload the dialogue list and the names the note table shows, off the GUI thread."""
        project = self.project
        if project is None:
            return None

        def load(_progress) -> tuple[list[DialogueRow], NoteRowSource]:
            counts = project.dialogues.note_counts()
            rows = [
                DialogueRow(d.id, d.title, d.kind, d.starts_at, d.place, d.online, counts.get(d.id, 0))
                for d in project.dialogues.list()
            ]
            return rows, NoteRowSource(project)

        return self._start(load, self._show_dialogues)

    def _show_dialogues(self, loaded: tuple[list[DialogueRow], NoteRowSource]) -> None:
        rows, source = loaded
        self._rows = source
        self.note_model.set_fetcher(source)
        self.dialogue_model.set_rows(rows)
        total = sum(row.notes for row in rows)
        self.status_label.setText(
            self.tr("%1 · %n note(s)", "", total).replace("%1", str(self.project.path) if self.project else "")
        )
        row = self.dialogue_model.row_of(self._selected_dialogue)
        if rows:
            self.dialogue_list.setCurrentIndex(self.dialogue_model.index(max(row, 0)))
        else:
            self._show_notes("", [])
            self.notes_heading.setText(self.tr("No dialogues yet"))
            self.empty_notes.setText(
                self.tr("This project has no dialogues yet.\n\nTo look around first, open the demo "
                        "project: File → Open demo project.")
            )
        self.project_loaded.emit()

    def _dialogue_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self.project is None:
            return
        dialogue_id = indexes[0].data(DialogueIdRole)
        self._selected_dialogue = dialogue_id
        title = indexes[0].data()
        project = self.project
        note_filter = NoteFilter(dialogue_ids=frozenset({dialogue_id}) if dialogue_id else frozenset())
        self._start(lambda _p: project.notes.ids(note_filter), lambda ids: self._show_notes(title, ids))

    @staticmethod
    def _column(name: str) -> int:
        return NoteTableModel.COLUMNS.index(name)

    def _show_notes(self, title: str, ids: list[uuid.UUID]) -> None:
        self.note_model.set_ids(ids)
        self.note_table.setColumnHidden(self._column("dialogue"), self._selected_dialogue is not None)
        self.notes_heading.setText(self.tr("%1 — %n note(s)", "", len(ids)).replace("%1", title))
        if ids:
            self.note_stack.setCurrentWidget(self.note_table)
        else:
            self.empty_notes.setText(self.tr("No notes here yet. Notes typed during a meeting appear here."))
            self.note_stack.setCurrentWidget(self.empty_notes)
        self.notes_loaded.emit()

    def _on_change(self, change: Change) -> None:
        if change.kind == ChangeKind.HISTORY:
            self._update_history_actions()
        elif change.kind in REFRESHING_CHANGES:
            self.refresh()

    def _close_project(self) -> None:
        if self._bridge is not None:
            self._bridge.detach()
            self._bridge = None
        if self.project is not None:
            self.project.close()
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
        project = self.project
        if project is not None:
            self._start(lambda _p: getattr(project.history, which)(), lambda _step: None)

    def _update_history_actions(self) -> None:
        history = self.project.history if self.project else None
        undo_step = history.next_undo if history else None
        redo_step = history.next_redo if history else None
        self.undo_action.setEnabled(undo_step is not None)
        self.redo_action.setEnabled(redo_step is not None)
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", self.describe_step(undo_step)) if undo_step else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", self.describe_step(redo_step)) if redo_step else self.tr("&Redo"))

    def describe_step(self, step: Step) -> str:
        """How an undoable action is named in the Edit menu."""
        names = {
            "edit": self.tr("edit of %n note(s)", "", step.count),
            "delete": self.tr("deletion of %n note(s)", "", step.count),
            "restore": self.tr("restoring of %n note(s)", "", step.count),
            "tag": self.tr("tagging of %n note(s)", "", step.count),
            "untag": self.tr("untagging of %n note(s)", "", step.count),
        }
        return names.get(step.action, step.action)

    # --- plumbing ------------------------------------------------------------------------------

    def _start(self, work, on_done) -> Operation:
        operation = run_in_background(work, on_done, self._show_error)
        self._pending = operation
        return operation

    def _show_error(self, error: BaseException) -> None:
        message = error_text.describe(error)
        self.statusBar().clearMessage()
        messages.warn(self, message)
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
