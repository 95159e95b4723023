"""Keyboard shortcuts with the context they were asked for.

PySide6's ``QShortcut(keys, parent, slot, context=...)`` silently ignores ``context`` when a slot is
given, leaving every shortcut window-wide: Enter in a list would then steal Enter from every line
edit. Creating shortcuts here sets the context explicitly. ``help`` is what F1 says the key does
(see key_list.py); ``shown_as`` puts several keys in one row of that list, ``rank`` orders it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from dialog_app.gui.widgets.key_list import describe


def shortcut(
    keys: str | QKeySequence | QKeySequence.StandardKey,
    parent: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
    help: str = "",  # noqa: A002 (the word F1 shows it under)
    shown_as: str = "",
    rank: int = 0,
) -> QShortcut:
    created = QShortcut(QKeySequence(keys), parent)
    created.setContext(context)
    if help:
        describe(created, help, shown_as, rank)
    created.activated.connect(slot)
    return created
