"""Real key presses and clicks sent where the keyboard is, as a person's keyboard would send them.

QTest delivers a key to the widget it is given, wherever the focus is; these helpers give it to
QApplication.focusWidget() (or the open popup), so a test sees what a lost focus would lose.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

NO_KEY = Qt.KeyboardModifier.NoModifier
KEY_GAP_MS = 20  # a person's pause between keys: the window system's news is handled in between


def keyboard() -> QWidget:
    """The widget a key pressed now goes to: the open popup (a menu, a list), else the focus widget."""
    popup, target = QApplication.activePopupWidget(), QApplication.focusWidget()
    if popup is not None and not (target is not None and popup.isAncestorOf(target)):
        target = popup
    assert target is not None, "no widget has the keyboard: a key pressed now would be lost"
    return target


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_KEY) -> None:
    qtbot.keyClick(keyboard(), key, modifier)
    qtbot.wait(KEY_GAP_MS)


def click(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())
    qtbot.wait(KEY_GAP_MS)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(keyboard(), text)
    qtbot.wait(KEY_GAP_MS)


def wait_for_keyboard(qtbot, widget: QWidget) -> None:
    """Wait until keys go to ``widget`` (a window that was given back is activated a moment later)."""
    try:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2_000)
    except qtbot.TimeoutError:
        raise AssertionError(f"the keyboard is at {QApplication.focusWidget()!r}, not at {widget!r}") from None


def in_modal(qtbot, *steps: Qt.Key | str) -> None:
    """Once a modal dialog is open, type in it from inside its own event loop: a key is pressed,
    a text is typed."""
    attempts = [250]  # 5 s at most: a test whose dialog never opens fails instead of waiting forever

    def attempt() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or QApplication.activeWindow() is not modal or QApplication.focusWidget() is None:
            attempts[0] -= 1
            if attempts[0]:
                QTimer.singleShot(20, attempt)
            return
        for step in steps:
            type_text(qtbot, step) if isinstance(step, str) else press(qtbot, step)

    QTimer.singleShot(0, attempt)
