"""The facilitator's screen during a meeting: type, press Enter, never lose a note.

Every write goes through the project's WriteQueue, in the order it was made. A typed note is shown
at once as "saving…" and as saved only when the commit has returned.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.changes import Change, ChangeKind
from dialog_app.core.kinds import DialogueStatus
from dialog_app.core.models import Dialogue
from dialog_app.core.project import Project
from dialog_app.core.services.capture import Stamp
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.core.timeutil import utc_now
from dialog_app.gui.capture.agenda_panel import AgendaPanel
from dialog_app.gui.capture.attendance_panel import AttendancePanel
from dialog_app.gui.capture.capture_data import Loaded, load_dialogue
from dialog_app.gui.capture.capture_input import CaptureInput
from dialog_app.gui.capture.capture_list_model import CaptureListModel, CaptureRow, SaveState
from dialog_app.gui.capture.dialogue_picker import DialoguePicker
from dialog_app.gui.capture.draft_keeper import DraftKeeper
from dialog_app.gui.capture.focus_return import FocusReturn, MenuBarReturn
from dialog_app.gui.capture.note_actions import NoteActions
from dialog_app.gui.capture.note_card_delegate import NoteCardDelegate
from dialog_app.gui.capture.shortcut_help import ShortcutHelp
from dialog_app.gui.capture.stamp_bar import StampBar
from dialog_app.gui.dialogs import messages
from dialog_app.gui.dialogs.new_dialogue import NewDialogue, ask_new_dialogue
from dialog_app.gui.labels import NOTE_KINDS, label
from dialog_app.gui.worker import run_in_background
from dialog_app.gui.write_queue import WriteQueue
from dialog_app.gui.widgets.shortcuts import shortcut

RELOAD_DELAY_MS = 25
# Where the keyboard is must be visible from a step back, on a projector-lit laptop too.
FOCUS_STYLE = """
QPlainTextEdit:focus, QListView:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus {
    border: 2px solid palette(highlight); border-radius: 3px;
}
"""


class CaptureScreen(QWidget):
    loaded = Signal()  # a dialogue is shown and ready for typing
    note_shown = Signal(object)  # a typed note is visible in the list (not yet on disk)
    note_saved = Signal(object)  # a typed note is committed to the file
    projector_requested = Signal(object)  # dialogue id: the window opens or closes the projector

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureScreen")
        self.project: Project | None = None
        self.queue: WriteQueue | None = None
        self._loaded: Loaded | None = None
        self.last_saved: uuid.UUID | None = None
        self.pending_themes: list[uuid.UUID] = []
        self.pending_key_quote = False
        self._generation = 0  # only the newest load is shown; an older one may have read stale data
        self._wanted: uuid.UUID | None = None  # the dialogue last asked for
        self._ids_stale = False  # notes changed while hidden: list the dialogue again when shown
        self._build()
        self.actions = NoteActions(self)
        self.model.edit_requested.connect(self.actions.save_edit)
        self._bind_keys()

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.dialogue_box = DialoguePicker()
        self.dialogue_box.setMinimumContentsLength(28)
        self.dialogue_box.activated.connect(lambda index: self.open_dialogue(self.dialogue_box.itemData(index)))
        self.new_dialogue_button = QPushButton(self.tr("New dialogue…"))
        self.new_dialogue_button.setObjectName("newDialogueButton")
        self.new_dialogue_button.clicked.connect(self.ask_new_dialogue)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startDialogueButton")
        self.start_button.clicked.connect(self.start_or_finish)
        self.projector_button = QPushButton(self.tr("Projector  F7"))
        self.projector_button.setObjectName("projectorButton")
        self.projector_button.clicked.connect(self.toggle_projector)
        for button in (self.new_dialogue_button, self.start_button, self.projector_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard in the note box
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Dialogue:")))
        top.addWidget(self.dialogue_box, 1)
        top.addWidget(self.new_dialogue_button)
        top.addWidget(self.start_button)
        top.addWidget(self.projector_button)
        top.addWidget(self.save_state)

        self.agenda = AgendaPanel()
        self.stamps = StampBar(self)
        self.stamps.changed.connect(self.show_stamp)
        self.stamp_label = QLabel()
        self.stamp_label.setObjectName("captureStamp")
        self.stamp_label.setWordWrap(True)
        self.stamp_label.setTextFormat(Qt.TextFormat.PlainText)
        self.input = CaptureInput()
        self._placeholder = self.tr("Type what is said and press Enter · F1 shows every shortcut")
        self.input.setPlaceholderText(self._placeholder)
        self.input.submitted.connect(self.submit)
        self.model = CaptureListModel(parent=self)
        # One column of cards: a QTableView with fixed row heights inserts a row at the top in
        # about a millisecond with 30 000 rows; a QListView lays every row out again (60 ms).
        self.list = QTableView()
        self.list.setObjectName("captureList")
        self.list.setModel(self.model)
        delegate = NoteCardDelegate(self.list)
        self.list.setItemDelegate(delegate)
        self.list.horizontalHeader().hide()
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list.verticalHeader().setDefaultSectionSize(delegate.card_height(self.list.font()))
        self.list.setShowGrid(False)
        self.list.setWordWrap(False)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # F2 chooses a kind on this screen, so in the list Enter (or a double click) edits a note.
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setTabKeyNavigation(False)
        self.list.setAccessibleName(self.tr("Notes of this dialogue, newest first"))
        self.list_heading = QLabel()
        self.list_heading.setObjectName("captureListHeading")

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(8, 0, 8, 0)
        centre_layout.addWidget(self.stamps)
        centre_layout.addWidget(self.stamp_label)
        centre_layout.addWidget(self.input)
        centre_layout.addWidget(self.list_heading)
        centre_layout.addWidget(self.list, 1)

        self.attendance = AttendancePanel()
        self.attendance.headcount_changed.connect(self._save_headcount)
        self.attendance.organisation_added.connect(self._add_organisation)
        self.attendance.organisation_removed.connect(self._remove_organisation)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.agenda)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.attendance)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 680, 250])

        self.empty = QLabel()
        self.empty.setObjectName("captureEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.setStyleSheet(FOCUS_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)
        self.help = ShortcutHelp(self, self.input)
        # Where the keyboard goes back to when the table box, the list, a dialog or a menu lets it go.
        self._table_return = FocusReturn(self, self.input, overlay=self.stamps.table)
        self.stamps.table_opened.connect(self._table_return.remember)
        self.stamps.table_chosen.connect(self._table_return.restore)
        self._list_return = FocusReturn(self, self.input, overlay=self.list)
        self._dialog_return = FocusReturn(self, self.input)
        self._menu_return = MenuBarReturn(self, self.input)
        self.drafts = DraftKeeper(self.input, self)

        self._reload_timer = QTimer(self)  # a burst of change news makes one reload
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self._reload_current)
        self.setTabOrder(self.input, self.list)
        self.setTabOrder(self.list, self.attendance.organisation_input)
        self._set_enabled(False)

    def _bind_keys(self) -> None:
        def key(sequence: str | QKeySequence.StandardKey, slot, widget: QWidget | None = None) -> None:
            context = Qt.ShortcutContext.WidgetShortcut if widget else Qt.ShortcutContext.WidgetWithChildrenShortcut
            shortcut(sequence, widget or self, slot, context=context)

        key("F1", self.help.toggle)
        key("F7", self.toggle_projector)
        key("F8", self.next_question)
        key("Shift+F8", self.previous_question)
        key("Ctrl+K", self.actions.toggle_key_quote)
        key("Ctrl++", lambda: self.actions.change_votes(+1))
        key("Ctrl+=", lambda: self.actions.change_votes(+1))
        key("Ctrl+-", lambda: self.actions.change_votes(-1))
        key("Ctrl+H", self.actions.toggle_hidden)
        key("Ctrl+L", self.focus_list)
        for digit in range(1, 10):
            key(f"Ctrl+{digit}", lambda digit=digit: self.actions.toggle_theme_number(digit))
        key(QKeySequence.StandardKey.Delete, self.actions.delete_selected, self.list)
        key("+", lambda: self.actions.change_votes(+1), self.list)
        key("-", lambda: self.actions.change_votes(-1), self.list)
        key("Esc", self._list_return.restore, self.list)
        key("Return", self.actions.edit_selected, self.list)
        key("Enter", self.actions.edit_selected, self.list)

    # --- project and dialogue ------------------------------------------------------------------

    def set_project(self, project: Project | None, queue: WriteQueue | None) -> None:
        self.project = project
        self.queue = queue
        self.session = queue.parent() if queue is not None else None  # until pages get set_session(session)
        self._loaded = None
        self._wanted = None
        self.model.reset([], None, None)
        self._set_enabled(False)
        editing = project is not None and not project.read_only
        draft = self.drafts.set_project(project.path if editing else None)
        self.input.setReadOnly(project is not None and project.read_only)
        self.input.setPlaceholderText(
            self.tr("Read-only: notes cannot be captured in this window (see the note at the top)")
            if project is not None and project.read_only else self._placeholder)
        if project is not None:
            self.input.put_text(draft)
            self.reload_dialogues()

    def reload_dialogues(self, select: uuid.UUID | None = None) -> None:
        project = self.project
        if project is None:
            return
        run_in_background(lambda _p: project.dialogues.list(), lambda found: self._show_dialogues(found, select),
                          self._show_error, owner=self)

    def _show_dialogues(self, dialogues: list[Dialogue], select: uuid.UUID | None) -> None:
        shown = self._wanted or (self._loaded.dialogue.id if self._loaded else None)
        self.dialogue_box.blockSignals(True)
        self.dialogue_box.clear()
        for dialogue in dialogues:
            self.dialogue_box.addItem(dialogue.title, dialogue.id)
        self.dialogue_box.blockSignals(False)
        if not dialogues:
            self._set_enabled(False)
            self.empty.setText(self.tr("This project has no dialogues yet.\n\nCreate one with “New dialogue…”: "
                                       "give it a title and its questions, then start it."))
            return
        wanted = select or shown or self._default_dialogue(dialogues)
        if wanted == shown:
            self._show_in_picker(wanted)
            self._schedule_reload()  # its title or status may have changed
        else:
            self.open_dialogue(wanted)

    @staticmethod
    def _default_dialogue(dialogues: list[Dialogue]) -> uuid.UUID:
        """The running dialogue, else the next planned one, else the most recent."""
        for status in (DialogueStatus.RUNNING, DialogueStatus.PLANNED):
            candidates = [d for d in dialogues if d.status == status]
            if candidates:
                return min(candidates, key=lambda d: d.starts_at or utc_now()).id
        return dialogues[0].id

    def open_dialogue(self, dialogue_id: uuid.UUID) -> None:
        project = self.project
        if project is None or dialogue_id is None:
            return
        self._wanted = dialogue_id
        self._show_in_picker(dialogue_id)
        self._generation += 1
        generation = self._generation
        run_in_background(lambda _p: load_dialogue(project, dialogue_id),
                          lambda loaded: self._show_loaded(loaded, generation), self._show_error, owner=self)

    def _show_loaded(self, loaded: Loaded, generation: int) -> None:
        if generation != self._generation or self.project is None:
            return  # a newer load is on its way
        same_dialogue = self._loaded is not None and self._loaded.dialogue.id == loaded.dialogue.id
        self._loaded = loaded
        self._show_in_picker(loaded.dialogue.id)
        self.agenda.show_agenda(loaded.agenda, loaded.current.id if loaded.current else None)
        if not same_dialogue:
            self.model.reset(loaded.note_ids, self.session, loaded.rows)
            self.last_saved = None
        if not same_dialogue:
            self.stamps.set_groups(loaded.groups)
        self.stamps.set_tables(loaded.tables)
        self.attendance.show_attendance(loaded.groups, loaded.headcounts, loaded.present, loaded.known_organisations)
        self._show_start_button(loaded.dialogue)
        self._set_enabled(True)
        self.show_stamp()
        self.show_count()
        if not same_dialogue:
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)
        self.loaded.emit()

    def _show_in_picker(self, dialogue_id: uuid.UUID) -> None:
        # findData compares Python objects by identity; an equal UUID from a new query differs.
        for index in range(self.dialogue_box.count()):
            if self.dialogue_box.itemData(index) == dialogue_id:
                if index != self.dialogue_box.currentIndex():
                    self.dialogue_box.setCurrentIndex(index)
                return

    def _schedule_reload(self) -> None:
        self._reload_timer.start()

    def _reload_current(self) -> None:
        """Show the current dialogue as it is now; the one last asked for, if it is still loading
        (reloading the one shown before would undo the facilitator's choice of a new dialogue)."""
        current = self._wanted or (self._loaded.dialogue.id if self._loaded is not None else None)
        if current is not None:
            self.open_dialogue(current)

    # --- typing and saving ---------------------------------------------------------------------

    @property
    def loaded_data(self) -> Loaded | None:
        """What is shown for the current dialogue (None before a dialogue is loaded)."""
        return self._loaded

    def stamp(self) -> Stamp | None:
        if self._loaded is None:
            return None
        current = self.agenda.current
        return Stamp(
            dialogue_id=self._loaded.dialogue.id,
            agenda_item_id=current.id if current else None,
            group_id=self.stamps.group_id,
            table_label=self.stamps.table_label,
            kind=self.stamps.kind,
        )

    def submit(self, text: str) -> uuid.UUID | None:
        """Enter: show the note at once as saving, and queue its commit."""
        stamp = self.stamp()
        project, queue = self.project, self.queue
        if stamp is None or project is None or queue is None:
            return None
        note_id = uuid.uuid4()
        themes, key_quote = list(self.pending_themes), self.pending_key_quote
        self.drafts.sending(note_id, text)
        self.input.take_text()
        self.pending_themes, self.pending_key_quote = [], False
        row = CaptureRow(
            id=note_id, text=text, created_at=utc_now(), group=self.stamps.group_name,
            table_label=stamp.table_label or "", kind=stamp.kind, votes=0, key_quote=key_quote,
            hidden_from_projector=False, themes=self._loaded.rows.themes_of(themes), state=SaveState.SAVING,
        )
        self.model.insert_typed(row)
        self.list.scrollToTop()
        self.show_count()
        self.note_shown.emit(note_id)
        queue.submit(
            lambda _p: project.capture.save(stamp, text, note_id=note_id, theme_ids=themes, key_quote=key_quote),
            lambda _saved: self._saved(note_id),
            lambda error: self._not_saved(note_id, text, error),
            owner=self,
        )
        self.show_stamp()
        return note_id

    def _saved(self, note_id: uuid.UUID) -> None:
        self.last_saved = note_id
        self.model.mark(note_id, SaveState.SAVED)
        self.drafts.returned(note_id)
        self.drafts.save_now()  # the note is in the file: its words leave the draft
        self.note_saved.emit(note_id)

    def _not_saved(self, note_id: uuid.UUID, text: str, error: BaseException) -> None:
        """The commit failed: keep the words, in the list (marked) and back in the box."""
        self.model.mark(note_id, SaveState.FAILED)
        typed_since = self.input.toPlainText()
        self.drafts.returned(note_id)
        self.input.put_text(text + ("\n" + typed_since if typed_since else ""))
        self.drafts.save_now()
        with self._dialog_return.kept():
            messages.show_error(self, error, self.tr("The note was not saved, and its text is back in the box."))

    def focus_list(self) -> None:
        """Ctrl+L: to the list of notes; Esc there goes back to where the keyboard was."""
        self._list_return.remember()
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- the agenda ----------------------------------------------------------------------------

    def next_question(self) -> None:
        self._agenda_step(lambda project, dialogue_id: project.capture.advance(dialogue_id))

    def previous_question(self) -> None:
        self._agenda_step(lambda project, dialogue_id: project.capture.go_back(dialogue_id))

    def start_or_finish(self) -> None:
        if self._loaded is None:
            return
        if self._loaded.dialogue.status == DialogueStatus.RUNNING:
            self._agenda_step(lambda project, dialogue_id: project.capture.finish(dialogue_id))
        else:
            self._agenda_step(lambda project, dialogue_id: project.capture.start(dialogue_id))

    def _agenda_step(self, step) -> None:
        project, loaded = self.project, self._loaded
        if project is not None and loaded is not None:
            dialogue_id = loaded.dialogue.id
            self.write(lambda _p: step(project, dialogue_id))

    def _show_start_button(self, dialogue: Dialogue) -> None:
        running = dialogue.status == DialogueStatus.RUNNING
        self.start_button.setText(self.tr("Finish dialogue") if running else self.tr("Start dialogue"))

    def toggle_projector(self) -> None:
        if self._loaded is not None:
            with self._dialog_return.kept():  # opening a window must not move the typing
                self.projector_requested.emit(self._loaded.dialogue.id)

    # --- attendance ----------------------------------------------------------------------------

    def _save_headcount(self, group_id: uuid.UUID, headcount: int) -> None:
        project, loaded = self.project, self._loaded
        if project is not None and loaded is not None:
            self.write(lambda _p: project.participation.set_headcount(loaded.dialogue.id, group_id, headcount))

    def _add_organisation(self, name: str) -> None:
        project, loaded = self.project, self._loaded
        if project is not None and loaded is not None:
            group_id = self.stamps.group_id
            self.write(lambda _p: project.participation.add_organisation(loaded.dialogue.id, name, group_id))

    def _remove_organisation(self, organisation_id: uuid.UUID) -> None:
        project, loaded = self.project, self._loaded
        if project is not None and loaded is not None:
            self.write(lambda _p: project.participation.remove_organisation(loaded.dialogue.id, organisation_id))

    # --- new dialogue --------------------------------------------------------------------------

    def ask_new_dialogue(self) -> None:
        with self._dialog_return.kept():
            spec = ask_new_dialogue(self)
        if spec is not None:
            self.create_dialogue(spec)

    def create_dialogue(self, spec: NewDialogue) -> None:
        project = self.project
        if project is None:
            return

        def create(_progress) -> uuid.UUID:
            dialogue = project.dialogues.create(spec.title, kind=spec.kind, starts_at=spec.starts_at,
                                                place=spec.place, online=spec.online)
            for question, minutes in spec.questions:
                project.dialogues.add_question(dialogue.id, question, minutes)
            return dialogue.id

        self.write(create, lambda dialogue_id: self.reload_dialogues(select=dialogue_id))

    # --- change news from the core -------------------------------------------------------------

    def on_change(self, change: Change) -> None:
        if self._loaded is None:
            if change.touches(ChangeKind.DIALOGUES):
                self.reload_dialogues()
            return
        if change.touches(ChangeKind.NOTES, ChangeKind.TAGS):
            ids = change.ids(ChangeKind.NOTES, ChangeKind.TAGS)
            known = [i for i in ids if self.model.contains(i)]
            self.model.refresh(known)
            self.show_count()
            if change.touches(ChangeKind.NOTES) and len(known) < len(ids):
                # notes it does not list changed: maybe some came back to this dialogue (an undone
                # deletion). Hidden (the writer reviews), it looks when it is shown again.
                if self.isVisible():
                    self._reload_ids()
                else:
                    self._ids_stale = True
        if change.touches(ChangeKind.THEMES, ChangeKind.AGENDA, ChangeKind.PARTICIPATION):
            self._schedule_reload()
        if change.touches(ChangeKind.DIALOGUES):
            self.reload_dialogues()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._menu_return.watch(self.window())
        if self._ids_stale:
            self._ids_stale = False
            self._reload_ids()

    def _reload_ids(self) -> None:
        """Notes came back (an undone deletion) or arrived from elsewhere: list the dialogue again."""
        project, loaded = self.project, self._loaded
        if project is None or loaded is None:
            return
        note_filter = NoteFilter(dialogue_ids=frozenset({loaded.dialogue.id}))

        def reload(ids: list[uuid.UUID]) -> None:
            if self._loaded is loaded and set(ids) != {self.model.note_id(r) for r in range(self.model.rowCount())}:
                self.model.reset(ids, self.session, loaded.rows)
                self.show_count()

        run_in_background(lambda _p: project.notes.ids(note_filter), reload, self._show_error, owner=self)

    # --- showing -------------------------------------------------------------------------------

    def show_stamp(self) -> None:
        if self._loaded is None:
            self.stamp_label.setText("")
            return
        current = self.agenda.current
        parts = [
            self.tr("Question %1").replace("%1", str(self._loaded.agenda.index(current) + 1)) if current
            else self.tr("no question"),
            self.stamps.group_name or self.tr("no group"),
            self.stamps.table_label or self.tr("no table"),
            label(NOTE_KINDS, self.stamps.kind),
        ]
        names = {theme_id: name for theme_id, _code, name, _colour in self._loaded.themes}
        if self.pending_themes:
            parts.append(self.tr("themes: %1").replace("%1", ", ".join(names[t] for t in self.pending_themes)))
        if self.pending_key_quote:
            parts.append("★ " + self.tr("key quote"))
        self.stamp_label.setText(self.tr("Next note: %1").replace("%1", " · ".join(parts)))

    def show_count(self) -> None:
        self.list_heading.setText(self.tr("Notes of this dialogue, newest first: %n", "", self.model.rowCount()))

    def _set_enabled(self, enabled: bool) -> None:
        self.splitter.setVisible(enabled)
        self.empty.setVisible(not enabled)
        for widget in (self.start_button, self.projector_button):
            widget.setEnabled(enabled)
        if not enabled:
            self.empty.setText(self.tr("Open a project to capture notes."))

    def show_busy(self, busy: bool) -> None:
        self.save_state.setText(self.tr("Saving…") if busy else self.tr("All saved ✓"))

    # --- plumbing ------------------------------------------------------------------------------

    def write(self, work, on_done=None) -> None:
        if self.queue is not None:
            self.queue.submit(work, on_done, self._show_error, owner=self)

    def _show_error(self, error: BaseException) -> None:
        with self._dialog_return.kept():
            messages.show_error(self, error)
