"""The facilitator's screen during a meeting: type, press Enter, never lose a note.

Every write is a named operation (capture_ops.py) on the project's one write queue, in the order it
was made. A typed note is shown at once as "saving…" and as saved only when the commit has returned.
What it looks like is capture_layout.py; which dialogue it shows, dialogue_loader.py.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import QWidget

from dialog_app.core.changes import Change, ChangeKind
from dialog_app.core.kinds import DialogueStatus
from dialog_app.core.person_terms import PersonTerms
from dialog_app.core.records import DialogueRecord
from dialog_app.core.services.capture import Stamp
from dialog_app.core.timeutil import utc_now
from dialog_app.gui.capture import capture_ops
from dialog_app.gui.capture.capture_data import Loaded, note_ids_of
from dialog_app.gui.capture.capture_layout import CaptureLayout
from dialog_app.gui.capture.capture_list_model import CaptureListModel, CaptureRow, SaveState
from dialog_app.gui.capture.dialogue_loader import DialogueLoader
from dialog_app.gui.capture.draft_keeper import DraftKeeper
from dialog_app.gui.capture.note_actions import NoteActions
from dialog_app.gui.dialogs import failures
from dialog_app.gui.dialogs.new_dialogue import NewDialogue, ask_new_dialogue
from dialog_app.gui.labels import NOTE_KINDS, label
from dialog_app.gui.ops import ProjectSession, WriteOp
from dialog_app.gui.shown_zone import zone_of
from dialog_app.gui.widgets.focus_return import FocusReturn, MenuBarReturn
from dialog_app.gui.widgets.shortcuts import shortcut

SHOWN_CHANGES = (ChangeKind.DIALOGUES, ChangeKind.NOTES, ChangeKind.TAGS, ChangeKind.THEMES, ChangeKind.AGENDA,
                 ChangeKind.PARTICIPATION)
# What F1 says of the keys bound below (several keys share one row).
NEXT_QUESTION = QT_TRANSLATE_NOOP("ShortcutHelp", "Next question / back to the previous one")
VOTES = QT_TRANSLATE_NOOP("ShortcutHelp", "One dot vote more / less")
TO_THE_LIST = QT_TRANSLATE_NOOP("ShortcutHelp", "To the list of notes (Esc: back to typing)")
IN_THE_LIST = QT_TRANSLATE_NOOP("ShortcutHelp", "In the list: choose a note, edit it, delete it")
LIST_KEYS = "↑ ↓  Enter  Delete"
LIST_VOTES = QT_TRANSLATE_NOOP("ShortcutHelp", "In the list: dot votes of the chosen note")


class CaptureScreen(CaptureLayout):
    loaded = Signal()  # a dialogue is shown and ready for typing
    note_shown = Signal(object)  # a typed note is visible in the list (not yet on disk)
    note_saved = Signal(object)  # a typed note is committed to the file
    projector_requested = Signal(object)  # dialogue id: the window opens or closes the projector

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.last_saved: uuid.UUID | None = None
        self.pending_themes: list[uuid.UUID] = []
        self.pending_key_quote = False
        self._ids_stale = False  # notes changed while hidden: list the dialogue again when shown
        self._ids_reading: object | None = None  # the read of the dialogue's note ids under way
        self._ids_again = False  # notes changed meanwhile: what is being read may be stale
        self.model = CaptureListModel(parent=self)
        self.list.setModel(self.model)
        self.loader = DialogueLoader(self)
        # Where the keyboard goes back to when the table box, the list, a dialog or a menu lets it go.
        self._table_return = FocusReturn(self, self.input, overlay=self.stamps.table)
        self._list_return = FocusReturn(self, self.input, overlay=self.list)
        self._dialog_return = FocusReturn(self, self.input)
        self._menu_return = MenuBarReturn(self, self.input)
        self.drafts = DraftKeeper(self.input, self)
        self.actions = NoteActions(self)
        self._connect()
        self._bind_keys()
        self.show_enabled(False)

    # --- wiring --------------------------------------------------------------------------------

    def _connect(self) -> None:
        self.dialogue_box.activated.connect(lambda index: self.open_dialogue(self.dialogue_box.itemData(index)))
        self.new_dialogue_button.clicked.connect(self.ask_new_dialogue)
        self.start_button.clicked.connect(self.start_or_finish)
        self.projector_button.clicked.connect(self.toggle_projector)
        self.stamps.changed.connect(self.show_stamp)
        self.stamps.table_opened.connect(self._table_return.remember)
        self.stamps.table_chosen.connect(self._table_return.restore)
        self.input.submitted.connect(self.submit)
        self.model.edit_requested.connect(self.actions.save_edit)
        self.attendance.headcount_changed.connect(
            lambda group_id, count: self._dialogue_write(capture_ops.set_headcount, group_id, count))
        self.attendance.organisation_added.connect(
            lambda name: self._dialogue_write(capture_ops.add_organisation, name, self.stamps.group_id))
        self.attendance.organisation_removed.connect(
            lambda organisation_id: self._dialogue_write(capture_ops.remove_organisation, organisation_id))
        self.loader.listed.connect(self._show_dialogues)
        self.loader.opening.connect(self._show_in_picker)
        self.loader.loaded.connect(self._show_loaded)
        self.loader.failed.connect(self._show_error)

    def _bind_keys(self) -> None:
        def key(sequence: str | QKeySequence.StandardKey, slot, help_text: str, widget: QWidget | None = None,
                shown_as: str = "", rank: int = 4) -> None:
            context = Qt.ShortcutContext.WidgetShortcut if widget else Qt.ShortcutContext.WidgetWithChildrenShortcut
            shortcut(sequence, widget or self, slot, context=context, help=help_text, shown_as=shown_as, rank=rank)

        # F1 is the window's (Help ▸ Keyboard shortcuts): it lists the keys bound here.
        key("F8", self.next_question, NEXT_QUESTION, shown_as="F8 / Shift+F8", rank=2)
        key("Shift+F8", self.previous_question, NEXT_QUESTION, shown_as="F8 / Shift+F8", rank=2)
        for digit in range(1, 10):
            key(f"Ctrl+{digit}", lambda digit=digit: self.actions.toggle_theme_number(digit),
                QT_TRANSLATE_NOOP("ShortcutHelp", "Theme on the note being typed, or on the last note"),
                shown_as="Ctrl+1 … Ctrl+9")
        key("Ctrl+K", self.actions.toggle_key_quote, QT_TRANSLATE_NOOP("ShortcutHelp", "Mark as key quote"))
        for sequence, change in (("Ctrl++", +1), ("Ctrl+=", +1), ("Ctrl+-", -1)):
            key(sequence, lambda change=change: self.actions.change_votes(change), VOTES, shown_as="Ctrl++ / Ctrl+-")
        key("Ctrl+H", self.actions.toggle_hidden,
            QT_TRANSLATE_NOOP("ShortcutHelp", "Hide from the projector / show again"))
        key("Ctrl+L", self.focus_list, TO_THE_LIST, rank=5)
        key(QKeySequence.StandardKey.Delete, self.actions.delete_selected, IN_THE_LIST, self.list, LIST_KEYS, rank=5)
        key("Return", self.actions.edit_selected, IN_THE_LIST, self.list, LIST_KEYS, rank=5)
        key("Enter", self.actions.edit_selected, IN_THE_LIST, self.list, LIST_KEYS, rank=5)
        key("+", lambda: self.actions.change_votes(+1), LIST_VOTES, self.list, "+ / −", rank=5)
        key("-", lambda: self.actions.change_votes(-1), LIST_VOTES, self.list, "+ / −", rank=5)
        key("Esc", self._list_return.restore, TO_THE_LIST, self.list, "Ctrl+L", rank=5)
        key("F7", self.toggle_projector, QT_TRANSLATE_NOOP("ShortcutHelp", "Show or close the projector view"), rank=7)

    # --- project and dialogue ------------------------------------------------------------------

    def set_session(self, session: ProjectSession | None) -> None:
        """Show the project of ``session`` (None: none); the news of an old session is not heard."""
        self.session = session
        self.loader.set_session(session)
        self._ids_reading, self._ids_again = None, False
        self.model.reset([], None, None)
        self.show_enabled(False)
        project = session.project if session is not None else None
        read_only = project is not None and project.read_only
        draft = self.drafts.set_project(project.path if project is not None and not read_only else None)
        self.input.setReadOnly(read_only)
        self.input.setPlaceholderText(
            self.tr("Read-only: notes cannot be captured in this window (see the note at the top)")
            if read_only else self.placeholder)
        if session is not None:
            session.subscribe(SHOWN_CHANGES, lambda change: self._heard(session, change), owner=self)
            self.input.put_text(draft)
            self.reload_dialogues()

    def forget_erased(self, terms: PersonTerms) -> None:
        """A person was erased: words in the box that name them go too (the box's typing history
        with them), or the draft would write them to disk again."""
        text, found = terms.replace(self.input.toPlainText())
        if found:
            self.input.put_text(text)  # setPlainText clears the box's undo history
            self.drafts.save_now()

    @property
    def loaded_data(self) -> Loaded | None:
        """What is shown for the current dialogue (None before a dialogue is loaded)."""
        return self.loader.shown

    def reload_dialogues(self, select: uuid.UUID | None = None) -> None:
        self.loader.reload_dialogues(select)

    def open_dialogue(self, dialogue_id: uuid.UUID) -> None:
        self.loader.open(dialogue_id)

    def _show_dialogues(self, dialogues: list[DialogueRecord]) -> None:
        self.dialogue_box.blockSignals(True)
        self.dialogue_box.clear()
        for dialogue in dialogues:
            self.dialogue_box.addItem(dialogue.title, dialogue.id)
        self.dialogue_box.blockSignals(False)
        if not dialogues:
            self.show_enabled(False)
            self.empty.setText(self.tr("This project has no dialogues yet.\n\nCreate one with “New dialogue…”: "
                                       "give it a title and its questions, then start it."))

    def _show_loaded(self, loaded: Loaded, switched: bool) -> None:
        self._show_in_picker(loaded.dialogue.id)
        self.agenda.show_agenda(loaded.agenda, loaded.current.id if loaded.current else None)
        if switched:
            self.model.reset(loaded.note_ids, self.session, loaded.rows)
            self.last_saved = None
            self.stamps.set_groups(loaded.groups)
        self.stamps.set_tables(loaded.tables, loaded.own_table)
        self.attendance.show_attendance(loaded.groups, loaded.headcounts, loaded.present, loaded.known_organisations)
        self._show_start_button(loaded.dialogue)
        self.show_enabled(True)
        self.show_stamp()
        self.show_count()
        if switched:
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)
        self.loaded.emit()

    def _show_in_picker(self, dialogue_id: uuid.UUID) -> None:
        # findData compares Python objects by identity; an equal UUID from a new query differs.
        for index in range(self.dialogue_box.count()):
            if self.dialogue_box.itemData(index) == dialogue_id:
                if index != self.dialogue_box.currentIndex():
                    self.dialogue_box.setCurrentIndex(index)
                return

    # --- typing and saving ---------------------------------------------------------------------

    def stamp(self) -> Stamp | None:
        loaded = self.loader.shown
        if loaded is None:
            return None
        current = self.agenda.current
        return Stamp(
            dialogue_id=loaded.dialogue.id,
            agenda_item_id=current.id if current else None,
            group_id=self.stamps.group_id,
            table_label=self.stamps.table_label,
            kind=self.stamps.kind,
        )

    def submit(self, text: str) -> uuid.UUID | None:
        """Enter: show the note at once as saving, and queue its commit."""
        stamp, session, loaded = self.stamp(), self.session, self.loader.shown
        if stamp is None or session is None:
            return None
        note_id = uuid.uuid4()
        themes, key_quote = list(self.pending_themes), self.pending_key_quote
        self.drafts.sending(note_id, text)
        self.input.take_text()
        self.pending_themes, self.pending_key_quote = [], False
        row = CaptureRow(
            id=note_id, text=text, created_at=utc_now(), group=self.stamps.group_name,
            table_label=stamp.table_label or "", kind=stamp.kind, votes=0, key_quote=key_quote,
            hidden_from_projector=False, themes=loaded.rows.themes_of(themes), state=SaveState.SAVING,
        )
        self.model.insert_typed(row)
        self.list.scrollToTop()
        self.show_count()
        self.note_shown.emit(note_id)
        capture_ops.capture_note(session, stamp, text, note_id, themes, key_quote) \
            .success(lambda _saved: self._saved(note_id)) \
            .failure(lambda error: self._not_saved(note_id, text, error)) \
            .run(initiator=self)
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
            failures.show_error(self, error, self.tr("The note was not saved, and its text is back in the box."))

    def focus_list(self) -> None:
        """Ctrl+L: to the list of notes; Esc there goes back to where the keyboard was."""
        self._list_return.remember()
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- the agenda ----------------------------------------------------------------------------

    def next_question(self) -> None:
        self._dialogue_write(capture_ops.next_question)

    def previous_question(self) -> None:
        self._dialogue_write(capture_ops.previous_question)

    def start_or_finish(self) -> None:
        loaded = self.loader.shown
        if loaded is not None:
            running = loaded.dialogue.status == DialogueStatus.RUNNING
            self._dialogue_write(capture_ops.finish_dialogue if running else capture_ops.start_dialogue)

    def _dialogue_write(self, action, *args) -> None:
        """Run ``action(session, shown dialogue id, *args)``: the agenda's steps and attendance."""
        session, loaded = self.session, self.loader.shown
        if session is not None and loaded is not None:
            self.run(action(session, loaded.dialogue.id, *args))

    def _show_start_button(self, dialogue: DialogueRecord) -> None:
        running = dialogue.status == DialogueStatus.RUNNING
        self.start_button.setText(self.tr("Finish dialogue") if running else self.tr("Start dialogue"))

    def toggle_projector(self) -> None:
        if self.loader.shown is not None:
            with self._dialog_return.kept():  # opening a window must not move the typing
                self.projector_requested.emit(self.loader.shown.dialogue.id)

    # --- new dialogue --------------------------------------------------------------------------

    def ask_new_dialogue(self) -> None:
        with self._dialog_return.kept():
            spec = ask_new_dialogue(self, zone_of(self.session))
        if spec is not None:
            self.create_dialogue(spec)

    def create_dialogue(self, spec: NewDialogue) -> None:
        """The dialogue and its questions, one undo step; then it is shown."""
        if self.session is not None:
            self.run(capture_ops.create_dialogue(self.session, spec)
                     .success(lambda dialogue: self.reload_dialogues(select=dialogue.id)))

    # --- change news from the core -------------------------------------------------------------

    def _heard(self, session: ProjectSession, change: Change) -> None:
        if session is self.session:  # an old project's news, still on its way, is not ours
            self._on_change(change)

    def _on_change(self, change: Change) -> None:
        if self.loader.shown is None:
            if change.touches(ChangeKind.DIALOGUES):
                self.reload_dialogues()
            return
        if change.touches(ChangeKind.NOTES, ChangeKind.TAGS):
            self._ids_again = self._ids_reading is not None
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
            self.loader.schedule_reload()
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
        session, loaded = self.session, self.loader.shown
        if session is None or loaded is None:
            return
        if self._ids_reading is not None:  # one read at a time; the newest news is read after it
            self._ids_again = True
            return
        self._ids_reading = reading = object()
        self._ids_again = False

        def reload(ids: list[uuid.UUID]) -> None:
            if self._ids_reading is not reading:
                return  # another project was opened meanwhile
            self._ids_reading = None
            if self._ids_again:  # read before the latest news: read again
                self._reload_ids()
                return
            if self.loader.shown is loaded and set(ids) != {self.model.note_id(r) for r in range(self.model.rowCount())}:
                self.model.reset(ids, self.session, loaded.rows)
                self.show_count()

        def failed(error: BaseException) -> None:
            if self._ids_reading is reading:
                self._ids_reading = None
                self._show_error(error)

        note_ids_of(session, loaded.dialogue.id).success(reload).failure(failed).run(owner=self)

    # --- showing -------------------------------------------------------------------------------

    def show_stamp(self) -> None:
        loaded = self.loader.shown
        if loaded is None:
            self.stamp_label.setText("")
            return
        current = self.agenda.current
        parts = [
            self.tr("Question %1").replace("%1", str(loaded.agenda.index(current) + 1)) if current
            else self.tr("no question"),
            self.stamps.group_name or self.tr("no group"),
            self.stamps.table_label or self.tr("no table"),
            label(NOTE_KINDS, self.stamps.kind),
        ]
        names = {theme_id: name for theme_id, _code, name, _colour in loaded.themes}
        if self.pending_themes:
            parts.append(self.tr("themes: %1").replace("%1", ", ".join(names[t] for t in self.pending_themes)))
        if self.pending_key_quote:
            parts.append("★ " + self.tr("key quote"))
        self.stamp_label.setText(self.tr("Next note: %1").replace("%1", " · ".join(parts)))

    def changeEvent(self, event: QEvent) -> None:
        """The language changed: the words made from data are written again (gui/language_switch.py
        does the fixed ones)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.stamps.retranslate()
            self.agenda.update_timer()
            self.show_stamp()
            self.show_count()

    def show_count(self) -> None:
        self.list_heading.setText(self.tr("Notes of this dialogue, newest first: %Ln", "", self.model.rowCount()))

    def show_busy(self, busy: bool) -> None:
        self.save_state.setText(self.tr("Saving…") if busy else self.tr("All saved ✓"))

    # --- plumbing ------------------------------------------------------------------------------

    def run(self, op: WriteOp) -> None:
        """Run one of the screen's writes; a failure is said here, and the keyboard stays in the box."""
        op.failure(self._show_error).run(initiator=self)

    def _show_error(self, error: BaseException) -> None:
        with self._dialog_return.kept():
            failures.show_error(self, error)
