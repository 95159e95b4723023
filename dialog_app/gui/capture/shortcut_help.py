"""F1: every shortcut of the capture screen, over the screen itself; F1 or Esc closes it and gives
the keyboard back to where it was."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from dialog_app.gui.capture.focus_return import FocusReturn

# (keys, what they do): the one list the overlay shows; keys are never translated.
SHORTCUTS = (
    ("Enter", QT_TRANSLATE_NOOP("ShortcutHelp", "Save the note (it is on disk before it shows as saved)")),
    ("Shift+Enter", QT_TRANSLATE_NOOP("ShortcutHelp", "New line in the note")),
    ("F8 / Shift+F8", QT_TRANSLATE_NOOP("ShortcutHelp", "Next question / back to the previous one")),
    ("Alt+1 … Alt+9", QT_TRANSLATE_NOOP("ShortcutHelp", "Stakeholder group of the next notes (Alt+0: none)")),
    ("F2 F3 F4 F5", QT_TRANSLATE_NOOP("ShortcutHelp", "Kind: statement, idea, concern, question")),
    ("Alt+T", QT_TRANSLATE_NOOP("ShortcutHelp", "Table or breakout group (Enter or Esc: back to typing)")),
    ("Ctrl+1 … Ctrl+9", QT_TRANSLATE_NOOP("ShortcutHelp", "Theme on the note being typed, or on the last note")),
    ("Ctrl+K", QT_TRANSLATE_NOOP("ShortcutHelp", "Mark as key quote")),
    ("Ctrl++ / Ctrl+-", QT_TRANSLATE_NOOP("ShortcutHelp", "One dot vote more / less")),
    ("Ctrl+H", QT_TRANSLATE_NOOP("ShortcutHelp", "Hide from the projector / show again")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("ShortcutHelp", "To the list of notes (Esc: back to typing)")),
    ("↑ ↓  Enter  Delete", QT_TRANSLATE_NOOP("ShortcutHelp", "In the list: choose a note, edit it, delete it")),
    ("+ / −", QT_TRANSLATE_NOOP("ShortcutHelp", "In the list: dot votes of the chosen note")),
    ("Ctrl+Z / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("ShortcutHelp", "Undo / redo (in an empty box: the last action)")),
    ("F7", QT_TRANSLATE_NOOP("ShortcutHelp", "Show or close the projector view")),
    ("F1 / Esc", QT_TRANSLATE_NOOP("ShortcutHelp", "Show or close this help")),
)


class ShortcutHelp(QWidget):
    """A translucent sheet over its parent; it follows the parent's size."""

    def __init__(self, parent: QWidget, typing_place: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutHelp")
        self._focus_return = FocusReturn(parent, typing_place, overlay=self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        sheet = QFrame(self)
        sheet.setObjectName("shortcutSheet")
        sheet.setFrameShape(QFrame.Shape.StyledPanel)
        sheet.setAutoFillBackground(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        title = QLabel(self.tr("Keyboard shortcuts"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        for row, (keys, meaning) in enumerate(SHORTCUTS):
            key_label = QLabel(f"<b>{keys}</b>")
            key_label.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(QLabel(QCoreApplication.translate("ShortcutHelp", meaning)), row, 1)
        inner = QVBoxLayout(sheet)
        inner.setContentsMargins(28, 22, 28, 22)
        inner.addWidget(title)
        inner.addSpacing(10)
        inner.addLayout(grid)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(sheet, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def toggle(self) -> None:
        if self.isVisible():
            self.close_help()
        else:
            self._focus_return.remember()
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
            self.show()
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_help(self) -> None:
        self.hide()
        self._focus_return.restore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
            self.close_help()
            return
        super().keyPressEvent(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 110))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False
