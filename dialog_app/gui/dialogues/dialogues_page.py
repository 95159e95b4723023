"""The Dialogues tab: a project's dialogues on the left, the selected dialogue's notes on the right."""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.changes import Change, ChangeKind
from dialog_app.gui import formats
from dialog_app.gui.dialogues.dialogue_actions import DialogueActions
from dialog_app.gui.dialogues.dialogue_reads import Dialogues, read_dialogues, read_notes
from dialog_app.gui.dialogues.note_table_model import NoteTableModel
from dialog_app.gui.labels import NOTE_KINDS, NOTE_STATUSES, label
from dialog_app.gui.models.dialogue_list_model import DialogueIdRole, DialogueListModel
from dialog_app.gui.models.paged_rows import Listing
from dialog_app.gui.ops import Operation, ProjectSession
from dialog_app.gui.widgets.dialogue_delegate import DialogueDelegate
from dialog_app.gui.widgets.kept_panes import keep_panes
from dialog_app.gui.widgets.keyboard_paths import item_view

REFRESHING_CHANGES = {ChangeKind.NOTES, ChangeKind.DIALOGUES, ChangeKind.AGENDA, ChangeKind.TAGS,
                      ChangeKind.PARTICIPATION}


class DialoguesPage(QWidget):
    project_loaded = Signal(int)  # the dialogues are shown; the total number of notes
    notes_loaded = Signal()  # the note table shows the selected dialogue's notes
    participants_requested = Signal(object)  # the selected dialogue's id: open its participant register
    capture_requested = Signal(object)  # the selected dialogue's id: capture notes in it
    demo_requested = Signal()  # the empty state's "Open the demo project"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialoguesPage")
        self.session: ProjectSession | None = None
        self._selected_dialogue: uuid.UUID | None = None
        self._stale = False
        self.dialogue_model = DialogueListModel(self)
        self.dialogue_list = QListView()
        self.dialogue_list.setObjectName("dialogueList")
        self.dialogue_list.setModel(self.dialogue_model)
        self.dialogue_list.setItemDelegate(DialogueDelegate(self.dialogue_list))
        self.dialogue_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dialogue_list.setAccessibleName(self.tr("Dialogues"))
        self.dialogue_list.selectionModel().selectionChanged.connect(self._dialogue_selected)

        self.note_model = NoteTableModel(self)
        self.note_table = QTableView()
        self.note_table.setObjectName("noteTable")
        self.note_table.setModel(self.note_model)
        item_view(self.note_table, self.tr("Notes"))  # Tab leaves it in one press
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
            "time": formats.widest_date_time(metrics) + padding,
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
        self.actions = DialogueActions(self)
        self.empty_project = self.actions.empty_state()
        self.note_stack = QStackedWidget()
        self.note_stack.addWidget(self.note_table)
        self.note_stack.addWidget(self.empty_notes)
        self.note_stack.addWidget(self.empty_project)

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
        self.participants_button = QPushButton(self.tr("&Participants…"))
        self.participants_button.setObjectName("dialogueParticipantsButton")
        self.participants_button.setToolTip(self.tr("The named persons of this dialogue (the participant register)"))
        self.participants_button.setEnabled(False)
        self.participants_button.clicked.connect(lambda: self.participants_requested.emit(self._selected_dialogue))
        buttons = QGridLayout()
        chain = [self.dialogue_list, *self.actions.buttons(), self.participants_button, self.note_table]
        for n, button in enumerate(chain[1:-1]):
            buttons.addWidget(button, n // 2, n % 2)
        left_layout.addLayout(buttons)
        self.actions.attach(self.dialogue_list)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 880])
        keep_panes(self.splitter, "dialogues")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        for before, after in zip(chain, chain[1:]):  # Tab follows the layout: the list, its buttons, the notes
            QWidget.setTabOrder(before, after)

    def set_session(self, session: ProjectSession | None) -> None:
        """Show this project's dialogues (None: no project, and nothing of the old one is read again)."""
        self.session = session
        self._selected_dialogue = None
        self._stale = session is not None
        self.actions.enable(False, session is not None and not session.read_only)
        if session is None:  # nothing of a closed project may be read again, not even to repaint
            self.participants_button.setEnabled(False)
            self.note_model.set_source(None, None)
            self.note_model.set_ids([])
            self.dialogue_model.set_rows([])
            return
        session.subscribe(REFRESHING_CHANGES, partial(self._on_change, session), owner=self)
        if self.isVisible():
            self.refresh()

    def _on_change(self, session: ProjectSession, _change: Change) -> None:
        """Refresh now when shown; when hidden (a meeting is being captured), on the next show:
        reloading every dialogue's counts on each note typed would compete with the typing."""
        if session is not self.session:
            return  # news of a project no longer shown
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.session is not None:
            self.refresh()

    def refresh(self) -> Operation | None:
        """Reload the dialogue list and the names the note table shows, off the GUI thread."""
        if self.session is None:
            return None
        self._stale = False
        return read_dialogues(self.session).success(self._show_dialogues).run(owner=self)

    def _show_dialogues(self, loaded: Dialogues) -> None:
        rows, source = loaded
        self.note_model.set_source(self.session, source)
        self.dialogue_model.set_rows(rows, self.session)
        self.participants_button.setEnabled(bool(rows))
        if not rows:
            self.actions.enable(False, not self.session.read_only)
        total = sum(row.notes for row in rows)
        row = self.dialogue_model.row_of(self._selected_dialogue)
        if rows:
            self.dialogue_list.setCurrentIndex(self.dialogue_model.index(max(row, 0)))
        else:
            self._selected_dialogue = None
            self._show_notes("", Listing([]))
            self.notes_heading.setText(self.tr("No dialogues yet"))
            self.note_stack.setCurrentWidget(self.empty_project)
        self.project_loaded.emit(total)

    @property
    def selected_dialogue(self) -> uuid.UUID | None:
        """The dialogue chosen in the list, or None."""
        return self._selected_dialogue

    def select_dialogue(self, dialogue_id: uuid.UUID) -> None:
        """Show this dialogue once the list has it (after creating it)."""
        self._selected_dialogue = dialogue_id
        row = self.dialogue_model.row_of(dialogue_id)
        if row >= 0:
            self.dialogue_list.setCurrentIndex(self.dialogue_model.index(row))

    def _dialogue_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self.session is None:
            return
        dialogue_id = indexes[0].data(DialogueIdRole)
        self._selected_dialogue = dialogue_id
        self.actions.enable(dialogue_id is not None, not self.session.read_only)  # "All dialogues" is none
        rows = self.note_model.rows
        (read_notes(self.session, dialogue_id, rows.source, rows.content_generation)
         .success(partial(self._show_notes, indexes[0].data())).run(owner=self))

    @staticmethod
    def _column(name: str) -> int:
        return NoteTableModel.COLUMNS.index(name)

    def _show_notes(self, title: str, notes: Listing) -> None:
        ids = notes.keys
        self.note_model.show_listing(notes)
        self.note_table.setColumnHidden(self._column("dialogue"), self._selected_dialogue is not None)
        self.notes_heading.setText(self.tr("%1 — %Ln note(s)", "", len(ids)).replace("%1", title))
        if ids:
            self.note_stack.setCurrentWidget(self.note_table)
        else:
            self.empty_notes.setText(self.tr("No notes here yet. Notes typed during a meeting appear here."))
            self.note_stack.setCurrentWidget(self.empty_notes)
        self.notes_loaded.emit()
