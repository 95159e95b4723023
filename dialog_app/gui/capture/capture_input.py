"""The box the facilitator types into: Enter saves, Shift+Enter starts a new line.

Ctrl+Z undoes typing while there is typing to undo; in an empty box it reaches the project's undo,
so a note saved by mistake is one keystroke away from the bin.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from dialog_app.gui.widgets.key_list import KeyNote

MIN_LINES = 2
MAX_LINES = 6


class CaptureInput(QPlainTextEdit):
    submitted = Signal(str)  # the text, when Enter is pressed on something that is not blank

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureInput")
        self.setAccessibleName(self.tr("Note"))
        self.setAccessibleDescription(self.tr("Type what was said; Enter saves it as a note"))
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.setFont(font)
        self.document().contentsChanged.connect(self._fit_height)
        self._fit_height()
        # The keys handled below, as F1 lists them.
        KeyNote(self, "Enter",
                QT_TRANSLATE_NOOP("ShortcutHelp", "Save the note (it is on disk before it shows as saved)"), rank=1)
        KeyNote(self, "Shift+Enter", QT_TRANSLATE_NOOP("ShortcutHelp", "New line in the note"), rank=1)
        KeyNote(self, "Ctrl+Z / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("ShortcutHelp", "Undo / redo (in an empty box: "
                                                                                 "the last action)"),
                rank=6, covers=("Ctrl+Z", "Ctrl+Shift+Z"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
                return
            if not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                text = self.toPlainText()
                if text.strip():
                    self.submitted.emit(text)
                return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Let the window's undo/redo have Ctrl+Z when this box has nothing of its own to undo.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Z
                and event.modifiers() == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            )
            if (undo and not self.document().isUndoAvailable()) or (redo and not self.document().isRedoAvailable()):
                event.ignore()
                return False
        return super().event(event)

    def put_text(self, text: str) -> None:
        """Show words given back (a draft, a failed note) with the cursor after them: typing goes on."""
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)

    def take_text(self) -> str:
        """Empty the box for the next note, forgetting its typing history."""
        text = self.toPlainText()
        self.clear()
        self.document().clearUndoRedoStacks()
        return text

    def _fit_height(self) -> None:
        lines = max(MIN_LINES, min(MAX_LINES, self.document().blockCount()))
        frame = int(self.document().documentMargin() * 2 + self.frameWidth() * 2)
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + frame + 4)
