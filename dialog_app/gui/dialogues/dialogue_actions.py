"""The Dialogues tab's actions on a dialogue (issue 15): New dialogue…, Edit…, Delete…, Start capture.

Each is one ``QAction`` with its keys, shown as a button beside the list and in the list's context
menu (the Menu key and Shift+F10 open it too), so every way to it says the same words. The empty
state of a project without dialogues offers the first step: a new dialogue, or the demo project.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QMenu, QPushButton, QVBoxLayout, QWidget

from dialog_app.core.services.dialogue_editing import NotesHeld
from dialog_app.gui import error_text
from dialog_app.gui.dialogs import messages
from dialog_app.gui.operations.dialogue_edits import delete_dialogue, notes_held
from dialog_app.gui.widgets.shortcuts import shortcut


class DialogueActions(QObject):
    """Needs the page's ``session``, ``selected_dialogue``, ``select_dialogue`` and its signals."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.new_action = self._action(self.tr("&New dialogue…"), "newDialogueAction", "Ctrl+Shift+N",
                                       self.new_dialogue, self.tr("Plan a dialogue: when, where and its questions"))
        self.edit_action = self._action(self.tr("Ed&it…"), "editDialogueAction", "F2", self.edit_dialogue,
                                        self.tr("Change the dialogue's facts and its questions"))
        self.delete_action = self._action(self.tr("&Delete…"), "deleteDialogueAction", QKeySequence.StandardKey.Delete,
                                          self.delete_dialogue, self.tr("Delete a dialogue that holds no notes"))
        self.capture_action = self._action(self.tr("Start &capture"), "startCaptureAction", "Ctrl+Return",
                                           self.start_capture, self.tr("Type the notes of this dialogue"))

    def _action(self, text: str, name: str, keys, slot, tip: str) -> QAction:
        action = QAction(text, self.page)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    # --- where the actions are shown -----------------------------------------------------------

    def buttons(self) -> list[QPushButton]:
        """One button per action, named as tests and scripts know them."""
        made = []
        for action, name in ((self.new_action, "newDialogueButton"), (self.edit_action, "editDialogueButton"),
                             (self.delete_action, "deleteDialogueButton"), (self.capture_action, "startCaptureButton")):
            button = QPushButton(action.text())
            button.setObjectName(name)
            button.setToolTip(action.toolTip())
            button.setEnabled(action.isEnabled())
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda action=action, button=button: button.setEnabled(action.isEnabled()))
            made.append(button)
        return made

    def attach(self, dialogue_list: QListView) -> None:
        """The keys: a new dialogue anywhere on the tab; the rest where a dialogue is chosen, in the
        list (Delete in the note table must not offer to delete the dialogue). The list's context
        menu, by mouse, the Menu key or Shift+F10; Enter edits."""
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.page.addAction(self.new_action)
        for action in (self.edit_action, self.delete_action, self.capture_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            dialogue_list.addAction(action)
        dialogue_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        dialogue_list.customContextMenuRequested.connect(lambda at: self._menu(dialogue_list, at))
        shortcut("Shift+F10", dialogue_list, lambda: self._menu(dialogue_list, self._current_point(dialogue_list)),
                 help=QT_TRANSLATE_NOOP("ShortcutHelp", "In the list: the dialogue's menu"))
        dialogue_list.activated.connect(lambda _index: self.edit_action.trigger())

    def menu(self) -> QMenu:
        menu = QMenu(self.page)
        menu.setObjectName("dialogueContextMenu")
        menu.addAction(self.capture_action)
        menu.addAction(self.edit_action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.new_action)
        return menu

    def _menu(self, dialogue_list: QListView, at: QPoint) -> None:
        menu = self.menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(dialogue_list.viewport().mapToGlobal(at))

    @staticmethod
    def _current_point(dialogue_list: QListView) -> QPoint:
        rect = dialogue_list.visualRect(dialogue_list.currentIndex())
        return rect.center() if rect.isValid() else QPoint(0, 0)

    def empty_state(self) -> QWidget:
        """What a project without dialogues shows: how to begin, with the two first steps."""
        widget = QWidget()
        widget.setObjectName("emptyDialogues")
        text = QLabel(self.tr(
            "This project has no dialogues yet.\n\nBegin with a new dialogue: its title, when and where it "
            "is held, and the questions to discuss. Then choose Start capture to type what is said.\n\n"
            "To look around first, open the demo project."))
        text.setObjectName("emptyDialoguesText")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMinimumWidth(text.fontMetrics().averageCharWidth() * 40)
        new_button = QPushButton(self.tr("New dialogue…"))
        new_button.setObjectName("emptyNewDialogueButton")
        new_button.clicked.connect(self.new_action.trigger)
        demo_button = QPushButton(self.tr("Open the demo project"))
        demo_button.setObjectName("emptyDemoButton")
        demo_button.clicked.connect(self.page.demo_requested)
        row = QHBoxLayout()  # the text in the middle third, lines short enough to read (a label added with
        row.addStretch(1)    # an alignment gets no height for its width, and its wrapped lines were cut)
        row.addWidget(text, 2)
        row.addStretch(1)
        layout = QVBoxLayout(widget)
        layout.addStretch(1)
        layout.addLayout(row)
        for button in (new_button, demo_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return widget

    def enable(self, chosen: bool, writable: bool) -> None:
        """``chosen``: one dialogue is selected (not "All dialogues", not none)."""
        self.new_action.setEnabled(writable)
        for action in (self.edit_action, self.delete_action, self.capture_action):
            action.setEnabled(chosen and writable)

    # --- the actions ---------------------------------------------------------------------------

    def new_dialogue(self) -> None:
        self._open_form(None)

    def edit_dialogue(self) -> None:
        if self.page.selected_dialogue is not None:
            self._open_form(self.page.selected_dialogue)

    def _open_form(self, dialogue_id: uuid.UUID | None) -> None:
        session = self.page.session
        if session is None or session.read_only:
            return
        from dialog_app.gui.dialogs.dialogue_form import DialogueFormDialog

        form = DialogueFormDialog(session, dialogue_id, self.page.window())
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self.page.select_dialogue)
        form.open()

    def start_capture(self) -> None:
        if self.page.selected_dialogue is not None:
            self.page.capture_requested.emit(self.page.selected_dialogue)

    def delete_dialogue(self) -> None:
        session, dialogue_id = self.page.session, self.page.selected_dialogue
        if session is None or session.read_only or dialogue_id is None:
            return
        title = self.page.dialogue_list.currentIndex().data() or ""
        notes_held(session, dialogue_id).success(lambda held: self._confirm_delete(dialogue_id, title, held)) \
            .run(owner=self)

    def _confirm_delete(self, dialogue_id: uuid.UUID, title: str, held: NotesHeld) -> None:
        session = self.page.session
        if session is None:
            return
        if held.total and not held.live:
            self._offer_bin(dialogue_id, title, held.binned)
            return
        if held.total:
            if held.binned:
                text = self.tr("“%1” holds %n note(s), %2 of them in the bin, so it is not deleted: its notes "
                               "would be lost with it.", "", held.total).replace("%2", str(held.binned))
            else:
                text = self.tr("“%1” holds %n note(s), so it is not deleted: its notes would be lost with it.",
                               "", held.total)
            text = text.replace("%1", title)
            text += " " + self.tr("To change its title, date or questions, choose Edit… instead.")
            messages.warn(self.page.window(), text)
            return
        question = self.tr("Delete the dialogue “%1” with its questions and attendance? Ctrl+Z undoes this.")
        if not messages.confirm(self.page.window(), question.replace("%1", title)):
            return
        delete_dialogue(session, dialogue_id).failure(
            lambda error: messages.warn(self.page.window(), error_text.describe(error))).run(initiator=self.page)

    def _offer_bin(self, dialogue_id: uuid.UUID, title: str, binned: int) -> None:
        """Only binned notes hold the dialogue back: say where they go for good, and offer to go there."""
        text = self.tr("“%1” is not deleted: %n note(s) of it are still in the bin, and would be lost with it. "
                       "Empty them from Edit ▸ Bin first; then the dialogue can be deleted.", "", binned)
        question = text.replace("%1", title) + "\n\n" + self.tr("Open the bin now?")
        window = self.page.window()
        if messages.confirm(window, question) and hasattr(window, "show_bin"):
            window.show_bin(dialogue_id)  # with its notes chosen
