"""Gives the keyboard back to where it was when an overlay, dialog or menu took it.

In a meeting the facilitator types without looking at the screen: a key that lands anywhere but where
it was before F1, a message box or a menu is a lost word, or a switched dialogue. Each way out
remembers the focus widget when it opens and restores it when it closes (never a guess with
focusNextChild); when that widget is gone or hidden, the note box takes the keyboard.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenuBar, QWidget

HOOKED = "focusReturnHooked"  # a dynamic property: this menu already tells us when it closes


class FocusReturn:
    """One overlay's memory of the focus widget: ``remember`` when it opens, ``restore`` when it
    closes. ``overlay`` is the widget that takes the keyboard; focus inside it is never remembered."""

    def __init__(self, home: QWidget, fallback: QWidget, overlay: QWidget | None = None) -> None:
        self._home = home  # only widgets of this screen are remembered
        self._fallback = fallback  # the note box
        self._overlay = overlay
        self._widget: QWidget | None = None

    def remember(self, widget: QWidget | None = None) -> None:
        widget = widget if widget is not None else QApplication.focusWidget()
        if widget is not None and self._overlay is not None and _within(self._overlay, widget):
            return  # already in the overlay (Ctrl+L twice): keep where it came from
        self._widget = widget if widget is not None and _within(self._home, widget) else None

    @property
    def remembers(self) -> bool:
        return self._widget is not None

    def forget(self) -> None:
        self._widget = None

    def restore(self) -> None:
        widget, self._widget = self._widget, None
        self.give_back(widget)

    @contextmanager
    def kept(self) -> Iterator[None]:
        """Around a modal dialog or message box: its own memory, so that a nested one cannot spoil it."""
        widget = QApplication.focusWidget()
        if widget is not None and not _within(self._home, widget):
            widget = None
        try:
            yield
        finally:
            self.give_back(widget)

    def give_back(self, widget: QWidget | None) -> None:
        target = widget if _usable(widget) else self._fallback
        if not target.isVisible():
            return  # nothing of this screen is shown (no dialogue yet, another tab)
        window = target.window()
        # A closed dialog may leave no window active; our window is where the user was.
        if not window.isActiveWindow() and QApplication.activeModalWidget() is None:
            window.activateWindow()
        target.setFocus(Qt.FocusReason.OtherFocusReason)


class MenuBarReturn(QObject):
    """Esc on a menu leaves Qt's menu bar holding the keyboard (a second Esc would free it), so the
    letters typed next open menus instead of reaching the note. Give the keyboard straight back."""

    def __init__(self, home: QWidget, fallback: QWidget) -> None:
        super().__init__(home)
        self._home = home
        self._return = FocusReturn(home, fallback)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def watch(self, window: QWidget) -> None:
        """Hear when any menu of the window's menu bar closes (called when the screen is shown)."""
        for bar in window.findChildren(QMenuBar):
            for action in bar.actions():
                menu = action.menu()
                if menu is not None and not menu.property(HOOKED):
                    menu.setProperty(HOOKED, True)
                    menu.aboutToHide.connect(self._menu_hidden)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Alt+F moves the keyboard to the menu bar before its menu opens; Esc on a menu opened with
        # the mouse moves it there after the menu closed.
        if isinstance(new, QMenuBar) and old is not None and _within(self._home, old):
            self._return.remember(old)

    def _menu_hidden(self) -> None:
        QTimer.singleShot(0, self._menu_closed)  # after Qt has put the menu bar in keyboard mode

    def _menu_closed(self) -> None:
        if not self._return.remembers:
            return
        if QApplication.activePopupWidget() is not None:
            return  # Left / Right went on to the next menu
        if isinstance(QApplication.focusWidget(), QMenuBar) and self._home.isVisible():
            self._return.restore()
        else:
            self._return.forget()  # an action was chosen: Qt gave the keyboard back itself


def _within(ancestor: QWidget, widget: QWidget) -> bool:
    return shiboken6.isValid(widget) and (widget is ancestor or ancestor.isAncestorOf(widget))


def _usable(widget: QWidget | None) -> bool:
    return (widget is not None and shiboken6.isValid(widget) and widget.isVisible() and widget.isEnabled()
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus)
