"""Shift+F10 opens the context menu of the widget with the keyboard, everywhere, as the Menu key does;
and every menu shown has a mnemonic on each item (widgets/mnemonics.py).

One event filter on the application does it for every window and dialog, so no widget needs its own
Shift+F10 shortcut. The menu opens at the current item of a list, table or tree (else at the
widget's centre), with the reason Keyboard, exactly as the Menu key's event.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QMenu, QWidget

from dialog_app.gui.widgets.mnemonics import give_mnemonics

FILTER_NAME = "contextKeyFilter"


class ContextKey(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            if (event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
                    and watched is QApplication.focusWidget() and QApplication.activePopupWidget() is None):
                return open_context_menu(watched)
        elif kind == QEvent.Type.Show and isinstance(watched, QMenu):
            give_mnemonics(watched)
        return False


def open_context_menu(widget: QWidget) -> bool:
    """Send ``widget`` the context-menu event the Menu key sends; False when it has no menu."""
    if widget.contextMenuPolicy() in (Qt.ContextMenuPolicy.NoContextMenu, Qt.ContextMenuPolicy.PreventContextMenu):
        return False
    target, at = widget, widget.rect().center()
    if isinstance(widget, QAbstractScrollArea):  # as a mouse's: at the viewport, in its coordinates
        target = widget.viewport()
        at = target.rect().center()
        if isinstance(widget, QAbstractItemView):
            rect = widget.visualRect(widget.currentIndex())
            if rect.isValid() and target.rect().intersects(rect):
                at = QPoint(min(rect.left() + 2 * widget.fontMetrics().averageCharWidth(), rect.center().x()),
                            rect.center().y())
    menu_event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, target.mapToGlobal(at),
                                   Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, menu_event)
    return True


def install_context_key(app: QApplication | None = None) -> ContextKey:
    """Install the filter on the application once (a second call finds the first)."""
    app = app or QApplication.instance()
    found = app.findChild(ContextKey, FILTER_NAME)
    if found is None:
        found = ContextKey(app)
        found.setObjectName(FILTER_NAME)
        app.installEventFilter(found)
    return found
