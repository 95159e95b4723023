"""Which keys of a window are ambiguous: bound twice where both could fire while one widget has the
keyboard (Qt then runs neither and says "Ambiguous shortcut overload"). Read from the window's
actions and QShortcuts with their contexts."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

WINDOW = Qt.ShortcutContext.WindowShortcut
APPLICATION = Qt.ShortcutContext.ApplicationShortcut
CHILDREN = Qt.ShortcutContext.WidgetWithChildrenShortcut


def bindings(window: QWidget) -> list[tuple[QObject, str, Qt.ShortcutContext, list[QWidget]]]:
    """Every key bound in the window: (the binding, its key, its context, the widgets it is bound on)."""
    found = []
    actions = set(window.findChildren(QAction))
    for widget in [window, *window.findChildren(QWidget)]:
        actions.update(QWidget.actions(widget))
    for action in actions:
        anchors = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
        owners = [w for w in anchors if not isinstance(w, (QMenu, QMenuBar))]
        if not owners and not anchors:
            continue  # bound nowhere: its key does nothing
        for sequence in dict.fromkeys(s.toString() for s in action.shortcuts() if not s.isEmpty()):
            found.append((action, sequence, action.shortcutContext(), owners or anchors))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled():
            for sequence in dict.fromkeys(s.toString() for s in shortcut.keys() if not s.isEmpty()):
                found.append((shortcut, sequence, shortcut.context(), [shortcut.parent()]))
    return found


def covers(context: Qt.ShortcutContext, owner: QWidget, widget: QWidget) -> bool:
    """Whether a key bound on ``owner`` with ``context`` fires while ``widget`` has the keyboard."""
    if owner.window() is not widget.window():
        return False
    if context in (WINDOW, APPLICATION) or isinstance(owner, (QMenu, QMenuBar)):
        return True
    if context == CHILDREN:
        return owner is widget or owner.isAncestorOf(widget)
    return owner is widget


def ambiguous(window: QWidget) -> list[str]:
    found = bindings(window)
    clashes = []
    for index, (first, key, first_context, first_owners) in enumerate(found):
        for second, other_key, second_context, second_owners in found[index + 1:]:
            if key != other_key or first is second:
                continue
            if any(covers(first_context, a, b) and covers(second_context, b, b)
                   or covers(second_context, b, a) and covers(first_context, a, a)
                   for a in first_owners for b in second_owners):
                clashes.append(f"{key}: {first.objectName() or first} / {second.objectName() or second}")
    return clashes
