"""Keyboard shortcuts with the context they were asked for.

PySide6's ``QShortcut(keys, parent, slot, context=...)`` silently ignores ``context`` when a slot is
given, leaving every shortcut window-wide: Enter in a list would then steal Enter from every line
edit. Creating shortcuts here sets the context explicitly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def shortcut(
    keys: str | QKeySequence | QKeySequence.StandardKey,
    parent: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QShortcut:
    created = QShortcut(QKeySequence(keys), parent)
    created.setContext(context)
    created.activated.connect(slot)
    return created
