"""F1: the keys of the screen or dialog in front of the user, over it; F1 or Esc closes the list and
gives the keyboard back to where it was. While it is open, every key stays on it (as in a modal popup).

The list is read when it opens (key_list.py), so it shows what the keys do now and in the language
chosen now. Beside a screen's own keys it shows the menus' keys, which work on every screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dialog_app.gui.widgets.focus_return import FocusReturn
from dialog_app.gui.widgets.key_list import KeyRow, menu_keys, screen_keys, sequences_of
from dialog_app.gui.widgets.shortcuts import shortcut


class KeyHelp(QWidget):
    """A translucent sheet over ``screen`` that follows its size. ``fallback`` takes the keyboard
    when the widget that had it is gone; ``window`` adds its menus' keys; ``title`` names the screen."""

    def __init__(self, screen: QWidget, fallback: QWidget | None = None, window: QWidget | None = None,
                 title: Callable[[], str] | None = None) -> None:
        super().__init__(screen)
        self.setObjectName("shortcutHelp")
        self._screen, self._window, self._title = screen, window, title
        home = screen if fallback is not None or window is None else window
        self._focus_return = FocusReturn(home, fallback or screen, overlay=self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sheet = QFrame(self)
        self.sheet.setObjectName("shortcutSheet")
        self.sheet.setFrameShape(QFrame.Shape.StyledPanel)
        self.sheet.setAutoFillBackground(True)
        self._inner = QVBoxLayout(self.sheet)
        self._inner.setContentsMargins(28, 22, 28, 22)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.sheet, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        screen.installEventFilter(self)
        self.hide()

    def attach(self, window: QWidget | None, title: Callable[[], str] | None) -> None:
        """List the keys of ``window``'s menus too, under the screen's name (a sheet made by its screen)."""
        self._window, self._title = window, title

    # --- what it shows ---------------------------------------------------------------------------

    def rows(self) -> tuple[list[KeyRow], list[KeyRow]]:
        """The screen's own keys, and the menus' keys it does not already list."""
        own = screen_keys(self._screen)
        if self._window is None:
            return own, []
        covered = sequences_of(own)
        menus = [row for row in menu_keys(self._window) if not set(row.sequences) & covered]
        return own, menus

    def _fill(self) -> None:
        while self._inner.count():
            item = self._inner.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                _delete_layout(item.layout())
        own, menus = self.rows()
        name = self._title() if self._title else ""
        heading = QCoreApplication.translate("ShortcutHelp", "Keyboard shortcuts") + (f": {name}" if name else "")
        title = QLabel(heading)
        title.setObjectName("shortcutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self._inner.addWidget(title)
        self._inner.addSpacing(10)
        columns = QHBoxLayout()
        columns.setSpacing(36)
        translate = QCoreApplication.translate
        own_heading = translate("ShortcutHelp", "On this screen") if self._window is not None else ""
        columns.addLayout(_column(own_heading, own, translate("ShortcutHelp", "This screen has no keys of its own.")), 3)
        if menus:
            columns.addLayout(_column(translate("ShortcutHelp", "On every screen (the menus)"), menus, ""), 2)
        self._inner.addLayout(columns)
        self._inner.addSpacing(12)
        closing = QLabel(QCoreApplication.translate("ShortcutHelp", "F1 or Esc closes this list."))
        closing.setObjectName("shortcutClosing")
        self._inner.addWidget(closing)
        self.setAccessibleName(heading)
        self.setAccessibleDescription("; ".join(f"{row.keys}: {row.meaning}" for row in own + menus))

    # --- showing and closing ---------------------------------------------------------------------

    def toggle(self) -> None:
        if self.isVisible():
            self.close_help()
        else:
            self.open_help()

    def open_help(self) -> None:
        self._focus_return.remember()
        self._fill()
        self.setGeometry(self._screen.rect())
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_help(self) -> None:
        self.hide()
        self._focus_return.restore()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
            self.close_help()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """No shortcut of the screens beneath fires while the sheet is open (Ctrl+F would move the
        keyboard under it): the sheet takes every key as its own, as a modal popup does; F1 and Esc
        then close it in ``keyPressEvent``."""
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def focusNextPrevChild(self, _forward: bool) -> bool:  # noqa: N802 (Qt's name)
        """Tab and Shift+Tab keep the keyboard on the open sheet, as a modal popup does: the controls
        under it are covered, and a key typed there unseen would be lost (Esc or F1 gives it back)."""
        return True

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 110))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Only Qt's own state here: while the screen is being destroyed, Python's side of this sheet
        # may already be gone (the filter is still called).
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self.setGeometry(watched.rect())
        return False


def help_over(screen: QWidget, window: QWidget | None = None, title: Callable[[], str] | None = None) -> KeyHelp:
    """The screen's list of keys (made the first time it is asked for), with the window's menus."""
    found = screen.findChild(KeyHelp, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if found is None:
        return KeyHelp(screen, window=window, title=title)
    found.attach(window, title)
    return found


def _column(heading: str, rows: list[KeyRow], empty: str) -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(6)
    if heading:
        label = QLabel(f"<b>{heading}</b>")
        label.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(label)
    if not rows and empty:
        column.addWidget(QLabel(empty))
    grid = QGridLayout()
    grid.setHorizontalSpacing(18)
    grid.setVerticalSpacing(5)
    for number, row in enumerate(rows):
        keys = QLabel(row.keys)
        font = keys.font()
        font.setBold(True)
        keys.setFont(font)
        keys.setTextFormat(Qt.TextFormat.PlainText)
        meaning = QLabel(row.meaning)
        meaning.setTextFormat(Qt.TextFormat.PlainText)  # one line each: wrapped labels in a grid get cut
        grid.addWidget(keys, number, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(meaning, number, 1, Qt.AlignmentFlag.AlignTop)
    grid.setColumnStretch(1, 1)
    column.addLayout(grid)
    column.addStretch(1)
    return column


def _delete_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _delete_layout(item.layout())
    layout.deleteLater()


def install(dialog: QWidget, fallback: QWidget | None = None) -> KeyHelp:
    """F1 on a dialog or a window of its own: the list of its keys, over it."""
    overlay = KeyHelp(dialog, fallback=fallback or dialog)
    shortcut("F1", dialog, overlay.toggle, help=QT_TRANSLATE_NOOP("ShortcutHelp", "Show or close this help"))
    return overlay
