"""The dialogue picker, which switches only when a dialogue is chosen from its opened list.

A plain QComboBox switches on a typed letter (its keyboard search), an arrow key and the mouse wheel.
A facilitator whose typing lands on it would switch dialogue mid-sentence, in front of the room.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class DialoguePicker(QComboBox):
    """objectName "captureDialogue" (scripts and tests know it by that name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureDialogue")
        # A click opens the list without taking the keyboard from the note box; Tab still reaches it.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def event(self, event: QEvent) -> bool:
        # F4 chooses a kind on this screen; on the picker it opens the list, as on any combo box.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and _opens_list(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _opens_list(event):
            self.showPopup()  # then arrows, letters and Enter choose inside the list
            event.accept()
            return
        event.ignore()  # no keyboard search, no arrow stepping

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        event.ignore()  # text from an input method would run the same keyboard search

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()


def _opens_list(event: QKeyEvent) -> bool:
    """Space or F4, or Alt+Down / Alt+Up: what opens a combo box's list."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if modifiers == Qt.KeyboardModifier.NoModifier:
        return event.key() in (Qt.Key.Key_Space, Qt.Key.Key_F4)
    if modifiers == Qt.KeyboardModifier.AltModifier:
        return event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
    return False
