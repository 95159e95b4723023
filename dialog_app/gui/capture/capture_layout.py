"""What the capture screen looks like: the dialogue row on top, the questions on the left, the stamps,
the note box and the notes in the middle, attendance on the right. Widgets only; the screen
(capture_screen.py) gives them their behaviour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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

from dialog_app.gui.capture.agenda_panel import AgendaPanel
from dialog_app.gui.capture.attendance_panel import AttendancePanel
from dialog_app.gui.capture.capture_input import CaptureInput
from dialog_app.gui.capture.dialogue_picker import DialoguePicker
from dialog_app.gui.capture.note_card_delegate import NoteCardDelegate
from dialog_app.gui.capture.stamp_bar import StampBar
from dialog_app.gui.widgets.kept_panes import keep_panes
from dialog_app.gui.widgets.key_help import KeyHelp
from dialog_app.gui.widgets.readable import readable_placeholder

# Where the keyboard is must be visible from a step back, on a projector-lit laptop too.
FOCUS_STYLE = """
QPlainTextEdit:focus, QListView:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus {
    border: 2px solid palette(highlight); border-radius: 3px;
}
"""


class CaptureLayout(QWidget):
    """The capture screen's widgets, laid out; the list of notes gets its model from the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureScreen")
        top = self._build_top_row()
        self.agenda = AgendaPanel()
        centre = self._build_centre()
        self.attendance = AttendancePanel()

        self.splitter = QSplitter()
        self.splitter.addWidget(self.agenda)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.attendance)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 680, 250])
        keep_panes(self.splitter, "capture")

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
        self.help = KeyHelp(self, self.input)  # F1 (the window's key) shows it
        self.setTabOrder(self.input, self.list)
        self.setTabOrder(self.list, self.attendance.organisation_input)

    def _build_top_row(self) -> QHBoxLayout:
        self.dialogue_box = DialoguePicker()
        self.dialogue_box.setMinimumContentsLength(28)
        self.new_dialogue_button = QPushButton(self.tr("New dialogue…"))
        self.new_dialogue_button.setObjectName("newDialogueButton")
        # Named before a dialogue is loaded too: an empty button said nothing (the screen sets it).
        self.start_button = QPushButton(QCoreApplication.translate("CaptureScreen", "Start dialogue"))
        self.start_button.setObjectName("startDialogueButton")
        self.projector_button = QPushButton(self.tr("Projector  F7"))
        self.projector_button.setObjectName("projectorButton")
        for button in (self.new_dialogue_button, self.start_button, self.projector_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard in the note box
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        top = QHBoxLayout()
        dialogue_label = QLabel(self.tr("Dialogue:"))
        dialogue_label.setBuddy(self.dialogue_box)  # the picker is announced by its label
        top.addWidget(dialogue_label)
        top.addWidget(self.dialogue_box, 1)
        top.addWidget(self.new_dialogue_button)
        top.addWidget(self.start_button)
        top.addWidget(self.projector_button)
        top.addWidget(self.save_state)
        return top

    def _build_centre(self) -> QWidget:
        self.stamps = StampBar(self)
        self.stamp_label = QLabel()
        self.stamp_label.setObjectName("captureStamp")
        self.stamp_label.setWordWrap(True)
        self.stamp_label.setTextFormat(Qt.TextFormat.PlainText)
        self.input = CaptureInput()
        self.placeholder = self.tr("Type what is said and press Enter · F1 shows every shortcut")
        self.input.setPlaceholderText(self.placeholder)
        readable_placeholder(self.input)  # how to begin: it must read
        # One column of cards: a QTableView with fixed row heights inserts a row at the top in
        # about a millisecond with 30 000 rows; a QListView lays every row out again (60 ms).
        self.list = QTableView()
        self.list.setObjectName("captureList")
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
        return centre

    def show_enabled(self, enabled: bool) -> None:
        """A dialogue is shown (its panes), or not (a sentence in their place)."""
        self.splitter.setVisible(enabled)
        self.empty.setVisible(not enabled)
        for widget in (self.start_button, self.projector_button):
            widget.setEnabled(enabled)
        if not enabled:
            self.empty.setText(self.tr("Open a project to capture notes."))
